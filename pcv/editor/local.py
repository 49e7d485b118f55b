"""Local mode: decap-server lets the editor opened at http://127.0.0.1:…/admin/ read and write this
project's files directly, listening on this machine only (127.0.0.1), never on the network."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pcv.editor.admin import EditorUnavailable

SERVER = Path("node_modules") / "decap-server" / "dist" / "index.js"


def decap_server_command(project: Path, port: int) -> tuple[list[str], dict[str, str]]:
    """Command and environment of decap-server writing the files of `project` (MODE=fs: no commit)."""
    node = shutil.which("node")
    if node is None or not (project / SERVER).is_file():
        raise EditorUnavailable("l'éditeur en local a besoin de Node.js et des paquets npm du projet : "
                                "installez Node.js (voir CONTRIBUTING.md), puis lancez npm ci.")
    env = {**os.environ, "BIND_HOST": "127.0.0.1", "PORT": str(port), "MODE": "fs",
           "GIT_REPO_DIRECTORY": str(project.resolve())}
    return [node, str(project / SERVER)], env
