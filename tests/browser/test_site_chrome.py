"""What every page carries around its text, in a browser: the header's
sections and button on a desktop (the menu drawer on a phone), the footer's
date and report link, the not-found page, and the volunteer page's button."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, page_url
from pcv.inspection.tabs import Tab

from .pages import DESKTOP, MOBILE

DATA = load_site_data(ROOT / "data")
VOLUNTEER = {"fr": "Devenir volontaire", "en": "Become a volunteer"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_desktop_header_lists_the_sections_and_leads_to_them(open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    page = open_page(page_url("index.md", lang), DESKTOP).page
    sections = page.locator(".pcv-header__nav a")
    expect(sections.first).to_be_visible()
    assert sections.count() >= 4
    expect(page.locator(".md-header label[for=__drawer]")).to_be_hidden()
    section = {"fr": "Nos activités", "en": "Our activities"}[lang]
    page.locator(".pcv-header__nav a", has_text=section).click()
    expect(page).to_have_url(site_url + page_url("activites/index.md", lang))
    expect(page.locator(".pcv-header__nav a.is-active")).to_have_text(section)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_header_button_leads_to_the_volunteer_page(open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    page = open_page(page_url("programme.md", lang), DESKTOP).page
    button = page.locator(".md-header a.pcv-header__cta")
    expect(button).to_have_text(VOLUNTEER[lang])
    button.click()
    expect(page).to_have_url(site_url + page_url("volontariat.md", lang))


def test_phone_header_keeps_the_menu_drawer_instead_of_the_sections(open_page: Callable[..., Tab]) -> None:
    page = open_page(page_url("index.md", "fr"), MOBILE).page
    expect(page.locator(".pcv-header__nav")).to_be_hidden()
    page.locator(".md-header label[for=__drawer]").click()
    expect(page.locator("nav.md-nav--primary > .md-nav__title")).to_be_in_viewport()
    header = page.locator(".md-header").bounding_box()
    assert header and header["height"] <= 64, "the phone header stays one row high"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("width", "height"), [(360, 640), (MOBILE, 844)])
def test_phone_first_screen_ends_with_the_call_to_volunteer(
    open_page: Callable[..., Tab], site_url: str, lang: str, width: int, height: int
) -> None:
    """No room for the header's button on a phone: the hero's button is in the first screen instead."""
    page = open_page(page_url("index.md", lang), MOBILE).page
    page.set_viewport_size({"width": width, "height": height})
    expect(page.locator(".pcv-header__cta")).to_be_hidden()
    button = page.locator(".pcv-hero__actions a", has_text=VOLUNTEER[lang])
    box = button.bounding_box()
    assert box and box["y"] + box["height"] <= height, f"the button ends at {box}, below the first screen ({height} px)"
    assert button.get_attribute("href") and site_url + page_url("volontariat.md", lang) == button.evaluate("a => a.href")


def _committed_day(path: str) -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%cI", "--", path],
                         capture_output=True, text=True, check=True).stdout.strip()
    return out[:10]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_dates_the_page_and_reports_a_problem_naming_it(open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    page = open_page(page_url("approche.md", lang), MOBILE).page
    date = page.locator(".pcv-page-details time")
    expect(date).to_be_visible()
    expect(date).to_have_attribute("datetime", _committed_day(f"docs/{lang}/approche.md"))
    report = page.locator("a.pcv-page-details__report")
    expect(report).to_be_visible()
    query = parse_qs(urlsplit(report.get_attribute("href")).query)
    title = page.locator("h1").inner_text()
    assert title in query["title"][0]
    assert site_url + page_url("approche.md", lang) in query["body"][0]


@pytest.mark.parametrize(("served", "lang"), [("/404.html", "fr"), ("/en/404.html", "en")])
def test_not_found_page_has_the_site_design_and_both_languages(open_page: Callable[..., Tab], site_url: str,
                                                                served: str, lang: str) -> None:
    tab = open_page(served.lstrip("/"), MOBILE)
    page = tab.page
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator(".md-header .pcv-wordmark")).to_be_visible()
    expect(page.locator(".md-footer")).to_be_visible()
    for code in LANGUAGES:
        part = page.locator(f".pcv-notfound__part[lang={code}]")
        expect(part).to_be_visible()
        homes = part.locator("a").evaluate_all("links => links.map(a => new URL(a.href).pathname)")
        assert f"/{page_url('index.md', code)}" in homes
    page.locator(".pcv-notfound__part[lang=en] a").first.click()
    expect(page).to_have_url(site_url + page_url("index.md", "en"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_volunteer_page_ends_with_one_button_to_the_offers(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url("volontariat.md", lang), MOBILE).page
    buttons = page.locator("article .pcv-offers a.pcv-button")
    expect(buttons).to_have_count(1)
    expect(buttons).to_be_visible()
    expect(buttons).to_have_attribute("href", DATA.programme.volunteer_offers.url.in_(lang))
    last = page.locator("article > :last-child")
    expect(last).to_have_class("pcv-offers")
