"""What the templates see of the data: one language, HTML-escaped, formatted.

MkDocs' Jinja environment does not autoescape, so every text from data/ is
escaped here, once, and reaches the templates as safe `Markup`.
"""

from __future__ import annotations

import functools
import re

from markupsafe import Markup, escape

from pcv.data.map_shapes import WorldMap
from pcv.data.models import LANGUAGES, CallToAction, Country, Funder, Partner, PartnerGroup, SiteData, Text, Theme
from pcv.pages.roles import PageIndex
from pcv.text.formatting import filled, format_figure, format_items, format_period, french_elision, named_country
from pcv.text.plural import counted_forms, ordinal_key
from pcv.theme.icons import icon_svg
from pcv.view_maps import MapViews
from pcv.view_records import (CallView, ContactView, CountryView, FactList, Figure, FunderView, LinkView,
                              PartnerGroupView, PartnerView, ThemeView, fact_lists)

_NESTED = str.maketrans("()", "[]")  # parentheses inside parentheses

def shared_path(src_uri: str, lang: str) -> str:
    """ "en/activites/benin.md" -> "activites/benin.md", the path both languages share."""
    prefix = f"{lang}/"
    return src_uri[len(prefix):] if src_uri.startswith(prefix) else src_uri


class SiteView(MapViews):
    """The data of one language build, ready for the templates (`pcv` in Jinja)."""

    def __init__(self, data: SiteData, lang: str, page_urls: dict[tuple[str, str], str], world_map: WorldMap,
                 page_titles: dict[tuple[str, str], str], index: PageIndex, shared_maps: dict | None = None):
        self._data = data
        self.lang = lang
        self._page_urls = page_urls  # (source path, e.g. "activites/benin.md", language) -> url
        self._map = world_map
        self._shared_maps = shared_maps  # the build's, for all its languages (the overview's numbers: placed once)
        self._page_titles = page_titles  # (source path, language) -> the title the page shows
        self._index = index  # the page of each role and of each country
        self._strings: dict[tuple, Markup] = {}  # each interface string asked, filled (`string`)

    @property
    def languages(self) -> tuple[str, ...]:
        """The site's languages, this build's first."""
        return (self.lang, *(lang for lang in LANGUAGES if lang != self.lang))

    def text(self, value: Text) -> Markup:
        return escape(value.in_(self.lang))

    def string(self, key: str, lang: str | None = None, count: int | None = None, **values: object) -> Markup:
        """The interface string `key` (in `lang`, or this build's language), placeholders filled; with `count`, in the
        form the count asks (pcv/text/plural.py), {count} filled, the other form filled too (its errors said now)."""
        try:  # (each page asks the same few: filled once per language build; a value's type kept, Markup is not str)
            asked = (key, lang, count, type(count), *sorted((name, type(value), value) for name, value in values.items()))
            return self._strings[asked]
        except KeyError:
            pass
        except TypeError:  # a value that cannot be a key (a list)
            asked = None
        lang = lang or self.lang
        forms = [key]
        if count is not None:
            forms = counted_forms(key, count, lang, self._data.strings)
            values = {"count": count, **values}
        values = {**self._data.names(lang), **values}
        filled = [self._filled(form, key, lang, values) for form in forms][0]
        if asked is not None:
            self._strings[asked] = filled
        return filled

    def _filled(self, key: str, asked: str, lang: str, values: dict[str, object]) -> Markup:
        template = self._data.strings[key].in_(lang)
        template = french_elision(template, values) if lang == "fr" else template
        named = asked if self._data.strings[key] == self._data.strings[asked] else key  # a singular that is the plural
        return Markup(filled(named, lang, escape(template), {k: escape(v) for k, v in values.items()}))

    def ordinal(self, number: int) -> Markup:
        """The `number`th in this build's language (« 7e », "7th"): the interface's « ordinal » texts."""
        return self.string(ordinal_key("ordinal", number, self.lang, self._data.strings), number=number)

    def optional_string(self, key: str) -> Markup:
        """The interface string `key` if the programme or the engine has one, else "" (nothing drawn)."""
        return self.string(key) if key in self._data.strings else Markup("")

    def theme_string(self, key: str) -> Markup:
        """The site's replacement ("theme.<key>" in data/strings.yaml) for Material's text `key`, or ""."""
        return self.string(f"theme.{key}") if f"theme.{key}" in self._data.strings else Markup("")

    @property
    def programme(self):
        return self._data.programme

    @property
    def period(self) -> str:
        return format_period(self._data.programme.period)

    @property
    def facts(self) -> list[Figure]:
        """The home page's facts: the period, and the countries (counted, then named)."""
        names = format_items([named_country(c, self.lang) for c in self._data.countries], self.lang)
        return [
            Figure(escape(self.period), self.string("figure.period")),
            Figure(escape(format_figure(len(self._data.countries), "number", self.lang)),
                   self.string("figure.countries", count=len(self._data.countries)),
                   escape(names)),
        ]

    @property
    def targets(self) -> list[Figure]:
        """The programme's targets, to be reached by the end of its period."""
        return [Figure(escape(format_figure(t.value, t.format, self.lang)), self.text(t.label))
                for t in self._data.programme.targets]

    @functools.cached_property
    def countries(self) -> tuple[CountryView, ...]:
        """All countries, in the data's order, named in this language (CLDR): made once per language, as every
        page's footer asks for them (made on each call, the build's time grew with the square of the countries)."""
        return tuple(self._country_view(c) for c in self._data.countries)

    def other_countries(self, country: CountryView) -> list[CountryView]:
        """The countries with a page but `country`, in the order of the map's numbers as every list of them
        (VISITOR14 #9): a country page's links to the others."""
        return [other for _, other in self.countries_by_map_key if other.url and other.code != country.code]

    def url_of(self, path: str) -> str:
        """The URL, from the site root, of the page whose shared path is `path` ("index.md")."""
        return self._page_urls[(path, self.lang)]

    def role_url(self, role: str) -> str | None:
        """The URL, from the site root, of the page whose role is `role` ("partners"); None if no page has it."""
        return self._page_urls.get((self._index.roles.get(role), self.lang))  # no role: no key (None, lang)

    def role_title(self, role: str) -> Markup:
        """The title of the page whose role is `role` in this language ("" if no page has it)."""
        path = self._index.roles.get(role)
        return self.title_in(path, self.lang) if path else Markup("")

    def role_urls(self, *roles: str) -> list[str]:
        """The URLs of the pages of those of `roles` that exist."""
        return [url for url in map(self.role_url, roles) if url]

    @property
    def calls_to_action(self) -> list[CallView]:
        """The programme's calls to action, in the data's order (none for some programmes)."""
        return [self._call_view(call) for call in self._data.programme.calls_to_action]

    def call_to_action(self, src_uri: str) -> CallView | None:
        """The call to action whose page is `src_uri`, if any."""
        path = shared_path(src_uri, self.lang)
        return next((call for call in self.calls_to_action if self._index.roles.get(call.id) == path), None)

    @property
    def themes(self) -> list[ThemeView]:
        return [self._theme_view(theme) for theme in self._data.programme.themes]

    @property
    def funders(self) -> list[FunderView]:
        return [self._funder_view(funder) for funder in self._data.partners.funders]

    @property
    def partner_groups(self) -> list[PartnerGroupView]:
        """The groups of partners that have at least one organisation."""
        return [self._group_view(group) for group in self._data.partners.groups if group.organisations]

    def url_in(self, path: str, lang: str) -> str:
        """The URL, from the site root, of the page at shared path `path` in language `lang`."""
        return self._page_urls[(path, lang)]

    def title_in(self, path: str, lang: str) -> Markup:
        """The title of the page at shared path `path` in language `lang`."""
        return escape(self._page_titles[(path, lang)])

    def shared_path(self, src_uri: str) -> str:
        """The path both languages share of this build's page `src_uri` ("en/approche.md" -> "approche.md")."""
        return shared_path(src_uri, self.lang)

    def country(self, src_uri: str) -> CountryView | None:
        """The country whose page is `src_uri` (its front matter says `country:`), if any."""
        return self._country_of_page.get(shared_path(src_uri, self.lang))

    @functools.cached_property
    def _country_of_page(self) -> dict[str, CountryView]:
        """Each country page's country, by shared path (asked on every page for each page of the menu)."""
        pages = self._index.countries
        return {pages[c.code]: view for c, view in zip(self._data.countries, self.countries) if c.code in pages}

    @property
    def organisation_name(self) -> Markup:
        """What the organisation's short name stands for, in this language; a name kept in the other language is
        marked as such. The engine writes it in parentheses after the short name: its own parentheses become
        brackets."""
        full = self._data.programme.organisation_name
        name = Markup(str(self.text(full.name)).translate(_NESTED))
        if full.lang and full.lang != self.lang:
            return Markup('<span lang="{}">{}</span>').format(full.lang, name)
        return name

    @property
    def organisation_website(self) -> Markup:
        """The address of the organisation's website, in this language."""
        return self.text(self._data.programme.organisation_website.url)

    @property
    def contact(self) -> ContactView | None:
        """The organisation's public contact details (data/programme.yaml, contact), when the data gives some."""
        contact = self._data.programme.contact
        if not contact or not (contact.email or contact.phone or contact.page):
            return None
        phone = contact.phone
        return ContactView(escape(contact.email) if contact.email else None, escape(phone) if phone else None,
                           "tel:" + re.sub(r"[^0-9+]", "", phone) if phone else None,
                           self.text(contact.page) if contact.page else None)

    def _partner_view(self, partner: Partner) -> PartnerView:
        return PartnerView(self.text(partner.name), partner.lang if partner.lang and partner.lang != self.lang else None)

    def _link_view(self, label: Text, url: str, lang: str | None = None) -> LinkView:
        return LinkView(self.text(label), escape(url), lang if lang and lang != self.lang else None)

    def _call_view(self, call: CallToAction) -> CallView:
        path = self._index.roles.get(call.id)
        link = self._link_view(call.link.label, call.link.url.in_(self.lang)) if call.link else None
        return CallView(call.id, self.text(call.title), self.text(call.text), self.text(call.label),
                        self._page_urls.get((path, self.lang)) if path else None, link)

    def _theme_view(self, theme: Theme) -> ThemeView:
        page = self.role_url("themes")
        return ThemeView(self.text(theme.title), self.text(theme.summary), icon_svg(theme.icon), page,
                         self.text(theme.anchor))

    def _funder_view(self, funder: Funder) -> FunderView:
        return FunderView(self.text(funder.name), self.text(funder.intermediary) if funder.intermediary else None,
                          self.text(funder.statement))

    def _group_view(self, group: PartnerGroup) -> PartnerGroupView:
        source = group.source
        return PartnerGroupView(self.text(group.title), tuple(map(self._partner_view, group.organisations)),
                                self._link_view(source.label, source.url, source.lang) if source else None)

    def _country_view(self, country: Country) -> CountryView:
        name = named_country(country, self.lang)
        path = self._index.countries.get(country.code)
        url = self._page_urls.get((path, self.lang)) if path else None
        return CountryView(country.code, country.slug, escape(name), url, self._facts(country))

    def _facts(self, country: Country) -> tuple[FactList, ...]:
        """The country's lists that its data fills, in the same order for every country, each titled the same."""
        if country.activities is None:
            return ()
        return tuple(FactList(self.string(key, count=len(items)), tuple(map(self.text, items)),
                              label and self.text(label), key)
                     for key, (items, label) in fact_lists(country).items() if items)

