"""`make editor-format` writes the files as the web editor does, once and for all: run again, it changes
nothing; the site still passes `make check`, and each translation keeps its state."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_staff_changes import _commit

from pcv.inspection.builds import ROOT


def _run(project: Path, script: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)}
    return subprocess.run([sys.executable, f"scripts/{script}", *(["report"] if script == "translations.py" else [])],
                          cwd=project, env=env, capture_output=True, text=True, timeout=300)


def test_formatting_as_the_editor_does_is_stable_and_keeps_translations_current(tmp_path: Path) -> None:
    project = tmp_path / "project"  # a clone: each translation's state as the repository's history has it
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(project)], check=True, timeout=120)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    states = _run(project, "translations.py").stdout
    assert _run(project, "editor_format.py").returncode == 0
    assert _run(project, "check_site.py").returncode == 0
    assert _run(project, "translations.py").stdout.split("\n\n")[0] == states.split("\n\n")[0]
    os.environ["GIT_COMMITTER_DATE"] = "2099-01-01T00:00:00Z"  # later than the first commit, to the second
    try:
        _commit(project, "Fichiers écrits comme l'éditeur les écrit")
    finally:
        del os.environ["GIT_COMMITTER_DATE"]
    assert _run(project, "editor_format.py").returncode == 0
    changed = subprocess.run(["git", "status", "--porcelain", "--", "data", "docs"], cwd=project,
                             capture_output=True, text=True, check=True).stdout
    assert changed == "", "a second run changes nothing: the editor would save these files as they are"
