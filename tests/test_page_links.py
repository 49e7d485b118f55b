"""Reading a page's links and images across lines (pcv/pages/links.py) takes time in proportion to the page, within
the page's bounds (pcv/pages/markdown.py): an « ![ » without its « ] » reads one paragraph and MAX_ALT signs at most."""

from __future__ import annotations

import pytest
from cpu_time import in_this_thread

from pcv.pages.links import images, links
from pcv.pages.markdown import MAX_BYTES, MAX_COUNTS, MAX_LINE, MarkdownPage, shape_problem

pytestmark = pytest.mark.engine_only  # reads no content


@pytest.mark.parametrize("opening", ["![", "![x\n", "](\n", "[r]:\n", "![x](\n"])
def test_links_and_images_are_read_in_time_in_proportion_to_the_page(opening: str) -> None:
    body = (opening + "a" * 400 + "\n") * (MAX_COUNTS["["] if "[" in opening else 2000)
    filler = "a" * (MAX_LINE - 1) + "\n"
    body += filler * ((MAX_BYTES - 10_000 - len(body)) // len(filler))
    text = "---\ntitle: x\n---\n" + body
    assert shape_problem(text, "docs/fr/p.md") is None  # within every bound of a page
    page = MarkdownPage("fr", "p.md", text, {"title": "x"}, 3, body)
    _, seconds = in_this_thread(lambda: (list(links(page)), list(images(page))))
    assert seconds < 3, f"{seconds:.1f} s of CPU"
