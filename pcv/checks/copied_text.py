"""A translation left as its original's text, word for word (STAFF9 F1: « Remplir depuis l'autre langue » in the web
editor's English column), said once, at its first line of text (pcv/checks/page_set.py); what follows from the copy
waits until it is translated (STAFF10 M9: the cause came 4th of 6 problems, after the themes' anchors of
data/programme.yaml that its French headings lack): the problems of its text, and those of other files about it
(pcv/checks/project.py leaves it out of the checks of anchors, as it does a page whose header cannot be read)."""

from __future__ import annotations

import re

from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.pages.page_header import PENDING
from pcv.problems import Problem

COPIED_LEAST = 120  # characters of text, besides headings: a page's copy, not a line alike in both languages
_SENTENCE = re.compile(r"\b(?:le|la|les|des|du|une|et|pour|avec|dans|sur|aux|est|sont)\b", re.I)  # French's
COPY_SAID = "le texte de cette page est celui de"  # how the copy's own problem begins


def _prose(page: MarkdownPage) -> list[str]:
    """The page's lines of text, headings aside."""
    return [line.strip() for line in page.body.split("\n") if line.strip() and not line.lstrip().startswith("#")]


def is_copy(original: MarkdownPage, translation: MarkdownPage) -> bool:
    """Whether most of the translation's text is lines of its original's, word for word, with a French sentence in
    them (a line or two alike in both languages, or headings and names, are no copy). Most, not all: with its title
    line deleted or changed, or a sentence translated, the page still shows French (STAFF11 H1)."""
    original_lines = set(_prose(original))
    prose = _prose(translation)
    copied = " ".join(line for line in prose if line in original_lines)
    mostly = 2 * len(copied) >= len(" ".join(prose))
    return mostly and len(copied) >= COPIED_LEAST and bool(_SENTENCE.search(copied))


def copied_pages(pages: dict[tuple[str, str], MarkdownPage]) -> dict[str, int]:
    """The translations (not pending) whose text is their original's, by file, with the number of their header's
    lines."""
    return {page.name: page.front_matter_lines for (lang, path), page in pages.items()
            if lang != LANGUAGES[0] and page.meta.get("translation") != PENDING and (LANGUAGES[0], path) in pages
            and is_copy(pages[(LANGUAGES[0], path)], page)}


def without_knock_ons(problems: list[Problem], copied: dict[str, int]) -> list[Problem]:
    """`problems` but those in the text of a page of `copied` other than its copy's own."""
    return [problem for problem in problems if problem.file not in copied or (problem.line or 0) <= copied[problem.file]
            or problem.message.startswith(COPY_SAID)]
