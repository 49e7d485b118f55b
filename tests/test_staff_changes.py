"""Content changes never fail CI for reasons that are not the content's fault: on a copy of the
repository, every change the staff guide describes (tests/staff_edits.py: figures, dates, countries, partners,
interface texts; tests/staff_page_edits.py: pages, translations, photos, the menu) is committed as a pull
request would be; `make check` accepts them, and so must every test of the project that reads its content (browser
tests aside; a test marked engine_only reads none, as tests/live_reads.py checks, and cannot change with it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from staff_page_edits import every_staff_change

from pcv.inspection.builds import ROOT

GIT = ["git", "-c", "user.name=Équipe des communications", "-c", "user.email=communications@example.org",
       "-c", "commit.gpgsign=false"]


def _repository_copy(destination: Path) -> Path:
    """The project's files as they are (committed or not, ignored ones left out), in a new repository."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file() and not name.startswith("node_modules/"):
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)
    if (ROOT / "node_modules").is_dir():
        (destination / "node_modules").symlink_to(ROOT / "node_modules")
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=destination, check=True)
    _commit(destination, "La version publiée")
    return destination


def _commit(project: Path, message: str) -> None:
    """Everything in `project` committed (an empty commit when the files are already as written)."""
    subprocess.run([*GIT, "add", "-A", "--", ":!node_modules"], cwd=project, check=True)
    subprocess.run([*GIT, "commit", "-q", "--allow-empty", "-m", message], cwd=project, check=True)


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of the repository with staff's changes committed, and the environment to run it in."""
    project = _repository_copy(tmp_path_factory.mktemp("staff") / "project")
    every_staff_change(project)
    _commit(project, "Chiffres, pays, partenaire, photo et pages enregistrées depuis l'éditeur")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)}  # its pcv/, not ours
    return project, env


def test_make_check_accepts_staff_changes(changed) -> None:
    project, env = changed
    result = subprocess.run([sys.executable, "scripts/check_site.py"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_test_passes_after_staff_changes(changed) -> None:
    """The README's test command, on the changed copy (browser tests, which need Chromium, tests marked
    engine_only, which read none of the content, and this file, which would run itself again, left out). It starts
    first (tests/conftest.py) and runs on two workers of its own, so that it shares the machine with the rest of the
    suite instead of running alone last."""
    project, env = changed
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2",
                             "--dist", "loadfile", "-m", "not engine_only", "tests", "--ignore=tests/browser",
                             "--ignore=tests/test_staff_changes.py"],
                            cwd=project, env=env, capture_output=True, text=True, timeout=3000)
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
