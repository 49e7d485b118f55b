"""pcv/safety/tag_lines.py: the readers that keep what each line of a page holds (the markup gate's count,
the first paint's tokens) find in a page what they find reading it whole, also where a tag goes on past its
line and where the same lines come back in another page."""

from __future__ import annotations

import pytest

from pcv.safety.removals import markup
from pcv.safety.tag_lines import ANY, START, matches_in_line
from pcv.theme.first_paint import _TAG, page_tokens

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

OVER_TWO_LINES = '<p class="a">x</p>\n<a title="1 >\n2" href="/y" class="k">z</a>\n<em\nclass="e">w</em>\n'


def test_a_line_whose_tag_goes_on_past_it_is_not_read_alone() -> None:
    assert matches_in_line(_TAG, ANY, '<p class="a">x</p>') is not None
    assert matches_in_line(_TAG, ANY, '<a title="1 >') is None  # its quote is still open
    assert matches_in_line(_TAG, ANY, "<em") is None
    assert [m.group(0) for m in matches_in_line(_TAG, ANY, "a < b <i>c</i>")] == ["<i>", "</i>"]
    assert matches_in_line(_TAG, START, "</p") is not None  # no start tag begins there


def test_the_markup_count_reads_a_tag_over_two_lines_whole() -> None:
    memo: dict = {}
    found = markup(OVER_TWO_LINES, memo)
    assert found[("a", "href")] == 1 and found[("a", "class")] == 1 and found[("em", "class")] == 1
    assert markup(OVER_TWO_LINES, memo) == found == markup(OVER_TWO_LINES)


def test_the_markup_count_of_lines_seen_before_is_the_same() -> None:
    memo: dict = {}
    first = '<nav>\n<a href="/a">a</a>\n<a href="/b" hidden>b</a>\n</nav>\n'
    second = first + '<img src="/c.png" alt="c">\n'
    assert markup(first, memo)[("a", "href")] == 2
    found = markup(second, memo)
    assert found[("a", "href")] == 2 and found[("a", "hidden")] == 1 and found[("img", "alt")] == 1
    assert found == markup(second)


def test_first_paint_tokens_follow_hidden_content_from_line_to_line() -> None:
    page = ('<div class="md-sidebar--primary">\n<div>\n<p class="inside">x</p>\n</div>\n</div>\n'
            '<p class="after">y</p>\n')
    memo: dict = {}
    for _ in range(2):  # the second time from what the lines held
        tokens = page_tokens(page, memo)
        assert ".after" in tokens and ".md-sidebar--primary" in tokens
        assert ".inside" not in tokens
    # the same line, once inside hidden content and once outside it
    assert ".inside" in page_tokens('<p class="inside">x</p>\n' + page, memo)


def test_first_paint_tokens_read_a_tag_over_two_lines_whole() -> None:
    tokens = page_tokens(OVER_TWO_LINES, {})
    assert {".k", "[href=/y", ".e", ".a"} <= tokens
