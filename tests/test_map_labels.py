"""The maps' labels keep a cartographer's rules (pcv/map_labels.py), on the PCV's countries and on crowded
programmes (West Africa, Southeast Asia, PROGRAMME5's islands, seventeen European countries): a name lies on the
sea or its own country, over no other name or mark; a leader crosses no land but its own country's, no name and
no other leader; a name with no such place becomes a number, named in the map's key under the map (VISITOR6:
Côte d'Ivoire's leader crossed Africa to the Indian Ocean, « Philippines » sat across Indonesia)."""

from __future__ import annotations

import math
import re
from types import SimpleNamespace

import pytest
from markupsafe import Markup

from pcv.data.loading import load_site_data
from pcv.data.map_shapes import load_map
from pcv.inspection.builds import FIXTURES, ROOT
from pcv.inspection.pages import LANGUAGES
from pcv.map_labels import REACH
from pcv.map_land import Land, cross, meets
from pcv.map_view import LABEL_SHARES, overview, region
from pcv.text.formatting import country_name

CROWDS = {
    "atelier": [c.code for c in load_site_data(FIXTURES / "programme-atelier" / "data").countries],
    "west-africa": "SN GM GW GN SL LR CI GH TG BJ NG BF ML".split(),
    "southeast-asia": "PH VN TH KH LA MY SG ID TL BN MM".split(),
    "islands": "GM VU CL MV SC KM MU TO WS LC MT ST BZ HT".split(),
    "europe": "IS NO FI EE LV LT PL CZ SK HU SI HR RO BG GR PT IE".split(),
}
# Each crowd a parameter, the PCV's first: its countries (data/, staff's) read when its tests run; the others' tests
# read none of the live content (engine_only: test_staff_changes.py's rerun leaves them out).
CROWD_PARAMS = [pytest.param("pcv"), *(pytest.param(name, marks=pytest.mark.engine_only) for name in CROWDS)]
WORLD = load_map(ROOT / "data")  # the world map, data/geo: the engine's


def _crowd(name: str) -> list[str]:
    """The country codes of the crowd `name` (« pcv »: the live programme's)."""
    return [c.code for c in load_site_data(ROOT / "data").countries] if name == "pcv" else CROWDS[name]


def _countries(codes: list[str], lang: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(code=code, name=Markup(country_name(code, lang)), url=None) for code in codes]


def _frame_box(frame) -> tuple[float, ...]:
    x, y, width, height = map(float, frame.view_box.split())
    return x, y, x + width, y + height


def _land_but(code: str, frame: tuple[float, ...], coarse: int = 1) -> Land:
    """Every land of the frame but the country `code`'s, as the map draws it (an overview: coarse outlines)."""
    meets_frame = lambda box: box[2] >= frame[0] and box[0] <= frame[2] and box[3] >= frame[1] and box[1] <= frame[3]
    return Land([s for c, s in WORLD.countries.items() if c != code and meets_frame(s.box)]
                + [s for s in WORLD.land if meets_frame(s.box)], coarse)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("crowd", CROWD_PARAMS)
def test_names_and_leaders_keep_the_rules_or_the_key_names_the_country(crowd: str, lang: str) -> None:
    countries = _countries(_crowd(crowd), lang)
    frame = overview(WORLD, countries)
    box = _frame_box(frame)
    placed = [(place, label) for place in frame.places for label in place.labels if not label.on_marker]
    keyed = [place for place in frame.places if place.key]
    assert sorted(place.key for place in keyed) == list(range(1, len(keyed) + 1))
    for place, country in zip(frame.places, countries):
        assert [label.band for label in place.labels] == ["wide"], place  # phones list the countries (VISITOR12 #4)
        for label in place.labels:
            shown = "".join(label.lines)
            assert shown == (str(place.key) if place.key else country.name), (shown, place.key)
            assert label.key == bool(place.key)
    for index, (place, label) in enumerate(placed):
        code = next(c.code for c in countries if c.name == place.name)
        shape = WORLD.countries[code]
        other_land = _land_but(code, box, WORLD.coarse)
        assert not other_land.covers(label.box), (crowd, place.name, "name on other land")
        assert box[0] <= label.box[0] and label.box[2] <= box[2] and box[1] <= label.box[1] and label.box[3] <= box[3]
        line, size = label.leader, LABEL_SHARES[label.band] * (box[2] - box[0])
        if line:
            assert line[:2] == shape.at and math.dist(line[:2], line[2:]) <= REACH[-1] * size + 1
            assert not other_land.crosses(line), (crowd, place.name, "leader across other land")
        else:  # beside its country: no other land between them
            near = (min(max(shape.at[0], label.box[0]), label.box[2]), min(max(shape.at[1], label.box[1]), label.box[3]))
            assert label.box[0] <= shape.at[0] <= label.box[2] or not other_land.crosses((*shape.at, *near)), \
                (crowd, place.name, "other land between the name and its country")
        for other, other_label in placed[index + 1:]:
            if other_label.band != label.band:
                continue  # shown at other widths
            a, b = label.box, other_label.box
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (crowd, place.name, other.name)
            for segment, crossed in ((line, b), (other_label.leader, a)):
                assert not (segment and meets(segment, crossed)), (crowd, place.name, other.name, "leader over a name")
            assert not (line and other_label.leader and cross(line, other_label.leader)), (crowd, "leaders cross")


@pytest.mark.engine_only
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_label_lies_on_another_country(lang: str) -> None:
    """PROGRAMME4: « Chili » was written on Argentina. Every country of the map, alone on the overview and on its
    own page's map, is named where no other land lies (in the sea, tied by a line, if need be); only a country
    with no such spot in its region gets its name on a plate, tied to it by a line (a callout, not a name on the
    land beneath)."""
    plates = []
    for code, shape in WORLD.countries.items():
        country = SimpleNamespace(code=code, name=Markup(country_name(code, lang)), url=None)
        for frame, band, coarse in ((overview(WORLD, [country]), "wide", WORLD.coarse), (region(WORLD, country), "all", 1)):
            box = _frame_box(frame)
            for label in frame.places[0].labels:
                assert not (band == "all" and label.key), (code, "a number on a map without a key")
                if label.plate:
                    assert band == "all" and label.leader[:2] == shape.at, (code, label)
                    plates.append(code)
                    continue
                if label.on_marker:  # a number on its country's own point, as its marker is
                    assert label.key and label.leader is None, (code, label)
                    continue
                assert not _land_but(code, box, coarse).covers(label.box), (code, label)
    assert len(plates) < len(WORLD.countries) / 2, plates  # most are named on the sea or on themselves


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("crowd", CROWD_PARAMS)
def test_an_overview_numbers_every_country_those_with_a_page_first_west_to_east(crowd: str, lang: str) -> None:
    """One labelling system (VISITOR7 and VISITOR8: Guatemala and Sénégal named, Bénin, Bolivie, Philippines and
    Rwanda numbered): every country of the overview has its number, none a name, those with a page first (VISITOR12:
    numbered west to east across both, the cards of those with a page read 1, 2, 3, 5, 6), each group west to east."""
    countries = _countries(_crowd(crowd), lang)
    for country in countries[::2]:  # every other country of the data has a page
        country.url = f"{country.code.lower()}/"
    frame = overview(WORLD, countries)
    assert all(place.key for place in frame.places), [place.name for place in frame.places if not place.key]
    assert all(label.key for place in frame.places for label in place.labels)
    in_order = sorted(countries, key=lambda c: (not c.url, WORLD.countries[c.code].at))
    numbers = {place.name: place.key for place in frame.places}
    assert [numbers[c.name] for c in in_order] == list(range(1, len(countries) + 1))


@pytest.mark.parametrize("crowd", CROWD_PARAMS)
def test_a_country_s_name_keeps_off_the_circle_round_it(crowd: str) -> None:
    """VISITOR8: at 320 px, Rwanda's name on its plate lay over the circle that marks it."""
    circled = 0
    for country in _countries(_crowd(crowd), "fr"):
        place = region(WORLD, country).places[0]
        if not place.ring:
            continue
        circled += 1
        x, y, r = place.ring
        for label in place.labels:
            b = label.box
            assert b[2] <= x - r or x + r <= b[0] or b[3] <= y - r or y + r <= b[1], (country.code, b, place.ring)
    assert circled or crowd not in ("pcv", "west-africa"), crowd


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_programme_s_numbers_do_not_cover_each_other(lang: str) -> None:
    """VISITOR8 #4: no number, placed by the rules or on its country's own point, covers another (shown on wide maps
    only: phones list the countries, VISITOR12 #4)."""
    frame = overview(WORLD, _countries(_crowd("pcv"), lang))
    boxes = [label.box for place in frame.places for label in place.labels]
    assert len(boxes) == len(frame.places)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


@pytest.mark.parametrize("crowd", CROWD_PARAMS)
def test_a_region_drawn_after_the_other_language_s_is_drawn_as_alone(crowd: str) -> None:
    """A country's map shares with the other language's only what does not depend on its words (its ground, the place
    of a name whose lines are as long: issue 17): drawn after it, in a build's shared maps, it is drawn as alone, with
    its own name; names of the same lengths as the other language's included (Bénin, Rwanda; here also made up)."""
    shared: dict = {}
    for lang in LANGUAGES:
        for country in _countries(_crowd(crowd), lang):
            assert region(WORLD, country, shared) == region(WORLD, country)
            same_lengths = SimpleNamespace(code=country.code, name=Markup(re.sub(r"[^ -]", "x", country.name)), url=None)
            assert region(WORLD, same_lengths, shared) == region(WORLD, same_lengths)
