"""The script and style elements of a page, in order: their text is not markup. Found as a lazy pattern
(start tag, any text, the first end tag of the same name) finds them, but each end tag is looked for from its
start tag on: a page's first-paint <style> is half of the page, and the lazy pattern would step through it a
character at a time, once for each reader of the page."""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

_START = re.compile(r"<(script|style)\b([^>]*)>", re.IGNORECASE)
_END = {"script": re.compile(r"</script\s*>", re.IGNORECASE), "style": re.compile(r"</style\s*>", re.IGNORECASE)}


class RawElement(NamedTuple):
    start: int  # where its start tag begins
    content: int  # where its text begins (its start tag ends)
    end: int  # where its end tag begins
    after: int  # where its end tag ends
    name: str  # as written (`script`, `STYLE`)
    attributes: str  # its start tag's, as written


def raw_elements(html: str) -> Iterator[RawElement]:
    """Each script and style element of `html` that has its end tag, in order (one without is not one:
    what follows its start tag is read as markup)."""
    position = 0
    while (start := _START.search(html, position)) is not None:
        end = _END[start.group(1).lower()].search(html, start.end())
        if end is None:
            position = start.start() + 1
            continue
        yield RawElement(start.start(), start.end(), end.start(), end.end(), start.group(1), start.group(2))
        position = end.end()
