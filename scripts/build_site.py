"""Build the site for publication: into a new folder next to site/, moved into place only on success.

    python scripts/build_site.py                  (make build)
    python scripts/build_site.py --site-dir DIR

`mkdocs build --strict` empties the site folder before it writes the new
pages, and a `--strict` failure comes only once they are written: building
in place could leave a half-built site. Here the last good site stays in
place until a complete new one replaces it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(site: Path) -> int:
    """Build into a folder beside `site`, then swap it in; the exit status of the build."""
    site = site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{site.name}-new-", dir=site.parent))
    try:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(new)]
        status = subprocess.run(command, cwd=ROOT).returncode
        if status != 0:
            print(f"\nÉchec de la construction : {site} n'a pas été modifié.", file=sys.stderr)
            return status
        _make_readable(new)
        _swap(new, site)
        print(f"Site construit et mis en place dans {site}.")
        return 0
    finally:
        shutil.rmtree(new, ignore_errors=True)


def _make_readable(folder: Path) -> None:
    """Give the new folder the usual permissions (mkdtemp makes it private to its owner)."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)


def _swap(new: Path, site: Path) -> None:
    """Put `new` at `site`; the previous site is removed only once the new one is in place."""
    old = Path(tempfile.mkdtemp(prefix=f".{site.name}-old-", dir=site.parent))
    previous = old / site.name
    try:
        if site.exists():
            site.replace(previous)
        try:
            new.replace(site)
        except OSError:
            if previous.exists():
                previous.replace(site)
            raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site", help="dossier du site (site/ par défaut)")
    return build(parser.parse_args(argv).site_dir)


if __name__ == "__main__":
    sys.exit(main())
