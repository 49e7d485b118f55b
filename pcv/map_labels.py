"""Where a map's labels go, by a cartographer's rules: a label lies on the sea or its own country, never on other
land (pcv/map_land.py), another label, leader or country's mark; beside its country when there is room, else as
near as can be, tied to it by a short straight leader that crosses no land but its own country's, no other
label, mark or leader. A country whose name has no such place gets its number in the map's key there, by the
same rules (pcv/map_view.py numbers them), rather than a name that points at the wrong land; None if even that
has none."""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from markupsafe import Markup

from pcv.data.map_shapes import Box, Shape
from pcv.map_boxes import TakenBoxes
from pcv.map_label import CHARACTER, LINE, NUMBER, Extent, Label, make_label, name_layouts, nearest, text_box
from pcv.map_land import Land, Lands, Segment, apart, main_box, meets

# Beside its country (no leader): right, left, under or over the box of its main land, this many label sizes off
# (not at its corners: a coast seldom fills them, and the name would float away from its land).
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1))
BESIDE = 0.5
# Farther, with a leader from the country's point: angles (degrees from east, the map's y pointing down), level
# ones first (a name read along its line), and the leader's lengths, in label sizes; none longer.
ANGLES = (0, 180, -20, 20, 160, -160, -45, 45, 135, -135, -65, 65, 115, -115, -80, 80, 100, -100, -90, 90)
REACH = (1.5, 2, 2.6, 3.3, 4.2, 5.2, 6.5, 8)
GAP = 0.25  # between a leader's end and its label's text, in label sizes
CLEAR = 0.3  # the least room between a leader and any other label, mark or leader, in label sizes (half for a
# number: small, it is read with its line)
ON_ITSELF = 2.5  # the cost of a name written over its own country (hiding it): after the nearer leaders
TWO_LINES = 0.4  # the cost of a name broken in two lines (narrower: it fits between lands where one line would not)
KEYED = 50  # the cost of a country named in the map's key, its number placed as a label: any name is better…
UNPLACED = 100  # …and the cost of one whose number has no place either (drawn on the country itself)



class MapCountry(Protocol):
    code: str
    name: Markup
    url: str | None


@dataclasses.dataclass(frozen=True)
class Ground:
    """What labels must keep off: the frame's edges, the other land, each programme country's land and mark."""

    frame: tuple[float, ...]
    land: Land  # the land of the frame but the programme's countries
    countries: Lands  # the programme countries' outlines, each under its code
    marks: dict[str, Box]  # what each programme country takes on the map: its main land, or its marker
    keep_off: tuple[Box, ...] = ()  # where no label may lie, though its leader may cross (the circle round a country)


def place_labels(countries: list[MapCountry], shapes: dict[str, Shape], size: float, band: str,
                 ground: Ground, numbers: bool = True, names: bool = True) -> dict[str, Label | None]:
    """A label for each country, `size` map units high: its name, or (with `numbers`, for a map with a key) its
    number in the key, a label with `key` set; None where neither has a place that keeps the rules. Without
    `names`, every country gets its number (one system for the whole map, VISITOR8 #5).
    Placed one by one in a few orders (the data's, west to east, east to west, north to south): the order
    that leaves fewest countries unnamed, then whose leaders are shortest, wins."""
    orders = [countries, *(sorted(countries, key=key) for key in (
        lambda c: shapes[c.code].at[0], lambda c: -shapes[c.code].at[0], lambda c: shapes[c.code].at[1]))]
    orders = orders[:1] if len(countries) < 2 else orders  # one country: one order
    if len(orders) > 1:  # every order tries them: each place made once (alone, a country's first places mostly fit)
        marks = TakenBoxes(ground.marks.values(), ground.frame[2] - ground.frame[0])
        options = {c.code: _never_free(_all_places(band, shapes[c.code], size, c.name, numbers, names),
                                       ground.marks[c.code], marks, ground.frame) for c in countries}
    else:
        options = {c.code: _all_options(band, shapes[c.code], size, c.name, numbers, names, ground, ground.marks[c.code])
                   for c in countries}
    return min((_place_in_order(order, options, size, ground) for order in orders), key=lambda p: p[0])[1]


def _all_places(band: str, shape: Shape, size: float, name: Markup, numbers: bool, named: bool = True
                ) -> list[tuple[float, Callable[..., Made]]]:
    """Every place of the country's name (unless not `named`), then (with `numbers`) of its number in the key,
    cheapest first, each with what makes it."""
    names = sorted(_options(band, shape, size, name), key=lambda option: option[0]) if named else []
    keys = sorted(_places(band, shape, size, (NUMBER,), on_itself=0, key=True), key=lambda option: option[0]
                  ) if numbers else []
    return [*names, *((KEYED + cost, make) for cost, make in keys)]


def _all_options(band: str, shape: Shape, size: float, name: Markup, numbers: bool, named: bool, ground: Ground,
                 own: Box) -> Iterator[tuple[float, Label, Segment | None]]:
    """`_all_places` of a country placed alone, each made only when reached, and only if its box can hold it: with
    nothing taken but the marks, `_keeps_the_rules` refuses a place out of the frame, over a mark but its own (`own`),
    over other land or where no label may lie, whatever its leader (in a crowded region, most places, often all
    before its name goes on a plate: only their boxes are made)."""
    marks = TakenBoxes(ground.marks.values(), ground.frame[2] - ground.frame[0])
    for cost, make in _all_places(band, shape, size, name, numbers, named):
        box = make(box_only=True)
        if (_within(box, ground.frame) and not marks.overlaps(box, own) and not ground.land.covers(box)
                and not _kept_off(box, ground)):
            yield cost, *make()


def _never_free(places: Iterable[tuple[float, Callable[..., Made]]], own: Box, marks: TakenBoxes,
                frame: tuple[float, ...]) -> list[tuple[float, Label, Segment | None]]:
    """The `places` made, but those no order of placing can take: out of the `frame`, or over a country's mark other
    than its own (`own`) — a crowded overview's places, mostly (nine in ten of 250 countries' places: only their
    boxes are made); `_keeps_the_rules` refuses them in every order."""
    return [(cost, *make()) for cost, make in places
            if _within(box := make(box_only=True), frame) and not marks.overlaps(box, own)]


def _place_in_order(countries: list[MapCountry], options: dict[str, Iterable[tuple[float, Label, Segment | None]]],
                    size: float, ground: Ground) -> tuple[float, dict[str, Label | None]]:
    """The labels placed in this order, and their cost: how many are left to the key, how long their leaders are."""
    taken = TakenBoxes(ground.marks.values(), ground.frame[2] - ground.frame[0])
    leaders: list[Segment] = []
    placed: dict[str, Label | None] = {}
    total = 0.0
    for country in countries:
        fit = next(((cost, label) for cost, label, line in options[country.code]
                    if _keeps_the_rules(label, line, country.code, (taken, leaders), ground,
                                        CLEAR * size * (0.5 if label.key else 1))), None)
        placed[country.code] = fit and fit[1]
        total += fit[0] if fit else UNPLACED
        if fit:
            taken.add(fit[1].box)
            leaders.extend(filter(None, [fit[1].leader]))
    return total, placed


def _keeps_the_rules(label: Label, line: Segment | None, code: str, drawn: tuple[TakenBoxes, list[Segment]],
                     ground: Ground, clear: float) -> bool:
    """On the sea or its own land, in the frame, over no other label, mark or leader; the line that ties it to
    its country over nothing but the sea and its own country, and `clear` map units at least from every other
    label, mark and leader (a line that grazes a name or a dot seems to lead to it)."""
    (taken, leaders), box, own = drawn, label.box, ground.marks[code]
    if not _within(box, ground.frame) or taken.overlaps(box, own) or ground.land.covers(box):
        return False
    if _kept_off(box, ground):
        return False
    if any(meets(leader, _grown(box, clear)) for leader in leaders):
        return False
    if ground.countries.covers(box, code):
        return False
    return line is None or not (taken.crossed(line, own, clear) or ground.land.crosses(line)
                                or ground.countries.crosses(line, code)
                                or any(apart(line, leader) < clear for leader in leaders))


def _kept_off(box: Box, ground: Ground) -> bool:
    """Whether `box` meets a place of `ground` where no label may lie."""
    return any(box[0] < k[2] and k[0] < box[2] and box[1] < k[3] and k[1] < box[3] for k in ground.keep_off)


def _grown(box: Box, margin: float) -> tuple[float, float, float, float]:
    return box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin


Made = tuple[Label, Segment | None]  # a label at one place, and the line that ties it to its country

_COS_SIN = {angle: (math.cos(math.radians(angle)), math.sin(math.radians(angle))) for angle in ANGLES}


def _options(band: str, shape: Shape, size: float, name: Markup) -> Iterator[tuple[float, Callable[[], Made]]]:
    """Every place the rules may allow, with its cost and what makes its label and the line that ties it to its
    country (its leader; beside it, an unseen one, that no other land may lie across): beside the country, then tied
    by leaders of growing length, level ones first; over the country itself. Each on one line, and on two if the
    name has two words."""
    for lines, extra in zip(name_layouts(name), (0, TWO_LINES)):
        for cost, make in _places(band, shape, size, lines):
            yield cost + extra, make


def _places(band: str, shape: Shape, size: float, lines: tuple[Markup, ...], on_itself: float = ON_ITSELF,
            key: bool = False) -> Iterator[tuple[float, Callable[[], Made]]]:
    """`_options` for these lines; a label over the country itself costs `on_itself` (a key's number: best);
    `key`: the labels are the country's number in the map's key."""
    extent = max(map(len, lines)) * CHARACTER * size, LINE * size * len(lines), key
    for rank, direction in enumerate(DIRECTIONS):  # beside its main land, no leader
        yield BESIDE + rank / 100, functools.partial(_beside, band, shape, size, lines, extent, direction)
    for reach in REACH:
        for rank, angle in enumerate(ANGLES):
            yield 1 + reach + rank / 100, functools.partial(_led, band, shape, size, lines, extent, angle, reach)
    yield on_itself, functools.partial(_over, band, shape, lines, extent)


def _beside(band: str, shape: Shape, size: float, lines: tuple[Markup, ...], extent: Extent,
            direction: tuple[int, int], box_only: bool = False) -> Made | Box:
    """(Each of `_places`' makers gives, with `box_only`, only its label's box.)"""
    (dx, dy), height, main = direction, extent[1], main_box(shape)
    x = {1: main[2], -1: main[0]}.get(dx, shape.at[0]) + dx * BESIDE * size
    y = {1: main[3], -1: main[1]}.get(dy, shape.at[1]) + dy * (BESIDE * size + (height / 2 if dx == 0 else 0))
    anchor = {1: "start", -1: "end"}.get(dx, "middle")
    if box_only:
        return text_box(x, y, anchor, extent)
    label = make_label(band, x, y, anchor, extent, None, lines)
    return label, (*shape.at, *nearest(label.box, shape.at))  # over no other land


def _led(band: str, shape: Shape, size: float, lines: tuple[Markup, ...], extent: Extent, angle: int,
         reach: float, box_only: bool = False) -> Made | Box:
    height = extent[1]
    cos, sin = _COS_SIN[angle]
    end = (shape.at[0] + cos * reach * size, shape.at[1] + sin * reach * size)
    anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
    x = end[0] + (GAP if anchor == "start" else -GAP if anchor == "end" else 0) * size
    y = end[1] if anchor != "middle" else end[1] + math.copysign(GAP * size + height / 2, sin)
    if box_only:
        return text_box(x, y, anchor, extent)
    label = make_label(band, x, y, anchor, extent, (*shape.at, *end), lines)
    return label, label.leader


def _over(band: str, shape: Shape, lines: tuple[Markup, ...], extent: Extent, box_only: bool = False) -> Made | Box:
    if box_only:
        return text_box(*shape.at, "middle", extent)
    return make_label(band, *shape.at, "middle", extent, None, lines), None


def _within(box: Box, frame: tuple[float, ...]) -> bool:
    return box[0] >= frame[0] and box[1] >= frame[1] and box[2] <= frame[2] and box[3] <= frame[3]
