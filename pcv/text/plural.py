"""Interface texts that count something, in the singular or the plural as the count asks in each language.

A text that goes with a count (« Nos thèmes » over the themes, « dont 2 décrits ») has a singular form beside it,
named after it with « .one » (`home.themes.title.one`), or, for two older texts, by `SINGULAR`
(pcv/data/string_keys.py). The templates give
the count (`t("home.themes.title", count=pcv.themes | length)`); the form is chosen by the language's plural rule
(CLDR, through Babel): in French 0 and 1 take the singular (« 0 pays décrit »), in English 1 only.
"""

from __future__ import annotations

import functools

from babel import Locale

from pcv.data.string_keys import singular_key
from pcv.text.formatting import BABEL_LOCALES


@functools.cache
def _locale(lang: str) -> Locale:
    return Locale.parse(BABEL_LOCALES[lang])


def is_singular(count: int, lang: str) -> bool:
    """Whether `count` things take the singular in `lang` (CLDR's plural category « one »)."""
    return _locale(lang).plural_form(abs(count)) == "one"


def counted_key(key: str, count: int, lang: str, known: object) -> str:
    """The text to show for `count` things: `key`'s singular if the count asks for it and one exists in `known`."""
    singular = singular_key(key)
    return singular if is_singular(count, lang) and singular in known else key


def counted_forms(key: str, count: int, lang: str, known: object) -> list[str]:
    """The forms of `key` that exist in `known`, the one to show for `count` things first."""
    chosen = counted_key(key, count, lang, known)
    return [chosen, *(form for form in (key, singular_key(key)) if form != chosen and form in known)]


# CLDR's ordinal forms but « other », by the names of their texts: « .one » names a count's singular here.
ORDINAL_FORMS = {"one": "first", "two": "second", "few": "third"}


def ordinal_key(key: str, number: int, lang: str, known: object) -> str:
    """The text that writes the `number`th in `lang`: `key` (« 7e », "7th"), or `key.first`, `.second`, `.third` where
    the language's ordinal rule (CLDR's) asks for the form of 1, 2 or 3 (« 1re »; "1st", "22nd", "23rd") and the
    text exists."""
    form = ORDINAL_FORMS.get(_locale(lang).ordinal_form(abs(number)))
    return f"{key}.{form}" if form and f"{key}.{form}" in known else key
