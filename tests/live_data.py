"""What the project's data says today, for tests about the live site: they read their expectations
here rather than writing down a figure, a country or a partner that staff may change."""

from __future__ import annotations

from programme_facts import Programme, ordinal, typed  # noqa: F401 (ordinal and typed: for the tests)

from pcv.data.models import Country
from pcv.inspection.builds import ROOT

LIVE = Programme(ROOT)
DATA = LIVE.data
target = LIVE.target


def countries_with_activities() -> list[Country]:
    return LIVE.countries_with_activities()


def country_without_activities() -> Country:
    return LIVE.countries_without_activities()[0]


def absent_country() -> tuple[str, str]:
    """A country (code, slug) that the map draws and the data does not list yet (Programme.absent_country)."""
    return LIVE.absent_country()
