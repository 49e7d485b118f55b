"""A translation's address in its own language: no word of its original's that it does not say itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pcv.checks.page_set import Pages
from pcv.data.models import LANGUAGE_NAMES
from pcv.data.rules import COUNTRY_CODES
from pcv.pages.addresses import page_address, valid_slug
from pcv.pages.front_matter import PENDING, meta_line
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.problems import Problem
from pcv.text.formatting import country_name
from pcv.text.plain_words import plain_word_list, plain_words

_LINK_ADDRESS = re.compile(r"\]\([^)]*\)")  # « ](../activites/perou.md) »: a file's name, not what a reader reads


def address_language_problems(pages: Pages, unreadable: set[str] = frozenset()) -> Iterator[Problem]:
    """A translation's address is in its own language: its last part (its slug, or its file's name) has no word
    that the original page says and the translation does not (staff play-test 7: « perou » in the English address
    of the page of Peru)."""
    first = LANGUAGES[0]
    for (lang, path), page in sorted(pages.items()):
        original = pages.get((first, path))
        if (lang == first or original is None or page.meta.get("translation") == PENDING or page.name in unreadable
                or ("slug" in page.meta and not valid_slug(page.meta["slug"]))):
            continue  # an unread page, or a slug of the wrong form, is said as such
        address = page_address(pages, lang, path)
        foreign = sorted(plain_words(address.rstrip("/").rsplit("/", 1)[-1]) & plain_words(_shown(original)) - plain_words(_shown(page)))
        if foreign:
            line, code = meta_line(page, "slug"), page.meta.get("country")
            slug = "-".join(plain_word_list(country_name(code, lang))) if code in COUNTRY_CODES else ""
            fix = (f"écrivez « {slug} » dans son champ « Fin de l'adresse (slug) » (dans le fichier : « slug: {slug} »)"
                   if slug else f"écrivez dans son champ « Fin de l'adresse (slug) » des mots en {LANGUAGE_NAMES[lang]}, "
                   "ceux de son titre")
            # in plain words (staff play-test 8 F11: « un mot de sa version en français que celle-ci ne dit pas »)
            yield Problem(page.name, line, 1 if line else None, f"l'adresse « {address} » de cette page en "
                f"{LANGUAGE_NAMES[lang]} contient « {foreign[0]} », un mot {LANGUAGE_NAMES[first]} que le texte "
                f"{LANGUAGE_NAMES[lang]} ne contient pas : l'adresse d'une page est écrite dans la langue de la page. "
                f"Pour la corriger, {fix} ; le fichier garde son nom.", "slug" if line else None)


def _shown(page: MarkdownPage) -> str:
    """What a reader of `page` reads: its title, its description and its text, without link addresses."""
    meta = " ".join(str(page.meta.get(key, "")) for key in ("title", "description"))
    return f"{meta} {_LINK_ADDRESS.sub('] ', page.body)}"
