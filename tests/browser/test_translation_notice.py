"""The notice of a page whose translation lags, as a visitor sees it (VISITOR13 #2): on the band of the page's head,
between its trail and its title, the band unbroken from the trail down to the title, at every width.

A copy of the project without history: the originals of its themes page and of a country page changed (their
translations out of date; a country page's title is inside its layout), the accessibility page's translation awaiting (the
original shown, its title inside an element in the original's language)."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

import pytest
from playwright.sync_api import Browser
from PIL import Image

from pcv.inspection.builds import build_site, copy_project
from pcv.inspection.pages import country_pages, page_url, role_page
from pcv.inspection.server import base_url, bind, serving
from pcv.inspection.tabs import STYLESHEET_APPLIED, open_tab

from .pages import AUDIT_WIDTHS

TRANSLATED = "en"  # the language of the translations made to lag (French is the original)
CHANGED = (role_page("themes"), sorted(country_pages().values())[0])
PENDING = role_page("accessibility")
HEAD = """() => { const box = s => { const e = document.querySelector(s); if (!e) return null;
    const r = e.getBoundingClientRect(); return {top: r.top + scrollY, bottom: r.bottom + scrollY}; };
  return {trail: box('article > .pcv-unindexed'), notice: box('article .pcv-translation-notice'),
          title: box('article h1'), band: getComputedStyle(document.querySelector('article > .pcv-unindexed')).backgroundColor,
          page: getComputedStyle(document.body).backgroundColor} }"""


@pytest.fixture(scope="module")
def lagging_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("lagging") / "project")
    for path in CHANGED:
        original = project / "docs" / "fr" / path
        original.write_text(original.read_text(encoding="utf-8") + "\nUn paragraphe ajouté à l’original.\n",
                            encoding="utf-8")
    pending = project / "docs" / TRANSLATED / PENDING  # its front matter kept (its address), its text left to translate
    front_matter = pending.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    pending.write_text(f"{front_matter}\ntranslation: pending\n---\n", encoding="utf-8")
    site = project / "site"
    server = bind(site)
    result = build_site(project, site, PCV_SITE_URL=base_url(server))
    assert result.returncode == 0, result.output
    with serving(server) as url:
        yield url


def _rgb(css: str) -> tuple[int, ...]:
    return tuple(int(n) for n in css[css.index("(") + 1:css.index(")")].split(",")[:3])


def _nearer(colour: tuple[int, ...], one: tuple[int, ...], other: tuple[int, ...]) -> bool:
    """`colour` is nearer `one` than `other` (an edge's smoothing between two bands of the same colour is not a gap)."""
    return sum((a - b) ** 2 for a, b in zip(colour, one)) < sum((a - b) ** 2 for a, b in zip(colour, other))


@pytest.mark.parametrize("path", (*CHANGED, PENDING))
@pytest.mark.parametrize("width", AUDIT_WIDTHS)
def test_a_translation_notice_sits_on_the_head_s_band_between_the_trail_and_the_title(
    browser: Browser, lagging_site: str, path: str, width: int
) -> None:
    tab = open_tab(browser, lagging_site, page_url(path, TRANSLATED), width)
    page = tab.page
    page.wait_for_function(STYLESHEET_APPLIED)
    head = page.evaluate(HEAD)
    assert head["notice"], f"{path}: no translation notice"
    assert head["trail"]["bottom"] <= head["notice"]["top"] + 1 and head["notice"]["bottom"] <= head["title"]["top"] + 1, head
    band, blank = _rgb(head["band"]), _rgb(head["page"])
    assert band != blank, head
    top, bottom = int(head["trail"]["top"]) + 1, int(head["title"]["bottom"]) - 1
    for x in (0, width - 1):  # the window's edges, beside the notice's box
        shot = page.screenshot(full_page=True, clip={"x": x, "y": top, "width": 1, "height": bottom - top})
        column = Image.open(BytesIO(shot)).convert("RGB")
        gaps = [top + y for y in range(column.height) if not _nearer(column.getpixel((0, y)), band, blank)]
        assert not gaps, f"{path} at {width} px: the head's band is broken at x={x}, y={gaps[0]}…{gaps[-1]}"
    tab.context.close()
