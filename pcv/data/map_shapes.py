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

from pcv.data.file_kind import not_a_file
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
    if why := not_a_file(path):  # a folder or a named pipe of its name: never opened
        raise MapProblem(None, f"{why}.")
    if not path.is_file():
        raise MapProblem(None, "fichier introuvable.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_once_each,
                          parse_constant=_not_a_number)
        return WorldMap(
            width=_whole(data["width"], 1, MAX_SIZE), height=_whole(data["height"], 1, MAX_SIZE),
            coarse=_whole(data["coarse"], 1, MAX_SIZE), land=tuple(_shape(s) for s in data["land"]),
            countries={ALPHA_2[code]: _shape(s) for code, s in data["countries"].items() if code in ALPHA_2},
        )
    except json.JSONDecodeError as exc:
        raise MapProblem(exc.lineno, "ce n'est pas du JSON valide.") from None
    except MapValue as exc:
        raise MapProblem(None, f"{exc}.") from None
    except RecursionError:  # a paste gone wrong: [[[[… on thousands of levels
        raise MapProblem(None, "des listes « [ » ou des objets « { » y sont imbriqués sur des milliers de niveaux : "
                         "ce n'est pas le fichier de la carte attendu.") from None
    except (UnicodeDecodeError, KeyError, TypeError, ValueError, AttributeError):
        raise MapProblem(None, "ce n'est pas le fichier de la carte attendu.") from None


MAX_SIZE = 100_000  # map units: the map's width, height, coarse unit, and any coordinate


class MapValue(ValueError):
    """A value of the map's JSON that the map cannot use; the message says which, in French."""


def _once_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each written once (json.loads would keep the last of two silently)."""
    keys = [key for key, _ in pairs]
    if twice := next((key for key in keys if keys.count(key) > 1), None):
        raise MapValue(f"la clé « {twice} » y est écrite deux fois")
    return dict(pairs)


def _not_a_number(name: str) -> None:
    raise MapValue(f"« {name} » n'est pas un nombre que la carte peut utiliser")


def _whole(value: Any, low: int, high: int) -> int:
    """`value` if it is a whole number from `low` to `high`."""
    if type(value) is not int or not low <= value <= high:
        raise MapValue(f"« {value} » n'est pas un nombre entier de {low} à {high}, comme la carte en a besoin")
    return value


def _shape(raw: dict[str, Any]) -> Shape:
    """One shape, its paths made of SVG path commands and numbers only (they are written into SVG files)."""
    x0, y0, x1, y1 = (_whole(v, -MAX_SIZE, MAX_SIZE) for v in raw["box"])
    x, y = (_whole(v, -MAX_SIZE, MAX_SIZE) for v in raw["at"])
    d, coarse = raw["d"], raw["coarse"]
    if not (isinstance(d, str) and isinstance(coarse, str) and _PATH.fullmatch(d) and _PATH.fullmatch(coarse)):
        raise ValueError("not an SVG path of numbers")
    return Shape(d, coarse, (x, y), (x0, y0, x1, y1))
