"""Local mode: decap-server lets the editor opened at http://127.0.0.1:…/admin/ read and write this
project's files directly, listening on this machine only (127.0.0.1), never on the network, and answering
only the editor's own page (decap_server.js: a page of another site, even one whose address was re-pointed
at 127.0.0.1, is refused), for files in docs/ and data/ only."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pcv.editor.admin import EditorUnavailable

SERVER = Path("node_modules") / "decap-server" / "dist" / "middlewares.js"
GUARDED = Path(__file__).with_name("decap_server.js")


def decap_server_command(project: Path, port: int, origin: str) -> tuple[list[str], dict[str, str]]:
    """Command and environment of decap-server writing the files of `project` (MODE=fs: no commit), answering
    requests from the editor opened at `origin` (http://host:port) only."""
    node = shutil.which("node")
    if node is None or not (project / SERVER).is_file():
        raise EditorUnavailable("l'éditeur en local a besoin de Node.js et des paquets npm du projet : "
                                "installez Node.js (voir CONTRIBUTING.md), puis lancez npm ci.")
    env = {**os.environ, "BIND_HOST": "127.0.0.1", "PORT": str(port), "MODE": "fs", "ORIGIN": origin.rstrip("/"),
           "GIT_REPO_DIRECTORY": str(project.resolve()), "NODE_PATH": str((project / "node_modules").resolve()),
           "LOG_LEVEL": os.environ.get("LOG_LEVEL", "warn")}  # decap-server's routine lines are in English
    return [node, str(GUARDED)], env
