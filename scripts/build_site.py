"""Build the site for publication into site/ (or --site-dir), replaced only if the build succeeds.

    python scripts/build_site.py                  (make build)
    python scripts/build_site.py --site-dir DIR

It checks mkdocs.yml first (a slip there gets a French message, not
PyYAML's), then runs `mkdocs build --strict`; hooks/output_folder.py makes that build
write beside the site folder and put its result in place only once it has
succeeded, so the last good site stays until a complete new one replaces it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from pcv.checks.config_file import config_problems
from pcv.checks.project import problems_report

ROOT = Path(__file__).resolve().parent.parent


def build(site: Path) -> int:
    """The exit status of `mkdocs build --strict` into `site`, with a word on what happened to it."""
    site = site.resolve()
    problems = config_problems(ROOT)
    if problems:
        print(problems_report(tuple(problems)), file=sys.stderr)
        print(f"\nÉchec de la construction : {site} n'a pas été modifié.", file=sys.stderr)
        return 1
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    status = subprocess.run(command, cwd=ROOT).returncode
    if status != 0:
        print(f"\nÉchec de la construction : {site} n'a pas été modifié.", file=sys.stderr)
        return status
    print(f"Site construit et mis en place dans {site}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site", help="dossier du site (site/ par défaut)")
    return build(parser.parse_args(argv).site_dir)


if __name__ == "__main__":
    sys.exit(main())
