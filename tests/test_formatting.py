"""Numbers and French spacing, as each language writes them."""

from __future__ import annotations

import pytest

from pcv.text.formatting import country_name, format_figure
from pcv.text.typography import french_spacing


@pytest.mark.parametrize(
    ("value", "kind", "lang", "expected"),
    [
        (2_000_000, "compact", "fr", "2\u00a0millions"),
        (2_000_000, "compact", "en", "2\u00a0million"),
        (75, "percent", "fr", "75\u00a0%"),
        (75, "percent", "en", "75%"),
        (15_000, "number", "fr", "15\u00a0000"),
        (15_000, "number", "en", "15,000"),
    ],
)
def test_figures_follow_each_locale(value: int, kind: str, lang: str, expected: str) -> None:
    assert format_figure(value, kind, lang) == expected


def test_country_names_come_from_cldr() -> None:
    assert [country_name("SN", lang) for lang in ("fr", "en")] == ["Sénégal", "Senegal"]


def test_french_spacing_in_text_only() -> None:
    html = '<p title="a ? b">Envie ? Oui ! Régions : « mot » &amp; <code>x ? y : z</code></p>'
    assert french_spacing(html) == (
        '<p title="a ? b">Envie\u202f? Oui\u202f! Régions\u00a0: «\u00a0mot\u00a0» &amp; <code>x ? y : z</code></p>'
    )
