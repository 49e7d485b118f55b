"""How long `make serve` takes to show a page edit: seconds from saving a page to the preview serving it changed.

    python benchmarks/serve_reload.py [EDITS]     (`make bench` prints it too)

The preview (scripts/serve.py) runs on a copy of the project. Each edit adds a sentence to a page and saves it;
the figure is the time until the page's address answers with the sentence. MkDocs' server answers a page only
once the rebuild is over (as the browser, reloaded by its live-reload script, sees it), so this is what the
person editing waits for. The goal: within 1 s. Beside it, the processor time the preview used meanwhile (on Linux):
what the rebuild costs however busy the machine.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from pcv.inspection.builds import copy_project

PAGE, ADDRESS = "docs/fr/programme.md", "/programme/"
GOAL = 1.0
TIMEOUT = 120  # seconds for the first build


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
        return response.read().decode("utf-8")


def _cpu_seconds(pid: int) -> float:
    """Processor time (user + system) the process `pid` has used so far; 0 where /proc does not tell."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def reload_seconds(project: Path, edits: int) -> list[tuple[float, float]]:
    """Seconds from each save of PAGE to the preview of `project` serving it changed, and the processor seconds
    the preview used meanwhile."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}{ADDRESS}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "scripts/serve.py", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                _get(url)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("L'aperçu n'a pas démarré.") from None
                time.sleep(0.1)
        page = project / PAGE
        original = page.read_text(encoding="utf-8")
        seconds = []
        for edit in range(1, edits + 1):
            time.sleep(1)  # the previous rebuild's file events settled
            marker = f"Mesure du rechargement numéro {edit}."
            cpu = _cpu_seconds(server.pid)
            page.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            saved = time.monotonic()
            while marker not in _get(url):
                time.sleep(0.01)
            seconds.append((time.monotonic() - saved, _cpu_seconds(server.pid) - cpu))
        return seconds
    finally:
        server.terminate()
        server.wait(timeout=30)


def print_reload(edits: int = 5) -> None:
    with tempfile.TemporaryDirectory(prefix="pcv-serve-reload-") as tmp:
        measured = reload_seconds(copy_project(Path(tmp) / "project"), edits)
    print("\n## make serve : d'un enregistrement à la page à jour\n")
    print(f"{PAGE} modifiée {edits} fois ; secondes jusqu'à ce que l'aperçu serve la page modifiée "
          "(entre parenthèses : secondes de processeur de l'aperçu) :")
    print("  " + "  ".join(f"{wall:.2f} ({cpu:.2f})" for wall, cpu in measured))
    print(f"médiane {statistics.median(w for w, _ in measured):.2f} s "
          f"({statistics.median(c for _, c in measured):.2f} s de processeur), objectif {GOAL:.1f} s")


if __name__ == "__main__":
    print_reload(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
