"""What is not a regular file where the build reads one (red team 16 F4, F5): a folder named like a page or a data
file got « erreur inattendue », our code blamed; a named pipe hung `make check` and `make build` for ever. Each kind
(folder, named pipe, socket) in each place the build reads (a page, a photo, a data file, the map, a template,
mkdocs.yml) is named in French by `make check`, never opened; `make build` stops the same way, the last site kept."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import place_previous_site, publish, reported_problems, tree_digest

from pcv.data.file_kind import FOLDER, SPECIAL
from pcv.inspection.builds import assemble_programme

pytestmark = [pytest.mark.engine_only, pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")]

CONTACT = FICTIF.page_with_role("contact")


def _pipe(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "a.txt").write_text("x", encoding="utf-8")


def _socket(path: Path) -> None:
    path.unlink(missing_ok=True)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # the file stays once closed
    server.close()


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("docs/fr/notes.md", _pipe, SPECIAL),  # F5
    (f"docs/fr/{CONTACT}", _pipe, SPECIAL),
    (f"docs/fr/{CONTACT}", _folder, FOLDER),  # F4
    ("docs/fr/images/photo.jpg", _pipe, SPECIAL),
    ("docs/en/notes.md", _socket, SPECIAL),
    ("data/programme.yaml", _pipe, SPECIAL),
    ("data/programme.yaml", _folder, FOLDER),  # F4
    ("data/strings.yaml", _pipe, SPECIAL),
    ("data/geo/map.json", _pipe, SPECIAL),
    ("overrides/notes.html", _pipe, SPECIAL),
    ("mkdocs.yml", _pipe, SPECIAL),
    ("mkdocs.yml", _folder, FOLDER),
]


@pytest.mark.parametrize(("name", "make", "said"), CASES, ids=[f"{n}-{m.__name__[1:]}" for n, m, _ in CASES])
def test_what_is_not_a_file_is_named_by_make_check(tmp_path: Path, name: str, make: Callable[[Path], None],
                                                   said: str) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / name).parent.mkdir(parents=True, exist_ok=True)
    make(project / name)
    checked = subprocess.run([sys.executable, "scripts/check_site.py"], cwd=project, capture_output=True, text=True,
                             timeout=120)  # a named pipe opened would wait for ever
    output = checked.stdout + checked.stderr
    assert checked.returncode == 1, output
    assert f"- {name} : {said}." in output, output
    assert "erreur inattendue" not in output and "Traceback" not in output


def test_make_build_stops_on_a_named_pipe_and_keeps_the_last_site(tmp_path: Path, programme_site) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    os.mkfifo(project / "docs" / "fr" / "notes.md")
    result = publish(project)
    assert result.returncode == 1, result.output
    assert f"docs/fr/notes.md : {SPECIAL}." in reported_problems(result.output), result.output
    assert tree_digest(result.site) == before
