"""What the map template draws: a frame on the world map and the countries in it.

Two frames: the programme's countries together (home, activities), its
other land drawn with the coarse shapes, and one country's region (its
page), drawn with the fine ones so that Benin or Rwanda is a shape, not a
speck. The programme's countries always get their fine shapes. Only the
shapes inside the frame go into the page.

Sizes are in map units. The labels' size is set by the stylesheet as a share
of the map's width (the SVG's font size is 1 % of the frame's width), larger
on narrow maps so that they stay readable. The overview is shown on wide
screens only (on a phone, a list names its countries: VISITOR12 #4), its
countries numbered, a band across them; a country's own map names it at every
width. Each label is placed by pcv/map_labels.py's rules (on the sea or its own
land, tied by a short leader over no other land); a country's own map, with no
such place, names it on a plate beside it.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib

from markupsafe import Markup

from pcv.data.map_shapes import Box, Shape, WorldMap
from pcv.map_label import CHARACTER, LINE, Label, name_layouts, on_its_marker, tied  # noqa: F401 (sizes: tests)
from pcv.map_labels import Ground, MapCountry, place_labels
from pcv.map_extent import fit, meets, room, union
from pcv.map_land import Land, Lands

# Label size / map width, as site.css sets it (.pcv-map__label): screens
# narrower than 600 px get the narrow labels, wider ones the wide labels.
LABEL_SHARES = {"narrow": 0.046, "wide": 0.024}
# The other land, drawn in its own image file (MapFrame.land_image): light grey, white borders
# 0.12 % of the frame's width wide.
LAND = {"fill": "#dcdcdc", "stroke": "#fff", "border": 0.0012}
MARKER = 0.011  # radius of the marker of a country too small to see / frame width
KEY = 0.6  # radius of the numbered marker of a country named in the map's key / label size
SMALL = 0.02  # a country narrower than this share of the frame gets a marker
# Narrowest and widest width / height of the overview: a band across its countries, not the oceans and poles
# around them (VISITOR12 #4: at 1280 px the PCV's map was mostly sea and Antarctica).
OVERVIEW_ASPECT = (1.9, 3)
OVERVIEW_MARGIN = 4  # room around the countries for their numbers, in label sizes
# Once the numbers are placed, the sea above and below them and the countries is cut to this many label sizes, down
# to a frame this many times as wide as tall (VISITOR15 #5: the map was still mostly ocean): the width, hence the
# labels' size, stays as placed.
OVERVIEW_CROP = (1.5, 3.6)
OVERVIEW_MIN = 0.25  # the overview shows at least this share of the world's width (one small country: its region)
REGION_ASPECT = 1.8  # width / height of a country's region
REGION_SPAN = 4  # a country's region is this many times its extent…
REGION_MIN = 0.18  # …and at least this share of the world's width (enough of the continent to place it)…
REGION_MAX = 0.35  # …but at most this share, or the country's extent with room around it (Chile, not the world)
REGION_ROOM = 1.3
RING = 0.06  # a page's own country smaller than this share of its frame is also circled
RING_GAP = 0.15  # the least room between that circle and the country's name, in label sizes


@dataclasses.dataclass(frozen=True)
class Place:
    """A programme country on the map."""

    kind: str  # "linked" (has a page), "plain" (no page), "current" (the page's own country)
    name: Markup
    url: str | None  # linked countries only
    d: str
    marker: tuple[float, float, float] | None  # cx, cy, r when the country is too small to see
    labels: tuple[Label, ...]
    ring: tuple[float, float, float] | None = None  # cx, cy, r of the circle round a small country of its own page
    key: int | None = None  # its number in the key under the map, where its name has no place (`labels` holds the
    # number, placed as a label; on its marker if that has none either)


@dataclasses.dataclass(frozen=True)
class MapFrame:
    view_box: str
    font_size: float  # 1 % of the frame's width: the labels' em
    coarse: int  # the scale of the land's units (1 for the fine shapes)
    land: tuple[str, ...]  # paths of the other countries and land in the frame
    places: tuple[Place, ...]

    @property
    def size(self) -> tuple[int, int]:
        """The frame's width and height in map units (the land image's intrinsic size)."""
        _, _, width, height = map(float, self.view_box.split())
        return round(width), round(height)

    @functools.cached_property
    def land_image(self) -> str:
        """The other land of the frame, as an SVG file of its own: the page draws the programme's countries
        over it (the land weighs most of a map: in a file of its own, the browser keeps it)."""
        x, y, width, height = (float(n) / self.coarse for n in self.view_box.split())
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x:.2f} {y:.2f} {width:.2f} {height:.2f}">'
                f'<path fill="{LAND["fill"]}" stroke="{LAND["stroke"]}" stroke-width="{LAND["border"] * width:.2f}" '
                f'stroke-linejoin="round" d="{"".join(self.land)}"/></svg>\n')

    @functools.cached_property
    def land_file(self) -> str:
        """The land image's path in the site, named by its content (the browser may keep it for ever)."""
        return f"assets/maps/land.{hashlib.sha256(self.land_image.encode()).hexdigest()[:10]}.svg"


def overview(world: WorldMap, countries: list[MapCountry], shared: dict | None = None) -> MapFrame:
    """The programme's countries together, each numbered (the list beside the map names them), linked when it has
    a page. `shared`: what one build's languages share (the numbers' places, the same in every language: placed
    once per build, not once per language)."""
    shapes = {c.code: world.countries[c.code] for c in countries}
    box = union([s.box for s in shapes.values()])
    # At least OVERVIEW_MIN of the world's width, but no taller than the world holds centred on the countries
    # (PROGRAMME9 F6: Norway, Iceland and the Faroes sat at the top edge of a frame two-thirds Mediterranean).
    least = min(OVERVIEW_MIN * world.width, room(world, box, OVERVIEW_ASPECT[0]))
    middle, half = (box[0] + box[2]) / 2, max(box[2] - box[0], least) / 2
    box = (middle - half, box[1], middle + half, box[3])
    margin = OVERVIEW_MARGIN * LABEL_SHARES["wide"] * (box[2] - box[0])
    frame = fit((box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin), world, *OVERVIEW_ASPECT)
    # One labelling system (VISITOR7 and VISITOR8 disliked names for some countries and numbers for others): every
    # country numbered, those with a page first, each group west to east (VISITOR12: numbered west to east across
    # both, the cards of the countries with a page read 1, 2, 3, 5, 6), and named beside the map, whose numbers are
    # coloured as the countries are (those whose activities are described, the others). Placed for wide maps (phones
    # show the list instead); a number with no place by the rules lies on its own country's marker.
    keyed = [c.code for c in sorted(countries, key=lambda c: (not c.url, shapes[c.code].at[0], shapes[c.code].at[1]))]
    keys = {code: number for number, code in enumerate(keyed, 1)}
    size = LABEL_SHARES["wide"] * (frame[2] - frame[0])
    placing = ("overview", tuple(shapes))  # the numbers' places depend on the countries and their order
    placed = shared.get(placing) if shared is not None else None
    if placed is None:
        placed = place_labels(countries, shapes, size, "wide", _ground(world, shapes, frame, KEY * size, world.coarse),
                              names=False)
        if shared is not None:
            shared[placing] = placed
    labels = {c.code: dataclasses.replace(placed[c.code] or on_its_marker("wide", shapes[c.code].at, size),
                                          lines=(Markup(str(keys[c.code])),)) for c in countries}
    places = tuple(_place("linked" if c.url else "plain", c, shapes[c.code], (labels[c.code],),
                          frame, keys.get(c.code), KEY * size) for c in countries)
    return _frame(_cropped(frame, union([*(s.box for s in shapes.values()), *(l.box for l in labels.values())]), size),
                  world, set(shapes), places, world.coarse)


def _cropped(frame: tuple[float, ...], shown: Box, size: float) -> tuple[float, ...]:
    """`frame` cut above and below to what it shows (`shown`: its countries and their numbers) and OVERVIEW_CROP's
    margin, no wider than its widest aspect; its width kept."""
    top, bottom = max(frame[1], shown[1] - OVERVIEW_CROP[0] * size), min(frame[3], shown[3] + OVERVIEW_CROP[0] * size)
    least = min((frame[2] - frame[0]) / OVERVIEW_CROP[1], frame[3] - frame[1])
    if bottom - top < least:  # grown back evenly, inside the frame
        middle = min(max((top + bottom) / 2, frame[1] + least / 2), frame[3] - least / 2)
        top, bottom = middle - least / 2, middle + least / 2
    return (frame[0], top, frame[2], bottom)


def region(world: WorldMap, country: MapCountry, shared: dict | None = None) -> MapFrame:
    """One country in its region, labelled beside it; its neighbours as plain land. `shared`: what one build's
    languages share (the land its name keeps off, the same in every language: read once per build)."""
    shape = world.countries[country.code]
    x0, y0, x1, y1 = shape.box
    extent = max(x1 - x0, (y1 - y0) * REGION_ASPECT)
    width = max(min(REGION_SPAN * extent, REGION_MAX * world.width), REGION_MIN * world.width)
    width = max(min(width, room(world, shape.box, REGION_ASPECT)), REGION_ROOM * extent)  # Norway: see room
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    frame = fit((cx - width / 2, cy - width / REGION_ASPECT / 2, cx + width / 2, cy + width / REGION_ASPECT / 2),
                 world, REGION_ASPECT, REGION_ASPECT)
    shapes, size = {country.code: shape}, LABEL_SHARES["narrow"] * (frame[2] - frame[0])
    ground = shared.get(("region", country.code)) if shared is not None else None
    if ground is None:
        ground = _ground(world, shapes, frame, 0, 1)
        if shared is not None:
            shared["region", country.code] = ground
    ring = _ring(shape, frame)
    if ring:  # its name keeps off the circle round it (VISITOR8: Rwanda's label box covered its circle at 320 px)
        x, y, r = ring[0], ring[1], ring[2] + RING_GAP * size
        ground = dataclasses.replace(ground, keep_off=((int(x - r), int(y - r), int(x + r) + 1, int(y + r) + 1),))
    # Where the name goes depends on its lines' lengths only (each place's box): a language whose name is written in
    # lines of the same lengths as another's gets the place found for that one, with its own words.
    layouts = name_layouts(country.name)
    placing = ("region label", country.code, tuple(tuple(map(len, lines)) for lines in layouts))
    label = shared.get(placing, False) if shared is not None else False
    if label is False:
        label = _region_label(country, shape, size, ground)
        if shared is not None:
            shared[placing] = label
    elif label is not None:
        label = dataclasses.replace(label, lines=next(lines for lines in layouts if len(lines) == len(label.lines)))
    return _frame(frame, world, {country.code}, (_place("current", country, shape, tuple(filter(None, [label])),
                                                        frame),), 1)


def _region_label(country: MapCountry, shape: Shape, size: float, ground: Ground) -> Label | None:
    """The country's name beside it by the rules; else, where no spot is off other land (central Europe, Rwanda),
    beside it on a plate, a line to it."""
    label = place_labels([country], {country.code: shape}, size, "all", ground, numbers=False)[country.code]
    if label is None:
        anywhere = dataclasses.replace(ground, land=Land(()))
        label = place_labels([country], {country.code: shape}, size, "all", anywhere, numbers=False)[country.code]
        label = label and tied(label, shape.at)
    return label


def _ground(world: WorldMap, shapes: dict[str, Shape], frame: tuple[float, ...], key: float, coarse: int) -> Ground:
    """What the labels of the countries of `shapes` keep off in `frame`: the other land, each other's land, and
    each one's mark (its main land; a small one's marker, as large as a key's number: `key` map units)."""
    others = [s for code, s in world.countries.items() if code not in shapes and meets(s.box, frame)]
    land = Land(others + [s for s in world.land if meets(s.box, frame)], coarse)  # as drawn
    radius = max(MARKER * (frame[2] - frame[0]), key)
    marks = {code: _mark(shape, frame, radius) for code, shape in shapes.items()}
    return Ground(frame, land, Lands(shapes), marks)


def _mark(shape: Shape, frame: tuple[float, ...], radius: float) -> Box:
    """The box of what marks the country: its main land, or the marker of a country too small to see."""
    x0, y0, x1, y1 = shape.box
    if max(x1 - x0, y1 - y0) >= SMALL * (frame[2] - frame[0]) and shape.d:
        return shape.box
    x, y = shape.at
    return (int(x - radius), int(y - radius), int(x + radius) + 1, int(y + radius) + 1)


def _frame(frame: tuple[float, ...], world: WorldMap, drawn: set[str], places: tuple[Place, ...],
           coarse: int) -> MapFrame:
    x0, y0, x1, y1 = frame
    inside = [s for code, s in world.countries.items() if code not in drawn and meets(s.box, frame)]
    inside += [s for s in world.land if meets(s.box, frame)]
    land = tuple(p for p in (s.coarse if coarse > 1 else s.d for s in inside) if p)
    return MapFrame(f"{_n(x0)} {_n(y0)} {_n(x1 - x0)} {_n(y1 - y0)}", round((x1 - x0) / 100, 2), coarse, land, places)


def _place(kind: str, country: MapCountry, shape: Shape, labels: tuple[Label, ...], frame: tuple[float, ...],
           key: int | None = None, key_radius: float = 0) -> Place:
    """A programme country, drawn with its fine shape whatever the frame (few, and the point of the map); its
    marker holds its number in the map's key (`key`) if it has one."""
    width = frame[2] - frame[0]
    x0, y0, x1, y1 = shape.box
    small = max(x1 - x0, y1 - y0) < SMALL * width or not shape.d
    marker = (shape.at[0], shape.at[1], round(MARKER * width, 1)) if small else None
    if key and not labels:  # no place for its number either: on its marker
        marker = (shape.at[0], shape.at[1], round(max(MARKER * width, key_radius), 1))
    ring = _ring(shape, frame) if kind == "current" else None
    return Place(kind, country.name, country.url if kind == "linked" else None, shape.d, marker, labels, ring, key)


def _ring(shape: Shape, frame: tuple[float, ...]) -> tuple[float, float, float] | None:
    """The circle (cx, cy, r) round a page's own country smaller than RING of its frame; None if larger."""
    width = frame[2] - frame[0]
    x0, y0, x1, y1 = shape.box
    if max(x1 - x0, y1 - y0) >= RING * width:
        return None
    return (x0 + x1) / 2, (y0 + y1) / 2, round(max(x1 - x0, y1 - y0, MARKER * width * 2) * 1.1, 1)


def _n(value: float) -> str:
    return f"{value:.0f}"
