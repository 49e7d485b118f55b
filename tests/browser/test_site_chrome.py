"""What every page carries around its text, in a browser: the header's
sections on a desktop (the menu drawer on a phone) and its button at every
width, the footer's date, report link and link to CECI, the not-found page at
any address, the volunteer page's button, and every page but the home framed
the same way (its trail, then its title on a band the window's width)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, country_pages, page_url, role_page, role_pages, shared_page_paths
from pcv.inspection.tabs import STYLESHEET_APPLIED, Tab
from pcv.text.plural import counted_key

from .pages import AUDIT_WIDTHS, DESKTOP, MOBILE, NARROW, every_page, other_language
from .test_search import COUNTRY_PAGE, NAME, search

DATA = load_site_data(ROOT / "data")
VOLUNTEER = {"fr": "Devenir volontaire", "en": "Become a volunteer"}


def _plain(text: str) -> str:
    """`text` with its no-break spaces (French typography, added by the build) plain and its spaces single."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_desktop_header_lists_the_sections_and_leads_to_them(open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    page = open_page(page_url("index.md", lang), DESKTOP).page
    sections = page.locator(".pcv-header__nav a")
    expect(sections.first).to_be_visible()
    assert sections.count() >= 4
    expect(page.locator(".pcv-menu")).to_be_hidden()
    section = {"fr": "Où nous travaillons", "en": "Where we work"}[lang]
    page.locator(".pcv-header__nav a", has_text=section).click()
    expect(page).to_have_url(site_url + page_url(role_page("activities"), lang))
    expect(page.locator(".pcv-header__nav a.is-active")).to_have_text(section)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_header_button_leads_to_the_volunteer_page(open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    page = open_page(page_url(role_page("programme"), lang), DESKTOP).page
    button = page.locator(".md-header a.pcv-header__cta")
    expect(button).to_have_text(VOLUNTEER[lang])
    button.click()
    expect(page).to_have_url(site_url + page_url(role_page("volunteer"), lang))


FOCUSED = "() => document.activeElement.closest('summary, a, button, input')?.outerHTML.slice(0, 80) || ''"


def _tab_until(page, selector: str, limit: int = 12) -> list[str]:
    """Press Tab until the element matching `selector` has the focus; what each press reached."""
    reached = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(FOCUSED))
        if page.evaluate(f"() => !!document.activeElement.closest({selector!r})"):
            return reached
    raise AssertionError(f"{selector} jamais atteint au clavier ; atteints : {reached}")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", (NARROW, MOBILE))
def test_phone_menu_is_a_disclosure_reached_by_keyboard_and_out_of_the_tab_order_closed(
    open_page: Callable[..., Tab], site_url: str, lang: str, width: int
) -> None:
    page = open_page(page_url("index.md", lang), width).page
    header = page.locator(".md-header").bounding_box()
    assert header and header["height"] <= 64, f"the phone header is one row: {header}"
    expect(page.locator(".pcv-header__nav")).to_be_hidden()
    toggle = page.locator("summary.pcv-menu__toggle")
    reached = _tab_until(page, "summary.pcv-menu__toggle")
    assert not any("pcv-menu__panel" in r or 'aria-current' in r for r in reached), reached
    assert not any("md-search__input" in r for r in reached), f"the closed search's box is a Tab stop: {reached}"
    expect(page.locator(".pcv-menu")).not_to_have_attribute("open", "")
    expect(page.locator(".pcv-menu__panel a").first).to_be_hidden()  # closed: its links are not in the Tab order
    page.keyboard.press("Enter")
    expect(page.locator(".pcv-menu")).to_have_attribute("open", "")
    panel = page.locator(".pcv-menu__panel")
    expect(panel).to_be_in_viewport()
    expect(toggle).to_contain_text({"fr": "Fermer", "en": "Close"}[lang])
    # Open: the sections and the volunteer button, in the order of the screen.
    page.keyboard.press("Tab")
    first = panel.locator("a").first
    expect(first).to_be_focused()
    expect(panel.locator("a.pcv-menu__cta")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".pcv-menu")).not_to_have_attribute("open", "")
    expect(toggle).to_be_focused()


# The focused element and whether it is on top at its centre, once its focus style has settled (Material's skip link
# slides in over 0.25 s: the CI once read it mid-way).
SEEN = """async () => { const e = document.activeElement;
  if (!e || e === document.body) return null;
  await Promise.all(e.getAnimations().map(a => a.finished));
  const r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  const top = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;
  return [e.outerHTML.slice(0, 60), !!top && (e === top || e.contains(top)), top && top.outerHTML.slice(0, 60)] }"""


@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
@pytest.mark.parametrize("width", (NARROW, MOBILE))
def test_tab_past_the_open_menus_last_link_never_lands_out_of_sight(browser, site_url: str, width: int,
                                                                     script: bool) -> None:
    """WCAG 2.4.11: while the menu is open, every Tab stop is on screen and not under its panel (before any
    script too: the page under the panel takes no focus), until the keyboard comes back to the header."""
    context = browser.new_context(viewport={"width": width, "height": 640}, java_script_enabled=script)
    page = context.new_page()
    page.goto(site_url + page_url("index.md", "fr"))
    page.locator("summary.pcv-menu__toggle").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".pcv-menu")).to_have_attribute("open", "")
    stops = page.locator(".pcv-menu__panel a").count()
    for _ in range(stops + 4):
        page.keyboard.press("Tab")
        focused = page.evaluate(SEEN)
        assert focused is None or focused[1], f"à {width} px, le Tab atteint {focused[0]}, caché sous {focused[2]}"
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", AUDIT_WIDTHS)
def test_language_link_is_in_the_header_bar_at_every_width(open_page: Callable[..., Tab], site_url: str,
                                                           lang: str, width: int) -> None:
    """As on Canada.ca: no menu to open to change language. Named for the language, in that language."""
    page = open_page(page_url(role_page("partners"), lang), width).page
    other = other_language(lang)
    link = page.locator(".md-header a.pcv-lang__link")
    expect(link).to_be_visible()
    box, header = link.bounding_box(), page.locator(".md-header").bounding_box()
    assert box and header and header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width and box["width"] >= 24 and box["height"] >= 24, box
    expect(link).to_have_accessible_name(_language_name(other))
    expect(link).to_have_attribute("lang", other)
    link.click()
    expect(page).to_have_url(site_url + page_url(role_page("partners"), other))


def _language_name(lang: str) -> str:
    """The name of `lang` in mkdocs.yml (static-i18n's `languages`), which the link shows."""
    languages = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["plugins"]["i18n"]["languages"]
    return next(language["name"] for language in languages if language["locale"] == lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_menu_marks_where_the_reader_is_and_lists_every_page_but_the_countries(
        open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    """On a country's page its section is marked (aria-current, and a bar); a section's other pages are under it;
    the pages about the site (accessibility, open data) are in the footer only (VISITOR9 #6: two of eight rows)."""
    country = sorted(country_pages().values())[0]
    page = open_page(page_url(country, lang), MOBILE).page
    page.locator("summary.pcv-menu__toggle").click()
    panel = page.locator(".pcv-menu__panel")
    current = panel.locator("a[aria-current]")
    expect(current).to_have_count(1)
    expect(current).to_have_attribute("aria-current", "true")
    assert current.evaluate("a => a.href") == site_url + page_url(role_page("activities"), lang)
    assert current.evaluate("a => getComputedStyle(a).boxShadow") != "none"
    listed = set(panel.locator("a").evaluate_all("links => links.map(a => a.href)"))
    shown = {site_url + page_url(p, lang) for p in _menu_pages()}
    assert shown <= listed, shown - listed
    assert site_url + page_url(country, lang) not in listed
    about_the_site = {site_url + page_url(role_page(r), lang) for r in ("accessibility", "open-data") if r in role_pages()}
    assert not about_the_site & listed, about_the_site & listed
    footer = set(page.locator(".md-footer a").evaluate_all("links => links.map(a => a.href)"))
    assert about_the_site <= footer, about_the_site - footer


def _menu_pages() -> list[str]:
    """The pages the phone menu lists: every page but the home, the call to action's, the countries' and those about
    the site (in the footer)."""
    skip = {"index.md", *country_pages().values(), *(role_page(c.id) for c in DATA.programme.calls_to_action),
            *(role_page(r) for r in ("accessibility", "open-data") if r in role_pages())}
    return [p for p in shared_page_paths() if p not in skip and not p.endswith("/index.md") or p == role_page("activities")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_menu_works_before_any_script(browser, site_url: str, lang: str) -> None:
    """The menu is the browser's <details>: it opens with JavaScript turned off."""
    context = browser.new_context(viewport={"width": NARROW, "height": 640}, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + page_url("index.md", lang))
    page.locator("summary.pcv-menu__toggle").click()
    expect(page.locator(".pcv-menu__panel a.pcv-menu__cta")).to_be_visible()
    context.close()


HEADER_ORDER = """sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length)
    .map((e, i) => { e.dataset.order = i; return e.getBoundingClientRect().x })"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_desktop_tab_order_is_the_visual_order(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url("index.md", lang), DESKTOP).page
    xs = page.evaluate(HEADER_ORDER, ".pcv-wordmark, .pcv-header__nav a, .md-search__input, .pcv-lang__link, .pcv-header__wide a")
    reached = []
    for _ in range(len(xs) + 3):
        page.keyboard.press("Tab")
        order = page.evaluate("() => document.activeElement.dataset.order")
        if order is not None:
            reached.append(int(order))
        if len(reached) == len(xs):
            break
    assert reached == sorted(range(len(xs)), key=lambda i: xs[i]), f"Tab reaches {reached}; left to right: {xs}"


HEADER_CONTROLS = {"menu": ".pcv-menu__toggle", "wordmark": ".pcv-wordmark", "search button": "button.pcv-search-button",
                   "search box": ".md-header .md-search__form", "language": ".pcv-lang__link", "sections": ".pcv-header__nav"}


def _overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", AUDIT_WIDTHS)
def test_header_button_shows_at_every_width_clear_of_the_other_controls(
    open_page: Callable[..., Tab], site_url: str, lang: str, width: int
) -> None:
    page = open_page(page_url(role_page("themes"), lang), width).page
    button = page.locator(".md-header a.pcv-header__cta")
    if not button.is_visible():  # phones and tablets: in the menu, the header's last control
        page.locator("summary.pcv-menu__toggle").click()
        button = page.locator(".md-header a.pcv-menu__cta")
    expect(button).to_be_visible()
    expect(button).to_have_text(VOLUNTEER[lang])
    assert button.evaluate("a => a.href") == site_url + page_url(role_page("volunteer"), lang)
    box, header = button.bounding_box(), page.locator(".md-header").bounding_box()
    assert box and header and 0 <= box["x"] and box["x"] + box["width"] <= width, f"{box} overflows {width} px"
    if "pcv-header__cta" in (button.get_attribute("class") or ""):
        assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"], "in the header bar"
    assert box["width"] >= 24 and box["height"] >= 24, f"tap target {box} (WCAG 2.5.8: 24 × 24 px at least)"
    for name, selector in HEADER_CONTROLS.items():
        control = page.locator(selector).first
        if control.is_visible() and control.evaluate("e => !e.closest('.pcv-menu__panel')"):
            other = control.bounding_box()
            assert other and not _overlap(box, other), f"the button {box} overlaps the {name} {other}"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"


WORDMARK_NAME = """e => { const style = getComputedStyle(e), line = parseFloat(style.lineHeight),
  probe = e.cloneNode(true); probe.style.cssText = 'position:absolute;display:inline;white-space:nowrap';
  e.parentNode.append(probe); const natural = probe.getBoundingClientRect().width; probe.remove();
  return {size: parseFloat(style.fontSize), lines: Math.round(e.clientHeight / line), clipped: e.scrollHeight > e.clientHeight + 1,
          natural, width: e.clientWidth, hyphens: style.hyphens} }"""


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", (NARROW, MOBILE))
def test_phone_header_shows_the_sites_name_readable_on_one_row_with_its_controls(
    open_page: Callable[..., Tab], lang: str, width: int
) -> None:
    """The site's name at 14 px or more, whole words, never cut (in two lines at most when it can fit in two),
    on the same row as search, the language link and the menu."""
    page = open_page(page_url(role_page("themes"), lang), width).page
    name = page.locator(".pcv-wordmark__name").evaluate(WORDMARK_NAME)
    assert name["size"] >= 14, f"the site's name at {name['size']} px"
    assert not name["clipped"] and name["hyphens"] != "auto", name
    if name["natural"] <= 1.6 * name["width"]:
        assert name["lines"] <= 2, f"the site's name takes {name['lines']} lines at {width} px: {name}"
    wordmark = page.locator(".pcv-wordmark").bounding_box()
    header = page.locator(".md-header").bounding_box()
    for control in ("button.pcv-search-button", ".pcv-lang__link", "summary.pcv-menu__toggle"):
        box = page.locator(control).bounding_box()
        expect(page.locator(control)).to_be_visible()
        assert box and box["x"] >= wordmark["x"] + wordmark["width"] and box["x"] + box["width"] <= width, (control, box)
        middle = box["y"] + box["height"] / 2
        assert wordmark["y"] <= middle <= wordmark["y"] + wordmark["height"], f"{control} is not on the name's row"
    assert header["height"] <= 72, f"the header is {header['height']} px tall at {width} px"
    page.locator("summary.pcv-menu__toggle").click()  # open, its toggle ("Fermer") leaves the name its room
    opened = page.locator(".pcv-wordmark__name").evaluate(WORDMARK_NAME)
    assert opened["lines"] == name["lines"] and not opened["clipped"], (name, opened)


@pytest.mark.parametrize("width", (NARROW, DESKTOP))
def test_a_heading_reached_by_its_anchor_shows_below_the_sticky_header(open_page: Callable[..., Tab], width: int) -> None:
    page = open_page(page_url(role_page("themes"), "en"), width).page
    heading = page.locator("article h2[id]").nth(1)
    page.goto(page.url.split("#")[0] + "#" + heading.get_attribute("id"))
    page.wait_for_function("() => window.scrollY > 0")
    header, box = page.locator(".md-header").bounding_box(), heading.bounding_box()
    assert header and box and box["y"] >= header["y"] + header["height"], f"heading {box} under the header {header}"


def _committed_day(path: str) -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%cI", "--", path],
                         capture_output=True, text=True, check=True).stdout.strip()
    return out[:10]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_dates_the_page_and_reports_a_problem_without_an_account(open_page: Callable[..., Tab],
                                                                         lang: str) -> None:
    """The page's date; a report link only with the organisation's e-mail, writing to it without an account (none
    without contact details: it could only lead to the organisation's home page, VISITOR14 #4)."""
    page = open_page(page_url(role_page("themes"), lang), MOBILE).page
    date = page.locator(".pcv-page-details time")
    expect(date).to_be_visible()
    expect(date).to_have_attribute("datetime", _committed_day(f"docs/{lang}/approche.md"))
    report = page.locator("a.pcv-page-details__report")
    email = DATA.programme.contact.email if DATA.programme.contact else None
    if not email:
        expect(report).to_have_count(0)
        return
    expect(report).to_be_visible()  # an e-mail to the organisation's public address, naming the page
    expect(report).to_have_attribute("href", re.compile(f"^mailto:{re.escape(email)}\\?subject="))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_links_to_cecis_website_in_the_pages_language(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url(role_page("programme"), lang), NARROW).page
    link = page.locator(".md-footer a.pcv-footer__organisation")
    expect(link).to_be_visible()
    expect(link).to_have_attribute("href", DATA.programme.organisation_website.url.in_(lang))
    expect(link).to_contain_text(DATA.programme.organisation_name.name.in_(lang))


# Where the 404 page is reached: its two files, and any missing address, at any depth (the test
# server, like GitHub Pages, answers those with /404.html, the French one: an English address is
# sent on to the English one).
NOT_FOUND = [pytest.param("404.html", "fr", id="404.html"), pytest.param("en/404.html", "en", id="en-404.html"),
             pytest.param("activites/nulle-part/encore/", "fr", id="missing-address"),
             pytest.param("en/nowhere/at-all/", "en", id="missing-english-address")]


@pytest.mark.parametrize(("served", "lang"), NOT_FOUND)
def test_not_found_page_speaks_the_addresss_language_and_leads_to_its_main_pages(open_page: Callable[..., Tab],
                                                                                  served: str, lang: str) -> None:
    page = open_page(served, NARROW).page
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator(".md-header .pcv-wordmark")).to_be_visible()
    expect(page.locator(".md-footer")).to_be_visible()
    links = page.locator(f".pcv-notfound__part[lang={lang}] a")
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    assert len(hrefs) >= 5 and f"/{page_url('index.md', lang)}" == urlsplit(hrefs[0]).path
    for href, text in zip(hrefs, links.all_inner_texts()):
        response = page.request.get(href)
        assert response.status == 200, f"{text} → {href} : {response.status}"
        assert f'<html lang="{lang}"' in response.text(), f"{text} → {href} is not in {lang}"
    other = other_language(lang)
    page.locator(f".pcv-notfound__other[lang={other}] a").click()
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.locator(f".pcv-notfound__part[lang={other}] a").first).to_be_visible()


@pytest.mark.parametrize(("served", "lang"), NOT_FOUND)
def test_not_found_page_header_and_footer_work_from_its_address(open_page: Callable[..., Tab], site_url: str,
                                                                 served: str, lang: str) -> None:
    page = open_page(served, MOBILE).page
    other = other_language(lang)
    switch = page.locator("a.pcv-lang__link").first
    expect(switch).to_have_attribute("lang", other)
    assert switch.evaluate("a => a.href") == site_url + page_url("index.md", other)
    assert page.locator("a.pcv-menu__cta").evaluate("a => a.href") == site_url + page_url(role_page("volunteer"), lang)
    footer = page.locator(".md-footer a").evaluate_all("links => links.map(a => a.href)")
    for href in (h for h in footer if h.startswith(site_url)):
        assert page.request.get(href).status == 200, href
    assert site_url + page_url(COUNTRY_PAGE, lang) in search(page, NAME[lang])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_volunteer_action_is_on_the_first_phone_screen_and_says_it_leaves_the_site(
    browser, site_url: str, lang: str
) -> None:
    context = browser.new_context(viewport={"width": NARROW, "height": 640})
    page = context.new_page()
    page.goto(site_url + page_url(role_page("volunteer"), lang))
    buttons = page.locator("article .pcv-start a.pcv-button")
    expect(buttons).to_have_count(1)
    call = next(c for c in DATA.programme.calls_to_action if c.id == "volunteer")
    expect(buttons).to_have_attribute("href", call.link.url.in_(lang))
    # The button once, not repeated (VISITOR6); the steps' « Continuez sur le site » may link there too (VISITOR8 #1)
    expect(page.locator(f'article a.pcv-button[href="{call.link.url.in_(lang)}"]')).to_have_count(1)
    box = buttons.bounding_box()
    assert box and box["y"] + box["height"] <= 640, f"the action {box} is below the first 320 × 640 screen"
    expect(buttons.locator(".pcv-external")).to_have_text(DATA.strings["call.link.where"].in_(lang).format(**DATA.names(lang)))
    # VISITOR9 #1: one handoff. What awaits on the other site is said under the button (when the programme words it);
    # the steps under it (VISITOR11 #2: the path, who it is for, what volunteers do) end on the call's address.
    handoff = DATA.strings.get(f"{call.id}.handoff")
    if handoff:
        said = page.locator("article .pcv-start .pcv-start__next").inner_text()
        assert _plain(said) == _plain(handoff.in_(lang).format(**DATA.names(lang))), said
    for steps in page.locator("article .pcv-start__text > ol").all():
        expect(steps.locator("> li").last.locator("a").last).to_have_attribute("href", call.link.url.in_(lang))
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("width", "height"), [(NARROW, 640), (MOBILE, 844)])
def test_home_first_phone_screen_says_who_runs_and_funds_it_and_leads_to_volunteering(
    browser, site_url: str, lang: str, width: int, height: int
) -> None:
    """The hero says what the programme is (its headline), who runs it and who funds it (from the data) and leads
    to the volunteer page, on the first screen; it is no taller than a screen (its countries come after it)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(site_url + page_url("index.md", lang))
    hero = page.locator(".pcv-hero__text")
    expect(hero.locator("h1")).to_have_text(DATA.programme.headline.in_(lang))
    trust = hero.locator(".pcv-hero__trust").inner_text()
    names = [DATA.programme.organisation_name.name.in_(lang)] + [f.name.in_(lang) for f in DATA.partners.funders]
    assert all(name in trust for name in names), (names, trust)
    volunteer = site_url + page_url(role_page("volunteer"), lang)
    button = hero.locator("a.pcv-button").first
    assert button.evaluate("a => a.href") == volunteer
    action = button.bounding_box()
    assert action and action["y"] + action["height"] <= height, f"the action {action} is below the first screen"
    box = hero.bounding_box()
    assert box and box["height"] <= height, f"the hero {box} is taller than a {width} × {height} screen"
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", sorted(country_pages().values()))
def test_country_page_shows_its_facts_first_and_ends_with_the_volunteer_panel(open_page: Callable[..., Tab], site_url: str,
                                                                                lang: str, path: str) -> None:
    """Its introduction, then its facts (the lists its data fills, in the same order for every country), then the
    rest of its text; then the call to volunteer."""
    page = open_page(page_url(path, lang), NARROW).page
    intro = page.locator(".pcv-country__intro").bounding_box()
    facts = page.locator(".pcv-facts__list").bounding_box()
    text = page.locator(".pcv-country__text").bounding_box()
    assert intro and facts and text and intro["y"] < facts["y"] < text["y"], "introduction, facts, then the prose"
    code = next(c for c, p in country_pages().items() if p == path)
    activities = next(c.activities for c in DATA.countries if c.code == code)
    kinds = {"country.target_groups": activities.target_groups, "country.sectors": activities.sectors,
             "country.aims": activities.aims, "country.local_partners": activities.local_partners,
             "country.regions": activities.regions.places if activities.regions else ()}
    titles = [DATA.strings[counted_key(key, len(items), lang, DATA.strings)].in_(lang)  # those it has, in this order,
              for key, items in kinds.items() if items]  # in the singular or the plural as they are many
    assert page.locator(".pcv-facts__list dt").all_inner_texts() == titles
    panel = page.locator(".pcv-cta a.pcv-button").first  # then the opportunities on CECI's site (tests/test_site.py)
    expect(panel).to_have_attribute("href", re.compile(re.escape(page_url(role_page("volunteer"), lang).rsplit("/", 2)[-2])))


FRAME = """() => { const trail = document.querySelector('article .pcv-breadcrumbs'), title = document.querySelector('article h1');
  if (!trail || !title) return {trail: !!trail, title: !!title};
  const t = trail.getBoundingClientRect(), h = title.getBoundingClientRect();
  return {trail: true, title: true, above: t.bottom <= h.top + 1, left: Math.abs(t.left - h.left) <= 1,
          next: trail.closest('.pcv-unindexed').nextElementSibling === (title.closest('article > * ') || title),
          band: getComputedStyle(title).backgroundColor, page: getComputedStyle(document.body).backgroundColor,
          y: h.top + h.height / 2 + scrollY, home: trail.querySelector('a').href} }"""


def _pixel(page, x: int, y: float) -> tuple[int, ...]:
    """The colour on screen at (x, y) of the page."""
    from io import BytesIO

    from PIL import Image
    page.evaluate(f"scrollTo(0, {max(0, y - 100)})")
    top = page.evaluate("scrollY")
    shot = page.screenshot(clip={"x": x, "y": y - top, "width": 1, "height": 1})
    return Image.open(BytesIO(shot)).convert("RGB").getpixel((0, 0))


def _rgb(css: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", css)[:3])


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_but_the_home_is_framed_the_same_way(open_page: Callable[..., Tab], site_url: str, lang: str,
                                                        width: int) -> None:
    """Every page but the home, and the not-found page: its trail from the home page in its language, then its
    title right under it, on a band of its own colour that spans the window: a visitor sees where they are the
    same way on every page."""
    urls = [url for path, _, url in (p.values for p in every_page()) if _ == lang and path != "index.md"]
    page = open_page(urls[0], width).page
    for url in urls + [page_url("index.md", lang) + "404.html"]:
        page.goto(site_url + url)
        page.wait_for_function(STYLESHEET_APPLIED)
        frame = page.evaluate(FRAME)
        assert frame["trail"] and frame["title"], (url, frame)
        assert frame["above"] and frame["left"] and frame["next"], f"/{url}: the trail, then the title under it: {frame}"
        assert frame["home"] == site_url + page_url("index.md", lang), url
        assert frame["band"] != frame["page"] and not frame["band"].endswith(", 0)"), (url, frame)
        for x in (0, width - 1):
            assert _pixel(page, x, frame["y"]) == _rgb(frame["band"]), f"/{url}: the title's band does not reach x={x}"
