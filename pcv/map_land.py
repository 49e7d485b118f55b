"""The outlines of the land a map's labels must not cover: the countries other than the programme's, and the
land without a code, as polygons read from their paths (data/geo/map.json writes `M x y`, then relative
`l`, `h`, `v` steps, `z`), read once per process. A label's box is tested against the edges of the outlines
whose box it meets, and against the outline it might lie wholly inside."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from pcv.data.map_shapes import Box, Shape

Point = tuple[float, float]
Segment = tuple[float, float, float, float]
_TOKEN = re.compile(r"[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)")


@functools.lru_cache(maxsize=1024)
def rings(d: str) -> list[list[Point]]:
    """The closed outlines of an SVG path of moves, lines and closes (absolute or relative)."""
    outlines: list[list[Point]] = []
    x = y = 0.0
    command = "M"
    numbers: list[float] = []
    for token in _TOKEN.findall(d) + ["Z"]:
        if token.isalpha():
            command, numbers = token, []
            if command in "Zz" and outlines:
                x, y = outlines[-1][0]
            continue
        numbers.append(float(token))
        relative = command.islower()
        if command in "HhVv":
            value = numbers.pop()
            x, y = (value + x * relative, y) if command in "Hh" else (x, value + y * relative)
        elif len(numbers) == 2:
            dx, dy = numbers
            numbers = []
            x, y = (x + dx, y + dy) if relative else (dx, dy)
            if command in "Mm":
                outlines.append([])
                command = "l" if relative else "L"  # numbers after a move are lines
        else:
            continue
        outlines[-1].append((x, y))
    return [outline for outline in outlines if len(outline) > 2]


@functools.lru_cache(maxsize=512)
def main_box(shape: Shape) -> Box:
    """The box of the outline of `shape` that holds its point (`shape.box` when none does)."""
    for outline in rings(shape.d):
        if _inside(shape.at, outline):
            xs, ys = [p[0] for p in outline], [p[1] for p in outline]
            return (min(xs), min(ys), max(xs), max(ys))
    return shape.box


class Land:
    """The outlines of `shapes`, each with its box: a label's box is tested against those its box meets."""

    def __init__(self, shapes: Iterable[Shape]):
        self._outlines = [outline for shape in shapes for outline in _boxed(shape.d)]

    def covers(self, box: Box) -> bool:
        """Whether any of the land lies under `box`: an edge crosses it, or it lies inside an outline."""
        middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        for outer, outline in self._outlines:
            if outer[2] < box[0] or outer[0] > box[2] or outer[3] < box[1] or outer[1] > box[3]:
                continue
            edges = zip(outline, outline[1:] + outline[:1])
            if any(_meets((x0, y0, x1, y1), box) for (x0, y0), (x1, y1) in edges) or _inside(middle, outline):
                return True
        return False


@functools.lru_cache(maxsize=1024)
def _boxed(d: str) -> list[tuple[Box, list[Point]]]:
    return [((min(p[0] for p in o), min(p[1] for p in o), max(p[0] for p in o), max(p[1] for p in o)), o)
            for o in rings(d)]


def _meets(edge: Segment, box: Box) -> bool:
    """Whether the segment `edge` has a point inside `box` (Liang–Barsky clipping)."""
    x0, y0, x1, y1 = edge
    low, high = 0.0, 1.0
    for p, q in ((x0 - x1, x0 - box[0]), (x1 - x0, box[2] - x0), (y0 - y1, y0 - box[1]), (y1 - y0, box[3] - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def _inside(point: Point, outline: list[Point]) -> bool:
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(outline, outline[1:] + outline[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside
