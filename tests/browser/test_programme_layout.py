"""The fictional programmes (tests/fixtures/) in Chromium: grids fit the number of items its data has
(fewer targets and themes than the PCV's columns share the row); a long organisation's
name, a long site name and many sections share the header, each name whole at every width; the period bar stays a thin line for any number of years."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser
from project_edits import section_without_index

from pcv.checks.config_allowlist import STAFF
from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES, build_programme
from pcv.inspection.server import base_url, bind, serving
from pcv.inspection.tabs import DESKTOP, open_tab
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages

from .pages import AUDIT_WIDTHS

PROGRAMME = FIXTURES / "programme-fictif"


@pytest.fixture(scope="module")
def programme_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workspace = tmp_path_factory.mktemp("programme-browser")
    (workspace / "site").mkdir()
    server = bind(workspace / "site")
    result = build_programme(PROGRAMME, workspace, PCV_SITE_URL=base_url(server))
    assert result.returncode == 0, result.output
    with serving(server) as url:
        yield url


@pytest.mark.parametrize("selector", ["ul.pcv-figures", "ul.pcv-themes"])
def test_fewer_items_than_columns_share_the_row(browser: Browser, programme_url: str, selector: str) -> None:
    data = load_site_data(PROGRAMME / "data")
    count = {"ul.pcv-figures": len(data.programme.targets), "ul.pcv-themes": len(data.programme.themes)}[selector]
    tab = open_tab(browser, programme_url, "", DESKTOP)
    try:
        grid = tab.page.locator(selector)
        boxes = [grid.locator(":scope > li").nth(i).bounding_box() for i in range(count)]
        width = grid.bounding_box()["width"]
        assert len({round(box["y"]) for box in boxes}) == 1  # one row
        assert sum(box["width"] for box in boxes) > 0.9 * width  # filled, not a quarter each
    finally:
        tab.context.close()


@pytest.fixture(scope="module")
def long_names(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, dict[str, str]]]]:
    """programme-atelier with the longest names staff may give the header: the organisation's full name typed
    as its short name, a site name of the most characters mkdocs.yml takes, and every page a section of its own.
    Yields the served site's address and, per language, the organisation's and the site's names."""
    workspace = tmp_path_factory.mktemp("long-names")
    programme = shutil.copytree(FIXTURES / "programme-atelier", workspace / "programme")
    data_file = programme / "data" / "programme.yaml"
    data = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    data["organisation"] = data["organisation_name"]["name"]
    data_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    facts = load_site_data(programme / "data").programme
    config = programme / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    settings = yaml.safe_load(text)
    languages = settings["plugins"]["i18n"]["languages"]
    names = {}
    for language in languages:
        lang = language["locale"]
        site_name = _cut(facts.name.in_(lang), STAFF[("site_name",)])
        old = language.get("site_name", settings["site_name"])
        text = text.replace(f"site_name: {old}\n", f"site_name: {site_name}\n", 1)
        names[lang] = {".pcv-wordmark__org": facts.organisation.in_(lang), ".pcv-wordmark__name": site_name}
    pages = _nav_paths(settings["nav"])  # every page a section of its own
    text = text[:text.index("\nnav:")] + "\nnav:\n" + "".join(f"  - {path}\n" for path in pages)
    config.write_text(text, encoding="utf-8")
    (workspace / "build" / "site").mkdir(parents=True)
    server = bind(workspace / "build" / "site")
    result = build_programme(programme, workspace / "build", PCV_SITE_URL=base_url(server))
    assert result.returncode == 0, result.output
    with serving(server) as url:
        yield url, names


def _cut(name: str, limit: int) -> str:
    """`name`'s first words, as many as `limit` characters hold."""
    return name if len(name) <= limit else name[:limit + 1].rsplit(" ", 1)[0]


# Where each text of the header ends: its text's own box (a word too long for its box runs out of it).
TEXT_BOX = "e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); " \
           "return {text: e.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom, " \
           "clipped: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1} }"
# The first of the header's other parts to the right of the wordmark: the sections (wide screens) or the tools.
NEXT_LEFT = "() => Math.min(...[...document.querySelectorAll('.pcv-header__nav, .pcv-header__tools')]" \
            ".filter(e => e.getClientRects().length).map(e => e.getBoundingClientRect().left))"


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_long_names_show_whole_in_the_header(browser: Browser, long_names: tuple, lang: str, width: int) -> None:
    url, names = long_names
    tab = open_tab(browser, url, "" if lang == "fr" else f"{lang}/", width)
    try:
        next_left = tab.page.evaluate(NEXT_LEFT)
        for selector, expected in names[lang].items():
            box = tab.page.eval_on_selector(selector, TEXT_BOX)
            assert " ".join(box["text"].split()) == expected
            assert not box["clipped"], (selector, box)  # never cut with an ellipsis
            assert 0 <= box["left"] and box["right"] <= next_left + 1, (selector, box, next_left)
            header = tab.page.locator(".md-header").bounding_box()
            assert header["y"] <= box["top"] and box["bottom"] <= header["y"] + header["height"] + 1, (selector, box)
    finally:
        tab.context.close()


def _nav_paths(nav: list) -> list[str]:
    return [path for item in nav for path in ([item] if isinstance(item, str) else _nav_paths(*item.values()))]


def test_the_period_bar_is_a_thin_line_whatever_the_number_of_years(browser: Browser, programme_url: str) -> None:
    tab = open_tab(browser, programme_url, "", DESKTOP)
    try:
        bar = tab.page.locator(".pcv-period__line").bounding_box()
        text_size = tab.page.eval_on_selector(".pcv-period__text", "e => parseFloat(getComputedStyle(e).fontSize)")
        assert bar["height"] <= 2 * text_size, bar  # not a block whose height follows the years' width
    finally:
        tab.context.close()


@pytest.fixture(scope="module")
def sectioned_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """programme-fictif with its first pages in a menu section without an index page (project_edits): the served
    site's address and the French address of the section's first page, whose trail names the section unlinked."""
    workspace = tmp_path_factory.mktemp("sectioned")
    programme = shutil.copytree(PROGRAMME, workspace / "programme")
    first = section_without_index(programme)[0]
    (workspace / "build" / "site").mkdir(parents=True)
    server = bind(workspace / "build" / "site")
    result = build_programme(programme, workspace / "build", PCV_SITE_URL=base_url(server))
    assert result.returncode == 0, result.output
    with serving(server) as url:
        yield url, page_address(read_pages(programme / "docs")[0], "fr", first)


# Each item of the trail: the middle of its text's box (a link's text or the plain item's).
TRAIL_MIDDLES = "() => [...document.querySelectorAll('article .pcv-breadcrumbs li')].map(li => { " \
                "const r = document.createRange(); r.selectNodeContents(li.querySelector('a') || li); " \
                "const b = r.getBoundingClientRect(); return (b.top + b.bottom) / 2 })"


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
def test_a_trail_s_unlinked_item_sits_on_the_line_of_its_links(browser: Browser, sectioned_url: tuple,
                                                               width: int) -> None:
    """PROGRAMME7 F3: the plain item « Infos » sat ~9 px lower than « Accueil », a link 44 px tall."""
    url, path = sectioned_url
    tab = open_tab(browser, url, path, width)
    try:
        middles = tab.page.evaluate(TRAIL_MIDDLES)
        assert len(middles) == 2 and abs(middles[0] - middles[1]) <= 1, middles
    finally:
        tab.context.close()
