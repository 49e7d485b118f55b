"""A label of a map: the name (or a key's number) it holds, on one line or two, and where its text lies."""

from __future__ import annotations

import dataclasses

from markupsafe import Markup

from pcv.data.map_shapes import Box
from pcv.map_land import Segment

LINE = 1.25  # height of a label's line (the text's ascent and descent) / label size
CHARACTER = 0.62  # width of a character of the labels (bold, and a margin) / label size
NUMBER = Markup("00")  # a key's number, as wide as it may be
Extent = tuple[float, float, bool]  # a label's width and height, and whether it is a number in the map's key


@dataclasses.dataclass(frozen=True)
class Label:
    """A name (or a key's number) placed on the map, with its leader if it has one."""

    band: str  # "narrow", "wide" or "all" (see LABEL_SHARES)
    x: float
    y: float
    anchor: str
    leader: Segment | None  # the line from the country's point to the label
    lines: tuple[Markup, ...]  # the name on one line or two (« Côte » over « d’Ivoire »), its spaces kept
    box: Box  # where its text lies (as CHARACTER and LINE estimate it)
    plate: bool = False  # drawn on a plate, tied to its country: the one place it fits lies on other land
    key: bool = False  # the country's number in the map's key, where its name has no place (lines: the number)
    on_marker: bool = False  # a key's number on its country's own point: no place kept the rules

    @property
    def badge(self) -> tuple[float, float, float]:
        """A key's number's marker: the middle of its box, and a radius that holds it."""
        x0, y0, x1, y1 = self.box
        return (x0 + x1) / 2, (y0 + y1) / 2, round(min(x1 - x0, y1 - y0) / 2, 1)


def name_layouts(name: Markup) -> tuple[tuple[Markup, ...], ...]:
    """The name on one line, and on two if it has two words (`_two_lines`): the layouts its places are tried in."""
    two = _two_lines(name)
    return ((Markup(name),), two) if two else ((Markup(name),),)


def _two_lines(name: Markup) -> tuple[Markup, Markup] | None:
    """The name in two lines, broken after the space or hyphen nearest its middle (None if it has none)."""
    breaks = [i + 1 for i, sign in enumerate(name[:-1]) if sign in " -"]
    if not breaks:
        return None
    cut = min(breaks, key=lambda i: abs(len(name) - 2 * i))
    return Markup(name[:cut]), Markup(name[cut:])


def make_label(band: str, x: float, y: float, anchor: str, extent: Extent, leader: Segment | None,
               lines: tuple[Markup, ...]) -> Label:
    """The label of `lines` anchored at (x, y), its leader's ends rounded as drawn."""
    # Written out (no dictionary, no generator): the maps make tens of thousands of labels.
    line = leader and (round(leader[0], 1), round(leader[1], 1), round(leader[2], 1), round(leader[3], 1))
    return Label(band, round(x, 1), round(y, 1), anchor, line, lines, text_box(x, y, anchor, extent), key=extent[2])


def text_box(x: float, y: float, anchor: str, extent: Extent) -> Box:
    """Where a label's text lies (as CHARACTER and LINE estimate it), anchored at `anchor` on (x, y)."""
    width, height, _ = extent
    start = x if anchor == "start" else x - width if anchor == "end" else x - width / 2
    return int(start), int(y - height / 2), int(start + width) + 1, int(y + height / 2) + 1


def on_its_marker(band: str, point: tuple[float, float], size: float) -> Label:
    """A key's number on its country's own point, where the rules left it no place."""
    width, height = len(NUMBER) * CHARACTER * size, LINE * size
    label = make_label(band, *point, "middle", (width, height, True), None, (NUMBER,))
    return dataclasses.replace(label, on_marker=True)


def tied(label: Label, point: tuple[float, float]) -> Label:
    """`label` on a plate, with a leader from `point` (its country) to the nearest point of its box."""
    return dataclasses.replace(label, plate=True, leader=(*point, *nearest(label.box, point)))


def nearest(box: Box, point: tuple[float, float]) -> tuple[float, float]:
    """The point of `box` nearest `point`."""
    return min(max(point[0], box[0]), box[2]), min(max(point[1], box[1]), box[3])
