"""What a search result shows of a page: sentences from the page, not the words of its labels.

Material's search shows, under a result's title, the first block of the page's text (a top-level element, or text
between them) that holds a word typed, else the first block (the page's description: the `search_entries` step puts
it first). A heading's words, a fact's title, a list of items or a link's words read out of place there (VISITOR13
#5: « Contact us — Partnerships, », « Rwanda — Local partners »). So a page's text keeps, after its description, only
the blocks that read as sentences and the lists of values (names, groups); the others go to a field searched as the text is but never shown (`LABELS`): a
word found only there shows the description.
"""

from __future__ import annotations

import html
import re
from typing import Any

LABELS = "labels"  # the index field of the words a page shows apart from its sentences
LABEL_WORDS = 5  # a paragraph of fewer words that does not end as a sentence is a label
_TAG = re.compile(r"<(/?)[a-zA-Z][^>]*?(/?)>")
_OUTER_PARAGRAPH = re.compile(r"^<p>\s*|\s*</p>$")  # a definition's list, made a paragraph (search_index.py)
_LIST_IN_PARAGRAPH = re.compile(r"\s*<p>\s*<[uo]l\b")
_SENTENCE_END = re.compile(r"[.!?…][»”’\"')\]\s\u00a0\u202f]*$")


def blocks(text: str) -> list[str]:
    """`text`'s top-level blocks, as Material's search worker cuts it: each element at the top, each run of text
    between them."""
    found: list[str] = []
    depth, start = 0, 0
    for tag in _TAG.finditer(text):
        closing, void = tag.group(1), tag.group(2)
        if depth == 0 and tag.start() > start:
            found.append(text[start:tag.start()])
            start = tag.start()
        if closing:
            depth -= 1
            if depth == 0:
                found.append(text[start:tag.end()])
                start = tag.end()
        elif not void:
            depth += 1
    if start < len(text):
        found.append(text[start:])
    return [block for block in found if block.strip()]


def is_shown(block: str) -> bool:
    """A paragraph or a list whose text ends as a sentence ends; a list of values (its items hold no paragraph, as a
    list of cards does: each a heading's words, then its facts); a paragraph of values (a definition's: names, a
    period). Not a bare text (a heading's words, the indexer keeps no tag of it), nor a paragraph of a few words
    that does not end as a sentence (a term defined, a button's or a link's words)."""
    plain = " ".join(html.unescape(_TAG.sub(" ", block)).split())
    if not block.lstrip().startswith(("<p", "<ul", "<ol")):
        return False
    if _SENTENCE_END.search(plain):
        return True
    inside = _OUTER_PARAGRAPH.sub("", block.strip())
    if inside.startswith(("<ul", "<ol")):
        return "<p" not in inside
    return len(plain.split()) >= LABEL_WORDS


def shown_apart_from_labels(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` (a page's entry, its description first) with its text kept to its description and the blocks `is_shown`,
    the rest of it in `LABELS`."""
    first, *rest = blocks(doc.get("text", "")) or [""]
    shown = [_OUTER_PARAGRAPH.sub("", block.strip()) if _LIST_IN_PARAGRAPH.match(block) else block
             for block in rest if is_shown(block)]  # a list in a paragraph: a browser would end the paragraph first
    labels = [html.unescape(_TAG.sub(" ", block)) for block in rest if not is_shown(block)]
    return {**doc, "text": " ".join([first, *shown]).strip(), LABELS: " ".join(" ".join(labels).split())}
