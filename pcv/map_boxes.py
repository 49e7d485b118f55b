"""The boxes already taken on a map (countries, labels placed), found by where they lie: a label (or its leader)
tried at a spot is tested against its few neighbours, not against every box (with 250 countries, the overview's labels cost
more than the rest of the build's setup)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from pcv.data.map_shapes import Box
from pcv.map_land import Segment, meets

CELLS = 24  # across the frame: a label spans one or two


class TakenBoxes:
    """Boxes in a grid of square cells; each box is listed in every cell it meets."""

    def __init__(self, boxes: Iterable[Box], frame_width: float):
        self._size = frame_width / CELLS
        self._cells: dict[tuple[int, int], list[Box]] = defaultdict(list)
        for box in boxes:
            self.add(box)

    def add(self, box: Box) -> None:
        for cell in self._cells_of(box):
            self._cells[cell].append(box)

    def overlaps(self, box: Box, besides: Box) -> bool:
        """Whether `box` overlaps a box taken, other than any box equal to `besides` (its own country's)."""
        # Written out (no generator, no call per box): the overview's labels ask this hundreds of thousands of times.
        x0, y0, x1, y1 = box
        size, cells = self._size, self._cells
        columns = range(math.floor(x0 / size), math.floor(x1 / size) + 1)
        for row in range(math.floor(y0 / size), math.floor(y1 / size) + 1):
            for column in columns:
                for other in cells.get((column, row), ()):
                    if x1 > other[0] and x0 < other[2] and y1 > other[1] and y0 < other[3] and other != besides:
                        return True
        return False

    def crossed(self, segment: Segment, besides: Box, margin: float = 0) -> bool:
        """Whether the line `segment` passes over a box taken, other than `besides` (its own country's), or within
        `margin` of one."""
        x0, y0, x1, y1 = segment
        around = (min(x0, x1) - margin, min(y0, y1) - margin, max(x0, x1) + margin, max(y0, y1) + margin)
        return any(other != besides and meets(segment, (other[0] - margin, other[1] - margin, other[2] + margin,
                                                        other[3] + margin))
                   for cell in self._cells_of(around) for other in self._cells.get(cell, ()))

    def _cells_of(self, box: Box) -> Iterator[tuple[int, int]]:
        # Boxes that overlap share a point, hence a cell: each is listed in the cells of its corners and between.
        size = self._size
        columns = range(math.floor(box[0] / size), math.floor(box[2] / size) + 1)
        for row in range(math.floor(box[1] / size), math.floor(box[3] / size) + 1):
            for column in columns:
                yield column, row
