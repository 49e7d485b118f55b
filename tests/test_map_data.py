"""The map data (data/geo/map.json, made by scripts/build_map.mjs) is complete
and small enough for phones on slow networks."""

import gzip
import json
import re
from pathlib import Path

import pytest

MAP_JSON = Path(__file__).resolve().parent.parent / "data" / "geo" / "map.json"
CODES = {"BJ", "BO", "GT", "SN", "CI", "PH", "RW"}
BUDGET = 12 * 1024  # bytes, gzip

NUMBER = r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
# One or more subpaths: a moveto followed by drawing commands and numbers.
PATH_D = re.compile(
    r"^\s*[Mm][\s,]*" + NUMBER + r"(?:[\s,]*(?:[MmLlHhVvCcSsQqTtAaZz]|" + NUMBER + r"))*\s*$"
)


@pytest.fixture(scope="module")
def data():
    return json.loads(MAP_JSON.read_text(encoding="utf-8"))


def test_source_is_named(data):
    assert "Natural Earth" in data["source"]


def test_viewbox_has_four_numbers(data):
    parts = data["viewBox"].split()
    assert len(parts) == 4
    values = [float(p) for p in parts]
    assert values[2] > 0 and values[3] > 0


def test_all_seven_countries_are_present(data):
    assert set(data["countries"]) == CODES


def test_paths_are_svg_path_syntax(data):
    paths = {"land": data["land"]}
    paths.update({code: c["d"] for code, c in data["countries"].items()})
    for name, d in paths.items():
        assert d.strip(), f"{name}: empty path"
        assert PATH_D.match(d), f"{name}: not SVG path syntax: {d[:60]}…"


def test_labels_are_points_in_the_viewbox(data):
    _, _, width, height = (float(p) for p in data["viewBox"].split())
    for code, c in data["countries"].items():
        for key in ("label", "at"):
            x, y = c[key]
            assert 0 <= x <= width and 0 <= y <= height, f"{code}.{key}"


def test_gzip_size_is_within_budget():
    size = len(gzip.compress(MAP_JSON.read_bytes(), compresslevel=9))
    assert size < BUDGET, f"{size} bytes gzip, budget {BUDGET}"
