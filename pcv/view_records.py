"""What the templates show, one record per thing (`pcv` in Jinja hands them out: pcv/view.py), and a country's lists
as its records show them."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from pcv.data.models import Country, Text


@dataclass(frozen=True)
class Figure:
    value: Markup
    label: Markup
    detail: Markup | None = None  # what the figure counts, e.g. the countries' names


@dataclass(frozen=True)
class FactList:
    title: Markup
    items: tuple[Markup, ...]  # empty when the data gives none
    label: Markup | None = None  # what the data calls the items, when it names them ("Départements")
    key: str = ""  # the interface key of its title ("country.sectors"), for a template to choose lists


@dataclass(frozen=True)
class CountryView:
    code: str
    slug: str | None
    name: Markup
    url: str | None  # from the site root; None for a country without a page
    facts: tuple[FactList, ...]

    @property
    def described(self) -> bool:
        """Whether the site describes its activities: it has a page and its data's activities (a card to fill)."""
        return bool(self.url and self.facts)


@dataclass(frozen=True)
class PartnerView:
    name: Markup
    lang: str | None  # set when the name is in the other language


@dataclass(frozen=True)
class LinkView:
    label: Markup
    url: Markup
    hreflang: str | None = None  # set when the page at `url` is in the other language


@dataclass(frozen=True)
class PartnerGroupView:
    title: Markup
    partners: tuple[PartnerView, ...]
    source: LinkView | None


@dataclass(frozen=True)
class ContactView:
    """The organisation's public contact details in one language: those the data gives (none: None)."""
    email: Markup | None  # escaped, as every text the templates get
    phone: Markup | None
    phone_link: str | None  # tel: and the number's digits
    page: Markup | None


@dataclass(frozen=True)
class FunderView:
    name: Markup
    intermediary: Markup | None
    statement: Markup


@dataclass(frozen=True)
class CallView:
    """A call to action: its home section, the button to its page, the button its page ends with."""

    id: str
    title: Markup
    text: Markup
    label: Markup
    url: str | None  # of its page, from the site root
    link: LinkView | None


@dataclass(frozen=True)
class ThemeView:
    title: Markup
    summary: Markup
    icon: Markup
    url: str | None  # the themes page, from the site root (None without that page)
    anchor: Markup  # its section's id on that page


def fact_lists(country: Country) -> dict[str, tuple[tuple[Text, ...], Text | None]]:
    """A country's lists, by the interface key of their title: (items, what the data calls them or None)."""
    activities = country.activities
    regions = activities.regions
    return {
        "country.target_groups": (activities.target_groups, None),
        "country.sectors": (activities.sectors, None),
        "country.aims": (activities.aims, None),
        "country.local_partners": (activities.local_partners, None),
        "country.regions": (regions.places if regions else (), regions.label if regions else None),
    }
