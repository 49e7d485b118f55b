"""CPU seconds that code costs, whatever else the machine is doing (wall-clock bounds flake on a loaded machine)."""

from __future__ import annotations

import gc
import resource
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def in_this_thread(call: Callable[[], T]) -> tuple[T, float]:
    """`call()`'s result and the CPU seconds this thread spent on it, with what the process already holds kept out
    of the garbage collector's passes (the bound is the code's cost, not the size of what earlier tests left)."""
    gc.freeze()
    try:
        started = time.thread_time()
        result = call()
        return result, time.thread_time() - started
    finally:
        gc.unfreeze()


def in_child_processes(call: Callable[[], T]) -> tuple[T, float]:
    """`call()`'s result and the CPU seconds of the child processes it ran and waited for."""
    def children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    started = children()
    result = call()
    return result, children() - started
