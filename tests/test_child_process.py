"""A child started with pcv/build/child_process.py dies with its parent (`make editor`'s decap-server, which writes
the project's files, and `make build`'s mkdocs): killed, or stopped by SIGTERM or SIGHUP (its terminal closed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_build_script import _children, _running

from pcv.inspection.builds import ROOT

PARENT = ("import sys, time; from pathlib import Path; from pcv.build.child_process import start_tied\n"
          "child = start_tied([sys.executable, '-c', 'import time; time.sleep(60)'], Path('.'))\n"
          "try:\n    child.wait()\nfinally:\n    child.kill()\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc (CI runs on Linux)")
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP], ids=["kill", "term", "hangup"])
def test_a_tied_child_dies_with_its_parent(stop: signal.Signals) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 30
    while not (children := _children(parent.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert children, "the parent never started its child"
    os.kill(parent.pid, stop)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 5
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, children)), f"the child outlived its parent ({stop.name})"
