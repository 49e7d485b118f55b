"""The fictional programmes (tests/fixtures/) in Chromium: grids fit the number of items its data has
(fewer targets and themes than the PCV's columns share the row); a long site name (on two lines at most) and
many sections share the header without running over each other; the period bar stays a thin line for any number of years."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser

from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES, build_programme
from pcv.inspection.server import base_url, bind, serving
from pcv.inspection.tabs import DESKTOP, open_tab

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


def test_a_long_site_name_and_many_sections_share_the_header(browser: Browser, tmp_path: Path) -> None:
    programme = shutil.copytree(FIXTURES / "programme-atelier", tmp_path / "programme")
    long_name = load_site_data(programme / "data").programme.name.fr
    config = programme / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    short_name = yaml.safe_load(text)["site_name"]
    text = text.replace(f"site_name: {short_name}\n", f"site_name: {long_name}\n", 1)
    pages = [path for path in _nav_paths(yaml.safe_load(text)["nav"])]  # every page a section of its own
    text = text[:text.index("\nnav:")] + "\nnav:\n" + "".join(f"  - {path}\n" for path in pages)
    config.write_text(text, encoding="utf-8")
    (tmp_path / "build" / "site").mkdir(parents=True)
    server = bind(tmp_path / "build" / "site")
    result = build_programme(programme, tmp_path / "build", PCV_SITE_URL=base_url(server))
    assert result.returncode == 0, result.output
    with serving(server) as url:
        tab = open_tab(browser, url, "", DESKTOP)
        try:
            # The right edge of the name's text itself (a word too long for its box runs out of it).
            right = tab.page.eval_on_selector(".pcv-wordmark__name", "e => { const r = document.createRange(); "
                                              "r.selectNodeContents(e); return r.getBoundingClientRect().right }")
            sections = tab.page.locator(".pcv-header__nav").bounding_box()
            assert right <= sections["x"] + 1, (right, sections)
            # Two lines at most, cut with an ellipsis: the header keeps its height (it took 7 lines, 133 px).
            height, line = tab.page.eval_on_selector(".pcv-wordmark__name", "e => [e.getBoundingClientRect().height, "
                                                     "parseFloat(getComputedStyle(e).lineHeight)]")
            assert height <= 2 * line + 1, (height, line)
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
