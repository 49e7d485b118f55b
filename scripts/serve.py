"""Preview the site with live reload, problems shown in the browser (make serve).

    python scripts/serve.py [--dev-addr 127.0.0.1:8000]
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pcv.checks.config_file import config_problems
from pcv.problems import problems_report
from pcv.preview.server import serve

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None, then: str = "relancez « make serve »") -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="adresse:port de l'aperçu")
    host, _, port = parser.parse_args(argv).dev_addr.rpartition(":")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    problems = config_problems(ROOT)
    if problems:
        print(problems_report(tuple(problems), then=then), file=sys.stderr)
        return 1
    try:
        serve(ROOT, host, int(port))
    except OSError:  # the address is taken, most often by a preview already running
        print(f"L'aperçu ne peut pas démarrer sur {host}:{port} : cette adresse est déjà prise. Un autre aperçu tourne "
              "peut-être déjà : ouvrez http://127.0.0.1:8000/, ou arrêtez-le dans son terminal (Ctrl+C), "
              f"puis {then}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
