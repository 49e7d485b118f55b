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

import functools
import re
from typing import NamedTuple

from pcv.safety.tag_lines import ANY, matches_in_line

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
    and the tags open around them, in order; and where its end tag begins. None if it must be read whole.

    Read a line at a time (pcv/safety/tag_lines.py): each distinct line's tokens are read once per build
    (`_line_tokens`), and a line that opens no heading nor a `name` and closes what it opens is passed at once (a
    country page's list of every other country is most of its article, one link a line). A line where a token may go
    on past it (a tag over two lines, a comment, a script, a style) has the part read token by token (`_by_token`)."""
    kept: list[str] = []
    open_tags: list[list] = []  # [name, start tag, kept] of each element open, outermost first
    position, length = start, len(html)
    while position <= length:
        end = html.find("\n", position)
        end = length if end == -1 else end
        line = _line_tokens(html[position:end], name)
        if line is None:
            return _by_token(html, start, name)
        tokens, passed = line
        if passed is not None:  # only ends of elements open before it, then starts of elements left open
            closed, opened = passed
            for tag, text, offset in closed:
                if not open_tags:
                    return (kept, position + offset) if tag == name else None
                opened_name, _, opened_kept = open_tags.pop()
                if opened_name != tag:
                    return None  # not strictly nested
                if opened_kept:
                    kept.append(text)
            open_tags.extend([tag, text, False] for tag, text in opened)
        else:
            for closing, tag, text, heading, opens, offset in tokens:
                found = _read(closing, tag, text, heading, opens, name, kept, open_tags)
                if found is not _GO_ON:
                    return found if found is None else (kept, position + offset)
        position = end + 1
    return None


_GO_ON = object()  # (_read: the part goes on after this token)


def _read(closing: bool, tag: str, text: str, heading: bool, opens: bool, name: str, kept: list[str],
          open_tags: list[list]) -> object:
    """One token of the part read, given what is kept and open before it: `_GO_ON`, None (the part must be read
    whole), or `kept` (the token is the part's end tag)."""
    if closing:  # an end tag
        if not open_tags:
            return kept if tag == name else None
        opened_name, _, opened_kept = open_tags.pop()
        if opened_name != tag:
            return None  # not strictly nested
        if opened_kept:
            kept.append(text)
        return _GO_ON
    if tag == name:
        return None
    if heading:
        # Nothing was kept since the first element open around it that is not kept yet: the order holds.
        first = next((i for i, element in enumerate(open_tags) if not element[2]), len(open_tags))
        for element in open_tags[first:]:
            element[2] = True
            kept.append(element[1])
        kept.append(text)
    if opens:
        open_tags.append([tag, text, heading])
    return _GO_ON


_NOT_IN_A_LINE = re.compile(r"<!--|<(?:script|style)", re.IGNORECASE)  # may end lines later: read by token


@functools.lru_cache(maxsize=1 << 15)
def _line_tokens(line: str, name: str) -> tuple[tuple, tuple | None] | None:
    """The tokens of a line inside a part of element `name`: (closing, name, text, heading with an id, opens an
    element, where it starts), and, if the line opens no heading nor `name` and each element it opens is closed in it
    or left open at its end, what it does to the elements open before it: (their ends, in order, each (name, text,
    where it starts); the starts it leaves open, each (name, text)). None if a token may go on past the line."""
    if "<" not in line:
        return (), ((), ())
    matches = None if _NOT_IN_A_LINE.search(line) else matches_in_line(_TOKEN, ANY, line)
    if matches is None:
        return None
    tokens = []
    for token in matches:
        closing, tag, attributes = token.groups()
        tag = tag.lower()
        heading = not closing and tag in _HEADINGS and "id" in (n.lower() for n in _ATTRIBUTE_NAME.findall(attributes))
        opens = not closing and tag not in _VOID and not attributes.rstrip().endswith("/")
        tokens.append((bool(closing), tag, token.group(0), heading, opens, token.start()))
    closed: list[tuple[str, str, int]] = []
    opened: list[tuple[str, str]] = []
    for closing, tag, text, heading, opens, offset in tokens:
        if heading or (not closing and tag == name):
            return tuple(tokens), None
        if closing and opened:
            if opened.pop()[0] != tag:
                return tuple(tokens), None  # not strictly nested (read token by token, where the part may end first)
        elif closing:
            closed.append((tag, text, offset))
        elif opens:
            opened.append((tag, text))
    return tuple(tokens), (tuple(closed), tuple(opened))


def _by_token(html: str, start: int, name: str) -> tuple[list[str], int] | None:
    """`_inside`, reading the part one token at a time from `start`."""
    kept: list[str] = []
    open_tags: list[list] = []
    for token in _TOKEN.finditer(html, start):
        closing, tag, attributes = token.groups()
        if tag is None:  # a comment, a script or a style
            continue
        tag = tag.lower()
        heading = not closing and tag in _HEADINGS and "id" in (n.lower() for n in _ATTRIBUTE_NAME.findall(attributes))
        opens = not closing and tag not in _VOID and not attributes.rstrip().endswith("/")
        found = _read(bool(closing), tag, token.group(0), heading, opens, name, kept, open_tags)
        if found is not _GO_ON:
            return found if found is None else (kept, token.start())
    return None
