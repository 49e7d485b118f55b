"""axe-core finds no WCAG 2.1 A/AA violation on any page, in both languages,
on a phone (390 px) and a desktop (1280 px), nor in the open menu and search
(checked on their own: the pages behind them are checked above)."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, page_url
from pcv.inspection.tabs import Tab

from .pages import AUDIT_WIDTHS, MOBILE, WIDTHS, every_page
from .test_search import NAME

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def inject_axe(page: Page) -> None:
    assert AXE.is_file(), f"{AXE} manque : lancez « npm ci » (make setup)."
    # Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy does not govern
    # (an added <script> tag is refused by it, as any script that is not the site's own).
    page.evaluate("source => { (0, eval)(source); }", AXE.read_text(encoding="utf-8"))


def check(page: Page, where: str, within: str | None = None) -> None:
    """Fail with every violation axe-core finds for the WCAG 2.1 A and AA rules (in `within`, a CSS selector),
    once the page is at rest (a search opening or a menu sliding in is judged where it ends, not half-way)."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    inject_axe(page)
    violations = page.evaluate(
        "([scope, tags]) => axe.run(scope ? {include: [scope]} : document,"
        " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}).then(r => r.violations)",
        [within, TAGS])
    if violations:
        pytest.fail(describe(violations, where), pytrace=False)


def describe(violations: list[dict], where: str) -> str:
    """One paragraph per rule broken: id, impact, help, then each element (CSS selector and summary)."""
    lines = [f"{len(violations)} règle(s) WCAG non respectée(s) sur {where} :"]
    for rule in violations:
        lines.append(f"- {rule['id']} ({rule['impact']}) : {rule['help']} — {len(rule['nodes'])} élément(s)")
        for node in rule["nodes"]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {' '.join(map(str, node['target']))} : {summary[:200]}")
    return "\n".join(lines)


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize(("path", "lang", "url"), every_page())
def test_no_wcag_violation(shown_page: Callable[..., Page], path: str, lang: str, url: str, width: int) -> None:
    check(shown_page(url, width), f"/{url} à {width} px")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_wcag_violation_in_the_open_mobile_menu(open_page: Callable[..., Tab], lang: str) -> None:
    url = page_url("index.md", lang)
    page = open_page(url, MOBILE).page
    page.locator("summary.pcv-menu__toggle").click()
    page.locator(".pcv-menu__panel").wait_for(state="visible")
    check(page, f"le menu ouvert de /{url} à {MOBILE} px", within=".pcv-menu")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_wcag_violation_in_the_search_with_results(open_page: Callable[..., Tab], lang: str, width: int) -> None:
    url = page_url("index.md", lang) + f"?q={quote(NAME[lang])}"  # Material opens its search with this query
    page = open_page(url, width).page
    page.locator("a.md-search-result__link").first.wait_for()
    check(page, f"la recherche ouverte de /{url} à {width} px", within=".md-search")


FOCUSED_CONTRAST = """async () => {
  const failing = [];
  for (const link of document.querySelectorAll('.md-main a[href], .md-footer a[href]')) {
    if (!link.getClientRects().length || link.closest('svg')) continue;
    link.focus();
    const result = await axe.run(link, {runOnly: ['color-contrast'], resultTypes: ['violations']});
    if (result.violations.length) failing.push(link.outerHTML.slice(0, 100));
  }
  return failing }"""


@pytest.mark.parametrize(("path", "lang", "url"), every_page())
def test_a_focused_link_stays_readable(open_page: Callable[..., Tab], path: str, lang: str, url: str) -> None:
    """Material colours a focused link with its accent colour; a link on a dark or coloured
    background (buttons, footer) must keep its contrast when the keyboard reaches it."""
    page = open_page(url).page
    page.emulate_media(reduced_motion="reduce")  # no colour transition: focus colours apply at once
    inject_axe(page)
    failing = page.evaluate(FOCUSED_CONTRAST)
    assert not failing, f"/{url} : contraste insuffisant une fois le lien atteint au clavier :\n" + "\n".join(failing)
