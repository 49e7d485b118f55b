"""A page's headings: its title as its one first-level heading, then sections one level at a time.

Every page shows its title as its h1. A page whose text starts with `# Titre` gives it there; a page
without that line (the web editor asks for none: it has a « Titre » field) is headed by its front
matter's `title`, as if it were typed. The home page's h1 comes from the data (overrides/home.html).
Below the title, a heading is at most one level deeper than the one above it (`##` after `#`, `###`
after `##`): screen reader users move through a page by its headings, and a skipped level reads as a
missing part. An empty heading, a second `# ` line or a skipped level is refused, in French, at its line;
so is a `# ` line whose words are not the page's `title` (PROGRAMME9 F7: « # Nos partenaires » under
« title: Nos alliés » was published with the menu and the tab saying one and the page the other; the staff guide
says the `# ` line shows the title, and which of the two a hurried edit meant is not for the build to guess).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

from pcv.pages.figures import as_written
from pcv.pages.front_matter import meta_line
from pcv.pages.markdown import MarkdownPage
from pcv.pages.roles import HOME
from pcv.problems import Problem

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_EMPTY = re.compile(r" {0,3}#{1,6}(?:[ \t]+#*)?[ \t]*$")  # « ## » with no words after it
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_PARAGRAPH = re.compile(r" {0,3}(?![#>*+-]|\d+[.)]|\||$)\S")  # a line that a setext underline makes a heading
_ESCAPED = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")  # what Markdown would read as markup in a title
# A heading line's words as shown: no « # » marks, attribute list (« { #ancre } »), link address or emphasis marks.
_HEADING_MARKS = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)|[ \t]+#+[ \t]*$")  # opening, closing (« C# » stays)
_ATTRIBUTES = re.compile(r"[ \t]*(?<!\{)\{(?!\{)[^{}]*\}[ \t]*$")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<!\\)[*`]|(?<![\w\\])_+|_+(?!\w)")
_NOT_PLAIN = re.compile(r'\{\{|[<>"]|&(?=#|[A-Za-z][A-Za-z0-9]*;)')  # a figure of the data, markup, a reference
_SAME = str.maketrans({"’": "'", "ʼ": "'", "«": '"', "»": '"', "“": '"', "”": '"'})


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


def heading_words(line: str) -> str:
    """The words a reader sees of the heading `line` (« # Nos *alliés* { #allies } » -> « Nos alliés »)."""
    words = _HEADING_MARKS.sub("", _ATTRIBUTES.sub("", line.rstrip()))
    words = _EMPHASIS.sub("", _LINK.sub(r"\1", as_written(words)))
    return html.unescape(re.sub(r"\\(.)", r"\1", words)).strip()


def _same_words(heading: str, title: str) -> bool:
    """Whether a heading and a title say the same, whatever their spaces, case, apostrophes and quotation marks."""
    def plain(text: str) -> str:
        text = text.translate(_SAME).casefold()
        return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")  # (invisible signs)
    return plain(heading) == plain(title)


def _comparable(text: str | None) -> bool:
    """A title or heading compared with the other: none with a figure of the data or markup, which the page shows
    otherwise (and a title with markup or straight quotes is refused on its own: pcv/pages/front_matter.py)."""
    return bool(text) and not _NOT_PLAIN.search(text)


def heading_problems(page: MarkdownPage) -> Iterator[Problem]:
    """An empty heading, a first-level heading after the page's title, one whose words are not the page's
    `title`, and a heading that skips a level."""
    typed = page.text.split("\n")  # (a heading's `code` as typed: prose_lines() blanks it)
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
            elif _comparable(page.title) and (words := heading_words(typed[number - 1])) and _comparable(words) \
                    and not _same_words(words, page.title):
                yield Problem(page.name, number, 1, f"le titre « {words} » de cette ligne n'est pas celui de l'en-tête "
                              f"(title: « {page.title} », ligne {meta_line(page, 'title')}) : le menu et l'onglet du "
                              "navigateur montreraient l'un, la page l'autre. Écrivez le même titre aux deux endroits, "
                              "ou effacez cette ligne (la page montre alors son « title »).")
            title_line = title_line or number
        elif level > above + 1:
            yield Problem(page.name, number, 1, f"intertitre de niveau {level} (« {'#' * level} ») juste après un "
                          f"titre de niveau {above} : les lecteurs d'écran croiraient qu'une partie manque. Écrivez "
                          f"« {'#' * (above + 1)} » au début de la ligne.")
        above = level if level > 1 else 1
