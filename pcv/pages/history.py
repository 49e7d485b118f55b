"""What the repository's history says of the project's files: when each was last changed.

Read with one `git log` for the whole repository, once per build process
and commit (a commit made while `make serve` runs is seen).
Without git, outside a repository, or in a clone without history (CI's
shallow clone of one commit), there is nothing to say: {} and None, never
an error that would stop the build.

A commit's date is what the committer's clock said: a date in the future, or
later than a commit made after it, is brought back to just before the
earliest of now and the dates of the commits made after it (with a note in the build's log),
so that a wrong clock can neither show a future date nor hide that a
translation is out of date.
"""

from __future__ import annotations

import functools
import logging
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.history")

RECORD = "\x1e"  # starts each commit in the log's output
TIMEOUT = 60  # seconds


def last_commit_dates(root: Path) -> dict[str, datetime]:
    """Repo-relative POSIX path -> committer date of the last commit that touched it."""
    root = Path(root).resolve()
    head = git_output(root, "rev-parse", "HEAD")
    return dict(_dates(root, head)) if head else {}


@functools.lru_cache(maxsize=4)
def _dates(root: Path, _head: str) -> tuple[tuple[str, datetime], ...]:
    output = git_output(root, "log", "--topo-order", f"--format={RECORD}%cI %H %P", "--name-only", "--no-renames",
                        "--relative")
    commits = [block.strip("\n").split("\n") for block in (output or "").split(RECORD)[1:]]
    if len(commits) < 2:  # one commit (a shallow clone) dates every file alike: it says nothing
        return ()
    dates: dict[str, datetime] = {}
    now, ceilings, clamped = datetime.now(timezone.utc), {}, []  # ceilings: the earliest date of a commit's children
    for header, *paths in commits:  # newest first, every commit before its parents
        date, commit, *parents = header.split(" ")
        when, ceiling = datetime.fromisoformat(date), ceilings.get(commit, now)
        if when > ceiling:
            clamped.append(commit[:7])
            when = ceiling - timedelta(seconds=1)
        for parent in parents:
            ceilings[parent] = min(ceilings.get(parent, now), when)
        for path in filter(None, paths):
            dates.setdefault(path, when)
    if clamped:
        log.info(f"Historique : {len(clamped)} commit(s) daté(s) dans le futur ou après un commit fait après eux "
                 f"(horloge mal réglée ? {', '.join(clamped[:5])}) : leur date est ramenée juste avant.")
    return tuple(dates.items())


def text_when_last_changed(root: Path, changed: str, wanted: str) -> str | None:
    """The text of `wanted` as it was in the last commit that touched `changed` (repo-relative paths)."""
    commit = (git_output(Path(root), "log", "-1", "--format=%H", "--", changed) or "").strip()
    return git_output(Path(root), "show", f"{commit}:./{wanted}") if commit else None


def git_output(root: Path, *arguments: str) -> str | None:
    """The output of `git arguments` run in `root`; None if git is missing or fails."""
    try:
        completed = subprocess.run(["git", "-c", "core.quotePath=false", *arguments], cwd=root,
                                   capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT)
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return None
    return completed.stdout if completed.returncode == 0 else None
