"""Browser fixtures: the site built for a loopback address and served with gzip,
one Chromium for the session, a fresh browser context for each page a test acts
on; one kept per width for the checks that only read a page at rest.

Chromium is Debian's (or the one named by PCV_CHROMIUM); no browser is ever
downloaded. Without it the browser tests are skipped, except when
PCV_REQUIRE_BROWSER=1 (CI), where they fail.

The site is built with `site_url` set to the address it is served from, as in
production: the absolute links of the pages (hreflang alternates, canonical)
then point to the same host, and what Material fetches through them is
fetched from that host, as visitors' browsers would.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from pcv.inspection.builds import ROOT, build_site
from pcv.inspection.server import base_url, bind, serving
from pcv.inspection.tabs import Tab, blank_tab, open_tab, show

from .pages import DESKTOP

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]


def chromium_executable() -> Path:
    return Path(os.environ.get("PCV_CHROMIUM") or "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Chromium, started once for the session; skips (or fails in CI) without it."""
    executable = chromium_executable()
    if not os.access(executable, os.X_OK):
        reason = (f"Chromium introuvable ({executable}) : tests dans le navigateur sautés. "
                  "Installez-le (apt-get install chromium) ou donnez son chemin dans PCV_CHROMIUM.")
        if os.environ.get("PCV_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " PCV_REQUIRE_BROWSER=1 : ils sont obligatoires ici.")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the real project, built for this address and served with gzip on loopback."""
    site = tmp_path_factory.mktemp("browser-site")
    server = bind(site)
    result = build_site(ROOT, site, PCV_SITE_URL=base_url(server))
    assert result.returncode == 0, result.output
    with serving(server) as url:
        yield url


@pytest.fixture
def open_page(browser: Browser, site_url: str) -> Iterator[Callable[..., Tab]]:
    """`open_page(url, width=1280)`: `open_tab` for this test; its contexts are closed after it."""
    tabs: list[Tab] = []

    def open_(url: str, width: int = DESKTOP) -> Tab:
        tabs.append(open_tab(browser, site_url, url, width))
        return tabs[-1]

    yield open_
    for tab in tabs:
        tab.context.close()


@pytest.fixture(scope="session")
def shown_page(browser: Browser, site_url: str) -> Iterator[Callable[..., Page]]:
    """`shown_page(url, width=1280)`: the page at `url`, loaded with its stylesheet, in a tab kept for the session,
    one per width, for checks that only read a page at rest (no input, no emulated media, no scrolling): a new
    context for each of them started a renderer each time, ~0.7 s of a page's ~1 s (issue 17)."""
    tabs: dict[int, Tab] = {}

    def show_(url: str, width: int = DESKTOP) -> Page:
        if width not in tabs or tabs[width].page.is_closed():
            tabs[width] = blank_tab(browser, site_url, width)[0]
        show(tabs[width].page, site_url, url)
        return tabs[width].page

    yield show_
    for tab in tabs.values():
        tab.context.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test here runs in Chromium: marked `browser`, so that `-m "not browser"` (or `-m browser`) runs apart."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.browser)
