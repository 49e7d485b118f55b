"""Shared fixtures: the real site and the fixture programmes' built once, and copies of the project to change;
tests marked engine_only held to reading none of the live project's content (live_reads.py's hooks)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from live_reads import (pytest_configure, pytest_fixture_setup, pytest_runtest_call,  # noqa: F401 (hooks)
                        pytest_runtest_setup, pytest_runtest_teardown)
from xdist.remote import Producer
from xdist.scheduler import LoadFileScheduling
from xdist.workermanage import WorkerController

from pcv.inspection.builds import ROOT, build_programme, build_site, copy_project


# Started first, so that the rest of the suite runs beside it: it runs the whole suite again on a copy.
LONGEST_FIRST = ("test_staff_changes.py", "test_every_test_passes_after_staff_changes")  # its file, the test


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """LONGEST_FIRST's file before the others (`make test` hands files to workers in this order), its test first."""
    file, test = LONGEST_FIRST
    items.sort(key=lambda item: (item.path.name != file, item.name != test))


class _LongestAlone(LoadFileScheduling):
    """`--dist loadfile`, but the worker running LONGEST_FIRST's test is handed no other file before that test is done.
    xdist hands a worker a second file as soon as two of its tests or fewer are left: it waited the whole staff-changes
    rerun, then ran alone at the end of `make test` (issue 17: tests/browser/test_editor_places.py). A worker runs a
    test once it holds the next one: that test is first in its file, the file's others behind it."""

    def _reschedule(self, node: WorkerController) -> None:
        pending = [nodeid for tests in self.assigned_work[node].values() for nodeid, done in tests.items() if not done]
        if len(pending) < 2 or not any(nodeid.endswith("::".join(LONGEST_FIRST)) for nodeid in pending):
            super()._reschedule(node)


def pytest_xdist_make_scheduler(config: pytest.Config, log: Producer) -> LoadFileScheduling | None:
    return _LongestAlone(config, log) if config.getvalue("dist") == "loadfile" else None


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (`make test`): two workers per core. The suite does not mostly wait, as /usr/bin/time's « 104 % of two
    cores » suggested: that figure misses Chromium's renderers, which no worker reaps. Summed over the workers' process
    trees, one `make test` spent 1,510 CPU s where /usr/bin/time counted 935 (issue 17, session 13): on two cores it
    mostly computes, about 70 % of it in the browser tests, and each further worker adds its own collection, Chromium
    and builds. PYTEST_XDIST_AUTO_NUM_WORKERS still decides if set."""
    return int(os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS") or 2 * (os.cpu_count() or 1))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, built once for the whole test session."""
    result = build_site(ROOT, tmp_path_factory.mktemp("site"))
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="session")
def programme_site(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """`programme_site(folder, **env)`: the site of a programme folder (tests/fixtures/…) built with the
    environment variables `env` (PCV_SITE_URL…), once per folder and environment for the session."""
    sites: dict[tuple[Path, frozenset[tuple[str, str]]], Path] = {}

    def site_of(programme: Path, **env: str) -> Path:
        key = (programme, frozenset(env.items()))
        if key not in sites:
            result = build_programme(programme, tmp_path_factory.mktemp(programme.name), **env)
            assert result.returncode == 0, result.output
            sites[key] = result.site
        return sites[key]

    return site_of


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")
