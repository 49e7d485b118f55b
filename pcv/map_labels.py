"""Where a map's labels go: around its country's point, the nearest spot that covers no other label, no other
programme country and no land of the frame (pcv/map_land.py), out to the sea if need be, tied to its country
by a line; on the country itself when it alone has room (pcv/map_view.py draws the frames)."""

from __future__ import annotations

import dataclasses
from itertools import chain
from typing import Protocol

from markupsafe import Markup

from pcv.data.map_shapes import Box, Shape
from pcv.map_boxes import TakenBoxes
from pcv.map_land import Land, main_box

LINE = 1.25  # height of a label's line (the text's ascent and descent) / label size
CHARACTER = 0.62  # width of a character of the labels (bold, and a margin) / label size
# Where a label may go around its country's point: direction (x, y) and
# distance in label sizes, nearest first; beyond the first ring, with a line (out to the sea if need be).
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1))
DISTANCES = (0.8, 2, 3.2, 4.5, 6, 8)


class MapCountry(Protocol):
    code: str
    name: Markup
    url: str | None


@dataclasses.dataclass(frozen=True)
class Label:
    band: str  # "narrow", "wide" or "all" (see LABEL_SHARES)
    x: float
    y: float
    anchor: str
    leader: tuple[float, float] | None  # the point the line from the label goes to
    box: Box  # where its text lies (as CHARACTER and LINE estimate it)
    plate: bool = False  # drawn on a plate, tied to its country: the one place it fits lies on other land


def place_labels(countries: list[MapCountry], shapes: dict[str, Shape], size: float, frame: tuple[float, ...],
                 band: str, land: Land) -> dict[str, Label | None]:
    """A label for each country, the nearest spot around its point that overlaps no other label, country or
    `land` (None where there is none).
    Placed one by one in a few orders (the data's, west to east, east to west, north to south): the order
    whose labels sit nearest their countries wins (crowded places name their countries best then)."""
    orders = [countries, *(sorted(countries, key=key) for key in (
        lambda c: shapes[c.code].at[0], lambda c: -shapes[c.code].at[0], lambda c: shapes[c.code].at[1]))]
    orders = orders[:1] if len(countries) < 2 else orders  # one country: one order
    return min((_place_in_order(order, shapes, size, frame, band, land) for order in orders), key=lambda p: p[0])[1]


def _place_in_order(countries: list[MapCountry], shapes: dict[str, Shape], size: float, frame: tuple[float, ...],
                    band: str, land: Land) -> tuple[float, dict[str, Label | None]]:
    """The labels placed in this order, and their cost: how far they are from their countries."""
    taken = TakenBoxes((shape.box for shape in shapes.values()), frame[2] - frame[0])
    placed, cost = {}, 0.0
    for country in countries:
        shape = shapes[country.code]
        options = chain((_label_at(band, shape, size, direction, distance, country.name)  # nearest first: tried
                         for distance in DISTANCES for direction in DIRECTIONS),  # until one fits; last, on the
                        [_label_at(band, shape, size, (0, 0), 0, country.name)])  # country itself
        fits = ((rank, label, box) for rank, (label, box) in enumerate(options)
                if _within(box, frame) and not taken.overlaps(box, shape.box) and not land.covers(box))
        fit = next(fits, None)
        if fit is None:  # no free spot: left to the words beside the map, not printed over another name or land
            placed[country.code] = None
            cost += 2 * DISTANCES[-1]
            continue
        rank, label, box = fit
        placed[country.code] = label
        cost += DISTANCES[min(rank // len(DIRECTIONS), len(DISTANCES) - 1)] + rank / 100
        taken.add(box)
    return cost, placed


def _label_at(band: str, shape: Shape, size: float, direction: tuple[int, int], distance: float,
              name: str) -> tuple[Label, Box]:
    """The label `distance` label sizes from the country's point (for the nearest ring, the edge of the box of
    the outline that holds its point: Chile's mainland, not its islands far out at sea)."""
    dx, dy = direction
    x, y = shape.at
    if distance == DISTANCES[0]:  # beside the country itself
        main = main_box(shape)
        x = {1: main[2], -1: main[0]}.get(dx, x)
        y = {1: main[3], -1: main[1]}.get(dy, y)
    lx, ly = x + dx * distance * size, y + dy * (distance * size + (size / 2 if dx == 0 else 0))
    anchor = {1: "start", -1: "end"}.get(dx, "middle")
    width = _text_width(name, size)
    start = {"start": lx, "end": lx - width}.get(anchor, lx - width / 2)
    half = LINE * size / 2
    box = (int(start), int(ly - half), int(start + width) + 1, int(ly + half) + 1)
    leader = shape.at if distance not in (0, DISTANCES[0]) else None
    return Label(band, round(lx, 1), round(ly, 1), anchor, leader, box), box


def _text_width(name: str, size: float) -> float:
    return len(name) * CHARACTER * size


def _within(box: Box, frame: tuple[float, ...]) -> bool:
    return box[0] >= frame[0] and box[1] >= frame[1] and box[2] <= frame[2] and box[3] <= frame[3]
