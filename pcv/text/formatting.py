"""Numbers, periods and lists written the way each language writes them (Babel/CLDR)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_compact_decimal, format_decimal, format_percent

from pcv.data.models import Country, Period
from pcv.problems import Problem, ProblemFound

BABEL_LOCALES = {"fr": "fr_CA", "en": "en_CA"}
NO_BREAK_SPACE = "\u00a0"


@functools.lru_cache(maxsize=1024, typed=True)  # each page's checks and build write the data's same few figures
def format_figure(value: int, kind: str, lang: str) -> str:
    """`value` as a figure: "15 000" / "15,000", "2 millions" / "2 million" (2,5 millions / 2.5 million: one
    decimal at most), "75 %" / "75%"."""
    locale = BABEL_LOCALES[lang]
    if kind == "percent":
        return format_percent(value / 100, locale=locale)
    if kind == "compact":
        # CLDR separates "2" and "millions" with a plain space; keep them on one line.
        return format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=1).replace(" ", NO_BREAK_SPACE)
    return format_decimal(value, locale=locale)


def format_period(period: Period) -> str:
    """The programme's period, "2020–2028" (en dash, in both languages)."""
    return f"{period.start}\u2013{period.end}"


def format_day(iso_date: str, lang: str) -> str:
    """ "2026-11-29" as each language writes a date: "29 novembre 2026" / "November 29, 2026"; French writes the
    first of the month "1er décembre" (CLDR has no ordinal day)."""
    day = date.fromisoformat(iso_date)
    written = format_date(day, format="long", locale=BABEL_LOCALES[lang])
    return written.replace("1", "1er", 1) if lang == "fr" and day.day == 1 else written


def format_items(items: list[str], lang: str) -> str:
    """ "a, b et c" / "a, b, and c" as each language joins a list."""
    return format_list(items, locale=BABEL_LOCALES[lang])


def named_country(country: Country, lang: str) -> str:
    """The name of the programme's `country` in `lang`: the one its data gives (« Viet Nam »), else CLDR's
    (PROGRAMME8 F4: a page titled « Viet Nam » had « Vietnam » on its map, its cards and the open data)."""
    return country.name.in_(lang) if country.name else country_name(country.code, lang)


@functools.lru_cache(maxsize=2048)  # every country's name in each language, asked once per page about a country
def country_name(code: str, lang: str) -> str:
    """The country's name in `lang` from CLDR, e.g. "BJ" -> "Bénin" / "Benin" (CLDR's English "Congo - Kinshasa"
    written as a name is, "Congo-Kinshasa"). The site shows it as a label (a card's title, a list's item, the map's
    key), never inside a sentence: it starts with a capital, as French writes a name standing alone (CLDR's
    « îles Féroé » is written for running text; PROGRAMME9 F13: « 2 îles Féroé » in the map's key)."""
    name = Locale.parse(BABEL_LOCALES[lang]).territories[code].replace(" - ", "-")
    return name[:1].upper() + name[1:]


_ELIDABLE = re.compile(r"\b([Dd]e|[Qq]ue) \{(\w+)\}")
_VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"


def french_elision(template: str, values: Mapping[str, object]) -> str:
    """`template` with « de {x} » written « d’{x} » (« que », « qu’ ») where the value of x begins with a vowel:
    « le site de {organisation} » says « le site d’Atelier Mondial », whatever name the data gives."""
    def elide(match: re.Match) -> str:
        word, name = match.groups()
        starts = str(values.get(name, ""))[:1].lower()
        return f"{word[:-1]}’{{{name}}}" if starts and starts in _VOWELS else match.group(0)
    return _ELIDABLE.sub(elide, template)


def filled(key: str, lang: str, template: str, values: Mapping[str, object]) -> str:
    """The interface text `key` of data/strings.yaml in `lang` (`template`, a str or an escaped Markup) with its
    {placeholders} filled from `values`, wherever the site formats one (templates, share images): a placeholder
    the site does not know there stops the build at the text's line (the rules of pcv/data/rules.py have already
    made each a plain word)."""
    try:
        return template.format(**values)
    except KeyError as exc:
        known = ", ".join(f"{{{name}}}" for name in values) or "aucun"
        raise ProblemFound(Problem("data/strings.yaml", None, None,
            f"le texte « {key} » contient le repère {{{exc.args[0]}}}, que le site ne connaît pas à cet endroit. "
            f"Repères possibles : {known}. Corrigez-le (en français et en anglais).", f"{key}.{lang}"),
            (key, lang)) from None
