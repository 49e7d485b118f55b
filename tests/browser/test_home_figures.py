"""The home's band of figures (VISITOR15 #4): the programme's period, « 2020–2028 », was its biggest figure, above
the targets it dates. The targets are the band's figures; the period is said at the text's size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from pcv.inspection.pages import LANGUAGES, page_url

from .pages import AUDIT_WIDTHS

SIZE = "es => es.map(e => parseFloat(getComputedStyle(e).fontSize))"


@pytest.mark.parametrize("width", AUDIT_WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_period_does_not_outrank_the_targets(shown_page: Callable[..., Page], lang: str, width: int) -> None:
    page = shown_page(page_url("index.md", lang), width)
    period = page.locator(".pcv-period__span > *").evaluate_all(SIZE)
    targets = page.locator(".pcv-figures .pcv-figure__value").evaluate_all(SIZE)
    text = page.locator(".pcv-note").evaluate_all(SIZE)
    assert period, "the period is not said"
    if targets:  # a programme without targets has only the period in the band
        assert max(period) < min(targets), f"à {width} px, la période à {max(period)} px, les cibles à {min(targets)} px"
    assert max(period) <= 1.25 * max(text + [16]), f"à {width} px, la période à {max(period)} px : un titre, pas le texte"
