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
from pcv.pages.history import git_output

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
    """Every committed version of data/programme.yaml, parsed (those that cannot be read are left out)."""
    commits = (git_output(root, "log", "--format=%H", "--", FILE) or "").split()
    versions = []
    for commit in commits:
        try:
            versions.append(yaml.safe_load(git_output(root, "show", f"{commit}:./{FILE}") or ""))
        except yaml.YAMLError:
            continue
    return tuple(versions)


def _figures(raw: Any) -> list[tuple[str, int, str]]:
    """(placeholder, value, kind) of the figures of one version of the file, as far as it can be read."""
    if not isinstance(raw, dict):
        return []
    figures = []
    period = raw.get("period") if isinstance(raw.get("period"), dict) else {}
    figures += [(f"period.{end}", period[end], "year") for end in ("start", "end") if type(period.get(end)) is int]
    for target in raw.get("targets") or ():
        if isinstance(target, dict) and isinstance(target.get("id"), str) and type(target.get("value")) is int:
            figures.append((f"targets.{target['id']}", target["value"], str(target.get("format", "number"))))
    return figures
