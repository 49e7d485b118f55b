"""The programme's data as typed, immutable values (built from validated YAML by pcv/data/building.py).

Pure module: no MkDocs import, so tests and scripts can use it directly.
"""

from __future__ import annotations

import unicodedata

from dataclasses import dataclass

from babel import Locale

from pcv.data.languages import declared_languages

# The site's languages, the default first: the i18n plugin's list as the engine declares it (pcv/data/languages.py),
# which every programme's mkdocs.yml holds; every text of data/ is written in each.
LANGUAGES = declared_languages()
# Each as the build's messages, in French, name it (« anglais »): CLDR's names, as for the countries.
LANGUAGE_NAMES = {lang: Locale("fr").languages[lang] for lang in LANGUAGES}


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
    anchor: Text  # the id of its heading on the page whose role is "themes", in each language
    title: Text
    summary: Text
    icon: str | None  # one of the engine's icons (pcv/theme/icons.py), or none


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
class Contact:
    """The organisation's public contact details, as it publishes them (each optional), with where they were found."""

    email: str | None
    phone: str | None
    page: Text | None  # its contact page, in each language
    source: str


@dataclass(frozen=True)
class ExternalLink:
    """A button to another site: its label and address in each language, with where it was found."""

    label: Text
    url: Text
    source: str


@dataclass(frozen=True)
class CallToAction:
    """Something the programme asks readers to do; its page declares its id as `role:`."""

    id: str
    title: Text  # its section's heading at the foot of pages: "Envie de devenir volontaire ?"
    text: Text
    label: Text  # the button to its page: "Devenir volontaire"
    link: ExternalLink | None  # the button its page ends with, to another site


@dataclass(frozen=True)
class Brand:
    """The programme's colour ("#rrggbb") and mark (an icon of pcv/theme/icons.py, or none): pcv/theme/brand.py."""

    colour: str = "#1d5479"
    mark: str | None = None


@dataclass(frozen=True)
class Programme:
    name: Text
    acronym: Text
    organisation: Text  # the organisation's short name
    organisation_name: ProperName  # what the acronym stands for
    organisation_website: Link
    headline: Text
    tagline: Text
    period: Period
    as_of: str  # date the data was last checked, "2026-11-29"
    targets: tuple[Target, ...]
    themes: tuple[Theme, ...]
    calls_to_action: tuple[CallToAction, ...]
    brand: Brand = Brand()
    contact: Contact | None = None  # none: the contact page sends to the organisation's website
    locale_country: str | None = None  # ISO 3166 code of the country whose French and English the site speaks

    @property
    def initial(self) -> str:
        """The favicon's mark for a brand without one: the first language's initial (`initial_in`). One icon
        for the site: the browser shows it for every page and file of the site, in either language (a tab, a
        bookmark, a CSV opened from the open-data page), as an organisation's logo is not translated."""
        return self.initial_in(LANGUAGES[0])

    def initial_in(self, lang: str) -> str:
        """The mark of a brand without one on the share image in `lang`: the acronym's first letter in `lang`
        ("É" for ÉCHO, "E" for ECHO, whether its accent is typed in the letter or after it, as macOS writes it;
        "ß", whose capital is two letters, as it is)."""
        letter = unicodedata.normalize("NFC", self.acronym.in_(lang))[:1]
        return letter.upper() if len(letter.upper()) == 1 else letter


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
    aims: tuple[Text, ...] = ()  # what it aims at there, where that is not a sector (VISITOR13 #4)


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    slug: str | None  # its page's name in activites/, where the editor creates it (pcv/pages/country_menu.py)
    activities: Activities | None  # a country's page (front matter `country:`) shows them
    name: Text | None = None  # the programme's name for it, where it is not CLDR's (pcv.text.formatting.named_country)


@dataclass(frozen=True)
class Partner:
    name: Text
    lang: str | None  # language of a name that is not translated


@dataclass(frozen=True)
class Funder:
    name: Text
    intermediary: Text | None  # the agency it funds the programme through, if any
    statement: Text
    source: str


@dataclass(frozen=True)
class SourceLink:
    """Where a list was found, as a link under it: its label, address and the language of that page."""

    label: Text
    url: str
    lang: str


@dataclass(frozen=True)
class PartnerGroup:
    title: Text
    organisations: tuple[Partner, ...]
    source: SourceLink | None


@dataclass(frozen=True)
class Partners:
    funders: tuple[Funder, ...]
    groups: tuple[PartnerGroup, ...]


@dataclass(frozen=True)
class SiteData:
    """Everything under data/, validated."""

    programme: Programme
    countries: tuple[Country, ...]
    partners: Partners
    strings: dict[str, Text]  # the engine's interface texts, with the programme's in their place

    def names(self, lang: str) -> dict[str, str]:
        """What every interface text may name: {organisation}, {programme} and {acronym}, in `lang`."""
        return {"organisation": self.programme.organisation.in_(lang), "programme": self.programme.name.in_(lang),
                "acronym": self.programme.acronym.in_(lang)}
