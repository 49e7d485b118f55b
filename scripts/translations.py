"""The state of each page's translation, and marking a translation as up to date.

    python scripts/translations.py report              (make translations)
    python scripts/translations.py mark approche.md    (make translated PAGE=approche.md)
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

from pcv.languages.translations import (PageTranslation, Status, fingerprint, marked_up_to_date, page_translations,
                                        translation_language)
from pcv.pages.history import edited_times, last_commit_dates, text_when_last_changed
from pcv.pages.markdown import LANGUAGES, read_pages
from pcv.problems import inert_line, visible

ROOT = Path(__file__).resolve().parent.parent


HEADERS = ("Page", "Français (fr)", "Anglais (en)")
TO_DO = {
    Status.OUT_OF_DATE: "revoir la traduction d'après {source} et l'enregistrer (sur GitHub aussi : l'enregistrer "
                        "après l'original suffit) ; ou, sans rien y changer : cochez « Traduction relue » dans "
                        "l'éditeur, ou make translated PAGE={path}",
    Status.PENDING: "traduire {source} dans ce fichier, puis : make translated PAGE={path}",
    Status.MISSING: "créer ce fichier (la construction échoue tant qu'il manque)",
}


BOM = "\ufeff"
DIFF_LINES = 40  # at most, per page


def report(docs_dir: Path) -> str:
    """A table of every page's status in each language, then what is left to do, with what changed in
    each original since its translation was last current."""
    root = docs_dir.parent
    pages, problems = read_pages(docs_dir)
    translations = page_translations(pages, last_commit_dates(root), edited_times(root))
    rows = [HEADERS] + [(path, *(t.status_in(lang).value for lang in LANGUAGES)) for path, t in translations.items()]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    counts = Counter(t.status for t in translations.values())
    summary = ", ".join(f"{counts[s]} {s.value}" for s in Status if s is not Status.ORIGINAL)
    lines += ["", f"{len(translations)} pages ; traductions : {summary}.",
              "« original » : la version d'origine de la page ; l'autre langue en est la traduction."]
    to_do = [_to_do(t) for t in translations.values() if t.status is not Status.UP_TO_DATE]
    if to_do:
        lines += ["", "À faire :", *to_do]
    for page in translations.values():
        if page.status is Status.OUT_OF_DATE:
            lines += ["", *_changes(root, page, pages[(page.source, page.path)].text)]
    if problems:
        lines += ["", "Pages illisibles (la construction les signale aussi) :", *(f"- {p}" for p in problems)]
    return "\n".join(map(inert_line, lines))  # page lines quoted from git: never a terminal or CI command


def _to_do(page: PageTranslation) -> str:
    source = f"docs/{page.source}/{page.path}"
    return f"- docs/{page.translation}/{page.path} : " + TO_DO[page.status].format(source=source, path=page.path)


def _changes(root: Path, page: PageTranslation, original: str) -> list[str]:
    """What changed in the original since the translation was last saved, as a diff (- before, + now)."""
    source, translation = f"docs/{page.source}/{page.path}", f"docs/{page.translation}/{page.path}"
    before = text_when_last_changed(root, translation, source)
    if before is None:
        return [f"Changements de {source} : l'historique du dépôt ne permet pas de les retrouver."]
    diff = list(difflib.unified_diff(before.splitlines(), original.splitlines(), lineterm="", n=1))[2:]
    head = f"Changements de {source} depuis le dernier enregistrement de {translation} (- avant, + maintenant) :"
    cut = [f"… et {len(diff) - DIFF_LINES} lignes de plus : git diff pour tout voir."] if len(diff) > DIFF_LINES else []
    return [head, *(f"    {line}" for line in diff[:DIFF_LINES]), *cut]


def shared_path(argument: str) -> str:
    """ "docs/en/approche.md", "fr/approche.md", "approche" -> "approche.md"."""
    path = argument.strip().replace("\\", "/").removeprefix("./").removeprefix("docs/")
    for lang in LANGUAGES:
        path = path.removeprefix(f"{lang}/")
    return path if path.endswith(".md") else f"{path}.md"


def mark(docs_dir: Path, argument: str) -> str:
    """Record in the translation of page `argument` the fingerprint of its original; say what was done."""
    path = shared_path(argument)
    pages, problems = read_pages(docs_dir)
    versions = {lang: pages[(lang, path)] for lang in LANGUAGES if (lang, path) in pages}
    unreadable = [problem for problem in problems if problem.file in {page.name for page in versions.values()}]
    if unreadable:  # its text is not what the file holds: no mark, said as the build says it
        raise SystemExit("Erreur : " + "\n".join(map(str, unreadable)) + "\nCorrigez-la, puis relancez cette commande.")
    if not versions:
        guess = difflib.get_close_matches(path, sorted({p for _, p in pages}), n=1)
        hint = f" Vouliez-vous dire « {guess[0]} » ?" if guess else ""
        raise SystemExit(f"Erreur : aucune page « {visible(path)} » dans docs/fr/ ni dans docs/en/.{hint}")
    if len(versions) < len(LANGUAGES):
        (lang,) = set(LANGUAGES) - set(versions)
        raise SystemExit(f"Erreur : docs/{lang}/{visible(path)} n'existe pas. Créez d'abord la traduction.")
    target = translation_language(versions["fr"], versions["en"])
    source = next(lang for lang in LANGUAGES if lang != target)
    translation = versions[target]
    if not translation.body.strip():
        raise SystemExit(f"Erreur : {translation.name} n'a pas encore de texte. Écrivez la traduction "
                         "sous l'en-tête, puis relancez cette commande.")
    mark_value = fingerprint(versions[source].text)
    _rewrite(docs_dir / target / path, marked_up_to_date(translation.text, mark_value))
    return f"{translation.name} est marquée à jour : elle suit docs/{source}/{path} (empreinte {mark_value})."


def _rewrite(file: Path, text: str) -> None:
    """`file` holding `text` (read with line feeds, without byte order mark), written with the file's own line ends
    (a page saved on Windows keeps its CR LF: only the mark's line changes) and its byte order mark."""
    raw = file.read_bytes()
    if raw.count(b"\r\n") == raw.count(b"\n") > 0:
        text = text.replace("\n", "\r\n")
    file.write_bytes((BOM if raw.startswith(BOM.encode("utf-8")) else "").encode("utf-8") + text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("report", help="tableau de l'état des traductions")
    marking = commands.add_parser("mark", help="marquer la traduction d'une page comme à jour")
    marking.add_argument("pages", nargs="*",
                         help="chemin de la page sous docs/fr/ et docs/en/, ex. programme.md ou <dossier>/<page>.md")
    args = parser.parse_args(argv)
    if args.command == "report":
        print(report(ROOT / "docs"))
        return 0
    if not [p for p in args.pages if p.strip()]:
        raise SystemExit("Erreur : indiquez la page, par exemple : make translated PAGE=approche.md")
    for page in args.pages:
        print(mark(ROOT / "docs", page))
    return 0


if __name__ == "__main__":
    sys.exit(main())
