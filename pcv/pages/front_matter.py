"""The keys a page's front matter may carry: one table, typed and length-limited, per kind of page.

Material reads many more keys (status, icon, author, subtitle, tags…) and
writes some into the page's HTML as typed, and front matter is copied into
the menu of every page: a key is accepted only if `FIELDS` describes it and
`KINDS` lists it for the page's kind, and its value must fit its `Field`.

To add a key: describe it in `FIELDS`, then name it in the kinds of page that
may carry it (for example a photo in "country").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pcv.data.yaml_source import value_in_words
from pcv.pages.addresses import SLUG_PATH, slug_advice
from pcv.pages.figures import AS_WRITTEN
from pcv.look_alike import look_alike_note, looks_like
from pcv.pages.markdown import MarkdownPage
from pcv.pages.page_header import PENDING
from pcv.pages.roles import COUNTRY_FORM, ROLE_FORM, ROLES
from pcv.problems import Problem

REVIEWED = r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}"  # `translation_reviewed`, written by the web editor
_RAW_IN_HTML = re.compile(r'[<>"]|&(?=#|[A-Za-z][A-Za-z0-9]*;)')  # and « & » opening a character reference


def _kept_as_written(value: str) -> str:
    """`value` as the page shows it, at the same columns: what `{{ "…" }}` keeps stays (its text is written into the
    page's code as the rest is: red team 16 F3, a form typed there was published in every page's menu), its
    delimiters blanked."""
    return AS_WRITTEN.sub(lambda m: m.group(0)[:m.start(1) - m.start()].replace('"', " ").replace("{", " ")
                          + m.group(1) + " " * (m.end() - m.end(1)), value)


@dataclass(frozen=True)
class Field:
    """What one front-matter key holds."""

    role: str  # what it is for, in French, for messages
    type: type = str  # str or list (of texts)
    max_length: int = 200  # characters of a text, items of a list
    choices: tuple[str, ...] = ()  # the only values (or list items) allowed, if any
    pattern: str | None = None  # a regular expression a text matches entirely
    hint: str = ""  # what to do, added to a message about a value not allowed
    written_raw: bool = False  # Material writes it into the page's HTML as typed: no < > "
    required: bool = False  # on every page but one awaiting translation
    may_be_empty: bool = False  # empty means "not set": the web editor writes a field it clears as ""


FIELDS: dict[str, Field] = {
    "title": Field("le titre de la page : menu, onglet du navigateur", max_length=60,
                   written_raw=True, required=True),
    "description": Field("son résumé : moteurs de recherche, partages", max_length=250,
                         written_raw=True, required=True),
    "template": Field("le gabarit de la page, dans overrides/", max_length=40),
    "hide": Field("les parties de la page masquées", type=list, choices=("navigation", "toc")),
    "translation": Field("page en attente de traduction", choices=(PENDING,), may_be_empty=True,
                         hint="Une fois la traduction faite, retirez cette ligne (dans l'éditeur : videz « Traduction "
                              "en attente ») ; make translated PAGE=… le fait aussi."),
    "translation_reviewed": Field("le moment où la traduction a été relue d'après l'original (UTC)", max_length=16,
                                  pattern=REVIEWED, may_be_empty=True,
                                  hint="Ne l'écrivez pas à la main : dans l'éditeur, cochez « Traduction relue » "
                                       "(la forme est AAAA-MM-JJ HH:MM, entre guillemets droits)."),
    "slug": Field("la fin de l'adresse de la page dans sa langue", max_length=120, pattern=SLUG_PATH.pattern,
                  hint="Lettres minuscules sans accent, chiffres et traits d'union, par exemple « slug: open-data » ; "
                       "pour nommer aussi le dossier de la page, « slug: act/open-data ». "
                       "Un slug fait de chiffres seuls s'écrit entre guillemets droits (\"2030\")."),
    "role": Field("ce que la page est pour le site (accessibilité, partenaires, données ouvertes…)", max_length=60,
                  pattern=ROLE_FORM,
                  hint=f"Un mot en minuscules sans accent : un rôle du site ({', '.join(ROLES)}) ou l'identifiant "
                       "(id) d'un appel à l'action de data/programme.yaml."),
    "country": Field("le pays que la page décrit : son code ISO à deux lettres", max_length=2, pattern=COUNTRY_FORM,
                     hint="Deux lettres majuscules, celles du pays dans data/countries.yaml (ex. « country: NZ »)."),
    "menu_after": Field("la page du menu après laquelle cette page apparaît (une page que le menu de mkdocs.yml "
                        "ne liste pas)", max_length=200, pattern=r"[^\s\"<>]+\.md", may_be_empty=True,
                        hint="Dans l'éditeur, choisissez-la dans « Place dans le menu » ; à la main, le chemin "
                             "d'une page du menu, par exemple « menu_after: a-propos.md »."),
    "translated_from": Field("l'empreinte de l'original traduit", pattern=r"[0-9a-f]{12}",
                             hint="Ne l'écrivez pas à la main : make translated PAGE=… la met à jour."),
}
_EVERY_PAGE = ("title", "description", "template", "translation", "translated_from", "translation_reviewed")
KINDS: dict[str, tuple[str, ...]] = {
    "home": (*_EVERY_PAGE, "hide"),  # index.md (template: home.html); its address is its language's
    "country": (*_EVERY_PAGE, "slug", "country"),  # a page with `country:`, wherever it is
    "page": (*_EVERY_PAGE, "slug", "role", "menu_after"),
}
KIND_NAMES = {"home": "la page d'accueil", "country": "une page de pays", "page": "une page"}


def page_kind(page: MarkdownPage) -> str:
    if page.path == "index.md":
        return "home"
    return "country" if "country" in page.meta else "page"


def meta_line(page: MarkdownPage, key: str) -> int | None:
    """The line of `key` in the page's front matter."""
    return next((n for n, line in page.lines() if n <= page.front_matter_lines and line.startswith(f"{key}:")), None)


def front_matter_problems(page: MarkdownPage) -> Iterator[Problem]:
    """Each key of the page's front matter is allowed for its kind and fits its field; the required ones are there."""
    pending = page.meta.get("translation") == PENDING
    if not page.front_matter_lines:
        yield Problem(page.name, 1, None, "la page n'a pas d'en-tête. Ajoutez ces lignes en haut du fichier : "
                      "« --- », « title: … », « description: … », « --- ».")
        return
    kind = page_kind(page)
    for key, value in page.meta.items():
        line = meta_line(page, str(key))
        if key not in KINDS[kind]:
            yield Problem(page.name, line, 1, f"champ d'en-tête inconnu « {key} ». Champs permis dans "
                          f"{KIND_NAMES[kind]} : {', '.join(KINDS[kind])}. (Material en lit d'autres, comme status, "
                          "icon ou author : le site ne les accepte pas.)" + look_alike_note(str(key)), str(key))
        elif value is None or value == "":
            if FIELDS[key].required and not pending:
                yield Problem(page.name, line, 1, f"« {key} » est vide ({FIELDS[key].role}). Écrivez sa valeur "
                              "après « : ».", key)
            elif not FIELDS[key].required and not FIELDS[key].may_be_empty:
                yield Problem(page.name, line, 1, f"« {key} » est vide. Écrivez sa valeur après « : », "
                              "ou retirez la ligne.", key)
        else:
            yield from _value_problems(page, key, value, line)
    typed = [str(key) for key in page.meta if key not in KINDS[kind]]
    for key in KINDS[kind]:
        if FIELDS[key].required and not pending and key not in page.meta and not any(looks_like(t, key) for t in typed):
            yield Problem(page.name, 1, None, f"l'en-tête n'a pas de « {key} » ({FIELDS[key].role}). Ajoutez une "
                          f"ligne « {key}: … » entre les deux lignes « --- ».")


def _value_problems(page: MarkdownPage, key: str, value: object, line: int | None) -> Iterator[Problem]:
    field = FIELDS[key]
    if field.type is list:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            yield Problem(page.name, line, 1, f"« {key} » doit être une liste de mots, une ligne « - … » par "
                          f"élément, on trouve {value_in_words(value)}.", key)
        elif len(value) > field.max_length or any(item not in field.choices for item in value):
            odd = next((item for item in value if isinstance(item, str) and look_alike_note(item)), "")
            yield Problem(page.name, line, 1, f"« {key} » n'accepte que ces éléments : {', '.join(field.choices)}."
                          + look_alike_note(odd), key)
        return
    if not isinstance(value, str):
        yield Problem(page.name, line, 1, f"« {key} » doit être un texte, on trouve {value_in_words(value)}. "
                      'Mettez le texte entre guillemets droits ("…").', key)
    elif len(value) > field.max_length:
        yield Problem(page.name, line, 1, f"« {key} » est trop long : {len(value)} caractères, au plus "
                      f"{field.max_length} ({field.role}). Raccourcissez-le.", key)
    elif field.choices and value not in field.choices:
        allowed = " ou ".join(f"« {choice} »" for choice in field.choices)
        yield Problem(page.name, line, 1, f"on trouve « {value} », mais la seule valeur permise est {allowed} "
                      f"({field.role}). {field.hint}".rstrip() + look_alike_note(value), key)
    elif field.pattern and not re.fullmatch(field.pattern, value):
        advice = slug_advice(value) if key == "slug" else ""
        yield Problem(page.name, line, 1, f"« {key} » : on trouve {value_in_words(value)}, qui n'a pas la forme "
                      f"attendue ({field.role}){f' : {advice}' if advice else ''}. {field.hint}".rstrip()
                      + look_alike_note(value), key)
    elif field.written_raw and (match := _RAW_IN_HTML.search(_kept_as_written(value))):
        text = next((t for n, t in page.lines() if n == line), "")
        yield Problem(page.name, line, text.find(match.group()) + 1 or None,
                      f"« {match.group()} » n'est pas permis dans « {key} » : ce texte est repris tel quel dans "
                      "le code de la page. Pour citer, utilisez les guillemets « … » en français, “…” en anglais ; "
                      "pas de balise HTML ni de code « &…; ».", key)
