"""The outlines of the land a map's labels must not cover: the countries other than the programme's, and the
land without a code, as polygons read from their paths (data/geo/map.json writes `M x y`, then relative
`l`, `h`, `v` steps, `z`), read once per process. A label's box is tested against the edges of the outlines
whose box it meets, and against the outline it might lie wholly inside; a leader's line against their edges."""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

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
    """The outlines of `shapes`, their edges in runs of CHUNK, each run and outline listed in the cells of a grid
    that its box meets: a label's box (or a leader) is tested against the runs and outlines of its cells only."""

    def __init__(self, shapes: Iterable[Shape], coarse: int = 1):
        """`coarse`: the unit of the shapes' coarse outlines, which a world-wide map draws (1: the fine ones)."""
        self._runs: dict[tuple[int, int], list[tuple[Box, list[Segment]]]] = defaultdict(list)
        self._outlines: dict[tuple[int, int], list[tuple[Box, list[tuple[Box, list[Segment]]]]]] = defaultdict(list)
        for shape in shapes:
            outlines, runs = _grid(shape.coarse, coarse) if coarse > 1 else _grid(shape.d, 1)
            for cell, found in outlines.items():
                self._outlines[cell].extend(found)
            for cell, found in runs.items():
                self._runs[cell].extend(found)
        self._covered: dict[Box, bool] = {}  # the same boxes are tried in each order of the labels

    def covers(self, box: Box) -> bool:
        """Whether any of the land lies under `box`: an edge crosses it, or it lies inside an outline."""
        if box not in self._covered:
            middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            self._covered[box] = any(any(meets(edge, box) for edge in edges) for edges in self._near(box)) or any(
                _inside(middle, outline) for outline in self._outlines.get(_cell(middle), ()))
        return self._covered[box]

    def crosses(self, segment: Segment) -> bool:
        """Whether the line `segment` passes over any of the land: crosses an edge, or lies inside an outline."""
        x0, y0, x1, y1 = segment
        around = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        return any(any(cross(segment, edge) for edge in edges) for edges in self._near(around)) or any(
            _inside((x0, y0), outline) for outline in self._outlines.get(_cell((x0, y0)), ()))

    def _near(self, box: tuple[float, ...]) -> Iterator[list[Segment]]:
        seen: set[int] = set()
        for cell in _cells(box):
            for run, edges in self._runs.get(cell, ()):
                if id(edges) not in seen and not _apart(run, box):
                    seen.add(id(edges))
                    yield edges


class Lands:
    """The outlines of several countries, each under its code, in one grid: whether any of them but one country's
    lies under a box or across a line, as `Land.covers` and `Land.crosses` of each other country's would say, but
    tested against the runs and outlines of the box's cells only, not once per country (with 250 countries, the
    overview's labels asked each of them in turn)."""

    def __init__(self, shapes: dict[str, Shape]):
        self._runs: dict[tuple[int, int], list[tuple[str, tuple[Box, list[Segment]]]]] = defaultdict(list)
        self._outlines: dict[tuple[int, int], list[tuple[str, tuple[Box, list[tuple[Box, list[Segment]]]]]]] = (
            defaultdict(list))
        for code, shape in shapes.items():
            outlines, runs = _grid(shape.d, 1)
            for cell, found in outlines.items():
                self._outlines[cell].extend((code, outline) for outline in found)
            for cell, found in runs.items():
                self._runs[cell].extend((code, run) for run in found)
        self._covered: dict[tuple[Box, str], bool] = {}  # the same boxes are tried in each order of the labels

    def covers(self, box: Box, besides: str) -> bool:
        """Whether the land of any country but `besides` lies under `box`."""
        key = (box, besides)
        if key not in self._covered:
            middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            self._covered[key] = any(any(meets(edge, box) for edge in edges) for edges in self._near(box, besides)
                                     ) or any(_inside(middle, outline) for code, outline
                                              in self._outlines.get(_cell(middle), ()) if code != besides)
        return self._covered[key]

    def crosses(self, segment: Segment, besides: str) -> bool:
        """Whether the line `segment` passes over the land of any country but `besides`."""
        x0, y0, x1, y1 = segment
        around = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        return any(any(cross(segment, edge) for edge in edges) for edges in self._near(around, besides)) or any(
            _inside((x0, y0), outline) for code, outline in self._outlines.get(_cell((x0, y0)), ())
            if code != besides)

    def _near(self, box: tuple[float, ...], besides: str) -> Iterator[list[Segment]]:
        seen: set[tuple[str, int]] = set()
        for cell in _cells(box):
            for code, (run, edges) in self._runs.get(cell, ()):
                if code != besides and (code, id(edges)) not in seen and not _apart(run, box):
                    seen.add((code, id(edges)))
                    yield edges


CELL = 40  # map units: the side of the grid's cells


def _cell(point: Point) -> tuple[int, int]:
    return math.floor(point[0] / CELL), math.floor(point[1] / CELL)


def _cells(box: tuple[float, ...]) -> Iterator[tuple[int, int]]:
    for column in range(math.floor(box[0] / CELL), math.floor(box[2] / CELL) + 1):
        for row in range(math.floor(box[1] / CELL), math.floor(box[3] / CELL) + 1):
            yield column, row


CHUNK = 16


def _apart(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3]


def _box_of(points: list[Point]) -> Box:
    return (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points), max(p[1] for p in points))


def apart(first: Segment, second: Segment) -> float:
    """The least distance between two segments (0 where they meet)."""
    if cross(first, second):
        return 0.0
    return min(_to_segment(first[:2], second), _to_segment(first[2:], second),
               _to_segment(second[:2], first), _to_segment(second[2:], first))


def _to_segment(point: tuple[float, float], segment: Segment) -> float:
    (px, py), (ax, ay, bx, by) = point, segment
    length = (bx - ax) ** 2 + (by - ay) ** 2
    t = 0.0 if not length else min(1.0, max(0.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length))
    return ((px - ax - t * (bx - ax)) ** 2 + (py - ay - t * (by - ay)) ** 2) ** 0.5


@functools.lru_cache(maxsize=1024)
def _chunked(d: str, unit: int) -> list[tuple[Box, list[tuple[Box, list[Segment]]]]]:
    """Each outline of `d` (in map units of `unit`) with its box, its edges in runs of CHUNK with theirs."""
    outlines = []
    for outline in ([(x * unit, y * unit) for x, y in ring] for ring in rings(d)):
        edges = [(x0, y0, x1, y1) for (x0, y0), (x1, y1) in zip(outline, outline[1:] + outline[:1])]
        runs = [edges[i:i + CHUNK] for i in range(0, len(edges), CHUNK)]
        outlines.append((_box_of(outline), [(_box_of([p for e in run for p in (e[:2], e[2:])]), run) for run in runs]))
    return outlines


@functools.lru_cache(maxsize=1024)
def _grid(d: str, unit: int) -> tuple[dict[tuple[int, int], list], dict[tuple[int, int], list]]:
    """The outlines of `d` (`_chunked`) and their runs, each under every cell its box meets: made once per shape."""
    outlines: dict[tuple[int, int], list] = defaultdict(list)
    runs: dict[tuple[int, int], list] = defaultdict(list)
    for outline in _chunked(d, unit):
        for cell in _cells(outline[0]):
            outlines[cell].append(outline)
        for run in outline[1]:
            for cell in _cells(run[0]):
                runs[cell].append(run)
    return dict(outlines), dict(runs)


def cross(first: Segment, second: Segment) -> bool:
    """Whether two segments meet (touching counts)."""
    (ax, ay, bx, by), (cx, cy, dx, dy) = first, second
    if max(ax, bx) < min(cx, dx) or max(cx, dx) < min(ax, bx) or max(ay, by) < min(cy, dy) or max(cy, dy) < min(ay, by):
        return False
    side = lambda px, py, qx, qy, rx, ry: (qx - px) * (ry - py) - (qy - py) * (rx - px)
    d1, d2 = side(cx, cy, dx, dy, ax, ay), side(cx, cy, dx, dy, bx, by)
    d3, d4 = side(ax, ay, bx, by, cx, cy), side(ax, ay, bx, by, dx, dy)
    return (d1 * d2 <= 0) and (d3 * d4 <= 0)


def meets(edge: Segment, box: Box) -> bool:
    """Whether the segment `edge` has a point inside `box` (Liang–Barsky clipping; at once if it starts inside)."""
    x0, y0, x1, y1 = edge
    if box[0] <= x0 <= box[2] and box[1] <= y0 <= box[3]:
        return True
    if (x0 < box[0] and x1 < box[0]) or (x0 > box[2] and x1 > box[2]) or (y0 < box[1] and y1 < box[1]) or (
            y0 > box[3] and y1 > box[3]):
        return False  # wholly on one side of it: most edges tested
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


def _inside(point: Point, outline: tuple[Box, list[tuple[Box, list[Segment]]]] | list[Point]) -> bool:
    """Whether `point` lies inside the outline (its points, or its runs of edges as `_chunked` makes them)."""
    x, y = point
    if isinstance(outline, tuple):
        outer, runs = outline
        if _apart(outer, (x, y, x, y)):
            return False
        edges = [edge for run, part in runs if run[1] <= y <= run[3] and run[2] >= x for edge in part]
    else:
        edges = [(x0, y0, x1, y1) for (x0, y0), (x1, y1) in zip(outline, outline[1:] + outline[:1])]
    inside = False
    for x0, y0, x1, y1 in edges:
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside
