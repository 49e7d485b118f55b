"""How much of the world a map frame shows: the boxes of its countries put together, grown to the frame's aspect
and kept inside the world (pcv/map_view.py draws what lies in it)."""

from __future__ import annotations

from pcv.data.map_shapes import Box, WorldMap


def room(world: WorldMap, box: Box, aspect: float) -> float:
    """The width of the widest frame of `aspect` that the world holds centred on `box`'s height. A frame grown
    past the pole (or the bottom of the world) is moved back inside it: all its growth then goes to one side, and
    countries near the edge end up at the frame's edge, over a map of other countries (PROGRAMME9 F6)."""
    middle = (box[1] + box[3]) / 2
    return 2 * min(middle, world.height - middle) * aspect


def union(boxes: list[Box]) -> Box:
    """The least box holding every one of `boxes`."""
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def fit(box: tuple[float, ...], world: WorldMap, narrowest: float, widest: float) -> tuple[float, ...]:
    """`box` grown to an aspect between `narrowest` and `widest`, then moved inside the world."""
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    height = min(max(height, width / widest), world.height)
    width = min(max(width, height * narrowest), world.width)
    cx = min(max((x0 + x1) / 2, width / 2), world.width - width / 2)
    cy = min(max((y0 + y1) / 2, height / 2), world.height - height / 2)
    return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def meets(box: Box, frame: tuple[float, ...]) -> bool:
    """Whether `box` has a part inside `frame`."""
    return box[2] >= frame[0] and box[0] <= frame[2] and box[3] >= frame[1] and box[1] <= frame[3]
