"""The figures data/programme.yaml held before: a page still showing one has not followed the data.

Read from the repository's history (every committed version of the file), once
per commit. Without git or history there is nothing to say: no figure, never an
error that stops the build.

A number in a page is that figure left behind only if it could have been copied from it: its line was written
(`line_times`, from git blame; a line not yet committed is written now) once the figure held that value. A line
older than that (an example « 50 veut dire 50 % » written years before a target was briefly 50 %) is not.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from pcv.data.models import SiteData
from pcv.data.yaml_source import MAX_BYTES
from pcv.pages.figures import DataFigure, data_figures
from pcv.pages.history import commit_times, git_bytes, git_output

FILE = "data/programme.yaml"


def previous_figures(root: Path, data: SiteData) -> list[DataFigure]:
    """Each value a figure of the data had in an earlier commit and no longer has, with its current value."""
    head = (git_output(root, "rev-parse", "HEAD") or "").strip()
    current = {figure.placeholder: figure for figure in data_figures(data)}
    found: dict[tuple[str, int], DataFigure] = {}
    for time, raw in _past_versions(Path(root).resolve(), head) if head else ():  # the newest first
        for placeholder, value, kind in _figures(raw):
            now = current.get(placeholder)
            if now is not None and value != now.value:
                earlier = found.get((placeholder, value))
                found[(placeholder, value)] = DataFigure(placeholder, value, kind, now.source, previous_of=now.value,
                                                         since=min(time, earlier.since) if earlier else time,
                                                         label=now.label)
    return list(found.values())


def line_times(root: Path, file: Path, text: str) -> dict[int, int]:
    """The time (seconds) each committed line of `file` (whose text is `text`) was written; a line not committed
    yet, or a file outside git, has none."""
    return _blamed(Path(root).resolve(), Path(file).resolve(), hashlib.sha256(text.encode("utf-8")).hexdigest())


@functools.lru_cache(maxsize=64)
def _blamed(root: Path, file: Path, _text: str) -> dict[int, int]:
    porcelain = git_output(root, "blame", "--porcelain", "--", str(file)) or ""
    known = commit_times(root)  # a committer's clock set ahead (or a rebase) does not reorder the history
    times: dict[str, int] = {}
    lines: dict[int, int] = {}
    commit = None
    for line in porcelain.split("\n"):
        if header := re.match(r"([0-9a-f]{40}) \d+ (\d+)", line):
            commit, number = header.group(1), int(header.group(2))
            if commit in times and commit.strip("0"):
                lines[number] = times[commit]
            pending = number
        elif line.startswith("committer-time ") and commit and commit.strip("0"):
            times[commit] = known.get(commit, int(line.split()[1]))
            lines[pending] = times[commit]
    return lines


@functools.lru_cache(maxsize=4)
def _past_versions(root: Path, _head: str) -> tuple[tuple[int, Any], ...]:
    """Every committed version of data/programme.yaml, parsed (those that cannot be read, or are over the size the
    file may have today, are left out: one paste committed then fixed must not slow every later build), with its
    commit's time, the newest first; read by one `git cat-file --batch`, not one git per version."""
    commits = [line.split() for line in (git_output(root, "log", "--format=%H %ct", "--", FILE) or "").splitlines()]
    known = commit_times(root)  # a committer's clock set ahead (or a rebase) does not reorder the history
    commits = [(commit, known.get(commit, int(time))) for commit, time in commits]
    batch = git_bytes(root, "cat-file", "--batch",
                      stdin="".join(f"{commit}:./{FILE}\n" for commit, _ in commits).encode()) or b""
    versions = []
    for (_, time), text in zip(commits, _blobs(batch)):
        if text is None or len(text.encode("utf-8")) > MAX_BYTES:  # the commit that removed the file; a version too big to be read now
            continue
        try:
            versions.append((time, yaml.load(text, Loader=_LOADER)))
        except Exception:  # noqa: BLE001 (a date 2024-02-30, a !!float abc: a past version read or not, never an error)
            continue
    return tuple(versions)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: these are the data's past files


def _blobs(data: bytes) -> list[str | None]:
    """The contents `git cat-file --batch` printed ("<object> blob <size>\\n<content>\\n" each; "… missing": None),
    read as `git show` is read (pcv.pages.history.git_output)."""
    blobs, position = [], 0
    while position < len(data):
        header_end = data.index(b"\n", position)
        header = data[position:header_end].split()
        position = header_end + 1
        if len(header) == 3 and header[1] == b"blob":
            size = int(header[2])
            blobs.append(data[position:position + size].decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n"))
            position += size + 1
        else:
            blobs.append(None)
    return blobs


def _figures(raw: Any) -> list[tuple[str, int, str]]:
    """(placeholder, value, kind) of the figures of one version of the file, as far as it can be read."""
    if not isinstance(raw, dict):
        return []
    figures = []
    period = raw.get("period") if isinstance(raw.get("period"), dict) else {}
    figures += [(f"period.{end}", period[end], "year") for end in ("start", "end") if type(period.get(end)) is int]
    targets = raw.get("targets")
    for target in targets if isinstance(targets, list) else ():
        if isinstance(target, dict) and isinstance(target.get("id"), str) and type(target.get("value")) is int:
            figures.append((f"targets.{target['id']}", target["value"], str(target.get("format", "number"))))
    return figures
