"""`make test`'s schedule (xdist's --dist loadfile, as tests/conftest.py orders and hands out the files): the
staff-changes rerun, the longest test, starts first and no other file waits behind it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import LONGEST_FIRST, pytest_collection_modifyitems, pytest_xdist_make_scheduler

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


class _Worker:
    """A worker as xdist's scheduler sees it: `handed`, the indexes of the tests it was handed, in order; `ran`, how
    many of them it has run. Like xdist's, it runs a test once it holds the next one, or is told to stop."""

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.handed: list[int] = []
        self.ran = 0
        self.shutting_down = False

    def send_runtest_some(self, indexes: list[int]) -> None:
        self.handed += indexes

    def shutdown(self) -> None:
        self.shutting_down = True

    def can_run(self) -> bool:
        return self.ran < len(self.handed) and (self.ran + 1 < len(self.handed) or self.shutting_down)


class _MakeTest:
    """What the scheduler reads of `make test`'s command line (here two workers)."""

    option = SimpleNamespace(loadscopereorder=False)

    def getvalue(self, name: str) -> object:
        return {"dist": "loadfile", "tx": ["2*popen"]}[name]


def _items(path: str, *names: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(path=Path(path), name=name, nodeid=f"{path}::{name}") for name in names]


def _run(scheduler, worker: _Worker) -> None:
    scheduler.mark_test_complete(worker, worker.handed[worker.ran])
    worker.ran += 1


def test_the_staff_changes_rerun_starts_at_once_with_no_other_file_behind_it() -> None:
    """xdist hands a worker a second file as soon as two of its tests or fewer are left; the file handed beside the
    staff-changes rerun waited for it, then ran alone at the end of `make test` (issue 17). Held back instead, the
    rerun must still start at once (a worker runs a test once it holds the next) and every test run in the end."""
    file, rerun = LONGEST_FIRST
    staff = f"tests/{file}"
    items = [*_items("tests/browser/test_a.py", "test_1", "test_2", "test_3"),
             *_items(staff, "test_make_check_accepts_staff_changes", rerun),
             *_items("tests/test_b.py", "test_1", "test_2", "test_3"), *_items("tests/test_c.py", "test_1")]
    pytest_collection_modifyitems(items)
    collection = [item.nodeid for item in items]
    scheduler, workers = pytest_xdist_make_scheduler(_MakeTest(), None), [_Worker("gw0"), _Worker("gw1")]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, collection)
    scheduler.schedule()
    first, other = workers
    while first.can_run() and not collection[first.handed[first.ran]].endswith(rerun):
        _run(scheduler, first)
    assert first.can_run(), "the rerun waits for a test to be handed after it"
    assert collection[first.handed[first.ran]] == f"{staff}::{rerun}"
    assert {collection[index].split("::")[0] for index in first.handed} == {staff}, "a file waits behind the rerun"
    while other.can_run():  # the rest of the suite, while the rerun runs
        _run(scheduler, other)
    _run(scheduler, first)  # the rerun is done
    while any(worker.can_run() for worker in workers):
        _run(scheduler, next(worker for worker in workers if worker.can_run()))
    assert sorted(index for worker in workers for index in worker.handed[:worker.ran]) == list(range(len(items)))
