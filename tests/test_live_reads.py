"""A test marked engine_only (left out of test_staff_changes' rerun on staff's changes) fails as soon as it reads
the live project's content, however it reads it (tests/live_reads.py): tried on tests written for the purpose."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pcv.inspection.builds import ROOT

pytestmark = pytest.mark.engine_only

PROBES = '''
import subprocess, sys
import pytest
from pcv.inspection.builds import FIXTURES, ROOT

@pytest.fixture(scope="session")
def live_text():
    return (ROOT / "mkdocs.yml").read_text(encoding="utf-8")

def test_unmarked_reads(live_text):
    assert sorted((ROOT / "docs").iterdir())

@pytest.mark.engine_only
def test_marked_opens():
    (ROOT / "mkdocs.yml").read_bytes()

@pytest.mark.engine_only
def test_marked_hides_the_error():
    try:
        list((ROOT / "data").glob("*.yaml"))
    except Exception:
        pass

@pytest.mark.engine_only
def test_marked_starts_a_process_in_the_project():
    subprocess.run([sys.executable, "-c", "pass"], cwd=ROOT, check=True)

@pytest.mark.engine_only
def test_marked_uses_a_fixture_that_read(live_text):
    pass

@pytest.mark.engine_only
def test_marked_reads_the_engine_and_a_fixture_programme(tmp_path):
    (ROOT / "engine.yml").read_bytes(), sorted((ROOT / "data" / "geo").iterdir())
    sorted(FIXTURES.rglob("*.yaml"))
    subprocess.run([sys.executable, "-c", "pass"], cwd=tmp_path, check=True)
'''

IMPORTER = '''
import pytest
import reads_when_imported

@pytest.mark.engine_only
def test_marked_imports_a_helper_that_read():
    pass
'''

# What the test's own file read from the content while imported (as test_map_labels.py's parameters are drawn).
DRAWS = '''
import pytest
from pcv.inspection.builds import ROOT

FIRST_LINE = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()[0]

@pytest.mark.engine_only
def test_marked_uses_what_its_file_read_from_the_content():
    assert FIRST_LINE
'''


def test_an_engine_only_test_that_reads_the_live_project_fails(tmp_path: Path) -> None:
    (tmp_path / "test_probes.py").write_text(PROBES, encoding="utf-8")
    (tmp_path / "test_importer.py").write_text(IMPORTER, encoding="utf-8")
    (tmp_path / "test_draws.py").write_text(DRAWS, encoding="utf-8")
    (tmp_path / "reads_when_imported.py").write_text(
        "from pcv.inspection.builds import ROOT\nTEXT = (ROOT / 'mkdocs.yml').read_text(encoding='utf-8')\n",
        encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(tmp_path), str(ROOT)])}
    ran = subprocess.run([sys.executable, "-m", "pytest", "-p", "live_reads", "-p", "no:cacheprovider", "-q", "-rA",
                          "test_probes.py", "test_importer.py", "test_draws.py"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    outcomes = {name: outcome for outcome, name in re.findall(r"^(PASSED|FAILED|ERROR) \S+::(\w+)", ran.stdout,
                                                               re.MULTILINE)}
    assert outcomes == {
        "test_unmarked_reads": "PASSED",
        "test_marked_opens": "FAILED",
        "test_marked_hides_the_error": "FAILED",
        "test_marked_starts_a_process_in_the_project": "FAILED",
        "test_marked_uses_a_fixture_that_read": "ERROR",
        "test_marked_reads_the_engine_and_a_fixture_programme": "PASSED",
        "test_marked_imports_a_helper_that_read": "ERROR",
        "test_marked_uses_what_its_file_read_from_the_content": "ERROR",
    }, ran.stdout + ran.stderr
    blamed = set(re.findall(r"::(\w+) is marked engine_only but", ran.stdout))  # failed by the guard, not otherwise
    assert blamed == {name for name, outcome in outcomes.items() if outcome != "PASSED"}, ran.stdout
