"""The link judge (pcv/safety/link_address.py) against Chromium's own URL parser: for every address it accepts,
among thousands of combinations of the ways a host can be hidden (a name before « @ », a backslash, a tab, a
percent code, a Cyrillic letter, a full-width dot, « https: » without « // »), the host Chromium goes to is the
host `urllib.parse` read, with no name or password; a relative address stays on the site."""

from __future__ import annotations

import itertools
from urllib.parse import urlsplit

from playwright.sync_api import Browser

from pcv.safety.link_address import link_problem

BASE = "https://pcv.example/fr/page/"
STARTS = ["https://", "HTTPS://", "http://", "//", "https:", "https:/", "https:///", " https://", "/\\", "\\\\", "/",
          ""]
HOSTS = ["ceci.org", "\u0441eci.org", "ceci\uff0eorg", "ceci\u3002org", "evil.example", "127.0.0.1", "0x7f.1",
         "[::1]", "xn--eci-3ed.org", "%65vil.example", "CECI.ORG", "ceci.org.", ""]
JOINS = ["", "@", ":x@", "\\@", "%40", "\t@", "\n", "/", "\\", ":443", "#@", "?@", ";@"]


def test_every_accepted_link_leads_where_urllib_reads_it(browser: Browser) -> None:
    urls = [f"{start}{first}{join}{last}/x" for start, first, join, last in itertools.product(STARTS, HOSTS, JOINS, HOSTS)]
    accepted = [url for url in urls if link_problem(url) is None]
    assert len(accepted) > 300 and len(urls) - len(accepted) > 10_000  # both sides of the class are exercised
    page = browser.new_page()
    try:
        read = page.evaluate("""([urls, base]) => urls.map(url => {
            try { const u = new URL(url, base); return [u.hostname, u.username + u.password]; }
            catch (error) { return null; } })""", [accepted, BASE])
    finally:
        page.close()
    wrong = []
    for url, chromium in zip(accepted, read):
        absolute = url.strip()
        if absolute.startswith("//"):
            absolute = "https:" + absolute
        host = urlsplit(absolute).hostname if "://" in absolute[:8] else "pcv.example"
        if chromium is None or chromium[1] or chromium[0].strip("[]").lower() != (host or "").lower():
            wrong.append((url, host, chromium))
    assert wrong == []
