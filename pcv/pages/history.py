"""When each file of the repository last changed, from its Git history.

One `git log` for the whole repository, read once per build process: the
committer date of the last commit that touched each file. Pages show it as
their "Date de modification / Date modified". Without Git, outside a
repository or with no commit yet, there is no date, and the build goes on.
CI must clone with the whole history (`fetch-depth: 0`): a shallow clone
would give every file the date of its one commit.
"""

from __future__ import annotations

import functools
import logging
import subprocess
from datetime import datetime
from pathlib import Path

log = logging.getLogger("mkdocs.pcv.history")

COMMIT_MARK = "\x00"  # starts each commit's line: git writes it for %x00


def last_commit_dates(root: Path) -> dict[str, datetime]:
    """Repository-relative POSIX path -> committer date of the last commit touching it; {} without history."""
    return dict(_dates(root.resolve()))


@functools.lru_cache(maxsize=4)
def _dates(root: Path) -> tuple[tuple[str, datetime], ...]:
    command = ["git", "-c", "core.quotepath=off", "-C", str(root), "log", "--relative", "--no-renames", "--name-only",
               "--format=%x00%cI", "--", "."]
    try:
        completed = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("Pas d'historique Git (%s) : les pages n'auront pas de date de modification.", exc)
        return ()
    if completed.returncode != 0:
        log.info("Pas d'historique Git : les pages n'auront pas de date de modification.")
        return ()
    return tuple(parse_log(completed.stdout).items())


def parse_log(output: str) -> dict[str, datetime]:
    """The newest date of each path in `git log --name-only --format=%x00%cI` output."""
    dates: dict[str, datetime] = {}
    when: datetime | None = None
    for line in output.splitlines():
        if line.startswith(COMMIT_MARK):
            when = datetime.fromisoformat(line[len(COMMIT_MARK):])
        elif line and when is not None:
            dates.setdefault(line, when)  # the log lists the newest commit first
    return dates
