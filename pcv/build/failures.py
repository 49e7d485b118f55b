"""Any error during a build, told in French with the file that caused it: never a traceback.

`problem_of(error, root, page)` turns an exception that escaped a hook, a
template or Markdown into a `Problem`: one raised on purpose (`ProblemFound`)
as it is, at its line in its data file; any other naming the page being built
(if any), the template and line where it happened (Jinja puts templates in
tracebacks) or else our code's file and line, and what to do.
"""

from __future__ import annotations

import traceback
from dataclasses import replace
from pathlib import Path

from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.problems import Problem, ProblemFound

ADVICE = ("Vérifiez ce que vous avez changé dans ce fichier depuis la dernière construction réussie ; si rien "
          "n'y semble faux, transmettez ce message à l'équipe technique.")
# Our own code (pcv/, hooks/) is no file staff edit: the cause is their last change elsewhere, or a fault of ours.
CODE_ADVICE = ("Ce fichier est du code du site, pas un texte à modifier : la cause est sans doute votre dernier "
               "changement dans data/, docs/ ou mkdocs.yml. Annulez-le pour construire de nouveau, et transmettez ce "
               "message à l'équipe technique.")


def problem_of(error: BaseException, root: Path, page: str | None) -> Problem:
    """The `Problem` that explains `error`, which stopped a build of the project at `root`
    while it was building `page` ("fr/programme.md"), if it was."""
    if isinstance(error, ProblemFound):
        return _placed(error.problem, error.location, root)
    template, line = _template_frame(error, root)
    detail = f"{type(error).__name__} : {error}" if str(error) else type(error).__name__
    cause = f"erreur inattendue (détail technique : {detail[:300]})"
    if isinstance(error, RecursionError):
        cause = "contenu imbriqué trop profondément (listes ou citations dans des listes, sur des centaines de niveaux)"
    where = f" (gabarit {template}, ligne {line})" if template else ""
    if page:
        return Problem(f"docs/{page}", None, None, f"la construction de cette page s'est arrêtée : {cause}{where}. {ADVICE}")
    code, code_line = _our_frame(error, root)
    return Problem(template or code or "mkdocs.yml", line if template else code_line, None,
                   f"la construction s'est arrêtée : {cause}. {CODE_ADVICE if code and not template else ADVICE}")


def _placed(problem: Problem, location: tuple, root: Path) -> Problem:
    """`problem` at the line of `location` in its data file, when it has none yet."""
    if problem.line is not None or not location:
        return problem
    try:
        document = read_yaml(root / problem.file, problem.file)
    except (OSError, UnreadableYaml):
        return problem
    return replace(problem, line=document.values.get(location, (None,))[0])


def _frames(error: BaseException) -> list[traceback.FrameSummary]:
    return traceback.extract_tb(error.__traceback__)


def _template_frame(error: BaseException, root: Path) -> tuple[str | None, int | None]:
    """The innermost template (overrides/… or Material's) and line in the error's traceback."""
    for frame in reversed(_frames(error)):
        if frame.filename.endswith((".html", ".xml", ".txt", ".svg")):
            return _shown(frame.filename, root), frame.lineno
    return None, None


def _our_frame(error: BaseException, root: Path) -> tuple[str | None, int | None]:
    """The innermost frame of the project's own code (hooks/, pcv/ or scripts/; not the libraries in its .venv)."""
    for frame in reversed(_frames(error)):
        path = Path(frame.filename)
        if "site-packages" in path.parts:
            continue
        if (path.is_relative_to(root) and path.relative_to(root).parts[0] in ("pcv", "hooks", "scripts")) \
                or "pcv" in path.parts:
            return _shown(frame.filename, root), frame.lineno
    return None, None


def _shown(filename: str, root: Path) -> str:
    path = Path(filename)
    if path.is_relative_to(root):
        return path.relative_to(root).as_posix()
    parts = path.parts
    for anchor in ("material", "pcv"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return path.name
