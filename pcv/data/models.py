"""The programme's data as typed, immutable values, built from validated YAML.

Pure module: no MkDocs import, so tests and scripts can use it directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The site's languages, the default first: as mkdocs.yml declares them (plugins.i18n.languages, which the build
# reads; pcv/checks/engine_settings.yml holds mkdocs.yml to them), and as every text of data/ is written.
LANGUAGES = ("fr", "en")
LANGUAGE_NAMES = {"fr": "français", "en": "anglais"}  # as the build's messages (in French) name them


@dataclass(frozen=True)
class Text:
    """A text that exists in French and in English."""

    fr: str
    en: str

    def in_(self, lang: str) -> str:
        """The text in `lang` ("fr" or "en")."""
        return getattr(self, lang)


@dataclass(frozen=True)
class Target:
    """A figure the programme aims to reach by the end of its period."""

    id: str
    value: int
    format: str  # "number", "compact" or "percent"
    label: Text


@dataclass(frozen=True)
class Theme:
    id: str
    anchor: Text  # the id of its heading on the approach page, in each language
    title: Text
    summary: Text


@dataclass(frozen=True)
class Period:
    start: int
    end: int


@dataclass(frozen=True)
class Link:
    """An address on another site, in each language, with where it was found."""

    url: Text
    source: str


@dataclass(frozen=True)
class ProperName:
    """A name in each language, with where it was found."""

    name: Text
    lang: str | None  # language of a name that is not translated
    source: str


@dataclass(frozen=True)
class Programme:
    name: Text
    acronym: Text
    organisation: Text  # its acronym, "CECI"
    organisation_name: ProperName  # what the acronym stands for
    organisation_website: Link
    headline: Text
    tagline: Text
    period: Period
    as_of: str  # date the data was last checked, "2026-11-29"
    targets: tuple[Target, ...]
    themes: tuple[Theme, ...]
    volunteer_offers: Link  # CECI's page of volunteer opportunities


@dataclass(frozen=True)
class Regions:
    label: Text
    places: tuple[Text, ...]


@dataclass(frozen=True)
class Activities:
    """What the programme does in a country, as the brief describes it."""

    target_groups: tuple[Text, ...]
    sectors: tuple[Text, ...]
    local_partners: tuple[Text, ...]
    regions: Regions | None


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    slug: str
    activities: Activities | None

    @property
    def has_page(self) -> bool:
        """Countries whose activities the brief describes have a page of their own."""
        return self.activities is not None


@dataclass(frozen=True)
class Partner:
    name: Text
    lang: str | None  # language of a name that is not translated


@dataclass(frozen=True)
class Funder:
    name: Text
    through: Text
    statement: Text
    source: str


@dataclass(frozen=True)
class Partners:
    funder: Funder
    canadian: tuple[Partner, ...]
    canadian_source: str


@dataclass(frozen=True)
class SiteData:
    """Everything under data/, validated."""

    programme: Programme
    countries: tuple[Country, ...]
    partners: Partners
    strings: dict[str, Text]


def _text(raw: dict[str, str]) -> Text:
    return Text(fr=raw["fr"], en=raw["en"])


def _texts(raw: list[dict[str, str]] | None) -> tuple[Text, ...]:
    return tuple(_text(item) for item in raw or ())


def _link(raw: dict[str, Any]) -> Link:
    return Link(_text(raw["url"]), raw["source"])


def _programme(raw: dict[str, Any]) -> Programme:
    return Programme(
        name=_text(raw["name"]),
        acronym=_text(raw["acronym"]),
        organisation=_text(raw["organisation"]),
        organisation_name=ProperName(_text(raw["organisation_name"]["name"]), raw["organisation_name"].get("lang"),
                                     raw["organisation_name"]["source"]),
        organisation_website=_link(raw["organisation_website"]),
        headline=_text(raw["headline"]),
        tagline=_text(raw["tagline"]),
        period=Period(**raw["period"]),
        as_of=raw["as_of"],
        targets=tuple(
            Target(id=t["id"], value=t["value"], format=t["format"], label=_text(t["label"]))
            for t in raw["targets"]
        ),
        themes=tuple(
            Theme(id=t["id"], anchor=_text(t["anchor"]), title=_text(t["title"]), summary=_text(t["summary"]))
            for t in raw["themes"]
        ),
        volunteer_offers=_link(raw["volunteer_offers"]),
    )


def _activities(raw: dict[str, Any] | None) -> Activities | None:
    if raw is None:
        return None
    regions = raw.get("regions")
    return Activities(
        target_groups=_texts(raw["target_groups"]),
        sectors=_texts(raw.get("sectors")),
        local_partners=_texts(raw.get("local_partners")),
        regions=Regions(_text(regions["label"]), _texts(regions["places"])) if regions else None,
    )


def _partners(raw: dict[str, Any]) -> Partners:
    funder = raw["funder"]
    canadian = raw["canadian_partners"]
    return Partners(
        funder=Funder(
            _text(funder["name"]), _text(funder["through"]), _text(funder["statement"]), funder["source"]
        ),
        canadian=tuple(
            Partner(_text(p["name"]), p.get("lang")) for p in canadian["organisations"]
        ),
        canadian_source=canadian["source"],
    )


def build_site_data(raw: dict[str, Any]) -> SiteData:
    """Turn the parsed, schema-valid data files (keyed by file stem) into `SiteData`."""
    return SiteData(
        programme=_programme(raw["programme"]),
        countries=tuple(
            Country(code=c["code"], slug=c["slug"], activities=_activities(c.get("activities")))
            for c in raw["countries"]["countries"]
        ),
        partners=_partners(raw["partners"]),
        strings={key: _text(value) for key, value in raw["strings"].items()},
    )
