"""A link whose words are an address, a mail address or a phone number leads there (red team 17 F10).

`[https://ceci.org/fr/don](https://evil.example/don)` reads as the organisation's donation page and leads to another
host; `[info@ceci.org](mailto:x@evil.example)` or `[514 555-0100](tel:+18005550199)` alike (words that are a number
are held to a `tel:` link's number only: « 2020-2030 » may lead to a page). Found in the page's
HTML as the build makes it (any way of writing a link: Markdown, reference, raw HTML), each is refused at its line:
the words must name the host, the mail address or the number the link leads to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from pcv.checks.page_html import Lines
from pcv.pages.markdown import MarkdownPage
from pcv.problems import Problem

# An address as words: with its scheme (any case), or a host written in lower case (« ceci.org/don »: « Node.js » is a
# name, not a host).
_HOST_TEXT = re.compile(r"(?i:https?://(?:[^@/\s]+@)?((?:[\w-]+\.)+[^\W\d_]{2,}))\.?(?::\d+)?(?:[/?#]\S*)?"
                        r"|(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/?#]\S*)?")
_MAIL_TEXT = re.compile(r"(?:mailto:)?([^@\s<>]+@[\w.-]+\.\w+)", re.I)
_PHONE_TEXT = re.compile(r"(?:tel:)?\+?[\d\s().\u00a0\u202f-]{6,}")


def link_text_problems(page: MarkdownPage, render: Callable[[MarkdownPage], str]) -> Iterator[Problem]:
    """Each link of `page` (made HTML by `render`, as the build makes it) whose words name another place than it leads to."""
    try:
        html = render(page)
    except RecursionError:  # Markdown cannot read it: pcv/checks/page_html.py says so
        return
    lines = Lines(page)
    for href, words in _links(html):
        shown = _elsewhere(href, words.strip())
        if shown:
            line, column = lines.locate(words.strip()[:40])
            yield Problem(page.name, line, column, f"le lien affiche « {words.strip()} » mais mène à « {href} » : "
                          f"{shown}. Un lecteur croirait aller là où il lit. Écrivez l'adresse du lien dans ses mots, "
                          "ou des mots qui ne sont pas une adresse (« [faites un don](https://…) »).")


def _elsewhere(href: str, words: str) -> str | None:
    """What makes `words`, if they are an address, a mail address or a number, name another place than `href`."""
    parts = urlsplit(href.strip())
    target = parts.scheme.lower()
    if target == "tel" and _PHONE_TEXT.fullmatch(words) and sum(c.isdigit() for c in words) >= 6:
        wanted = re.sub(r"\D", "", words)
        got = re.sub(r"\D", "", unquote(parts.path)) if target == "tel" else ""
        return None if got and (got.endswith(wanted) or wanted.endswith(got)) else "un autre numéro, ou pas un numéro"
    if mail := _MAIL_TEXT.fullmatch(words):
        got = unquote(parts.path).lower() if target == "mailto" else ""
        return None if got == mail.group(1).lower() else "une autre adresse de courriel, ou pas un courriel"
    if host := _HOST_TEXT.fullmatch(words):
        if target not in ("http", "https"):
            return None  # a page of the site, written as its address: the site's own
        got = (parts.hostname or "").removeprefix("www.")
        shown = (host.group(1) or host.group(2)).lower().removeprefix("www.")
        return None if got == shown else f"un autre site ({got})"
    return None


def _links(html: str) -> list[tuple[str, str]]:
    """(href, words) of each link of `html`."""
    found: list[tuple[str, str]] = []
    current: list = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "a":
                current[:] = [dict(attrs).get("href") or "", []]

        def handle_data(self, data: str) -> None:
            if current:
                current[1].append(data)

        def handle_endtag(self, tag: str) -> None:
            if tag == "a" and current:
                found.append((current[0], "".join(current[1])))
                current.clear()

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    return found
