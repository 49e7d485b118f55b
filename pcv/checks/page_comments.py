"""An HTML comment typed in a page (« <!-- note interne --> ») is published nowhere: the sanitiser removes it (good
for what it hides), and the build says so, in French at its line, at INFO, so that nothing typed disappears without
a word and a paragraph hidden this way is known to be (red team 17 F5). One that is not a comment (never closed,
« -- > », « <!- ») would be published as text: refused at its line (red team 22 C65–C71). Both are found in the
page's HTML as the build makes it (a comment in code is text, shown as typed)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

from pcv.checks.page_html import Lines
from pcv.pages.markdown import MarkdownPage
from pcv.problems import Problem
from pcv.safety.comment_marks import MARK, page_message

log = logging.getLogger("mkdocs.hooks.checks")
OPENING = "<!--"
CODE = {"code", "pre", "kbd", "samp"}  # shown as typed: a comment there is text, and meant so


def comment_problems(page: MarkdownPage, render: Callable[[MarkdownPage], str]) -> list[Problem]:
    """A comment's opening that `page` would show (made HTML by `render`, as the build makes it), each at its line;
    one INFO line for each comment it holds, at its line."""
    if "!" not in page.body:
        return []
    try:
        count, shown = _read(render(page))
    except RecursionError:  # Markdown cannot read it: pcv/checks/page_html.py says so
        return []
    lines = Lines(page)
    problems = []
    for text in shown:
        for match in MARK.finditer(text):
            after = text[match.end():].split("\n")[0][:40]
            line, column = lines.locate(match.group(), after) if after.strip() else (None, None)
            line, column = (line, column) if line else lines.locate(match.group())
            problems.append(Problem(page.name, line, column, page_message(match.group())))
    _log(page, count)
    return list(dict.fromkeys(problems))


def _log(page: MarkdownPage, count: int) -> None:
    """The INFO line of each of the `count` comments of `page`, at its line if found."""
    lines = [number for number, line in page.prose_lines() if OPENING in line]
    for number in lines[:count] or ([None] if count else []):
        where = f"{page.name}, ligne {number}" if number else page.name
        log.info(f"{where} : ce commentaire HTML (« <!-- … --> ») n'est pas publié : il n'est dans aucune page du "
                 "site. S'il cache un texte à publier, retirez « <!-- » et « --> ».")


def _read(html: str) -> tuple[int, list[str]]:
    """How many comments `html` holds, and its texts shown (outside code) that hold a comment's opening."""
    found, shown, code = [0], [], [0]

    class Reader(HTMLParser):
        def handle_comment(self, data: str) -> None:
            found[0] += 1

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            code[0] += tag in CODE
            shown.extend(value for _, value in attrs if value and MARK.search(value))

        def handle_endtag(self, tag: str) -> None:
            code[0] -= tag in CODE and code[0] > 0

        def handle_data(self, data: str) -> None:
            if not code[0] and MARK.search(data):
                shown.append(data)

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    return found[0], shown
