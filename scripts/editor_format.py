"""Write the data files and the pages' front matter the way the web editor does (make editor-format),
so that a save in the editor changes only the lines that were changed. Needs Node (npm ci).

    python scripts/editor_format.py

The editor (Decap CMS) folds long texts at 80 columns, writes texts unquoted where it can and puts a
file's first-level keys in the order of its form (scripts/editor_format.mjs does the same with the same
libraries). Translations that were up to date stay so: their `translated_from` follows the new text;
a translation to update is left untouched, so that the history still shows it older than its original.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from pcv.data.loading import DATA_FILES, DataProblems, load_site_data
from pcv.editor.config import editor_format_command
from pcv.languages.translations import Status, fingerprint, marked_up_to_date, page_translations
from pcv.pages.history import edited_times, last_commit_dates
from pcv.pages.markdown import read_pages
from pcv.problems import STOPPED_FORMAT, problems_report

ROOT = Path(__file__).resolve().parent.parent


def _format(names: list[str]) -> None:
    """The files `names` written the editor's way, by one Node process (its start costs more than a file)."""
    if not names:
        return
    subprocess.run(editor_format_command(ROOT / "scripts" / "editor_format.mjs", ROOT, names), check=True, cwd=ROOT,
                   timeout=120)


def main() -> int:
    if shutil.which("node") is None or not (ROOT / "node_modules" / "yaml").is_dir():
        print("make editor-format a besoin de Node.js et des paquets npm du projet (npm ci).", file=sys.stderr)
        return 1
    docs = ROOT / "docs"
    pages, problems = read_pages(docs)
    try:  # a comment in data/ or a front matter is such a problem: the editor's way of writing would delete it
        load_site_data(ROOT / "data")
    except DataProblems as exc:
        problems += exc.problems
    if problems:
        print(problems_report(tuple(problems), then="relancez la mise en forme", stopped=STOPPED_FORMAT),
              file=sys.stderr)
        return 1
    translations = page_translations(pages, last_commit_dates(ROOT), edited_times(ROOT)).values()
    current = [t for t in translations if t.status is Status.UP_TO_DATE]
    # A translation to update is left as it is: changed in the same commit as its original, it would pass for
    # reviewed; it is written the editor's way when someone revises it.
    stale = {f"docs/{t.translation}/{t.path}" for t in translations if t.status is Status.OUT_OF_DATE}
    names = [f"data/{stem}.yaml" for stem in DATA_FILES if (ROOT / "data" / f"{stem}.yaml").is_file()]  # strings: optional
    names += sorted(name for name in (f"docs/{lang}/{path}" for lang, path in pages) if name not in stale)
    _format(names)
    pages, _ = read_pages(docs)
    for page in current:  # the original's text changed in form only: its translation still follows it
        file = docs / page.translation / page.path
        file.write_text(marked_up_to_date(file.read_text(encoding="utf-8"),
                                          fingerprint(pages[(page.source, page.path)].text)), encoding="utf-8")
    _format([f"docs/{page.translation}/{page.path}" for page in current])
    print(f"{len(names)} fichiers écrits comme l'éditeur les écrit ; {len(current)} traductions toujours à jour.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
