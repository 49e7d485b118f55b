"""A browser tab on the served site that records its network traffic and console errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import (Browser, BrowserContext, ConsoleMessage, Page, Request, Response, Route, WebError,
                                 expect)

DESKTOP, MOBILE = 1280, 390  # the widths, in CSS pixels, of the tabs the tests and benchmark open
MATERIAL_STARTED = re.compile(r"(^| )js( |$)")  # the class Material's script puts on <html> as it starts
# A page of the site has its whole stylesheet once partials/stylesheet.html has fetched it (after the
# first paint) and switched it on; a page without that loader (the editor) has nothing to wait for.
STYLESHEET_APPLIED = """() => !document.querySelector('head > noscript')
  || [...document.styleSheets].some(s => s.href && s.href.includes('/assets/stylesheets/site.') && s.media.mediaText === 'all')"""


@dataclass
class Traffic:
    """What a page did on the network and in its console."""

    other_hosts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # console errors, script errors, failed requests, HTTP errors

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console : {message.text} ({message.location.get('url', '?')})")

    def on_web_error(self, error: WebError) -> None:
        self.problems.append(f"erreur de script : {error.error}")

    def on_request_failed(self, request: Request) -> None:
        self.problems.append(f"requête échouée : {request.url} ({request.failure})")

    def on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status} : {response.url}")


@dataclass
class Tab:
    context: BrowserContext
    page: Page
    traffic: Traffic


def open_tab(browser: Browser, site_url: str, url: str, width: int = DESKTOP, *, interact: bool = False) -> Tab:
    """A fresh context `width` pixels wide, on `url` (relative to the site), once loaded with its stylesheet.

    With `interact`, the reader's first interaction follows the load (see
    `first_interaction`). The caller closes `tab.context`.
    """
    tab, in_flight = blank_tab(browser, site_url, width)
    show(tab.page, site_url, url)
    if interact:
        first_interaction(tab.page, in_flight)
    return tab


def blank_tab(browser: Browser, site_url: str, width: int = DESKTOP) -> tuple[Tab, InFlight]:
    """A fresh context `width` pixels wide with one blank page, and its requests in flight.

    Every request is routed: those to the loopback server go through, any
    other is recorded in `traffic.other_hosts` and aborted. The caller closes
    `tab.context`.
    """
    context = browser.new_context(viewport={"width": width, "height": 844 if width == MOBILE else 900},
                                  service_workers="block")
    context.set_default_timeout(10_000)
    traffic = Traffic()
    own_host = urlsplit(site_url).netloc

    def route(route: Route) -> None:
        if urlsplit(route.request.url).netloc == own_host:
            route.continue_()
        else:
            traffic.other_hosts.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", route)
    context.on("console", traffic.on_console)
    context.on("weberror", traffic.on_web_error)
    context.on("requestfailed", traffic.on_request_failed)
    context.on("response", traffic.on_response)
    in_flight = InFlight(context)
    return Tab(context, context.new_page(), traffic), in_flight


def show(page: Page, site_url: str, url: str) -> None:
    """`page` on `url` (relative to the site), once loaded with its stylesheet."""
    page.goto(site_url + url, wait_until="load")
    page.wait_for_function(STYLESHEET_APPLIED)


class InFlight:
    """The requests of a browser context sent and not yet answered.

    Playwright's "networkidle" only holds for a navigation, not for what a
    later interaction fetches: `wait_until_quiet` waits for that.
    """

    def __init__(self, context: BrowserContext) -> None:
        self.requests: set[Request] = set()
        context.on("request", self._sent)
        context.on("requestfinished", self._answered)
        context.on("requestfailed", self._answered)

    def _sent(self, request: Request) -> None:
        self.requests.add(request)

    def _answered(self, request: Request) -> None:
        self.requests.discard(request)

    def wait_until_quiet(self, page: Page, quiet_ms: int = 500, timeout_ms: int = 10_000) -> None:
        """Return once no request has been in flight for `quiet_ms`."""
        quiet = 0
        for _ in range(0, timeout_ms, 50):
            quiet = quiet + 50 if not self.requests else 0
            if quiet >= quiet_ms:
                return
            page.wait_for_timeout(50)
        raise AssertionError(f"{page.url} : sans réponse après {timeout_ms} ms : "
                             + ", ".join(r.url for r in self.requests))


def first_interaction(page: Page, in_flight: InFlight) -> None:
    """The reader's first interaction (a key press): it fetches Material's script
    (partials/theme-script.html); wait until that and what the script fetches
    (search index, sitemaps) have arrived."""
    page.keyboard.press("Shift")
    expect(page.locator("html")).to_have_class(MATERIAL_STARTED)
    in_flight.wait_until_quiet(page)
