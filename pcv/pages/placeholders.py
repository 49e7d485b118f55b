"""The data's figures filled in by Markdown itself, as text, where it reads text (red team 17 F2).

`{{ targets.canadians }}` and `{{ "2030" }}` (pcv/pages/figures.py) become their text where Markdown reads
text: a paragraph, a heading, a list, a link's words, an admonition's title, an attribute list. Never in code
(`code spans`, fenced and indented blocks), which shows what was typed; never in raw HTML, a link's address or
title, or an image's description, which Markdown does not read: there a placeholder would stay as typed, and the
checks say so at its line (pcv/checks/page_figures.py). What a placeholder writes is always text, escaped: it
cannot make a tag, a heading or a link.

The build (pcv/build/) and the checks (pcv/checks/page_rendering.py, `MarkdownSettings`) render each page with this
extension and the same figures, so what the checks read is what the site publishes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

from pcv.pages.figures import AS_WRITTEN, PLACEHOLDER

# {{ name }} (group 1) or {{ "2030" }} (group 2)
FIGURE = re.compile(f"{PLACEHOLDER.pattern}|{AS_WRITTEN.pattern}")
# After Markdown's escapes, links, images and raw HTML (which keep theirs as typed), and its entities (80); before
# its emphasis, so that `*{{ targets.people }}*` is emphasised.
PRIORITY = 75


class FigureExtension(Extension):
    """Markdown extension; `texts`: what each placeholder shows in the language of the page rendered next
    (`figure_texts`), set before each page. An unknown name is left as typed (the checks refuse it)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: Mapping[str, str] = {}

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        md.inlinePatterns.register(_Figure(self, md), "pcv_figures", PRIORITY)


class _Figure(InlineProcessor):
    def __init__(self, extension: FigureExtension, md: Markdown) -> None:
        super().__init__(FIGURE.pattern, md)
        self.extension = extension

    def handleMatch(self, m: re.Match, data: str) -> tuple[str | None, int, int]:  # noqa: N802 (Markdown's name)
        text = m.group(2) if m.group(2) is not None else self.extension.texts.get(m.group(1))
        return (None if text is None else AtomicString(text)), m.start(0), m.end(0)
