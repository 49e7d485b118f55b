"""Grids of the programme's countries as visitors see them (VISITOR15 #2): on the home, the key of the map ran five
chips then two at 1280 px, and the countries without a page of their own were grey, read as missing, beside the
brand's colour. Rows as even as the count allows, each item its column's width; every country in the brand's
colours. Counts come from the page itself, never from live names."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from pcv.inspection.pages import LANGUAGES, page_url

from .pages import AUDIT_WIDTHS

CELLS = """sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length).map(e => {
  const r = e.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.width)] })"""


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_key_of_countries_is_an_even_grid(shown_page: Callable[..., Page], lang: str, width: int) -> None:
    page = shown_page(page_url("index.md", lang), width)
    cells = page.evaluate(CELLS, ".pcv-hero .pcv-where__list > li")
    assert len(cells) >= 2, "no key of countries"
    rows: dict[int, int] = {}
    for top, _ in cells:
        rows[top] = rows.get(top, 0) + 1
    counts = list(rows.values())
    assert max(counts) - min(counts) <= 1 and counts == sorted(counts, reverse=True), (
        f"à {width} px, des rangées de {counts} pays : inégales")
    widths = {cell_width for _, cell_width in cells}
    assert max(widths) - min(widths) <= 1, f"à {width} px, des cases de largeurs {sorted(widths)}"


HEX_TO_RGB = """name => { const hex = getComputedStyle(document.documentElement).getPropertyValue(name).trim().slice(1);
  return `rgb(${parseInt(hex.slice(0, 2), 16)}, ${parseInt(hex.slice(2, 4), 16)}, ${parseInt(hex.slice(4, 6), 16)})` }"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_country_without_a_page_is_in_the_brand_s_colours(shown_page: Callable[..., Page], lang: str) -> None:
    page = shown_page(page_url("index.md", lang))
    brand = {page.evaluate(HEX_TO_RGB, name) for name in ("--pcv-accent", "--pcv-accent-dark")}
    numbers = page.locator(".pcv-hero .pcv-where__list .pcv-map-key__number").evaluate_all(
        "es => es.map(e => getComputedStyle(e).backgroundColor)")
    markers = page.locator(".pcv-hero svg .pcv-map__marker").evaluate_all("es => es.map(e => getComputedStyle(e).fill)")
    assert numbers and markers, "no numbered key or map"
    assert set(numbers) <= brand and set(markers) <= brand, (numbers, markers, brand)
