"""What a page shared on a social network shows: the share image of its language.

Pure module: the page's tags and the image the build draws
(`pcv.publishing.share_image`) both take the text from here, so the image, its
alternative text and the data cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from pcv.data.models import Brand, SiteData
from pcv.text.formatting import filled, format_period, french_elision

IMAGE_PATH = "assets/images/share-{lang}.png"  # from the site root, written by the build
WIDTH, HEIGHT = 1200, 630  # what Facebook, LinkedIn and X show best
TAB_NAME_MAX = 60  # the characters of a page's title that search results show


@dataclass(frozen=True)
class ShareCard:
    """The text drawn on a language's share image, and the same text as its `alt`."""

    label: str
    headline: str
    period: str
    alt: str
    brand: Brand  # the image's colour and mark
    initial: str  # the mark of a brand without one: the acronym's initial in the image's language


def share_card(data: SiteData, lang: str) -> ShareCard:
    label = _text(data, "home.hero.label", lang)
    headline = data.programme.headline.in_(lang)
    period = format_period(data.programme.period)
    alt = _text(data, "share.image.alt", lang, label=label, period=period, headline=headline)
    return ShareCard(label, headline, period, alt, data.programme.brand, data.programme.initial_in(lang))


def _text(data: SiteData, key: str, lang: str, **values: str) -> str:
    """The interface text `key` in `lang` as the pages show it (pcv.view.SiteView.string, unescaped: the image draws
    text): {organisation} and {programme} known in every text, French elisions made, an unknown placeholder a
    problem at its line in data/strings.yaml (red team 15 F3: it stopped the build blaming this module)."""
    values = {**data.names(lang), **values}
    template = data.strings[key].in_(lang)
    return filled(key, lang, french_elision(template, values) if lang == "fr" else template, values)


def tab_name(label: str, site_name: str) -> str:
    """The name after each page's title in its tab and in search results (the home page's whole title): the
    programme's label (home.hero.label), or the site's short name (mkdocs.yml) when the label is too long to be read
    there (over TAB_NAME_MAX characters)."""
    return label if len(label) <= TAB_NAME_MAX else site_name


@dataclass(frozen=True)
class ShareMeta:
    """A page's sharing metadata, as partials/share-meta.html writes it, and the name its tab's title ends with."""

    site_name: str
    tab_name: str
    title: str
    description: str
    url: str
    image: str
    image_alt: str
    image_width: int
    image_height: int
    locale: str | None  # « fr_CA », when the data names the country (programme.yaml, locale_country)
    alternate_locales: tuple[str, ...]
