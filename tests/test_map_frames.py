"""A map is framed on the programme's own countries, wherever they lie on the world (PROGRAMME9 F6: Norway,
Iceland and the Faroes sat at the top edge of an overview two-thirds Mediterranean, North Africa and Middle East;
Norway's page showed it small in a corner of Europe and Africa). A frame grown past the pole was moved back inside
the world, so all its growth went south of countries near it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pcv.data.loading import load_site_data
from pcv.data.map_shapes import load_map
from pcv.inspection.builds import FIXTURES, ROOT
from pcv.map_view import OVERVIEW_ASPECT, REGION_ASPECT, REGION_ROOM, overview, region

pytestmark = pytest.mark.engine_only  # the engine's world map and the fixture programmes only

WORLD = load_map(ROOT / "data")  # data/geo: the engine's
PROGRAMMES = {
    "fictif": [c.code for c in load_site_data(FIXTURES / "programme-fictif" / "data").countries],
    "atelier": [c.code for c in load_site_data(FIXTURES / "programme-atelier" / "data").countries],
    "north-atlantic": ["NO", "IS", "FO"],  # PROGRAMME9's Northern Shores Programme
    "norway-alone": ["NO"],  # its one-country variant
    "europe": "IS NO FI EE LV LT PL CZ SK HU SI HR RO BG GR PT IE".split(),
    "tropics": ["GT", "BO", "SN", "KE", "PH"],  # from Central America to the Pacific, as the PCV's
}


def _frame_box(frame) -> tuple[float, ...]:
    x, y, width, height = map(float, frame.view_box.split())
    return x, y, x + width, y + height


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_the_overview_has_the_programme_s_countries_across_its_middle(programme: str) -> None:
    codes = PROGRAMMES[programme]
    frame = _frame_box(overview(WORLD, [SimpleNamespace(code=code, name=code, url=None) for code in codes]))
    boxes = [WORLD.countries[code].box for code in codes]
    top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    assert frame[1] <= top and bottom <= frame[3], (programme, frame)
    # Their middle in the middle third of the frame's height: no more than twice as much map on one side as on the
    # other (Northern Shores: 16 % of the way down, two-thirds of the frame south of its countries).
    share = ((top + bottom) / 2 - frame[1]) / (frame[3] - frame[1])
    assert 1 / 3 <= share <= 2 / 3, (programme, frame, round(share, 2))


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_the_overview_is_a_band_across_the_countries_not_the_oceans_around_them(programme: str) -> None:
    """VISITOR12 #4: at 1280 px the PCV's map was mostly sea and Antarctica (a frame 1.9 times as wide as tall, its
    countries in its middle 40 %); VISITOR15 #5: still mostly ocean, four numbers' room above and below the countries.
    The countries' rows take three quarters of its height, or it is as wide as an overview gets."""
    codes = PROGRAMMES[programme]
    frame = _frame_box(overview(WORLD, [SimpleNamespace(code=code, name=code, url=None) for code in codes]))
    boxes = [WORLD.countries[code].box for code in codes]
    rows = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    width, height = frame[2] - frame[0], frame[3] - frame[1]
    assert rows / height >= 0.75 or width / height >= OVERVIEW_ASPECT[1] - 0.05, (programme, frame, rows)


def test_a_country_page_map_is_centred_on_the_country_or_no_taller_than_the_world_allows() -> None:
    """Every country the map draws: its page's frame is centred on it; where the world ends before the frame
    (Svalbard, Greenland, Antarctica), the frame is no taller than the world holds centred on the country, or
    than the country itself needs."""
    for code, shape in WORLD.countries.items():
        x0, y0, x1, y1 = shape.box
        frame = _frame_box(region(WORLD, SimpleNamespace(code=code, name=code, url=None)))
        middle, height = (y0 + y1) / 2, frame[3] - frame[1]
        if abs((frame[1] + frame[3]) / 2 - middle) <= 1:
            continue
        needs = REGION_ROOM * max(x1 - x0, (y1 - y0) * REGION_ASPECT) / REGION_ASPECT
        assert height <= max(2 * min(middle, WORLD.height - middle), needs) + 1, (code, frame)
