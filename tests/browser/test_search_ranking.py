"""Search lists the pages a visitor means first, and a keyboard user passing its box is not stopped by it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from pcv.inspection.pages import LANGUAGES, page_url, role_page
from pcv.inspection.tabs import Tab
from pcv.text.formatting import country_name
from tests.live_data import country_pages_named_alike, country_without_page, folded

from .pages import DESKTOP, NARROW
from .test_search import NAME, search

# The data's of the day (red team 22 C74): a country without a page (« Côte d'Ivoire »), one with a page whose name,
# accents aside, is the same in both languages (« Bénin »)
UNPAGED = country_without_page()
PAGED = country_pages_named_alike()[:1]


@pytest.mark.skipif(UNPAGED is None, reason="every country of the data has a page")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_page_lacking_a_word_typed_is_left_out_when_others_have_them_all(
    open_page: Callable[..., Tab], lang: str
) -> None:
    """"cote d'ivoire": « côte » alone is in pages saying « aux côtés de » (accents folded); only pages
    naming the country are listed, none marked with a word not found."""
    page = open_page(page_url("index.md", lang), NARROW).page
    name = folded(country_name(UNPAGED, lang))
    search(page, name)
    texts = page.locator("a.md-search-result__link:first-child article").all_inner_texts()
    assert texts and all(name in folded(text) for text in texts), texts
    expect(page.locator(".md-search-result__terms")).to_have_count(0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_word_no_page_has_still_lists_the_pages_with_the_others(open_page: Callable[..., Tab], lang: str) -> None:
    """A typo among the words: the pages with the other words are listed, marked with the word not found."""
    page = open_page(page_url("index.md", lang), NARROW).page
    results = search(page, f"{NAME[lang]} xqzwv")
    assert results, f"pages with « {NAME[lang]} » are listed"
    expect(page.locator(".md-search-result__terms").first).to_contain_text("xqzwv")


@pytest.mark.parametrize(("code", "path"), PAGED)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_comes_after_the_pages_about_a_country(
    open_page: Callable[..., Tab], site_url: str, lang: str, code: str, path: str
) -> None:
    """For "benin" the country's page comes first, the page of all countries before the home (whose list of countries
    search leaves out since VISITOR12 #10: it may not come at all)."""
    results = search(open_page(page_url("index.md", lang)).page, folded(country_name(code, "fr")))
    home, countries = (site_url + page_url(path, lang) for path in ("index.md", role_page("activities")))
    assert results[0] == site_url + page_url(path, lang), results
    assert countries in results and (home not in results or results.index(countries) < results.index(home)), results


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tab_through_the_search_box_leaves_the_page_as_it_is(open_page: Callable[..., Tab], lang: str) -> None:
    """At 1280 px the box is in the header: focused without a word typed, it neither dims the page nor
    opens an empty panel; the first letter typed opens the results."""
    page = open_page(page_url("index.md", lang), DESKTOP).page
    box = page.locator("input.md-search__input")
    for _ in range(30):
        page.keyboard.press("Tab")
        if box.evaluate("box => box === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reaches the search box")
    page.wait_for_function("() => document.getElementById('__search').checked")  # Material opened its search
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    overlay = page.locator(".md-search__overlay").bounding_box()
    assert not overlay or overlay["width"] * overlay["height"] == 0, f"the page is dimmed: {overlay}"
    expect(page.locator(".md-search__output")).to_be_hidden()
    width = box.evaluate("box => box.offsetWidth")
    page.keyboard.type(NAME[lang])
    expect(page.locator(".md-search__output")).to_be_visible()
    expect(page.locator("a.md-search-result__link").first).to_be_visible()
    # Typing opens the search wide (its width changes in a transition: waited for, not read once).
    page.wait_for_function("width => document.querySelector('input.md-search__input').offsetWidth > width", arg=width)
