"""A browser tab on the served site that records its network traffic and console errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request, Response, Route, WebError

from .pages import DESKTOP, MOBILE


@dataclass
class Traffic:
    """What a page did on the network and in its console."""

    other_hosts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # console errors, script errors, failed requests, HTTP errors
    in_flight: set[Request] = field(default_factory=set)  # requests sent, not yet answered

    def on_request(self, request: Request) -> None:
        self.in_flight.add(request)

    def on_request_done(self, request: Request) -> None:
        self.in_flight.discard(request)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console : {message.text} ({message.location.get('url', '?')})")

    def on_web_error(self, error: WebError) -> None:
        self.problems.append(f"erreur de script : {error.error}")

    def on_request_failed(self, request: Request) -> None:
        self.on_request_done(request)
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
    """A fresh context `width` pixels wide, on `url` (relative to the site), once loaded.

    With `interact`, the reader's first interaction (a key press) follows the
    load: it fetches Material's script (partials/theme-script.html), and the
    tab waits until that and what the script fetches (search index, sitemaps)
    have arrived.

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
    context.on("request", traffic.on_request)
    context.on("requestfinished", traffic.on_request_done)
    context.on("requestfailed", traffic.on_request_failed)
    context.on("response", traffic.on_response)
    page = context.new_page()
    page.goto(site_url + url, wait_until="load")
    if interact:
        page.keyboard.press("Shift")
        page.wait_for_function("document.documentElement.classList.contains('js')")  # Material's script ran
        wait_until_quiet(page, traffic)
    return Tab(context, page, traffic)


def wait_until_quiet(page: Page, traffic: Traffic, quiet_ms: int = 500, timeout_ms: int = 10_000) -> None:
    """Wait until no request has been in flight for `quiet_ms` (Playwright's "networkidle" only
    holds for the navigation, not for what a later interaction fetches)."""
    quiet = 0
    for _ in range(0, timeout_ms, 50):
        quiet = quiet + 50 if not traffic.in_flight else 0
        if quiet >= quiet_ms:
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"{page.url} : requêtes sans réponse après {timeout_ms} ms : "
                         + ", ".join(r.url for r in traffic.in_flight))

