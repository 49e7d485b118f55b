"""What the project's data says today, for tests about the live site: they read their expectations
here rather than writing down a figure, a country or a partner that staff may change."""

from __future__ import annotations

from pcv.data.loading import load_site_data
from pcv.data.models import Country, Target
from pcv.inspection.builds import ROOT
from pcv.text.formatting import format_figure

DATA = load_site_data(ROOT / "data")


def target(kind: str, after: str | None = None) -> Target:
    """The first target shown in the format `kind` (number, compact, percent), or the first after the one
    whose id is `after`."""
    found = [t for t in DATA.programme.targets if t.format == kind]
    return found[[t.id for t in found].index(after) + 1] if after else found[0]


def typed(item: Target, lang: str) -> str:
    """The figure of `item` as a person types it in a page of `lang` (plain spaces)."""
    return format_figure(item.value, item.format, lang).replace("\u00a0", " ").replace("\u202f", " ")


def countries_with_activities() -> list[Country]:
    return [c for c in DATA.countries if c.activities]


def country_without_activities() -> Country:
    return next(c for c in DATA.countries if not c.activities)


def ordinal(index: int) -> str:
    """French ordinal of a 0-based position, as the problems write it: 1er, 2e…"""
    return "1er" if index == 0 else f"{index + 1}e"
