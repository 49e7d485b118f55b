"""Preview the site with live reload, problems shown in the browser (make serve).

    python scripts/serve.py [--dev-addr 127.0.0.1:8000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pcv.preview.start import run_preview

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="adresse:port de l'aperçu")
    return run_preview(ROOT, parser.parse_args(argv).dev_addr, then="relancez « make serve »")


if __name__ == "__main__":
    sys.exit(main())
