"""Inner pages as visitors see them (VISITOR10 #4, #5, #6): on a desktop, the page's lead on its title's band, its
text at a reading size beside its side column, which stays in view; on a phone, the call to action's button
in view on every page but the home, the call's own page, the contact page and those that end with the call's band
(VISITOR11 #9: two buttons at the page's end, the bar over the text all the way down).

Expectations come from the pages' Markdown (their first paragraph), the data (the call to action's label and
page) and the templates that draw a page with page_layout (overrides/)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, _pages, page_url, role_pages, shared_page_paths
from pcv.inspection.tabs import Tab

from .pages import DESKTOP, MOBILE, NARROW

DATA = load_site_data(ROOT / "data")
# The page templates that draw a page's text with page_layout (partials/page-layout.html); main.html draws pages
# that name no template.
LAYOUT_TEMPLATES = {path.name for path in (ROOT / "overrides").glob("*.html") if "page_layout(" in path.read_text()}


def _plain(text: str) -> str:
    """`text` with no Markdown marks, its no-break spaces plain and its spaces single."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`]|\{[^}]*\}", "", text)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def _first_paragraph(body: str) -> tuple[str, bool]:
    """The paragraph right under a page's title ("" when the text goes on with something else), and whether the
    text goes on after it."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", body) if block.strip()]
    titles = [i for i, block in enumerate(blocks) if block.startswith("# ")]
    after = blocks[titles[0] + 1] if titles and titles[0] + 1 < len(blocks) else ""
    return ("" if re.match(r"[#>\-*|<{!:]|\d+\.|\s", after) else after), bool(titles) and titles[0] + 2 < len(blocks)


def _layout_pages() -> list:
    pages = _pages()
    return [pytest.param(path, lang, id=f"{lang}:{path.removesuffix('.md')}")
            for lang in LANGUAGES for path in shared_page_paths()
            if (lang, path) in pages and path != "index.md" and "country" not in pages[lang, path].meta
            and pages[lang, path].meta.get("template", "main.html") in LAYOUT_TEMPLATES | {"main.html"}]


BOX = "e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right} }"


@pytest.mark.parametrize(("path", "lang"), _layout_pages())
def test_an_inner_page_leads_with_its_first_paragraph_and_reads_at_a_desktop_size(
    open_page: Callable[..., Tab], path: str, lang: str
) -> None:
    page = open_page(page_url(path, lang), DESKTOP).page
    first, goes_on = _first_paragraph(_pages()[lang, path].body)
    lead = page.locator("article .pcv-lead")
    # The whole text is not taken from a side column's page: its main column would be left empty.
    if not first or not goes_on and page.locator("article .pcv-layout__side").count():
        expect(lead).to_have_count(0)
        return
    expect(lead).to_have_count(1)
    assert _plain(lead.inner_text()) == _plain(first)
    h1 = page.locator("article h1").first
    title, band = h1.evaluate(BOX), lead.evaluate(BOX)
    assert band["top"] >= title["bottom"] - 1, "the lead comes right under the title"
    style = lead.evaluate("e => [getComputedStyle(e).fontSize, getComputedStyle(e).backgroundColor,"
                          " getComputedStyle(e.previousElementSibling).backgroundColor]")
    assert float(style[0].removesuffix("px")) >= 20, f"the lead at {style[0]}"
    assert style[1] == style[2], f"the lead on the title's band: {style[1]} under a title on {style[2]}"
    assert float(h1.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px")) >= 36
    prose = page.locator("article .pcv-layout__main > p, article .pcv-layout__main > ul > li")
    if prose.count():
        sizes = prose.evaluate_all("es => es.map(e => parseFloat(getComputedStyle(e).fontSize))")
        assert min(sizes) >= 18, f"the text at {min(sizes)} px on a desktop"
    side = page.locator("article .pcv-layout__side")
    if side.count() and prose.count():
        text_right = max(prose.evaluate_all(f"es => es.map({BOX}).map(b => b.right)"))
        column = page.locator("article .pcv-layout__main").first.evaluate(BOX)
        assert text_right - column["left"] >= .9 * (column["right"] - column["left"]), "the text fills its column"
        assert side.evaluate(BOX)["left"] - column["right"] <= 80, "the side column right beside the text's"
        prose.last.scroll_into_view_if_needed()
        box = side.evaluate(BOX)
        assert box["top"] < 900 and box["bottom"] > 0, "the side column stays in view beside the text"


def _call():
    """The first call to action with a page, its page's shared path."""
    pages = role_pages()
    return next((call, pages[call.id]) for call in DATA.programme.calls_to_action if call.id in pages)


def _pages_but_home(lang: str) -> list[str]:
    return [path for path in shared_page_paths() if path != "index.md" and (lang, path) in _pages()]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", (NARROW, MOBILE))
def test_a_phone_keeps_the_call_to_action_in_view_on_every_inner_page(open_page: Callable[..., Tab], site_url: str,
                                                                     lang: str, width: int) -> None:
    call, call_path = _call()
    tab = open_page(page_url("index.md", lang), width)
    page = tab.page
    expect(page.locator(".pcv-callbar__link")).to_have_count(0)  # the home's hero carries it
    shown = []
    for path in _pages_but_home(lang):
        page.goto(site_url + page_url(path, lang))
        link = page.locator(".pcv-callbar__link")
        if path in (call_path, role_pages().get("contact")):  # pages that carry their own main action (VISITOR11 #9)
            expect(link).to_have_count(0)
            continue
        if page.locator("main .pcv-cta").count():  # it ends with the call's band: its button, not a second one
            expect(link).to_be_hidden()
            expect(page.locator("main .pcv-cta a.pcv-button").first).to_have_text(getattr(call.label, lang))
            continue
        shown.append(path)
        expect(link).to_be_visible()
        expect(link).to_have_text(getattr(call.label, lang))
        assert link.evaluate("a => a.href") == site_url + page_url(call_path, lang)
        height = page.viewport_size["height"]
        for where in ("0", "document.documentElement.scrollHeight"):
            page.evaluate(f"window.scrollTo(0, {where})")
            box = link.evaluate(BOX)
            assert 0 <= box["left"] and box["right"] <= width and box["bottom"] <= height and box["top"] >= height * .8, (
                f"/{page_url(path, lang)}: the button {box} not at the bottom of a {width} px window")
            assert box["bottom"] - box["top"] >= 44
        # At the page's end its last link shows above the bar.
        last = page.locator("footer a").last
        hit = last.evaluate("a => { const r = a.getBoundingClientRect(); const e = document.elementFromPoint("
                            "r.left + r.width / 2, r.top + r.height / 2); return a.contains(e) }")
        assert hit, f"/{page_url(path, lang)}: the footer's last link is under the bar"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert shown, "no page left to show the bar on: the test would check nothing"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_link_reached_by_keyboard_on_a_phone_is_not_hidden_by_the_call_bar(open_page: Callable[..., Tab],
                                                                           site_url: str, lang: str) -> None:
    call, call_path = _call()
    page = open_page(page_url("index.md", lang), NARROW).page
    for path in (path for path in _pages_but_home(lang) if path != call_path):  # the first page that shows the bar
        page.goto(site_url + page_url(path, lang))
        if page.locator(".pcv-callbar__bar").is_visible():
            break
    bar = page.locator(".pcv-callbar__bar").evaluate(BOX)
    for _ in range(40):
        page.keyboard.press("Tab")
        box = page.evaluate(f"({BOX})(document.activeElement)")
        if page.evaluate("document.activeElement.closest('.pcv-callbar')"):
            break
        if box["bottom"] > box["top"]:
            assert box["top"] < bar["top"], f"focus at {box}, hidden under the bar at {bar}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_wide_screen_shows_no_call_bar(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url(next(p for p in _pages_but_home(lang) if p != _call()[1]), lang), 720).page
    expect(page.locator(".pcv-callbar__link")).to_be_hidden()
    expect(page.locator(".md-header a.pcv-header__cta")).to_be_visible()  # the header has room for it


LABEL_SURROUNDINGS = """() => [...document.querySelectorAll('.pcv-country__map g.pcv-map__name')]
  .filter(g => getComputedStyle(g).display !== 'none' && g.querySelector('.pcv-map__label'))
  .map(g => { const halo = getComputedStyle(g.querySelector('.pcv-map__halo'));
    const shapes = [...g.querySelectorAll('path, rect, polygon, polyline')].filter(e => {
      const style = getComputedStyle(e); return style.display !== 'none' && style.visibility !== 'hidden' })
      .map(e => e.outerHTML.slice(0, 60));
    return {name: g.textContent.trim(), around: shapes, halo: [halo.stroke, halo.fill, parseFloat(halo.strokeWidth)]} })"""


@pytest.mark.parametrize("width", (MOBILE, DESKTOP))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_country_map_names_its_country_with_a_label_not_a_box(open_page: Callable[..., Tab], site_url: str,
                                                                lang: str, width: int) -> None:
    """VISITOR10 #7: where a country's own map had no place off other land for its name (Bolivia, Rwanda), the name
    sat in a white box with a dark border, like an empty form field. Every country's name is now drawn the same
    way: its text on a white outline, no shape drawn around it."""
    from pcv.inspection.pages import country_pages
    page = open_page(page_url("index.md", lang), width).page
    for path in sorted(country_pages().values()):
        page.goto(site_url + page_url(path, lang))
        labels = page.evaluate(LABEL_SURROUNDINGS)
        assert labels, f"/{page_url(path, lang)}: no name on the map"
        for label in labels:
            assert label["around"] == [], f"/{page_url(path, lang)}: {label['name']} has {label['around']} around it"
            stroke, fill, stroke_width = label["halo"]
            assert stroke == fill and stroke_width > 0, f"{label['name']}: its outline {label['halo']}"
