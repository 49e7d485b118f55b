"""What Material's search indexer would skip, left out before it reads the page (its parser is pure Python:
a country page's links to every other country cost more to read than the rest of the page).

Material's `Parser` (material/plugins/search/plugin.py) ignores all text inside an element marked
`data-search-exclude`; what it still reads there is only where the headings with an `id` are (each starts a
section, at its depth among the open elements) and the elements open around them. So, inside a marked element,
this keeps exactly those tags, the headings and their open ancestors, and leaves out the rest: the entries made
from the page are the same (tests/test_search_skipped.py compares them). A marked element is left whole if what
is inside it is not strictly nested, or holds an element of its own tag name: Material's parser compares
elements by tag name, so that element's end would end the exclusion early.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# As Python's HTMLParser (which Material's parser uses) reads a page: comments and the text of script and style
# elements are not markup; a tag's attribute values, in quotes, may hold ">".
_ATTRIBUTES = r"""([^'">]*(?:(?:"[^"]*"|'[^']*')[^'">]*)*)"""
_NOT_MARKUP = r"<!--.*?-->|<(?:script|style)\b.*?</(?:script|style)\s*>"
_TOKEN = re.compile(rf"{_NOT_MARKUP}|<(/?)([a-zA-Z][^\s/>]*){_ATTRIBUTES}>", re.DOTALL | re.IGNORECASE)
_MARKED = re.compile(rf"{_NOT_MARKUP}|<([a-zA-Z][^\s/>]*)(?=(?:[^'\">]|\"[^\"]*\"|'[^']*')*?\sdata-search-exclude[\s=/>])"
                     rf"{_ATTRIBUTES}>|<[a-zA-Z]{_ATTRIBUTES}>", re.DOTALL | re.IGNORECASE)
_ATTRIBUTE_NAME = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class Skipped(NamedTuple):
    """The inside of a marked element, from `start` (its start tag's end, which begins at `tag`) to `end` (its end
    tag's start), and what the indexer reads of it (`kept`)."""

    tag: int
    start: int
    end: int
    kept: list[str]


def without_skipped(html: str) -> str:
    """`html` with what the search indexer ignores inside the elements marked `data-search-exclude` left out."""
    out: list[str] = []
    written = 0
    for part in skipped_parts(html):
        out += (html[written:part.start], *part.kept)
        written = part.end
    out.append(html[written:])
    return "".join(out)


def skipped_parts(html: str) -> list[Skipped]:
    """The parts of `html` that `without_skipped` leaves out (but for what the indexer reads of them), in order."""
    if "data-search-exclude" not in html:
        return []
    parts: list[Skipped] = []
    position = 0
    while (found := _MARKED.search(html, position)) is not None:
        position = found.end()
        name = found.group(1)
        if name is None or name.lower() in _VOID or found.group(2).rstrip().endswith("/"):
            continue
        inside = _inside(html, position, name.lower())
        if inside is None:
            continue
        kept, closing = inside
        parts.append(Skipped(found.start(), position, closing, kept))
        position = closing
    return parts


def _inside(html: str, start: int, name: str) -> tuple[list[str], int] | None:
    """What the indexer reads inside the element `name` whose content begins at `start`: its headings with an id
    and the tags open around them, in order; and where its end tag begins. None if it must be read whole."""
    kept: list[str] = []
    open_tags: list[list] = []  # [name, start tag (its match), kept] of each element open, outermost first
    # Written out (one call for the token's parts; a start tag's text taken only when kept): a country page's list of
    # every other country is most of its article.
    for token in _TOKEN.finditer(html, start):
        closing, tag, attributes = token.groups()
        if tag is None:  # a comment, a script or a style
            continue
        tag = tag.lower()
        if closing:  # an end tag
            if not open_tags:
                return (kept, token.start()) if tag == name else None
            opened_name, _, opened_kept = open_tags.pop()
            if opened_name != tag:
                return None  # not strictly nested
            if opened_kept:
                kept.append(token.group(0))
            continue
        if tag == name:
            return None
        heading = tag in _HEADINGS and "id" in (n.lower() for n in _ATTRIBUTE_NAME.findall(attributes))
        if heading:
            # Nothing was kept since the first element open around it that is not kept yet: the order holds.
            first = next((i for i, element in enumerate(open_tags) if not element[2]), len(open_tags))
            for element in open_tags[first:]:
                element[2] = True
                kept.append(element[1].group(0))
            kept.append(token.group(0))
        if tag not in _VOID and not attributes.rstrip().endswith("/"):
            open_tags.append([tag, token, heading])
    return None
