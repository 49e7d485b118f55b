"""A page awaiting its translation shows its original's text in the other language's site: its links to a heading
of another page (`approche.md#pouvoir-economique`) then lead to that page in the reader's language, whose heading has
an id of its own there (`#economic-power`). The anchor is carried over by the heading's place in its page (a
translation keeps its original's headings, in order); where the two versions' headings differ in number, the link
leads to the top of the page rather than to an anchor that is not there."""

from __future__ import annotations

import posixpath
import re

from pcv.checks.theme_anchors import headings
from pcv.pages.markdown import MarkdownPage

# A link's Markdown address to another page with an anchor: inline « ](page.md#id) » or a definition « ]: page.md#id ».
_ADDRESS = re.compile(r"(\]\(\s*<?|\]:\s*<?)([^)\s#<>]+\.md)#([^)\s>\"']+)")


def in_reader_language(body: str, path: str, original: str, shown: str,
                       pages: dict[tuple[str, str], MarkdownPage]) -> str:
    """`body`, the `original` language's text of the page at `path`, its anchors to other pages put in the `shown`
    language's ids of those pages (`pages`, by (language, path))."""

    def carried(match: re.Match) -> str:
        lead, target, anchor = match.groups()
        target_path = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        source, reader = pages.get((original, target_path)), pages.get((shown, target_path))
        if source is None or reader is None or reader.meta.get("translation") == "pending":
            return match.group(0)  # a page that shows its original too keeps the original's ids
        source_ids = [found for _, _, found in headings(source)]
        reader_ids = [found for _, _, found in headings(reader)]
        if anchor in reader_ids or anchor not in source_ids:
            return match.group(0)
        if len(source_ids) == len(reader_ids):
            return f"{lead}{target}#{reader_ids[source_ids.index(anchor)]}"
        return f"{lead}{target}"

    return _ADDRESS.sub(carried, body)
