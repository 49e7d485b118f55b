"""Every page stays usable however it is shown: at 320 px (a small phone, or
1280 px zoomed to 400 %) and 640 px (1280 px at 200 %) without sideways
scrolling, with a visible focus ring on what is on screen, every control a
target of 44 × 44 px, without motion when the reader asks for none, and printed
as its content in black on white."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from pcv.inspection.pages import LANGUAGES, country_pages, page_url, role_page
from pcv.inspection.tabs import Tab
from pcv.text.formatting import country_name
from tests.live_data import DATA, country_pages_smallest_first

from .pages import AUDIT_WIDTHS, WIDTHS, every_page

SMALLEST = country_pages_smallest_first()  # the country pages, the smallest country on the map first

OVERFLOW = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && getComputedStyle(e).position !== 'fixed'
               && !e.closest('.md-sidebar, .md-search, [hidden]') && e.getClientRects().length)
  .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''))
  .slice(0, 5)"""


@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize(("path", "lang", "url"), every_page())
def test_no_sideways_scrolling(shown_page: Callable[..., Page], path: str, lang: str, url: str, width: int) -> None:
    page = shown_page(url, width)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"/{url} à {width} px : {scroll_width} px de large ; dépassent : {page.evaluate(OVERFLOW)}"


SMALL_TARGETS = """() => {
  // A link inside a sentence keeps the sentence's lines (WCAG 2.5.5's exception): its block says more than it.
  const inSentence = e => { const block = e.closest('p, li, dd, td, figcaption, blockquote');
    return !!block && block.textContent.replace(e.textContent, '').replace(/[\\s,.;:()·–—-]/g, '').length > 0 };
  const small = [];
  for (const e of document.querySelectorAll('a[href], button, summary, input, select, textarea, [tabindex]')) {
    if (e.tabIndex < 0 || e.closest('svg') || inSentence(e)) continue;
    if (!e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})) continue;
    // A link stretched over its card (its ::after fills it) is as big as the card.
    const box = (getComputedStyle(e, '::after').position === 'absolute' ? e.offsetParent : e).getBoundingClientRect();
    if (!box.width || !box.height) continue;
    if (box.width < 44 || box.height < 44)
      small.push(`${Math.round(box.width)}×${Math.round(box.height)} ${e.tagName.toLowerCase()} « ${e.textContent.trim().slice(0, 40)} »`);
  }
  return small }"""


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_control_is_a_target_of_44_px_at_least(shown_page: Callable[..., Page], lang: str, width: int) -> None:
    """On every page and the not-found page: each link, button and field on screen is at least 44 × 44 px, but a
    link inside a sentence."""
    urls = [url for path, code, url in (p.values for p in every_page()) if code == lang]
    for url in urls + [page_url("index.md", lang) + "404.html"]:
        page = shown_page(url, width)
        assert not (small := page.evaluate(SMALL_TARGETS)), f"/{url} à {width} px : {small}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_first_tab_shows_the_skip_link_with_a_focus_ring(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url(role_page("programme"), lang)).page
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
        return {cls: e.className, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: r.width > 0 && r.top >= 0} }""")
    assert "md-skip" in focused["cls"], focused
    assert focused["outline"] != "none" and focused["width"] >= 2 and focused["visible"], focused


FOCUSED = """() => { const e = document.activeElement, r = e.getBoundingClientRect(), again = e.hasAttribute('data-tabbed');
  e.setAttribute('data-tabbed', '');
  let opaque = true;  // a stop inside something fully transparent is on screen, yet nobody sees it
  for (let n = e; n && n.nodeType === 1; n = n.parentElement) if (parseFloat(getComputedStyle(n).opacity) === 0) opaque = false;
  return {name: e.tagName.toLowerCase() + ' ' + (e.getAttribute('href') || e.className || ''), again: again || e === document.body,
          onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight
                    && getComputedStyle(e).visibility === 'visible' && opaque} }"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["index.md", SMALLEST[-1]])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tab_stop_is_on_screen(open_page: Callable[..., Tab], lang: str, path: str, width: int) -> None:
    """Tab through the whole page: each element it reaches is on screen (the phone menu slides in for it)."""
    page = open_page(page_url(path, lang), width).page
    page.emulate_media(reduced_motion="reduce")  # no sliding: positions are final at once
    stops: list[str] = []
    hidden: list[str] = []
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["again"]:
            break
        stops.append(focused["name"])
        if not focused["onScreen"]:
            hidden.append(focused["name"])
    assert len(stops) > 10, stops
    assert not hidden, f"/{page_url(path, lang)} à {width} px : focus hors de l'écran sur {hidden}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_motion_when_the_reader_asks_for_none(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url("index.md", lang)).page
    page.emulate_media(reduced_motion="reduce")
    durations = page.evaluate("""() => [...document.querySelectorAll('body *')].flatMap(e => {
        const s = getComputedStyle(e); return [s.transitionDuration, s.animationDuration] })
        .flatMap(d => d.split(',')).map(d => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000))""")
    assert max(durations) < 1, f"{max(durations)} ms"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_printed_page_is_its_content_in_black_on_white(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url("index.md", lang)).page
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".pcv-hero__actions", ".pcv-cta .pcv-button"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} est imprimé"
    hero = page.evaluate("""() => { const h = document.querySelector('.pcv-hero'), t = h.querySelector('h1');
        return [getComputedStyle(h).backgroundImage, getComputedStyle(t).color] }""")
    assert hero == ["none", "rgb(0, 0, 0)"], hero


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_printed_link_to_another_site_shows_its_address(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url(role_page("partners"), lang)).page
    page.emulate_media(media="print")
    link = page.locator('article a[href^="http"]:not(.md-content__button)').first
    assert link.evaluate("a => getComputedStyle(a, '::after').content") == f'" ({link.get_attribute("href")})"'


MAP_LABELS = """() => { const svg = document.querySelector('svg.pcv-map'), scale = svg.getScreenCTM().a;
  return [...svg.querySelectorAll('.pcv-map__label, .pcv-map__key')].filter(t => t.getClientRects().length)
    .map(t => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale]) }"""


@pytest.mark.parametrize("width", [320, 390, 599, 600, 1024, 1280])
@pytest.mark.parametrize("path", ["index.md", role_page("activities"), *SMALLEST[:2]])
def test_map_labels_are_readable_at_any_width(open_page: Callable[..., Tab], path: str, width: int) -> None:
    """A country's own map names it at every width; the map of all the countries is for wide screens (VISITOR12 #4:
    on a phone its numbers crowded West Africa; a list names them there, and its land is not fetched)."""
    page = open_page(page_url(path, "fr"), width).page
    overview = page.locator(".pcv-overview-map")
    if overview.count() and width < 600:
        expect(overview).to_be_hidden()
        assert not page.evaluate("() => performance.getEntriesByType('resource').some(e => e.name.includes('/maps/'))")
        return
    labels = page.evaluate(MAP_LABELS)
    assert labels, "the map names (or numbers) its countries"
    small = [(name, round(size, 1)) for name, size in labels if size < 13]
    assert not small, f"/{page_url(path, 'fr')} à {width} px : noms de moins de 13 px sur la carte : {small}"


MAP_NAMES = """() => [...document.querySelectorAll('svg.pcv-map .pcv-map__label')].filter(t => t.getClientRects().length)
  .map(t => { const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom] })"""


@pytest.mark.parametrize("width", [320, 390, 1024, 1280])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_names_every_country_once_in_words_and_on_a_wide_map_without_collisions(
        open_page: Callable[..., Tab], lang: str, width: int) -> None:
    """Every country of the programme is named in words beside the map once (VISITOR9 #4: map, key, legend, chips
    and a line named them five times), in one list that is also the map's key: in its order, each by its number
    there; those with a page as links, the others plain (not chips that look like buttons). The map numbers them
    too, its land drawn, on wide screens; on phones the list alone, without the numbers of a map not shown (VISITOR12
    #4: at 300 px the numbers crowded West Africa). No legend of the site's pages. On wide screens the list's numbers
    keep the map's colours (VISITOR9 #5: on the hero's colour they lost them)."""
    page = open_page(page_url("index.md", lang), width).page
    names = [country_name(c.code, lang) for c in DATA.countries]
    with_page = sorted(country_name(code, lang) for code in country_pages())
    items = page.locator(".pcv-hero .pcv-where__list > li")
    expect(items.first).to_be_visible()
    if width < 600:
        assert sorted(items.all_inner_texts()) == sorted(names)
        expect(page.locator(".pcv-hero .pcv-map-frame")).to_be_hidden()
        expect(page.locator(".pcv-hero .pcv-map-key__number").first).to_be_hidden()
        return
    keyed = dict(text.split(None, 1) for text in items.all_inner_texts())
    assert sorted(keyed.values()) == sorted(names)
    assert list(keyed) == [str(n) for n in range(1, len(names) + 1)], "in the map's order, by its numbers"
    linked = [text.split(None, 1)[1] for text in page.locator(".pcv-hero .pcv-where__list a").all_inner_texts()]
    assert sorted(linked) == with_page
    expect(page.locator(".pcv-hero .pcv-where__others, .pcv-hero .pcv-map-key, .pcv-hero .pcv-map-legend")).to_have_count(0)
    colours = page.evaluate("""() => [...document.querySelectorAll('.pcv-hero .pcv-where__list > li')].map(li =>
      [li.className, getComputedStyle(li.querySelector('.pcv-map-key__number')).backgroundColor,
       getComputedStyle(li.closest('.pcv-hero__where')).backgroundColor])""")
    for kind, number, ground in colours:
        assert number != ground, f"à {width} px, le numéro ({kind}) a la couleur de son fond ({ground})"
    marker = {kind: page.evaluate(f"() => getComputedStyle(document.querySelector('.pcv-hero svg .is-{kind} "
                                  ".pcv-map__marker')).fill") for kind, _, _ in colours
              if page.locator(f".pcv-hero svg .is-{kind} .pcv-map__marker").count()}
    for kind, number, _ in colours:
        if kind.removeprefix("is-") in marker:
            assert number == marker[kind.removeprefix("is-")], (kind, number, marker)
    frame = page.locator(".pcv-hero .pcv-map-frame")
    frame.scroll_into_view_if_needed()  # lazily fetched on phones, where it is under the first screen
    expect(frame).to_be_visible()
    page.wait_for_function("() => document.querySelector('.pcv-map__land').complete")
    assert page.evaluate("() => document.querySelector('.pcv-map__land').naturalWidth") > 0, "la terre n'est pas dessinée"
    on_map = page.evaluate(MAP_NAMES)  # a name with no place on the map is a number there, named in its key
    assert sorted([n[0] for n in on_map] + list(keyed.values())) == sorted(names)
    shown_keys = page.evaluate("() => [...document.querySelectorAll('.pcv-hero svg .pcv-map__key')]"
                               ".filter(t => t.getClientRects().length).map(t => t.textContent)")
    assert sorted(shown_keys) == sorted(keyed)  # one number per country at this width
    overlaps = [(a[0], b[0]) for i, a in enumerate(on_map) for b in on_map[i + 1:]
                if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert not overlaps, f"à {width} px, des noms se chevauchent sur la carte : {overlaps}"


@pytest.mark.parametrize("path", SMALLEST[:2])
def test_a_country_page_map_shows_the_country_as_a_shape_not_a_speck(shown_page: Callable[..., Page], path: str) -> None:
    page = shown_page(page_url(path, "fr"), 390)
    box = page.locator(".pcv-map .is-current .pcv-map__shape").bounding_box()
    size = max(box["width"], box["height"]) if box else 0
    ringed = page.locator(".pcv-map .is-current .pcv-map__ring").count() == 1
    # Large enough to see its shape, in enough of its continent to place it; when small there, circled.
    assert size >= 20 or (size >= 10 and ringed), f"/{page_url(path, 'fr')} : le pays mesure {box} à 390 px"


MAP_COVER = """() => { const svg = document.querySelector('svg.pcv-map').getBoundingClientRect(),
  land = document.querySelector('.pcv-map__land').getBoundingClientRect(),
  across = Math.min(svg.right, land.right) - Math.max(svg.left, land.left),
  down = Math.min(svg.bottom, land.bottom) - Math.max(svg.top, land.top);
  return [across / svg.width, down / svg.height] }"""


@pytest.mark.parametrize("path", ["index.md", role_page("activities"), SMALLEST[0], SMALLEST[-1]])
def test_the_map_draws_the_land_around_the_countries(shown_page: Callable[..., Page], path: str) -> None:
    """The other countries' land spans the frame (drawn at its own scale, it must not shrink to a corner)."""
    page = shown_page(page_url(path, "fr"), 1280)
    across, down = page.evaluate(MAP_COVER)
    assert across > 0.9 and down > 0.5, f"/{page_url(path, 'fr')} : la terre couvre {across:.0%} × {down:.0%} de la carte"


EDGES = """() => { const left = s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length)
                                      .map(e => Math.round(e.getBoundingClientRect().left));
  return { header: left('.pcv-wordmark__org'), page: left('.md-content__inner'), footer: left('.pcv-footer__brand'),
           details: left('.pcv-page-details__inner > :first-child'), chips: left('.pcv-others .pcv-where__list a'),
           all: left('.pcv-others__all a') } }"""


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize(("path", "lang", "url"), every_page())
def test_the_header_the_page_and_the_footer_share_one_left_edge(shown_page: Callable[..., Page], path: str, lang: str,
                                                                url: str, width: int) -> None:
    """VISITOR8 #10: the footer and « Signaler un problème » (the page's details) started 8 px left of the page's content (46 px against 54
    at 1280), the header's name 6 px; a country page's « Tous les pays du programme » 5 px right of its chips."""
    edges = shown_page(url, width).evaluate(EDGES)
    page = edges["page"][0]
    for part in ("header", "footer", "details"):  # the page's details band: not on a page with neither a date nor a
        if part == "details" and not edges[part]:  # report link (the open data page dates its data, and the
            continue  # report link needs contact details: VISITOR14 #4)
        assert edges[part] and abs(edges[part][0] - page) <= 1, (url, width, part, edges[part], page)
    if edges["all"]:  # a country page: the link to every country under its chips, at their edge
        assert abs(edges["all"][0] - min(edges["chips"])) <= 1, (url, width, edges)


HERO_SEAM = """() => { const hero = document.querySelector('.pcv-hero'), next = hero.nextElementSibling;
  return next && next.matches('.pcv-band') && getComputedStyle(hero).backgroundColor !== 'rgba(0, 0, 0, 0)'
    ? next.getBoundingClientRect().top - hero.getBoundingClientRect().bottom : null }"""


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_band_after_the_home_hero_touches_it(shown_page: Callable[..., Page], lang: str, width: int) -> None:
    """VISITOR14 #10: at 1280 px a 48 px white strip lay between the hero's band and the band after it (their
    margins); where the hero is a band, the next band starts where it ends."""
    gap = shown_page(page_url("index.md", lang), width).evaluate(HERO_SEAM)
    assert gap is None or abs(gap) < 1, f"/{page_url('index.md', lang)} à {width} px : {gap:.0f} px entre les bandes"
