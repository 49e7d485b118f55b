"""Moving around the site in a browser: the language switcher, the mobile
menu and the map's country links, in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, page_url, country_pages
from pcv.inspection.tabs import Tab

from .pages import DESKTOP, MOBILE, every_page, other_language

COUNTRY_SLUGS = [c.slug for c in load_site_data(ROOT / "data").countries if c.code in country_pages()]


def absolute_hrefs(links: Locator) -> list[str]:
    """The resolved URL of each link, HTML or SVG (whose `href` is an object, not a string)."""
    return links.evaluate_all(
        "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)")


def switcher_cases() -> list:
    """Every page on a phone; the home pages on a desktop too.

    The link's target depends on the page, not the width; the header's layout
    depends on the width, not the page.
    """
    home = [pytest.param(*p.values, DESKTOP, id=f"{p.id}-{DESKTOP}") for p in every_page() if p.values[0] == "index.md"]
    return [pytest.param(*p.values, MOBILE, id=f"{p.id}-{MOBILE}") for p in every_page()] + home


@pytest.mark.parametrize(("path", "lang", "url", "width"), switcher_cases())
def test_language_switcher_keeps_the_reader_on_the_same_page(
    open_page: Callable[..., Tab], site_url: str, path: str, lang: str, url: str, width: int,
) -> None:
    page = open_page(url, width).page
    other = other_language(lang)
    page.locator("a.pcv-lang__link").click()
    expect(page).to_have_url(site_url + page_url(path, other))
    expect(page.locator("html")).to_have_attribute("lang", other)


def open_menu(page: Page) -> Locator:
    """Open the header's menu (a <details>) with its button; returns its panel."""
    page.locator("summary.pcv-menu__toggle").click()
    panel = page.locator(".pcv-menu__panel")
    expect(panel).to_be_in_viewport()
    return panel


@pytest.mark.parametrize(("path", "lang", "url"), every_page())
def test_every_page_is_reachable_from_the_mobile_menu(
    open_page: Callable[..., Tab], site_url: str, path: str, lang: str, url: str,
) -> None:
    """Every page is in the menu, on a page the menu leads to (a section's pages, the countries' cards),
    or in the footer (the pages about the site)."""
    page = open_page(page_url("index.md", lang), MOBILE).page
    panel = open_menu(page)
    target = site_url + url
    menu = absolute_hrefs(panel.locator("a"))
    footer = absolute_hrefs(page.locator(".md-footer a"))
    if target in menu + footer:
        return
    for step in menu:
        page.goto(step)
        links = page.locator("article a:visible")  # on a phone (the overview map is for wide screens)
        hrefs = absolute_hrefs(links)
        if target in hrefs:
            links.nth(hrefs.index(target)).click()
            expect(page).to_have_url(target)
            return
    raise AssertionError(f"/{url} n'est ni dans le menu, ni dans le pied de page, ni sur une page du menu")


@pytest.mark.parametrize("slug", COUNTRY_SLUGS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_map_links_lead_to_each_country_page(
    open_page: Callable[..., Tab], site_url: str, lang: str, slug: str,
) -> None:
    tab = open_page(page_url("index.md", lang))
    links = tab.page.locator(".pcv-map a")
    hrefs = absolute_hrefs(links)
    expected = {site_url + page_url(_country_page(s), lang) for s in COUNTRY_SLUGS}
    assert set(hrefs) == expected, f"liens de la carte ({lang}) : {sorted(hrefs)} ; attendus : {sorted(expected)}"
    target = site_url + page_url(_country_page(slug), lang)
    # The name, as a visitor would; or its number, where the map's key names it
    links.nth(hrefs.index(target)).locator(".pcv-map__label:visible, .pcv-map__key:visible").first.click()
    expect(tab.page).to_have_url(target)
    expect(tab.page.locator("html")).to_have_attribute("lang", lang)


def _country_page(slug: str) -> str:
    code = next(c.code for c in load_site_data(ROOT / "data").countries if c.slug == slug)
    return country_pages()[code]
