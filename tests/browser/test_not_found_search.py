"""The 404 page's search box (VISITOR11 #10): a plain form, in the page's language, that a visitor can send before
any script has loaded (Tab to it, type, Enter); sent, the address carries the query (?q=) and the site's search opens
with it and lists the page it names; axe-core finds no fault in the box. The query is a country's name, in the page's language, from the data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import country_pages, page_url
from pcv.inspection.tabs import Tab
from pcv.text.formatting import country_name

from .pages import NARROW
from .test_accessibility import check
from .test_site_chrome import NOT_FOUND

DATA = load_site_data(ROOT / "data")


@pytest.mark.parametrize(("served", "lang"), NOT_FOUND)
def test_the_not_found_page_searches_the_site_from_a_plain_form(open_page: Callable[..., Tab], site_url: str,
                                                               served: str, lang: str) -> None:
    code, path = next(iter(country_pages().items()))
    page = open_page(served, NARROW).page
    expect(page.locator("html")).to_have_attribute("lang", lang)
    # Reached by keyboard before Material's script (it loads at the first key): the field is a form's own field.
    assert page.evaluate("typeof document$") == "undefined"
    check(page, f"/{served} à {NARROW} px")  # axe-core: the field has its name, the button its own
    field = page.get_by_role("search").get_by_role("searchbox")
    expect(field).to_have_attribute("name", "q")
    field.focus()
    field.type(country_name(code, lang))
    field.press("Enter")
    page.wait_for_url("**?q=*")
    results = page.locator("a.md-search-result__link")
    expect(results.first).to_be_attached()
    hrefs = [href.split("?")[0] for href in results.evaluate_all("links => links.map(a => a.href)")]
    assert site_url + page_url(path, lang) in hrefs, hrefs
    expect(page.locator("html")).to_have_attribute("lang", lang)
