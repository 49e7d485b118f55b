"""Edit the site on this machine through the web editor: decap-server and the preview, together.

    python scripts/editor.py      (make editor)

Open http://127.0.0.1:8000/admin/ ; each save writes the file in data/ or docs/, and the preview
(http://127.0.0.1:8000/) shows it a moment later. Ctrl+C stops both.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pcv.editor.admin import EditorUnavailable
from pcv.editor.config import LOCAL_SERVER_PORT
from pcv.editor.local import decap_server_command

ROOT = Path(__file__).resolve().parent.parent
PREVIEW = "127.0.0.1:8000"


def main() -> int:
    try:
        command, env = decap_server_command(ROOT, LOCAL_SERVER_PORT)
    except EditorUnavailable as exc:
        print(f"Éditeur web : {exc}", file=sys.stderr)
        return 1
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    print(f"\nÉditeur web : ouvrez http://{PREVIEW}/admin/ (Ctrl+C pour arrêter).\n", flush=True)
    try:
        return subprocess.run([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", PREVIEW], cwd=ROOT).returncode
    except KeyboardInterrupt:
        return 0
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
