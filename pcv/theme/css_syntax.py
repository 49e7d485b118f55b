"""Just enough CSS syntax to take a stylesheet apart: its comments, its blocks, a rule's selectors."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def without_comments(css: str) -> str:
    """`css` without its /* comments */ (none of the site's stylesheets has "/*" in a string)."""
    return _COMMENT.sub("", css)


def blocks(css: str) -> list[tuple[str, str | None]]:
    """Top-level (prelude, body) pairs; a statement without a body (e.g. @charset) has body None."""
    found: list[tuple[str, str | None]] = []
    depth, start, prelude_end, quote = 0, 0, 0, ""
    for index, char in enumerate(css):
        if quote:
            quote = "" if char == quote and css[index - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char == "{":
            if depth == 0:
                prelude_end = index
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                found.append((css[start:prelude_end].strip(), css[prelude_end + 1:index]))
                start = index + 1
        elif char == ";" and depth == 0:
            found.append((css[start:index + 1].strip(), None))
            start = index + 1
    return found


def selectors(prelude: str) -> list[str]:
    """A selector list split on its top-level commas (not those inside :is(…) or [attr=…])."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:index])
            start = index + 1
    parts.append(prelude[start:])
    return parts
