"""Build the site for publication into site/ (or --site-dir), replaced only if the build succeeds.

    python scripts/build_site.py                  (make build)
    python scripts/build_site.py --site-dir DIR

It checks mkdocs.yml first (a slip there, or a key staff may not change,
gets a French message), then runs `mkdocs build --strict` into a new folder
beside the site folder, and puts it in place only once the build has
succeeded with both languages' home pages written: the last good site stays
until a complete new one replaces it, whatever mkdocs.yml holds (this script
does not rely on the hooks mkdocs.yml lists). Killed, it leaves no build
running (pcv/build/child_process.py). Last, « À vérifier »: the pages' addresses
that no data gives (pcv/checks/outside_addresses.py), which stop nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pcv.build.child_process import run_tied
from pcv.checks.config_file import config_problems
from pcv.checks.outside_addresses import notes_report, outside_address_notes
from pcv.problems import problems_report
from pcv.publishing.output_folder import NotASiteFolder, begin, discard, swap

ROOT = Path(__file__).resolve().parent.parent
HOMES = ("index.html", "en/index.html")  # a complete build wrote both languages
# MkDocs' last word when a build stops (« Aborted with a BuildError! »), in English after our French report: this
# script says it in French.
MKDOCS_ABORTED = ("Aborted with ",)


def build(site: Path) -> int:
    """The exit status of `mkdocs build --strict` into `site`, with a word on what happened to it."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # as make build: no theme banner in English on each build
    site = site.resolve()
    problems = config_problems(ROOT)
    if problems:
        print(problems_report(tuple(problems)), file=sys.stderr)
        print(f"\nÉchec de la construction : {site} n'a pas été modifié.", file=sys.stderr)
        return 1
    try:
        new = begin(site)
    except NotASiteFolder as exc:
        print(f"Construction refusée : {exc}", file=sys.stderr)
        return 1
    try:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(new)]
        status = run_tied(command, ROOT, hidden=MKDOCS_ABORTED)
        if status == 0 and not all((new / home).is_file() for home in HOMES):
            status = 1
        if status != 0:
            print(f"\nÉchec de la construction : {site} n'a pas été modifié.", file=sys.stderr)
            return status
        removed = swap(new, site)
    finally:
        discard(new)
    print(f"Site construit et mis en place dans {site}.")
    if removed:
        print(removed)
    notes = outside_address_notes(ROOT)  # last, where it is read (PROGRAMME11 F1)
    if notes:
        print(notes_report(notes))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site", help="dossier du site (site/ par défaut)")
    return build(parser.parse_args(argv).site_dir)


if __name__ == "__main__":
    sys.exit(main())
