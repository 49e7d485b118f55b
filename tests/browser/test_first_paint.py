"""The first screen of every page looks the same with only the rules written in the page
(pcv/theme/first_paint.py) as once the site's stylesheet has arrived (partials/stylesheet.html):
every element painted on it has the same box and the same computed style, its ::before and
::after too, at phone and desktop sizes; the menu drawer and search stay hidden."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from pcv.inspection.tabs import STYLESHEET_APPLIED

from .pages import every_page

# (width, height): small phone, phone, Lighthouse's phone, desktop, Lighthouse's desktop.
SCREENS = ((320, 568), (390, 844), (412, 823), (1280, 900), (1350, 940))
STYLESHEET = "**/assets/stylesheets/site.*.css"
NOT_FOUND = [pytest.param("404.html", "fr", "404.html", id="fr:404"), pytest.param("404.html", "en", "en/404.html", id="en:404")]

# What the eye sees of an element, besides its box (margins show in the boxes of the elements
# around it; Chromium reports an auto margin as 0 or its used size depending on what ran).
LOOKS = ("display position z-index color background-color background-image background-position background-size "
         "border-top-width border-right-width border-bottom-width border-left-width border-top-style border-top-color "
         "border-bottom-style border-bottom-color border-left-color border-right-color border-top-left-radius "
         "border-bottom-right-radius box-shadow opacity visibility transform filter mask-image -webkit-mask-image "
         "padding-top padding-right padding-bottom padding-left font-family font-size font-weight font-style "
         "line-height letter-spacing text-transform text-align white-space text-decoration-line "
         "text-decoration-color text-decoration-thickness text-underline-offset list-style-type fill stroke "
         "stroke-width paint-order content width height top left").split()
# Each element painted on the first screen: its box and what it looks like, its ::before and ::after too.
# Painted: rendered, not transparent nor hidden, and not clipped away by an ancestor.
FIRST_SCREEN = """(looks) => {
  const path = e => { const parts = []; for (; e && e !== document.documentElement; e = e.parentElement)
      parts.unshift(e.tagName.toLowerCase() + ':' + [...e.parentElement.children].indexOf(e)); return parts.join('>') };
  const style = (e, pseudo) => { const s = getComputedStyle(e, pseudo);
      return pseudo && s.content === 'none' ? null : looks.map(name => s.getPropertyValue(name)) };
  const clips = new Map(), clip = a => {
      if (!clips.has(a)) clips.set(a, getComputedStyle(a).overflow === 'visible' ? null : a.getBoundingClientRect());
      return clips.get(a) };
  const painted = e => {
    if (!e.checkVisibility({opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true})) return null;
    const r = e.getBoundingClientRect();
    let [x0, y0, x1, y1] = [Math.max(r.left, 0), Math.max(r.top, 0), Math.min(r.right, innerWidth), Math.min(r.bottom, innerHeight)];
    for (let a = e.parentElement; a && x1 > x0 && y1 > y0; a = a.parentElement) {
      const c = clip(a);
      if (c) { x0 = Math.max(x0, c.left); y0 = Math.max(y0, c.top); x1 = Math.min(x1, c.right); y1 = Math.min(y1, c.bottom) }
    }
    return x1 > x0 && y1 > y0 ? r : null;
  };
  const out = {};
  for (const e of document.body.querySelectorAll('*')) {
    const r = painted(e);
    if (r) out[path(e)] = {box: [r.x, r.y, r.width, r.height].map(n => Math.round(n * 2) / 2),
                           style: style(e), before: style(e, '::before'), after: style(e, '::after')};
  }
  return out;
}"""


@pytest.fixture(scope="module")
def screens(browser: Browser) -> Iterator[dict[tuple[int, int], Page]]:
    """A tab for each screen size; its stylesheet requests wait for the test's word."""
    contexts = [browser.new_context(viewport={"width": w, "height": h}, service_workers="block", reduced_motion="reduce")
                for w, h in SCREENS]
    yield {size: context.new_page() for size, context in zip(SCREENS, contexts)}
    for context in contexts:
        context.close()


def differences(before: dict, after: dict) -> list[str]:
    """What changed, per element painted in either state: its box, its style's properties."""
    found = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            found.append(f"{key}: {'apparaît' if old is None else 'disparaît'} avec la feuille de style")
            continue
        if old["box"] != new["box"]:
            found.append(f"{key}: boîte {old['box']} -> {new['box']}")
        for part in ("style", "before", "after"):
            if old[part] is None or new[part] is None:
                if old[part] != new[part]:
                    found.append(f"{key} ::{part}: {'apparaît' if old[part] is None else 'disparaît'}")
                continue
            changed = {name: (a, b) for name, a, b in zip(LOOKS, old[part], new[part]) if a != b}
            if changed:
                found.append(f"{key} {part}: " + "; ".join(f"{n} {a!r} -> {b!r}" for n, (a, b) in list(changed.items())[:6]))
    return found


def first_screen_changes(page: Page, url: str) -> list[str]:
    """Open `url` without the site's stylesheet, then let it in: what that changes on the first screen."""
    held: list = []
    page.route(STYLESHEET, lambda route: held.append(route))
    page.goto(url, wait_until="domcontentloaded")  # "load" waits for the stylesheet, if asked for before it
    page.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length")
    page.wait_for_function("() => !!document.querySelector('link[rel=stylesheet]')")  # the page asked for it
    before = page.evaluate(FIRST_SCREEN, LOOKS)
    for route in held:
        route.continue_()
    page.unroute(STYLESHEET)
    page.wait_for_function(STYLESHEET_APPLIED)
    return differences(before, page.evaluate(FIRST_SCREEN, LOOKS))


@pytest.mark.parametrize(("path", "lang", "url"), every_page() + NOT_FOUND)
def test_the_first_screen_does_not_change_when_the_stylesheet_arrives(screens: dict, site_url: str,
                                                                      path: str, lang: str, url: str) -> None:
    for (width, height), page in screens.items():
        changes = first_screen_changes(page, site_url + url)
        assert not changes, f"/{url} à {width}×{height} : " + "\n".join(changes[:15])


def test_the_comparison_sees_a_rule_only_the_stylesheet_has(screens: dict, site_url: str) -> None:
    """The same comparison, on a page whose first-paint rules lack the header's: it sees the header change."""
    page = screens[(390, 844)]
    page.route("**/en/", lambda route: route.fulfill(
        response=(response := route.fetch()), body=response.text().replace(".md-header{", ".pcv-not-here{", 1)))
    try:
        changes = first_screen_changes(page, site_url + "en/")
    finally:
        page.unroute("**/en/")
    assert any("header" in change for change in changes), changes
