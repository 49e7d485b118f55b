"""Builds run in the tests' process leave MkDocs' logging as they found it (PROGRAMME7 F7: each run added a
DuplicateFilter to « mkdocs.commands.build », and every message a build had logged was dropped from all the later
builds of the process: the preview terminal's test failed after tests/test_build_script.py on the same worker)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pcv.inspection.in_process import run_mkdocs

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


def _project(folder: Path) -> Path:
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# Page\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: Essai\n", encoding="utf-8")
    return folder


def test_each_build_in_the_process_says_what_the_first_said_and_logging_is_left_as_found(tmp_path: Path) -> None:
    project = _project(tmp_path / "project")
    names = [name for name in logging.root.manager.loggerDict if name == "mkdocs" or name.startswith("mkdocs.")]
    before = {name: (list(logging.getLogger(name).filters), logging.getLogger(name).level,
                     logging.getLogger(name).disabled, list(logging.getLogger(name).handlers)) for name in names}
    outputs = []
    for run in range(2):
        code, output = run_mkdocs(project, ["build", "--site-dir", str(tmp_path / f"site{run}")], {})
        assert code == 0, output
        outputs.append(output)
    assert all("Documentation built in" in output for output in outputs), outputs
    after = {name: (list(logging.getLogger(name).filters), logging.getLogger(name).level,
                    logging.getLogger(name).disabled, list(logging.getLogger(name).handlers)) for name in names}
    assert after == before
    assert not [name for name, logger in logging.root.manager.loggerDict.items()
                if isinstance(logger, logging.Logger) and name.startswith("mkdocs.") and logger.filters
                and name not in before]
