"""What the search indexer skips is left out before it reads a page, and its entries stay the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from material.plugins.search.plugin import Parser

from pcv.inspection.pages import LANGUAGES, shared_page_paths
from pcv.publishing.search_index import indexed_content, shown_content
from pcv.publishing import search_skipped
from pcv.publishing.search_skipped import skipped_parts, without_skipped


def sections(html: str) -> list[tuple]:
    """What Material's indexer makes of `html`: each section's heading, id, depth, title, text, exclusion."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.el.tag, s.id, s.depth, "".join(s.title), "".join(s.text), s.is_excluded()) for s in parser.data]


CASES = {
    "cards": '<h1 id="a">A</h1><p>Text</p><div class="x" data-search-exclude><section><h2 id="b">B</h2>'
             '<ul><li><h3>C</h3><a href="#">D</a></li></ul></section><p>E</p></div><h2 id="f">F</h2><p>G</p>',
    "nested headings": '<p>x</p><div data-search-exclude><div2><h2 id="b">B <em>c</em></h2><p>y</p></div2>'
                       '<section><h3 id="c">C</h3></section></div><p>after</p>',
    "same tag inside": '<h1 id="a">A</h1><div data-search-exclude><div>inner</div><p>now indexed</p></div><p>z</p>',
    "not nested": '<h1 id="a">A</h1><div data-search-exclude><p>one<li>two</div><h2 id="b">B</h2><p>c</p>',
    "void and self-closing": '<p>x</p><svg data-search-exclude><path d="M0"/><text>t</text><br></svg><p>y</p>',
    "quoted >": '<p>x</p><div title="a>b" data-search-exclude><a title="<h2 id=x>">l</a></div><p>y</p>',
    "excluded heading": '<h1 id="a">A</h1><h2 id="b" data-search-exclude>B <span>s</span></h2><p>c</p>',
    "script inside": '<p>x</p><div data-search-exclude><script>if (a</div>) {}</script><h2 id="b">B</h2></div><p>y</p>',
    "attribute only in a value": '<p>x</p><div title=" data-search-exclude ">kept text</div>',
    "unclosed": '<p>x</p><div data-search-exclude><p>never closed',
}


@pytest.mark.parametrize("html", CASES.values(), ids=CASES.keys())
def test_the_indexer_reads_the_same_sections(html: str) -> None:
    assert sections(without_skipped(html)) == sections(html)


def test_only_what_the_indexer_skips_is_left_out() -> None:
    left = without_skipped(CASES["cards"])
    assert "<h3>" not in left and "<ul>" not in left and "E" not in left.split('<h2 id="f">')[0]
    assert '<section><h2 id="b"></h2></section>' in left  # where the section starts, at its depth
    assert without_skipped(CASES["same tag inside"]) == CASES["same tag inside"]
    assert without_skipped(CASES["not nested"]) == CASES["not nested"]


# Where a part left out meets the text around it (the build spaces only what the indexer reads: indexed_content).
MEETINGS = {
    "text first": '<p>a</p>x<div class="c" data-search-exclude>y<span>z</span></div>w',
    "tags, then text": 'x<div data-search-exclude><span class="k"><b>y</b></span>t</div><em class="e">w</em>',
    "only tags": 'x<div data-search-exclude><span class="k"></span><br></div><span class="e">w</span>',
    "text before its end tag": 'x<div data-search-exclude><i>y</i>z</div>w',
    "one after the other": 'x<div data-search-exclude>y</div><nav data-search-exclude><p>z</p></nav>w',
    "a definition inside": 'x<div data-search-exclude><dl><dt>y</dt><dd>z</dd></dl></div>w',
    "a style inside": 'x<div data-search-exclude><style>p{}</style><a href="#">y</a></div>w',
}


def _page(article: str) -> str:
    return f'<article class="md-content__inner md-typeset">{article}</article>'


@pytest.mark.parametrize("html", [*CASES.values(), *MEETINGS.values()], ids=[*CASES, *MEETINGS])
def test_the_indexer_is_given_the_shown_content_without_what_it_skips(html: str) -> None:
    assert indexed_content(_page(html)) == without_skipped(shown_content(_page(html)))


def test_every_built_page_gives_the_same_entries(built_site: Path) -> None:
    pages = [page.read_text(encoding="utf-8") for page in sorted(built_site.rglob("*.html"))
             if "admin" not in page.relative_to(built_site).parts]
    shown = [(content, page) for page in pages if (content := shown_content(page))]
    assert len(shown) >= len(shared_page_paths()) * len(LANGUAGES)  # every page of the site, in each language
    shorter = 0
    for content, page in shown:
        left = without_skipped(content)
        assert sections(left) == sections(content)
        assert indexed_content(page) == left
        shorter += len(left) < len(content)
    assert shorter  # the country pages' lists of the other countries, the map


def _line_breaks(html: str) -> list[str]:
    """`html` as written on one line, one tag a line, and with one line break at each place in turn (inside tags,
    comments, scripts and quoted values too)."""
    return [html, html.replace("><", ">\n<"), *(html[:i] + "\n" + html[i:] for i in range(1, len(html)))]


LINES = {
    **CASES, **MEETINGS,
    "a list": '<h1 id="a">A</h1><div data-search-exclude><nav><h2 id="o">O</h2><ul><li><a href="../b/">B</a></li>'
              '<li><a href="../c/">C</a></li></ul><p><a href="../">all</a></p></nav><!-- c --><p>x</p></div><p>y</p>',
    "ends mid-line": '<div data-search-exclude><ul><li>a</li></ul></div><div data-search-exclude><b>c</b></div>z',
    "closes what was open": '<div data-search-exclude><section><ul><li>a</li></ul></section><h3 id="h">h</h3></div>',
    "capitals": '<DIV data-search-exclude><UL><LI>a</li></ul><H2 ID="b">b</H2><SCRIPT>x</SCRIPT></div><p>y</p>',
}


@pytest.mark.parametrize("html", LINES.values(), ids=LINES.keys())
def test_a_part_read_by_line_is_read_as_token_by_token(html: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parts left out, read a line at a time (each distinct line once per build), are those read one token at a
    time, wherever the lines break."""
    by_line = [skipped_parts(variant) for variant in _line_breaks(html)]
    monkeypatch.setattr(search_skipped, "_inside", search_skipped._by_token)
    assert by_line == [skipped_parts(variant) for variant in _line_breaks(html)]
