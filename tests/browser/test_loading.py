"""Every page, in both languages, loads cleanly on a first visit and the
reader's first interaction (which fetches Material's script): no console
error, no failed request or HTTP error, and nothing asked of another host."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser

from pcv.inspection.tabs import Traffic, open_tab

from .pages import every_page


@pytest.fixture(scope="module")
def first_visit(browser: Browser, site_url: str) -> Callable[[str], Traffic]:
    """The traffic of a first visit to a page and a first key press, once for all the tests of this module."""

    @functools.cache
    def visit(url: str) -> Traffic:
        tab = open_tab(browser, site_url, url, interact=True)
        tab.context.close()
        return tab.traffic

    return visit


@pytest.mark.parametrize(("path", "lang", "url"), every_page())
def test_no_console_error_nor_failed_request(first_visit: Callable[[str], Traffic], path: str, lang: str, url: str) -> None:
    problems = first_visit(url).problems
    assert not problems, f"/{url} :\n" + "\n".join(problems)


@pytest.mark.parametrize(("path", "lang", "url"), every_page())
def test_no_request_to_another_host(first_visit: Callable[[str], Traffic], path: str, lang: str, url: str) -> None:
    other_hosts = first_visit(url).other_hosts
    assert not other_hosts, f"/{url} demande à d'autres hôtes :\n" + "\n".join(other_hosts)
