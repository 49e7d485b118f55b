"""Edit the site on this machine through the web editor: decap-server and the preview, together.

    python scripts/editor.py      (make editor)

Open http://127.0.0.1:8000/admin/ ; each save writes the file in data/ or docs/, and the preview
(http://127.0.0.1:8000/) shows it a moment later. Another port for both: PCV_PREVIEW_PORT=8001 make editor
(decap-server's, 8081: PCV_EDITOR_PORT). The preview is `make serve`'s: a save that stops the
build shows its problems, in French, in the preview and at the bottom of the editor, which keeps
answering. Ctrl+C stops both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pcv.build.child_process import start_tied
from pcv.checks.config_file import ConfigLoader
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.editor.admin import EditorUnavailable
from pcv.editor.config import EditorSettingsProblem, local_port, preview_port
from pcv.editor.local import decap_server_command
from pcv.editor.repository import MISSING
from pcv.preview.start import run_preview

ROOT = Path(__file__).resolve().parent.parent


def names_no_repository(root: Path, environ: dict[str, str]) -> bool:
    """mkdocs.yml, readable, gives no repository for the editor to save to, nor does PCV_REPO_URL (an unreadable
    mkdocs.yml is the preview's to explain)."""
    try:
        config = read_yaml(root / "mkdocs.yml", "mkdocs.yml", ConfigLoader).data
    except (UnreadableYaml, OSError):
        return False
    return not environ.get("PCV_REPO_URL") and isinstance(config, dict) and not config.get("repo_url")


def main() -> int:
    if names_no_repository(ROOT, dict(os.environ)):
        print(f"Éditeur web : {MISSING}", file=sys.stderr)
        return 1
    if shutil.which("npm") and not (ROOT / "node_modules" / ".installed").is_file():
        subprocess.run(["make", "node_modules/.installed"], cwd=ROOT, check=False)  # Decap CMS, first time
    try:
        preview = f"127.0.0.1:{preview_port(dict(os.environ))}"
        command, env = decap_server_command(ROOT, local_port(dict(os.environ)), f"http://{preview}")
    except (EditorUnavailable, EditorSettingsProblem) as exc:
        print(f"Éditeur web : {exc}", file=sys.stderr)
        return 1
    server = start_tied(command, ROOT, env)  # never left writing files once make editor is gone
    print(f"\nÉditeur web : ouvrez http://{preview}/admin/ (Ctrl+C pour arrêter).\n", flush=True)
    try:
        return run_preview(ROOT, preview, then="relancez « make editor »")
    except KeyboardInterrupt:
        return 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
