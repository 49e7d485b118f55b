"""The programme map's shapes: data/geo/map.json (made by scripts/build_map.mjs).

Read once per build process, and again only when the file changes, like the
rest of data/. Its form is checked by tests/test_map_data.py; here we only
make sure it can be read, and say what to do when it cannot.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

MAP_FILE = "geo/map.json"
REGENERATE = "Régénérez-le avec « node scripts/build_map.mjs » ou rétablissez-le (git restore)."


class MapProblem(Exception):
    """data/geo/map.json is missing or is not the map's JSON."""


def load_map(data_dir: Path) -> dict[str, Any]:
    """The parsed map (viewBox, land, countries), read once until the file changes."""
    path = data_dir / MAP_FILE
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise MapProblem(f"data/{MAP_FILE} : fichier introuvable. {REGENERATE}") from None
    return _read(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=2)
def _read(path: Path, _mtime: int, _size: int) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = f", ligne {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise MapProblem(f"data/{MAP_FILE}{line} : ce n'est pas le JSON de la carte. {REGENERATE}") from None
    if not isinstance(data, dict) or not {"viewBox", "land", "countries"} <= data.keys():
        raise MapProblem(f"data/{MAP_FILE} : il manque viewBox, land ou countries. {REGENERATE}")
    return data
