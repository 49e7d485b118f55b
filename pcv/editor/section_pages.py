"""The web editor's collections of pages in a sub-folder (docs/fr/activites/…), one per language: Decap pairs the
two languages' files only when the language folder holds them directly. A country's page there chooses its country,
which fills its address (page_address.js)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from pcv.data.rules import COUNTRY_CODES
from pcv.editor.data_forms import french_order
from pcv.editor.fields import Field, plain_hint
from pcv.editor.page_form import FILE_GUARD, FRONT_MATTER, page_fields, translated_from
from pcv.field_labels import PAGE_LABELS
from pcv.text.plain_words import plain_words
from pcv.pages.markdown import read_page
from pcv.text.formatting import country_name

if TYPE_CHECKING:
    from pcv.editor.config import Language


def section_pages(docs: Path, languages: list[Language]) -> list[dict[str, Any]]:
    """One collection per language for each sub-folder of pages (docs/fr/activites/…)."""
    default = docs / languages[0].locale
    sections = sorted({page.parent.relative_to(default).as_posix() for page in default.glob("*/**/*.md")})
    countries = _countries(docs.parent)
    fields = _section_fields(countries)
    return [{
        "name": f"{section.replace('/', '-')}-{lang.locale}",
        "label": f"{_section_title(default, section)} — {lang.name}",
        "label_singular": "Page",
        "description": f"Les pages de docs/{lang.locale}/{section}/.",
        "folder": f"docs/{lang.locale}/{section}", "extension": "md", "format": "frontmatter",
        # The file is named from the address, typed alike in both languages: the two pages pair by their file
        # name, and a country's page is named from the country (its slug in data/countries.yaml).
        "create": True, "slug": "{{fields.slug}}", "identifier_field": "title",
        # Beside the section's pages of the first language, for both languages: one copy of each photo.
        "media_folder": f"/docs/{languages[0].locale}/{section}/images", "public_folder": "images",
        "fields": translated_from([FILE_GUARD, *fields[:3], *_country_field(countries, lang, languages), *fields[3:]],
                                   languages[0].locale, lang.locale),
        **_summary(default, section),
    } for section in sections for lang in languages]


def _summary(default: Path, section: str) -> dict[str, str]:
    """In the countries' folder (its index is the countries page), a page that describes no country is named as what it
    is (STAFF12: « Où nous travaillons » was listed among the countries, as one of them)."""
    index = default / section / "index.md"
    if not index.is_file() or read_page(index, default.name, f"{section}/index.md")[0].meta.get("role") != "activities":
        return {}
    return {"summary": "{{title}}{{country | ternary('', ' — la page de la liste des pays, pas un pays')}}"}


def _section_fields(countries: dict[str, str]) -> list[Field]:
    """A section page's form: the page's, its address naming the file in both languages, required for a new page and
    filled with the country's page name once its country is chosen (page_address.js)."""
    slug = next((slug for slug in countries.values() if slug), "")
    named = next((f" ({country_name(code, 'fr')}, {country_name(code, 'en')})" for code in countries
                  if plain_words(country_name(code, "fr")) != plain_words(country_name(code, "en"))), "")
    hint = plain_hint("Obligatoire pour une nouvelle page : elle donne le nom du fichier (une page déjà là peut "
                      "la laisser vide). Pour la page d'un pays, elle se remplit quand vous choisissez « Pays de la "
                      "page » : le « Nom de la page » du pays dans « Les pays du programme »"
                      + (f" (ex. {slug})" if slug else "") + ". Pour créer la page, la même en français et en "
                      "anglais (le nom du fichier). Ensuite, si le nom du pays s'écrit autrement en anglais"
                      + named + ", remplacez-la dans la page anglaise par le mot anglais, que donne le contrôle : le "
                      "fichier garde son nom. Lettres minuscules sans accent, chiffres et traits d'union.")
    address = {"widget": "page_address", "hint": hint, "country_slugs": countries}
    return [field | address if field["name"] == "slug" else field for field in page_fields()]


def _countries(project: Path) -> dict[str, str]:
    """The data's countries, each code with its page name (slug); none if data/countries.yaml cannot be read (the build
    says what is wrong with the file)."""
    try:
        text = (project / "data" / "countries.yaml").read_text(encoding="utf-8")
        countries = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["countries"]
        return {country["code"]: country.get("slug", "") for country in countries if country["code"] in COUNTRY_CODES}
    except (OSError, yaml.YAMLError, KeyError, TypeError):
        return {}


def _country_field(countries: dict[str, str], lang: Language, languages: list[Language]) -> list[Field]:
    """A page that describes a country says which, chosen among the data's countries by its name in any language, the
    page's own first (« Peru / Pérou (PE) » on an English page: STAFF10 M4 found nothing typing « Peru »): the page
    is found by its country, whatever its file is called (none until the front matter has `country`)."""
    if "country" not in FRONT_MATTER:
        return []
    spec = FRONT_MATTER["country"]
    order = [lang.locale, *(other.locale for other in languages if other != lang)]
    options = [{"label": f"{_names(code, order)} ({code})", "value": code}
               for code in sorted(countries, key=lambda code: french_order(country_name(code, lang.locale)))]
    return [{"name": "country", "label": PAGE_LABELS["country"], "widget": "page_country", "options": options, "required": False,
             # in plain words: no « code ISO » (staff play-test 8 F11); the list names each country
             # « (optionnel) », Decap's, read as « may be left out » for a country's page too (STAFF12 low)
             "hint": plain_hint("À remplir pour la page d'un pays : le pays qu'elle décrit (« optionnel » parce que les "
                                "autres pages, comme la liste des pays, n'en ont pas). Choisissez-le dans la liste (les "
                                "pays de « Les pays du programme ») en tapant son nom, en français ou en anglais : « Fin "
                                "de l'adresse », juste au-dessus, se remplit alors toute seule.")}]


def _names(code: str, locales: list[str]) -> str:
    """The country's names in `locales`, in that order, each said once (« Bénin » and « Benin » are one to the list,
    which ignores accents)."""
    names: list[str] = []
    for locale in locales:
        name = country_name(code, locale)
        if all(plain_words(name) != plain_words(said) for said in names):
            names.append(name)
    return " / ".join(names)


def _section_title(default: Path, section: str) -> str:
    """The title of the section's index page, or its folder's name."""
    index = default / section / "index.md"
    if index.is_file():
        return read_page(index, default.name, f"{section}/index.md")[0].title or section
    return section
