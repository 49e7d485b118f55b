"""Inner pages as visitors see them (VISITOR10 #4, #5, #6): on a desktop, the page's lead on its title's band, its
text at a reading size beside its side column, which stays in view; on a phone, nothing pinned over the bottom of
the text (VISITOR12 #8: the call bar covered it, on the pages where it was least relevant).

Expectations come from the pages' Markdown (their first paragraph) and the templates that draw a page with
page_layout (overrides/)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, _pages, page_url, shared_page_paths
from pcv.inspection.tabs import Tab

from .pages import DESKTOP, MOBILE

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
        # Their first lines level (words 01:59: « Aller plus loin » started 48 px under the text, its section's margin).
        tops = [page.locator(f"article .pcv-layout__{part} > :first-child").first.evaluate(BOX)["top"]
                for part in ("main", "side")]
        assert abs(tops[0] - tops[1]) <= 2, f"the side column starts {tops[1] - tops[0]:.0f} px under the text"
        prose.last.scroll_into_view_if_needed()
        box = side.evaluate(BOX)
        assert box["top"] < 900 and box["bottom"] > 0, "the side column stays in view beside the text"


# Whatever is pinned to the window's bottom edge (position fixed or sticky) and shown: it would cover the text.
PINNED_AT_BOTTOM = """() => [...document.querySelectorAll('body *')].filter(e => {
  const style = getComputedStyle(e), r = e.getBoundingClientRect();
  return ['fixed', 'sticky'].includes(style.position) && style.display !== 'none' && style.visibility !== 'hidden'
    && style.opacity !== '0' && r.width && r.height && r.bottom >= innerHeight - 1 && r.top > innerHeight / 2 })
  .map(e => e.className)"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_phone_pins_nothing_over_the_bottom_of_any_page(open_page: Callable[..., Tab], site_url: str,
                                                          lang: str) -> None:
    """No bar stays at the window's bottom over the text (VISITOR12 #8): the header's menu and each page's own
    call band carry the call to action."""
    page = open_page(page_url("index.md", lang), MOBILE).page
    for path in (path for path in shared_page_paths() if (lang, path) in _pages()):
        page.goto(site_url + page_url(path, lang))
        assert page.evaluate(PINNED_AT_BOTTOM) == [], f"/{page_url(path, lang)}: pinned over the page's bottom"


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


def _text_headings(body: str) -> set[str]:
    """The h2 a page's Markdown writes ("## Limites connues"), as plain text."""
    return {_plain(line[3:]) for line in body.splitlines() if line.startswith("## ")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_headings_of_a_text_have_one_size_on_every_kind_of_page(open_page: Callable[..., Tab], site_url: str,
                                                                    lang: str) -> None:
    """VISITOR15 #3: the accessibility statement (no template of its own) had its h2 at 18 px on a desktop, the text's
    own size, where every page drawn by a template had them at 25 px, and 22 px at 390 px. The h2 a page's text writes
    have one size on every page at a width, and none smaller on a desktop than on a phone."""
    pages = {path: _text_headings(_pages()[lang, path].body) for path in shared_page_paths() if (lang, path) in _pages()}
    pages = {path: headings for path, headings in pages.items() if headings}
    assert len(pages) >= 2, "fewer than two pages with headings in their text: nothing to compare"
    sizes: dict[int, dict[str, float]] = {}
    for width in (MOBILE, DESKTOP):
        page = open_page(page_url("index.md", lang), width).page
        for path, headings in pages.items():
            page.goto(site_url + page_url(path, lang))
            found = page.locator("article h2").evaluate_all(
                "es => es.map(e => [e.textContent, parseFloat(getComputedStyle(e).fontSize)])")
            shown = {f"/{page_url(path, lang)} « {text} »": size for text, size in found if _plain(text) in headings}
            assert shown, f"/{page_url(path, lang)}: none of its headings {sorted(headings)} found"
            sizes.setdefault(width, {}).update(shown)
        assert len(set(sizes[width].values())) == 1, f"à {width} px, des h2 de tailles différentes : {sizes[width]}"
    assert min(sizes[DESKTOP].values()) >= max(sizes[MOBILE].values()), f"plus petits sur un ordinateur : {sizes}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_volunteer_page_starts_on_its_title_band_and_fills_the_desktop_width(open_page: Callable[..., Tab],
                                                                                 lang: str) -> None:
    """VISITOR15 #1: on a desktop the start page was a column of text beside a box of one line, its right half
    empty. Its sentence and its action are on the title's band, then what volunteers do beside where they work:
    a card per country, a column of them about as tall as the text."""
    from pcv.inspection.pages import role_page
    page = open_page(page_url(role_page("volunteer"), lang), DESKTOP).page
    band = page.locator("article h1").first.evaluate("e => getComputedStyle(e).backgroundColor")
    for part in ("article .pcv-lead", "article .pcv-start"):
        colour = page.locator(part).first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour == band, f"{part} on {colour}, not on the title's band ({band})"
    text = page.locator("article .pcv-layout__main").first.evaluate(BOX)
    side = page.locator("article .pcv-layout__side").first.evaluate(BOX)
    cards = page.locator("article .pcv-layout__side .pcv-where__list--cards > li")
    assert cards.count() >= 2, "no card per country beside the text"
    assert side["left"] > text["right"] and abs(side["top"] - text["top"]) <= 40, "where, beside what they do"
    assert side["bottom"] - side["top"] >= .6 * (text["bottom"] - text["top"]), (
        f"the side column {side} much shorter than the text {text}: the right half left empty")
