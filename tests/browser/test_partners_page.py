"""The partners page's lists of names read as lists at every width (VISITOR13 #6: in three columns of uneven rows,
each name under a rule and the last row closed by none, they read as a ragged table): each name between two rules,
in rows of the same number of names, the last but one at most."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from pcv.inspection.pages import LANGUAGES, page_url, role_page

from .pages import AUDIT_WIDTHS

NAMES = """() => [...document.querySelectorAll('ul.pcv-partners__list')].map(list => [...list.children].map(item => {
  const box = item.getBoundingClientRect(), style = getComputedStyle(item);
  return {top: Math.round(box.top), left: Math.round(box.left), above: parseFloat(style.borderTopWidth),
          below: parseFloat(style.borderBottomWidth)} }))"""


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_partner_s_name_sits_between_two_rules_in_even_rows(shown_page: Callable[..., Page], lang: str,
                                                                 width: int) -> None:
    lists = shown_page(page_url(role_page("partners"), lang), width).evaluate(NAMES)
    assert lists and all(lists), "the partners page lists names"
    for names in lists:
        rows: dict[int, list[dict]] = {}
        for name in names:
            rows.setdefault(name["top"], []).append(name)
        counts = [len(row) for row in rows.values()]
        assert all(count == counts[0] for count in counts[:-1]) and counts[-1] <= counts[0], counts
        assert all(name["below"] > 0 for name in names), "each name closed by a rule under it"
        assert all(name["above"] > 0 for name in next(iter(rows.values()))), "the first row under a rule"
