"""Material's script is fetched at the reader's first interaction, not with the
page (overrides/partials/theme-script.html): reading and scrolling fetch no
script file, and search is offered from the start."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from pcv.inspection.pages import LANGUAGES, country_pages, page_url
from pcv.inspection.tabs import MATERIAL_STARTED, Tab

from .pages import MOBILE, WIDTHS

SCRIPT_FILES = "performance.getEntriesByType('resource').map(e => e.name).filter(url => /\\.js(\\?|$)/.test(url))"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_page_is_read_without_fetching_a_script(open_page: Callable[..., Tab], lang: str, width: int) -> None:
    page = open_page(page_url("index.md", lang), width).page
    # Reading: a finger scrolling down the page (touch and pointer events, no click).
    page.context.new_cdp_session(page).send("Input.synthesizeScrollGesture", {
        "x": width // 2, "y": 600, "yDistance": -800, "gestureSourceType": "touch"})
    page.wait_for_timeout(500)  # time for anything the page would fetch after its load or the scroll
    assert page.evaluate(SCRIPT_FILES) == []
    expect(page.locator("html")).not_to_have_class(MATERIAL_STARTED)
    search = "button.pcv-search-button" if width == MOBILE else "input.md-search__input"
    expect(page.locator(search), "la recherche est proposée avant toute interaction").to_be_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_first_key_press_starts_materials_script(open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    page = open_page(page_url("index.md", lang), MOBILE).page
    page.keyboard.press("Tab")
    expect(page.locator("html")).to_have_class(MATERIAL_STARTED)
    scripts = page.evaluate(SCRIPT_FILES)
    assert [url for url in scripts if "/assets/javascripts/site." in url], scripts  # Material's, joined to ours
    assert all(url.startswith(site_url) for url in scripts), scripts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_search_in_the_address_starts_the_script_at_once(open_page: Callable[..., Tab], lang: str) -> None:
    """Material opens its search for ?q= and highlights ?h= (search results link with it): here the longest word of the
    page's first paragraph (a word written in the test, « CECI », left the page when its text changed)."""
    address = page_url(sorted(country_pages().values())[0], lang)
    paragraph = open_page(address).page.locator("article p").first.inner_text()
    word = max(re.findall(r"\w+", paragraph), key=len)
    page = open_page(f"{address}?h={word}").page
    expect(page.locator("article mark").first).to_have_text(re.compile(word, re.IGNORECASE))
