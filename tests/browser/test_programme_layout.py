"""The fictional programme (tests/fixtures/programme-fictif) in Chromium: grids fit the number of
items its data has (fewer targets and themes than the PCV's columns share the row)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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
