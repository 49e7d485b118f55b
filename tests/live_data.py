"""What the project's data says today, for tests about the live site: they read their expectations
here rather than writing down a figure, a country or a partner that staff may change."""

from __future__ import annotations

import unicodedata

from programme_facts import Programme, ordinal, typed  # noqa: F401 (ordinal and typed: for the tests)

from pcv.data.map_shapes import load_map
from pcv.data.models import LANGUAGES, Country
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import country_pages
from pcv.text.formatting import country_name

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


def folded(text: str) -> str:
    """`text` as typed fast on a phone: no accents, lower case, a straight apostrophe."""
    return "".join(sign for sign in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(sign)).replace("’", "'").lower()


def country_pages_named_alike() -> list[tuple[str, str]]:
    """(code, shared path) of each country with a page whose name, accents aside, is the same in both languages
    (« Sénégal », « Senegal »): its name copied from the other language finds it."""
    return [(code, path) for code, path in sorted(country_pages().items())
            if len({folded(country_name(code, lang)) for lang in LANGUAGES}) == 1]


def country_without_page() -> str | None:
    """The code of a country of the data without a page, one whose name has an apostrophe or accents first."""
    codes = [country.code for country in DATA.countries if country.code not in country_pages()]
    return max(codes, key=lambda code: ("'" in folded(country_name(code, "fr")),
                                        country_name(code, "fr") != folded(country_name(code, "fr"))), default=None)


def name_in_both_languages() -> str | None:
    """A country's or a partner's name written the same in both languages (« Rwanda »), if the data has one."""
    pairs = [[country_name(country.code, lang) for lang in LANGUAGES] for country in DATA.countries]
    pairs += [[o.name.in_(lang) for lang in LANGUAGES] for group in DATA.partners.groups for o in group.organisations]
    return next((first for first, *others in pairs if others == [first] and len(first.split()) == 1), None)


def country_pages_smallest_first() -> list[str]:
    """Shared paths of the country pages, the smallest country on the map first (« Rwanda », then « Bénin »…)."""
    countries = load_map(ROOT / "data").countries
    area = {code: (box[2] - box[0]) * (box[3] - box[1]) for code in country_pages() for box in [countries[code].box]}
    return [country_pages()[code] for code in sorted(area, key=area.get)]
