"""`make test`'s schedule (xdist's --dist loadfile, as tests/conftest.py orders and hands out the files): the
staff-changes rerun, the longest test, starts first and no other file waits behind it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import LONGEST_FIRST, pytest_collection_modifyitems, pytest_xdist_make_scheduler

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


class _Worker:
    """What the scheduler asks of a worker; `handed`: the indexes of the tests it was handed, in order."""

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.handed: list[int] = []
        self.shutting_down = False

    def send_runtest_some(self, indexes: list[int]) -> None:
        self.handed += indexes

    def shutdown(self) -> None:
        self.shutting_down = True


class _MakeTest:
    """What the scheduler reads of `make test`'s command line (here two workers)."""

    option = SimpleNamespace(loadscopereorder=False)

    def getvalue(self, name: str) -> object:
        return {"dist": "loadfile", "tx": ["2*popen"]}[name]


def _items(path: str, *names: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(path=Path(path), name=name, nodeid=f"{path}::{name}") for name in names]


def test_the_staff_changes_worker_is_handed_no_other_file_before_it_is_done() -> None:
    """xdist hands a worker a second file as soon as two of its tests or fewer are left; the file handed beside the
    staff-changes rerun waited for it, then ran alone at the end of `make test` (issue 17)."""
    staff = f"tests/{LONGEST_FIRST[0]}"
    items = [*_items("tests/browser/test_a.py", "test_1", "test_2", "test_3"),
             *_items(staff, "test_make_check_accepts_staff_changes", "test_every_test_passes_after_staff_changes"),
             *_items("tests/test_b.py", "test_1", "test_2", "test_3"), *_items("tests/test_c.py", "test_1")]
    pytest_collection_modifyitems(items)
    collection = [item.nodeid for item in items]
    scheduler, workers = pytest_xdist_make_scheduler(_MakeTest(), None), [_Worker("gw0"), _Worker("gw1")]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, collection)
    scheduler.schedule()
    first = workers[0]

    def files() -> list[str]:
        return list(dict.fromkeys(collection[index].split("::")[0] for index in first.handed))

    for index in list(first.handed):  # its tests done one by one
        assert files() == [staff]
        scheduler.mark_test_complete(first, index)
    assert files()[0] == staff and len(files()) == 2  # then the next file
