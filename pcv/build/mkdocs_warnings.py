"""MkDocs' own warnings, which stop a `--strict` build, told in French with the page they name (red team 17 F7).

A warning of MkDocs that our checks did not foresee (a link or a photo whose address goes on the line after its
`](`, which MkDocs reads and finds missing) stopped the build with « mkdocs.yml : erreur inattendue (Abort : Aborted
with 1 warnings in strict mode!) », blaming a file nobody touched. Each run keeps the warnings logged while it
builds (`WarningsKept`); a build stopped by them reports each, at the page and line of the address it names when it
names one, MkDocs' own words kept after the French.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from pcv.problems import Problem

_DOC_LINK = re.compile(r"Doc file '(?P<file>[^']+)' contains (?:\w+ )*link '(?P<link>[^']*)'")
_NAV = re.compile(r"'nav' configuration")


class WarningsKept(logging.Handler):
    """The messages of the warnings MkDocs and its plugins log during one run."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    @classmethod
    def follow(cls) -> WarningsKept:
        """A new handler on MkDocs' logger, in place of the previous run's."""
        logger = logging.getLogger("mkdocs")
        for old in [h for h in logger.handlers if type(h).__name__ == cls.__name__]:
            logger.removeHandler(old)
        kept = cls()
        logger.addHandler(kept)
        return kept


def warning_problems(messages: list[str], docs_dir: Path) -> tuple[Problem, ...]:
    """Each warning as a French problem: at the page and line of the address it names, or else at mkdocs.yml for a
    menu's, else naming no file it does not name."""
    problems = []
    for message in dict.fromkeys(messages):
        found = _DOC_LINK.search(message)
        if found:
            page = docs_dir / found["file"]
            problems.append(Problem(f"docs/{found['file']}", _line_of(page, found["link"]), None,
                f"l'adresse « {found['link']} » (un lien ou une photo) mène à un fichier que le site n'a pas. Corrigez "
                "le nom du fichier, relatif à cette page, et écrivez l'adresse sur la même ligne que « ]( » ; ou "
                f"ajoutez le fichier (MkDocs, en anglais : « {message} »)."))
        else:
            problems.append(Problem("mkdocs.yml" if _NAV.search(message) else "docs/", None, None,
                f"la construction s'est arrêtée sur un avertissement de MkDocs, en anglais : « {message} ». Corrigez "
                "ce qu'il nomme ; si rien n'y semble faux, transmettez ce message à l'équipe technique."))
    return tuple(problems)


def _line_of(page: Path, address: str) -> int | None:
    """The line of `page` where `address` is written (on the line after its « ]( », as MkDocs reads it too)."""
    try:
        lines = page.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    return next((number for number, line in enumerate(lines, 1) if address in line), None)
