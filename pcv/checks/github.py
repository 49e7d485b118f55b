"""Problems as GitHub Actions shows them: annotations on the file and line of the pull request, and the
job summary (Markdown), in French.

A message quotes what was typed, which GitHub would otherwise read as its own: a line break in an annotation
as a new workflow command, Markdown or HTML in the summary as a link, an image loaded from another host or an
address made a link. Control and bidirectional signs are shown as codes (`visible`); in the summary every ASCII
punctuation sign is escaped (shown, never read) and an `@` is followed by a word joiner (no e-mail link).
"""

from __future__ import annotations

import re

from pcv.problems import Problem, field_in_words, visible

TITLE = "À corriger"


def annotations(problems: tuple[Problem, ...], command: str = "error", title: str = TITLE) -> str:
    """One `::error file=…,line=…::…` workflow command per problem (`::warning` for what stops nothing)."""
    lines = []
    for problem in problems:
        where = [f"file={_property(visible(problem.file))}"]
        if problem.line is not None:
            where.append(f"line={problem.line}")
            if problem.column is not None:
                where.append(f"col={problem.column}")
        lines.append(f"::{command} {','.join(where)},title={_property(title)}::{_data(_message(problem))}\n")
    return "".join(lines)


def summary(problems: tuple[Problem, ...]) -> str:
    """The job summary: a table of the problems, or a line saying there is none."""
    if not problems:
        return "## Vérification du site\n\nAucun problème dans les données, les pages et le menu.\n"
    count = f"{len(problems)} problème{'s' * (len(problems) > 1)}"
    rows = "".join(f"| {_cell(p.file)} | {p.line or ''} | {_cell(_message(p))} |\n" for p in problems)
    return (f"## Vérification du site : {count} à corriger\n\n"
            "Rien n'est publié tant qu'ils restent. Chaque problème est aussi signalé dans l'onglet "
            "**Files changed** de la demande de fusion, à sa ligne.\n\n"
            f"| Fichier | Ligne | Ce qu'il faut faire |\n| --- | --- | --- |\n{rows}")


def _message(problem: Problem) -> str:
    return visible(f"{field_in_words(problem.field, problem.file)} : {problem.message}" if problem.field else problem.message)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


_PUNCTUATION = re.compile(r"([!-/:-?\[-`{-~])")  # ASCII punctuation but @, which a backslash does not unlink


def _cell(text: str) -> str:
    return _PUNCTUATION.sub(r"\\\1", visible(text)).replace("@", "@\u2060")
