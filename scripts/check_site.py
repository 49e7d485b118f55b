"""Check the data, the pages and the menu without building, as the build would (CI's first step).

    python scripts/check_site.py            (make check)
    python scripts/check_site.py --github   (in GitHub Actions: annotations and job summary too)

Prints every problem in French and exits 1 if there is any; then, « À vérifier »,
the pages' addresses that no data gives (pcv/checks/outside_addresses.py), which
stop nothing. With --github, each problem also becomes an annotation on its file
and line of the pull request (`::error file=…,line=…::…`; `::warning` for those
addresses), and the job summary ($GITHUB_STEP_SUMMARY) lists the problems.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pcv.build.failures import problem_of
from pcv.checks.github import annotations, summary
from pcv.checks.outside_addresses import TITLE as NOTES_TITLE, notes_report, outside_address_notes
from pcv.problems import STOPPED_CHECK, problems_report
from pcv.checks.site import all_problems

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--github", action="store_true", help="annotations et résumé pour GitHub Actions")
    github = parser.parse_args(argv).github
    notes: tuple = ()
    try:
        problems = all_problems(ROOT)
        notes = outside_address_notes(ROOT)
    except Exception as error:  # a fault of ours: a French message, never a traceback (CI shows it on the change)
        problems = (problem_of(error, ROOT, None),)
    if github:
        print(annotations(problems) + annotations(notes, "warning", NOTES_TITLE), end="")
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            with open(summary_file, "a", encoding="utf-8") as out:
                out.write(summary(problems))
    if problems:
        print(problems_report(problems, then="relancez la vérification (make check)", stopped=STOPPED_CHECK),
              file=sys.stderr)
    else:
        print("Vérification : aucun problème dans les données, les pages et le menu.")
    if notes:
        print(notes_report(notes))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
