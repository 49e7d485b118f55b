"""The figures data/programme.yaml held before: a page still showing one has not followed the data.

Read from the repository's history (every committed version of the file), once
per commit. Without git or history there is nothing to say: no figure, never an
error that stops the build.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from pcv.data.models import SiteData
from pcv.pages.figures import DataFigure, data_figures
from pcv.pages.history import git_bytes, git_output

FILE = "data/programme.yaml"


def previous_figures(root: Path, data: SiteData) -> list[DataFigure]:
    """Each value a figure of the data had in an earlier commit and no longer has, with its current value."""
    head = (git_output(root, "rev-parse", "HEAD") or "").strip()
    current = {figure.placeholder: figure for figure in data_figures(data)}
    found: dict[tuple[str, int], DataFigure] = {}
    for raw in _past_versions(Path(root).resolve(), head) if head else ():
        for placeholder, value, kind in _figures(raw):
            now = current.get(placeholder)
            if now is not None and value != now.value and (placeholder, value) not in found:
                found[(placeholder, value)] = DataFigure(placeholder, value, kind, now.source, previous_of=now.value)
    return list(found.values())


@functools.lru_cache(maxsize=4)
def _past_versions(root: Path, _head: str) -> tuple[Any, ...]:
    """Every committed version of data/programme.yaml, parsed (those that cannot be read are left out); read by one
    `git cat-file --batch`, not one git per version."""
    commits = (git_output(root, "log", "--format=%H", "--", FILE) or "").split()
    batch = git_bytes(root, "cat-file", "--batch", stdin="".join(f"{commit}:./{FILE}\n" for commit in commits).encode()) or b""
    versions = []
    for text in _blobs(batch):
        try:
            versions.append(yaml.load(text, Loader=_LOADER))
        except Exception:  # noqa: BLE001 (a date 2024-02-30, a !!float abc: a past version read or not, never an error)
            continue
    return tuple(versions)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: these are the data's past files


def _blobs(data: bytes) -> list[str]:
    """The contents `git cat-file --batch` printed ("<object> blob <size>\\n<content>\\n" each; "… missing" skipped),
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
