"""What to do with a page saved in the other language's folder (pcv/checks/copied_text.py's misplaced_pages): a French
page among the English ones (STAFF11 H4), an English one among the French ones (REDTEAM23 L1)."""

from __future__ import annotations

from pcv.checks.copied_text import MISPLACED_SAID
from pcv.data.models import LANGUAGE_NAMES
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.pages.page_header import PENDING, PENDING_PAGE


def misplaced_advice(lang: str, path: str, version: MarkdownPage | None) -> str:
    """Said of docs/`lang`/`path`, written in the other language, whose version there is `version` (or none)."""
    if lang == LANGUAGES[0]:
        return _second_language_page_advice(path, version)
    return _french_page_advice(path, version is not None)


def _french_page_advice(path: str, paired: bool) -> str:
    """What to do with a French page saved as docs/en/`path`, whose French version exists (`paired`) or not."""
    first, second = LANGUAGE_NAMES[LANGUAGES[0]], LANGUAGE_NAMES[LANGUAGES[1]]
    place = f"{MISPLACED_SAID} {first} ; sa place est docs/{LANGUAGES[0]}/{path}"
    if paired:
        return (f"{place}, qui existe déjà : le site en {second} la montrerait en {first}. Si c'est la nouvelle version "
                f"en {first}, mettez ce texte dans docs/{LANGUAGES[0]}/{path} ; puis écrivez ici sa traduction, ou, en "
                f"attendant, remplacez ce fichier par ces trois lignes seulement : {PENDING_PAGE} (le site montrera la "
                f"version en {first}, avec un avis).")
    return (f"{place} (docs/{LANGUAGES[1]}/ tient les pages en {second}). Renommez ce fichier en docs/{LANGUAGES[0]}/{path} "
            f"(sur GitHub : le crayon, puis son chemin au-dessus du texte) ; puis créez docs/{LANGUAGES[1]}/{path} avec "
            f"sa traduction, ou, en attendant, avec ces trois lignes seulement : {PENDING_PAGE} (le site montrera la "
            f"version en {first}, avec un avis).")


def _second_language_page_advice(path: str, version: MarkdownPage | None) -> str:
    """What to do with an English page saved as docs/fr/`path`, whose English `version` exists (pending or not) or not."""
    (first, second), (here, there) = (LANGUAGE_NAMES[lang] for lang in LANGUAGES), LANGUAGES
    place = f"{MISPLACED_SAID} {second} ; sa place est docs/{there}/{path} : le site en {first} la montrerait en {second}"
    own = f"sa version en {first} (docs/{here}/ tient les pages en {first}, que le site montre d'abord)."
    then = f"puis écrivez ici {own}"
    if version is None:
        return (f"{place}. Renommez ce fichier en docs/{there}/{path} (sur GitHub : le crayon, puis son chemin "
                f"au-dessus du texte) ; puis créez docs/{here}/{path} avec {own}")
    if version.meta.get("translation") == PENDING:
        return (f"{place}. Remplacez le contenu de docs/{there}/{path} (ses trois lignes {PENDING_PAGE}) par ce texte ; "
                f"{then}")
    return (f"{place}. Si c'est la nouvelle version en {second}, mettez ce texte dans docs/{there}/{path}, qui existe "
            f"déjà ; {then}")
