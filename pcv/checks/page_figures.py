"""A placeholder of the data's figures written where the site does not fill it: said at its line (red team 17 F2).

Markdown fills `{{ targets.canadians }}` and `{{ "2030" }}` in a page's text only (pcv/pages/placeholders.py).
Written in raw HTML, in a link's address or title, or in a photo's description, it would be published as typed.
To find which, the page is rendered as the build renders it with each placeholder typed replaced by a numbered
mark (`{{ name }}`, filled as text where any placeholder is): a mark the HTML still holds outside code is a
placeholder the site would publish as typed, refused at its line and column. In code it is shown as typed,
on purpose (a guide page showing how to write one); typed `\\{{`, Markdown shows the braces; an unknown name is said
by pcv/checks/page_text.py.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser

from pcv.checks.page_rendering import MarkdownSettings
from pcv.pages.markdown import MarkdownPage
from pcv.pages.placeholders import FIGURE
from pcv.problems import Problem

_CODE = {"code", "pre"}
_MARK = f"pcv-{secrets.token_hex(8)}-"  # drawn per process: no page types it
_MARKS = re.compile(rf"\{{\{{ {_MARK}(\d+) \}}\}}")


def figure_left_problems(page: MarkdownPage, markdown: MarkdownSettings,
                         figures: Mapping[str, str]) -> Iterator[Problem]:
    """Each placeholder of a known figure (`figures`: the page's language's) or kept number in `page` that its HTML
    (made by `markdown`, as the build makes it) would still hold outside code, at its line."""
    body = page.body
    typed = [m for m in FIGURE.finditer(body) if (m.group(1) is None or m.group(1) in figures)
             and body[m.start() - 1:m.start()] != "\\"]
    if not typed:
        return
    marked, end = [], 0
    for index, match in enumerate(typed):
        marked += [body[end:match.start()], f"{{{{ {_MARK}{index} }}}}"]
        end = match.end()
    try:
        html = markdown.render("".join(marked) + body[end:], {f"{_MARK}{index}": "" for index in range(len(typed))})
    except RecursionError:  # Markdown cannot read it: pcv/checks/page_html.py says so
        return
    offset = len(page.text) - len(body)  # the body ends the file
    for index in _left(html):
        match = typed[index]
        start = offset + match.start()
        yield Problem(page.name, page.text.count("\n", 0, start) + 1, start - page.text.rfind("\n", 0, start),
                      f"« {match.group(0)} » est écrit là où le site ne remplace pas les chiffres des données (du "
                      "HTML, l'adresse ou le titre d'un lien, la description d'une photo) : il resterait tel quel sur "
                      "la page. Écrivez-le dans le texte (un paragraphe, un titre, une liste, les mots d'un lien).")


def _left(html: str) -> list[int]:
    """The number of each mark the HTML holds outside code, in its text or in an attribute, in order."""
    found: list[int] = []

    class Reader(HTMLParser):
        code = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.code += tag in _CODE
            found.extend(int(m.group(1)) for _, value in attrs for m in _MARKS.finditer(value or ""))

        def handle_endtag(self, tag: str) -> None:
            self.code -= tag in _CODE and self.code > 0

        def handle_data(self, data: str) -> None:
            if not self.code:
                found.extend(int(m.group(1)) for m in _MARKS.finditer(data))

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    return found
