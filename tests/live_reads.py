"""The live project's content (its mkdocs.yml, data/ and docs/: what staff change) seen as it is read.

tests/test_staff_changes.py reruns, on a copy with staff's changes, every test that may read that content; a test
marked `engine_only` says it reads none (it builds the fixture programmes of tests/fixtures/, or nothing) and is
left out. This plugin (its hooks imported by conftest.py) holds each such test to it: while it runs (its fixtures'
setup included), a file of the content opened or listed, or a process started in the project, fails it; so does a
fixture whose setup read the content earlier, an import of a test helper that read it while being imported, or the
test's own file reading it while imported (its parameters drawn from it; what they read is kept in memory)."""

from __future__ import annotations

import ast
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pcv.inspection.builds import ENGINE_PARTS, PROGRAMME_PARTS, ROOT

CONTENT = tuple(ROOT / part for part in PROGRAMME_PARTS)
ENGINE = tuple(ROOT / part for part in ENGINE_PARTS)  # data/geo (the world map) is the engine's
WATCHED = {"open", "os.listdir", "os.scandir", "subprocess.Popen"}


def _within(path: Path, folders: tuple[Path, ...]) -> bool:
    return any(path == folder or folder in path.parents for folder in folders)


def is_content(path: object, folder: str | None = None) -> bool:
    """`path` (relative to `folder`, by default the current one) is the live content or in it."""
    if not isinstance(path, (str, bytes, os.PathLike)):
        return False  # an open file descriptor
    try:
        full = Path(os.path.abspath(os.path.join(folder or os.getcwd(), os.fsdecode(path))))
    except OSError:  # the current folder was removed: nothing relative to it is the project's
        return False
    return _within(full, CONTENT) and not _within(full, ENGINE)


class LiveRead(Exception):
    """A test marked engine_only read the live project's content."""


class Guard:
    """The audit hook (installed once per process) and what it saw."""

    def __init__(self) -> None:
        self.test: str | None = None  # the engine_only test running, if any
        self.reads: list[str] = []  # what it read
        self.fixtures: list[str] = []  # the fixtures being set up (nested), by `fixture_key`
        self.live_fixtures: set[str] = set()  # fixtures whose setup read the content, by `fixture_key`
        self.live_modules: set[str] = set()  # modules that read it while being imported
        sys.addaudithook(self._audit)

    def _audit(self, event: str, args: tuple) -> None:
        if event not in WATCHED:
            return
        if event == "subprocess.Popen":
            try:
                folder = os.fsdecode(args[2]) if args[2] is not None else os.getcwd()
            except OSError:  # started from a removed folder: not the project
                return
            read = Path(os.path.abspath(folder)) == ROOT or is_content(folder) or any(
                is_content(arg, folder) for arg in args[1] if isinstance(arg, (str, os.PathLike)))
        else:
            read = is_content(args[0] if args else ".")
        if not read:
            return
        what = f"{event} {args[0] if event != 'subprocess.Popen' else list(args[1])!r}"
        self.live_fixtures.update(self.fixtures)
        frame = sys._getframe(1)
        while frame is not None:  # modules being imported
            if frame.f_code.co_name == "<module>":
                self.live_modules.add(frame.f_globals.get("__name__", ""))
            frame = frame.f_back
        if self.test is not None:
            self.reads.append(what)
            raise LiveRead(f"{self.test} is marked engine_only but read the live project: {what}")

    def earlier_reads(self, fixtures: list[str], module: Path, module_name: str) -> list[str]:
        """Fixtures of the test, modules its file imports, and that file itself (imported as `module_name`: its
        parameters drawn from the content, say), that read the content before it ran."""
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        return ([f"fixture {key}" for key in fixtures if key in self.live_fixtures]
                + [f"import {name}" for name in sorted(imported & self.live_modules)]
                + [f"module {module_name}"] * (module_name in self.live_modules))


GUARD = Guard()


def fixture_key(fixturedef: pytest.FixtureDef) -> str:
    """A fixture by where it is defined and its name: two files' fixtures of one name (« preview ») are two, and a
    parameter named like another file's fixture is not that fixture (a name alone made tests of test_hostile_channels
    fail in one run and pass in the next, by which worker had set up the other « preview » first)."""
    return f"{fixturedef.baseid}::{fixturedef.argname}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "engine_only: reads none of the live project's mkdocs.yml, data/ and docs/ "
                            "(checked: tests/live_reads.py); test_staff_changes.py leaves it out")


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef) -> Iterator[object]:
    """Which fixtures read the live project's content while set up (GUARD.live_fixtures)."""
    GUARD.fixtures.append(fixture_key(fixturedef))
    try:
        return (yield)
    finally:
        GUARD.fixtures.pop()


def _guarded(item: pytest.Item) -> Iterator[object]:
    """One phase of an engine_only test, failed if it read the live project's content."""
    if item.get_closest_marker("engine_only") is None:
        return (yield)
    GUARD.test, GUARD.reads = item.nodeid, []
    try:
        result = yield
    finally:
        GUARD.test = None
    if GUARD.reads:  # also when the code under test caught the error
        pytest.fail(f"{item.nodeid} is marked engine_only but read the live project: {GUARD.reads}", pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[object]:
    if item.get_closest_marker("engine_only") is not None:
        used = [fixture_key(defs[-1]) for defs in item._fixtureinfo.name2fixturedefs.values() if defs]
        earlier = GUARD.earlier_reads(used, item.path, item.module.__name__)
        if earlier:
            pytest.fail(f"{item.nodeid} is marked engine_only but uses what read the live project: {earlier}",
                        pytrace=False)
    return (yield from _guarded(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[object]:
    return (yield from _guarded(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[object]:
    return (yield from _guarded(item))
