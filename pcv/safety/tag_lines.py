"""A page's tags read a line at a time, so that what a reader finds in a line is kept by the line's text: the
pages of a site share most of their lines (the menu, the footer), and each distinct line is then read once
per build, not once per page.

A reader's tag pattern (a start tag, or any tag: `<`, a name, attributes whose quoted values may hold `>`, `>`)
finds in each line alone what it finds in the whole text, provided no tag goes on past its line: each line's
matches are checked to cover every `<` that opens a tag there. A line where one does not (a tag written over
two lines) makes its reader read the whole page instead, as it would have.
"""

from __future__ import annotations

import re

START = re.compile(r"<[a-zA-Z]")  # where a start tag may begin
ANY = re.compile(r"</?[a-zA-Z]")  # where a start or end tag may begin


def matches_in_line(pattern: re.Pattern[str], opening: re.Pattern[str], line: str) -> list[re.Match[str]] | None:
    """The matches of `pattern` in `line`, or None if a tag may go on past the line: a place where `opening`
    finds the beginning of a tag lies outside every match."""
    found = list(pattern.finditer(line))
    spans = iter(found)
    span = next(spans, None)
    for begins in opening.finditer(line):
        while span is not None and span.end() <= begins.start():
            span = next(spans, None)
        if span is None or begins.start() < span.start():
            return None
    return found
