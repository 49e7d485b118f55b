"""Shared fixtures: the real site built once, and copies of the project to change."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcv.inspection.builds import ROOT, build_site, copy_project


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, built once for the whole test session."""
    result = build_site(ROOT, tmp_path_factory.mktemp("site"))
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")
