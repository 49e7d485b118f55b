"""Start the live preview (make serve, make editor) for a person: mkdocs.yml checked first, and a
taken address explained, both in French. It listens on this machine only (its pages are drafts)."""

from __future__ import annotations

import ipaddress
import logging
import re
import sys
from pathlib import Path

from pcv.checks.config_file import config_problems
from pcv.problems import STOPPED_PREVIEW, problems_report, visible
from pcv.preview.french_log import french_terminal
from pcv.preview.server import serve


def run_preview(root: Path, address: str, then: str) -> int:
    """Preview `root` at `address` (host:port) until Ctrl+C; `then` says how to start again after a fix."""
    host, _, port = address.rpartition(":")
    if not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) < 65536 or not host:
        print(f"L'adresse de l'aperçu « {visible(address[:80])} » ne se lit pas : écrivez-la sous la forme "
              f"127.0.0.1:8000 (adresse:port), puis {then}.", file=sys.stderr)
        return 1
    if not _this_machine(host):
        print(f"L'aperçu ne peut pas écouter sur « {visible(host[:80])} » : il montre des pages pas encore publiées "
              "(et l'éditeur), que toute machine du réseau (le wifi d'un café, d'un bureau) pourrait alors lire. Il "
              f"n'écoute que sur ce poste : écrivez 127.0.0.1:{port}, puis {then}.", file=sys.stderr)
        return 1
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    french_terminal(handler)
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    problems = config_problems(root)
    if problems:
        print(problems_report(tuple(problems), then=then, stopped=STOPPED_PREVIEW), file=sys.stderr)
        return 1
    try:
        serve(root, host, int(port))
    except OSError:  # the address is taken, most often by a preview already running
        print(f"L'aperçu ne peut pas démarrer sur {host}:{port} : cette adresse est déjà prise. Un autre aperçu tourne "
              f"peut-être déjà : ouvrez http://{host}:{port}/, ou arrêtez-le dans son terminal (Ctrl+C), "
              f"puis {then} ; si c'est un autre programme, choisissez un autre port : « PCV_PREVIEW_PORT="
              f"{int(port) + 1} make editor » (ou make serve).", file=sys.stderr)
        return 1
    return 0


def _this_machine(host: str) -> bool:
    """Whether `host` (an address to listen on) is this machine only: localhost or a loopback address."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.removeprefix("[").removesuffix("]")).is_loopback
    except ValueError:
        return False
