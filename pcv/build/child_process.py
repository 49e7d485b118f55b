"""Commands run as children that never outlive their parent: a killed build leaves no build running, a closed
`make editor` no file-writing server.

`make build` runs `mkdocs build` as a child process, and `make editor` runs
decap-server, which writes the project's files. Killed with SIGKILL, the
parent cannot stop them: on Linux the kernel sends the child SIGKILL when its
parent dies (`prctl(PR_SET_PDEATHSIG)`); stopped with SIGTERM or SIGHUP (its
terminal closed) or Ctrl-C, the parent exits through its `finally` blocks,
which stop the child. A build left running would go on writing a whole site
into a folder the next build has cleaned up.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from pathlib import Path

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def start_tied(command: list[str], cwd: Path, env: dict[str, str] | None = None,
               stdout: int | None = None) -> subprocess.Popen:
    """`command` started in `cwd` as a child that dies with this process (the caller stops it in a `finally`)."""
    parent = os.getpid()
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, _exit_on_signal)
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=stdout, preexec_fn=lambda: _die_with(parent))


def run_tied(command: list[str], cwd: Path, hidden: tuple[str, ...] = ()) -> int:
    """The exit status of `command`, run in `cwd` as a child that dies with this process; the lines of its output
    that start with one of `hidden` are not shown (the rest is, as it comes)."""
    with start_tied(command, cwd, stdout=subprocess.PIPE if hidden else None) as child:
        try:
            for line in child.stdout or ():
                if not line.decode("utf-8", "replace").startswith(hidden):
                    sys.stdout.buffer.write(line)
                    sys.stdout.flush()
            return child.wait()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()


def _exit_on_signal(number: int, _frame: object) -> None:
    """SIGTERM or SIGHUP as an exit, so that the `finally` blocks stop the child and remove the build's folders."""
    sys.exit(128 + number)


def _die_with(parent: int) -> None:
    """In the child, before the command starts: SIGKILL when the parent dies (Linux), and now if it already has."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
