"""A page's headings: its title as its one first-level heading, then sections one level at a time.

Every page shows its title as its h1. A page whose text starts with `# Titre` gives it there; a page
without that line (the web editor asks for none: it has a « Titre » field) is headed by its front
matter's `title`, as if it were typed. The home page's h1 comes from the data (overrides/home.html).
Below the title, a heading is at most one level deeper than the one above it (`##` after `#`, `###`
after `##`): screen reader users move through a page by its headings, and a skipped level reads as a
missing part. An empty heading, a second `# ` line or a skipped level is refused, in French, at its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pcv.pages.markdown import MarkdownPage
from pcv.pages.roles import HOME
from pcv.problems import Problem

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_EMPTY = re.compile(r" {0,3}#{1,6}(?:[ \t]+#*)?[ \t]*$")  # « ## » with no words after it
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_PARAGRAPH = re.compile(r" {0,3}(?![#>*+-]|\d+[.)]|\||$)\S")  # a line that a setext underline makes a heading
_ESCAPED = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")  # what Markdown would read as markup in a title


def heading_levels(page: MarkdownPage) -> Iterator[tuple[int, int]]:
    """(line number, level) of each heading of the page's text, in order (code left out)."""
    previous = (0, "")
    for number, line in page.prose_lines():
        atx, setext = _ATX.match(line), _SETEXT.match(line)
        if atx:
            yield number, len(atx.group(1))
        elif setext and previous[0] == number - 1 and _PARAGRAPH.match(previous[1]):
            yield number - 1, 1 if setext.group(1)[0] == "=" else 2
        previous = (0, "") if atx or setext else (number, line)


def headed(markdown: str, path: str, title: str | None) -> str:
    """The Markdown the site renders for the text `markdown` of the page at shared `path`: headed by `# title` when it
    has no first-level heading of its own, but on the home page (its template draws the data's headline). The build
    (pcv/build/page_steps.py) and the checks (pcv/checks/page_rendering.py) both render this."""
    return markdown if path == HOME else with_title_heading(markdown, title)


def with_title_heading(markdown: str, title: str | None) -> str:
    """`markdown` headed by `# title` when it has no first-level heading of its own."""
    if not title or any(level == 1 for _, level in heading_levels(MarkdownPage("", "", markdown, body=markdown))):
        return markdown
    return "# " + _ESCAPED.sub(r"\\\1", title.strip()) + "\n\n" + markdown


def heading_problems(page: MarkdownPage) -> Iterator[Problem]:
    """An empty heading, a first-level heading after the page's title, and a heading that skips a level."""
    for number, line in page.prose_lines():
        if _EMPTY.match(line):
            yield Problem(page.name, number, 1, "intertitre vide : écrivez son texte après les « # », ou effacez "
                          "la ligne (les lecteurs d'écran annonceraient un titre sans mots).")
    title_line = None if page.path != HOME else 0  # the home page's title comes from the data
    above = 1
    for number, level in heading_levels(page):
        if level == 1:
            if title_line is not None:
                yield Problem(page.name, number, 1, "la page a déjà son titre" + (
                    f" (ligne {title_line})" if title_line else ", celui de l'accueil, tiré des données") +
                    " : un intertitre commence par « ## » (deux « # »), un sous-intertitre par « ### ».")
            title_line = title_line or number
        elif level > above + 1:
            yield Problem(page.name, number, 1, f"intertitre de niveau {level} (« {'#' * level} ») juste après un "
                          f"titre de niveau {above} : les lecteurs d'écran croiraient qu'une partie manque. Écrivez "
                          f"« {'#' * (above + 1)} » au début de la ligne.")
        above = level if level > 1 else 1
