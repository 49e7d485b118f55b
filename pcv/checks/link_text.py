"""A link's words say where it leads: if they are an address, a mail address or a phone number, it leads there (red
team 17 F10); they are not empty nor words that say nothing once read out of their sentence (PROGRAMME11 F4).

`[https://ceci.org/fr/don](https://evil.example/don)` reads as the organisation's donation page and leads to another
host; `[info@ceci.org](mailto:x@evil.example)` or `[514 555-0100](tel:+18005550199)` alike (words that are a number
are held to a `tel:` link's number only: « 2020-2030 » may lead to a page). Found in the page's
HTML as the build makes it (any way of writing a link: Markdown, reference, raw HTML), each is refused at its line:
the words must name the host, the mail address or the number the link leads to.

`[](https://…)` is an invisible link that a screen reader names by its address; « [Cliquez ici](https://…) », « ici »,
« en savoir plus » alone say nothing in the list of a page's links that a screen reader reads out: each is refused at
its line, with the words to write instead.
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
# Words that say nothing of where a link leads, once read alone (lower case, without punctuation)
_VAGUE = frozenset({
    "ici", "là", "cliquez ici", "cliquer ici", "cliquez", "appuyez ici", "lien", "ce lien", "le lien", "cette page",
    "page", "voir", "voir ici", "voir plus", "en voir plus", "plus", "en savoir plus", "savoir plus", "pour en savoir plus",
    "lire la suite", "la suite", "suite", "lire plus", "en lire plus", "en cliquant ici",
    "here", "click here", "click", "tap here", "link", "this link", "this page", "this", "see", "see here", "see more",
    "more", "read more", "learn more", "more info", "more information", "continue", "go", "details"})
_ALLOWED = re.compile(r"(?:(?:https?|mailto|tel):|[^:/?#]*(?:[/?#]|$))", re.I)  # others: pcv/safety/link_address.py
_EXAMPLE = {"fr": "le guide des stages", "en": "the placement guide"}  # words that say where a link leads


def link_text_problems(page: MarkdownPage, render: Callable[[MarkdownPage], str]) -> Iterator[Problem]:
    """Each link of `page` (made HTML by `render`, as the build makes it) whose words name another place than it leads to."""
    try:
        html = render(page)
    except RecursionError:  # Markdown cannot read it: pcv/checks/page_html.py says so
        return
    lines = Lines(page)
    for href, words, named in _links(html):
        if not named and _ALLOWED.match(href) and (vague := _says_nothing(words)) is not None:
            yield _vague_problem(page, lines, href, vague)
            continue
        shown = _elsewhere(href, words.strip())
        if shown:
            line, column = lines.locate(words.strip()[:40])
            yield Problem(page.name, line, column, f"le lien affiche « {words.strip()} » mais mène à « {href} » : "
                          f"{shown}. Un lecteur croirait aller là où il lit. Écrivez l'adresse du lien dans ses mots, "
                          "ou des mots qui ne sont pas une adresse (« [faites un don](https://…) »).")


def _says_nothing(words: str) -> str | None:
    """`words`, as shown, if they are no words or words that say nothing of where a link leads; else None."""
    shown = " ".join(words.split())
    bare = " ".join(re.sub(r"[^\w\s]", " ", shown.lower()).split())
    return shown if not bare or bare in _VAGUE else None


def _vague_problem(page: MarkdownPage, lines: Lines, href: str, words: str) -> Problem:
    """The problem of a link of `page` to `href` whose `words` say nothing of where it leads."""
    example = f"« [{_EXAMPLE.get(page.lang, _EXAMPLE['fr'])}]({href or 'https://…'}) »"
    if words:
        line, column = next(((line, column + 1) for line, column in (lines.locate(f"{mark}{words}") for mark in "[>")
                             if line is not None), lines.locate(words))
        return Problem(page.name, line, column, f"le lien « {words} » (vers « {href} ») ne dit pas où il mène : un "
                       "lecteur d'écran lit les liens d'une page l'un après l'autre, sans leur phrase, et « "
                       f"{words} » n'y dit rien. Écrivez entre les crochets ce que l'on trouve au bout du lien, par "
                       f"exemple {example} au lieu de « [{words}](…) ».")
    line, column = next((found for needle in (f"[]({href}", f"]({href}", href) if href
                         and (found := lines.locate(needle))[0] is not None), (None, None))
    return Problem(page.name, line, column, f"le lien vers « {href} » n'a pas de texte : il est invisible sur la page, "
                   "et un lecteur d'écran n'en lit que l'adresse. Écrivez entre ses crochets ce que l'on trouve au "
                   f"bout du lien, par exemple {example}, ou retirez-le.")


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


def _links(html: str) -> list[tuple[str, str, bool]]:
    """(href, words, named) of each link of `html`: `named` if it has an image with an alternative text or an
    `aria-label` (its words then need not say where it leads)."""
    found: list[tuple[str, str, bool]] = []
    current: list = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            given = dict(attrs)
            if tag == "a":
                current[:] = [given.get("href") or "", [], bool((given.get("aria-label") or "").strip())]
            elif tag == "img" and current and (given.get("alt") or "").strip():
                current[2] = True

        def handle_data(self, data: str) -> None:
            if current:
                current[1].append(data)

        def handle_endtag(self, tag: str) -> None:
            if tag == "a" and current:
                found.append((current[0], "".join(current[1]), current[2]))
                current.clear()

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    return found
