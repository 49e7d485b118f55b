"""A command run as a child that never outlives its parent: a killed build leaves no build running.

`make build` runs `mkdocs build` as a child process. Killed with SIGKILL,
the parent cannot stop it: on Linux the kernel sends the child SIGKILL when
its parent dies (`prctl(PR_SET_PDEATHSIG)`); stopped with SIGTERM or Ctrl-C,
the parent kills the child before it exits. A child left running would go on
writing a whole site into a folder the next build has cleaned up.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from pathlib import Path

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def run_tied(command: list[str], cwd: Path) -> int:
    """The exit status of `command`, run in `cwd` as a child that dies with this process."""
    parent = os.getpid()
    signal.signal(signal.SIGTERM, _exit_on_signal)
    with subprocess.Popen(command, cwd=cwd, preexec_fn=lambda: _die_with(parent)) as child:
        try:
            return child.wait()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()


def _exit_on_signal(number: int, _frame: object) -> None:
    """SIGTERM as an exit, so that `run_tied` kills the child and the build's folders are removed."""
    sys.exit(128 + number)


def _die_with(parent: int) -> None:
    """In the child, before the command starts: SIGKILL when the parent dies (Linux), and now if it already has."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
