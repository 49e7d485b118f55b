"""An HTML comment typed in a page (« <!-- note interne --> ») is published nowhere: the sanitiser removes it (good
for what it hides), and the build says so, in French at its line, at INFO, so that nothing typed disappears without
a word and a paragraph hidden this way is known to be (red team 17 F5). Found in the page's HTML as the build makes
it (a comment in code is text, shown as typed)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from html.parser import HTMLParser

from pcv.pages.markdown import MarkdownPage

log = logging.getLogger("mkdocs.hooks.checks")
OPENING = "<!--"


def log_comments(page: MarkdownPage, render: Callable[[MarkdownPage], str]) -> None:
    """One INFO line for each HTML comment of `page` (made HTML by `render`, as the build makes it), at its line."""
    if OPENING not in page.body:
        return
    try:
        count = _comments(render(page))
    except RecursionError:  # Markdown cannot read it: pcv/checks/page_html.py says so
        return
    lines = [number for number, line in page.prose_lines() if OPENING in line]
    for number in lines[:count] or ([None] if count else []):
        where = f"{page.name}, ligne {number}" if number else page.name
        log.info(f"{where} : ce commentaire HTML (« <!-- … --> ») n'est pas publié : il n'est dans aucune page du "
                 "site. S'il cache un texte à publier, retirez « <!-- » et « --> ».")


def _comments(html: str) -> int:
    """How many comments `html` holds."""
    found = [0]

    class Reader(HTMLParser):
        def handle_comment(self, data: str) -> None:
            found[0] += 1

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    return found[0]
