"""The world map's shapes: data/geo/map.json (made by scripts/build_map.mjs).

One shape per ISO 3166-1 country that Natural Earth draws, keyed in the file
by its numeric code and here by its alpha-2 code (the data's). Read once per
build process, and again only when the file changes, like the rest of data/.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from pcv.problems import Problem

MAP_FILE = "geo/map.json"
REGENERATE = "Régénérez-le avec « node scripts/build_map.mjs » ou rétablissez-le (git restore)."
ALPHA_2 = {country.numeric: country.alpha_2 for country in pycountry.countries}

_PATH = re.compile(r"[MmLlHhVvZz0-9 ,.+-]*")  # the path commands scripts/build_map.mjs writes, and numbers
Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in map units


class MapProblem(Exception):
    """data/geo/map.json is missing or is not the map's JSON; `problem` says what to do."""

    def __init__(self, line: int | None, message: str):
        self.problem = Problem(f"data/{MAP_FILE}", line, None, f"{message} {REGENERATE}")
        super().__init__(str(self.problem))


@dataclass(frozen=True)
class Shape:
    d: str  # SVG path in map units; "" when smaller than one unit (a marker stands for it)
    coarse: str  # the same at a unit of WorldMap.coarse map units, for world-wide frames
    at: tuple[int, int]  # a point on the country
    box: Box  # its main territory


@dataclass(frozen=True)
class WorldMap:
    width: int
    height: int
    coarse: int
    land: tuple[Shape, ...]  # land without an ISO code (Kosovo, Somaliland…)
    countries: dict[str, Shape]  # by alpha-2 code


def load_map(data_dir: Path) -> WorldMap:
    """The map (a build reads it once: pcv/build/); `MapProblem` if it cannot be read."""
    path = data_dir / MAP_FILE
    if not path.is_file():
        raise MapProblem(None, "fichier introuvable.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return WorldMap(
            width=int(data["width"]), height=int(data["height"]), coarse=int(data["coarse"]),
            land=tuple(_shape(s) for s in data["land"]),
            countries={ALPHA_2[code]: _shape(s) for code, s in data["countries"].items() if code in ALPHA_2},
        )
    except json.JSONDecodeError as exc:
        raise MapProblem(exc.lineno, "ce n'est pas du JSON valide.") from None
    except (UnicodeDecodeError, KeyError, TypeError, ValueError, AttributeError):
        raise MapProblem(None, "ce n'est pas le fichier de la carte attendu.") from None


def _shape(raw: dict[str, Any]) -> Shape:
    """One shape, its paths made of SVG path commands and numbers only (they are written into SVG files)."""
    x0, y0, x1, y1 = (int(v) for v in raw["box"])
    x, y = (int(v) for v in raw["at"])
    d, coarse = raw["d"], raw["coarse"]
    if not (isinstance(d, str) and isinstance(coarse, str) and _PATH.fullmatch(d) and _PATH.fullmatch(coarse)):
        raise ValueError("not an SVG path of numbers")
    return Shape(d, coarse, (x, y), (x0, y0, x1, y1))
