"""Search in a real browser: each language finds its own pages only, once, and other forms of a word.

Runs Chromium (/usr/bin/chromium, or the browser PCV_CHROMIUM names) through
Playwright on the built site, served locally. Skipped when the browser is
missing, unless PCV_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("PCV_CHROMIUM", "/usr/bin/chromium")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def search_site_url(built_site: Path) -> Iterator[str]:
    """The built site, served over HTTP on a free local port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def search_browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        if os.environ.get("PCV_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium not found at {CHROMIUM} and PCV_REQUIRE_BROWSER=1")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        yield browser
        browser.close()


def search(browser, site_url: str, page_path: str, query: str) -> tuple[list[str], list[str]]:
    """Type `query` in the search box of `page_path`; the result links (path and fragment,
    without the ?h= query) and the paths of the search indexes the page fetched."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    # Only the local site: Material also asks the sitemap of each alternate (absolute) address.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(site_url) else route.abort())
    try:
        page.goto(site_url + page_path, wait_until="networkidle")
        placeholder = page.inner_text(".md-search-result__meta")
        page.click("input.md-search__input")
        page.keyboard.type(query, delay=30)
        page.wait_for_function(
            "text => document.querySelector('.md-search-result__meta').textContent.trim() !== text",
            arg=placeholder.strip(), timeout=10_000,
        )
        links = [urlsplit(a.get_attribute("href"))._replace(scheme="", netloc="", query="").geturl()
                 for a in page.query_selector_all(".md-search-result__item > a.md-search-result__link")]
    finally:
        page.close()
    indexes = [urlsplit(url).path for url in fetched if url.endswith("search_index.json")]
    return links, indexes


@pytest.mark.parametrize(("page_path", "query", "expected", "index"), [
    ("", "Sénégal", "/activites/senegal/", "/search/search_index.json"),
    ("activites/benin/", "Guatemala", "/activites/guatemala/", "/search/search_index.json"),
    ("en/", "Senegal", "/en/activites/senegal/", "/en/search/search_index.json"),
    ("en/activites/benin/", "Guatemala", "/en/activites/guatemala/", "/en/search/search_index.json"),
])
def test_search_finds_pages_of_the_reader_language_only_once(
    search_browser, search_site_url: str, page_path: str, query: str, expected: str, index: str
) -> None:
    links, indexes = search(search_browser, search_site_url, page_path, query)
    assert indexes == [index]
    assert expected in links
    assert len(links) == len(set(links)), links
    english = [link for link in links if link.startswith("/en/")]
    assert english == (links if page_path.startswith("en/") else []), links


@pytest.mark.parametrize(("page_path", "query", "expected"), [
    ("", "volontaires", "/volontariat/"),  # the page says "volontaire"
    ("en/", "volunteers", "/en/volontariat/"),  # the page says "volunteer"
])
def test_search_finds_other_forms_of_a_word(search_browser, search_site_url: str, page_path: str,
                                            query: str, expected: str) -> None:
    links, _ = search(search_browser, search_site_url, page_path, query)
    assert expected in links
