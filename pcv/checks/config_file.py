"""mkdocs.yml, read and checked by us before MkDocs reads it.

Staff edit its menu (`nav:`). MkDocs would answer a slip there with PyYAML's
English text or a traceback; here every slip becomes a `Problem` in French,
at its line, with what to do: the YAML itself, the shape of the menu (whether
its pages exist is checked with the pages, in page_set.nav_problems), and
every other setting by allowlist (config_allowlist.py).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from pcv.checks.config_allowlist import setting_problems
from pcv.data.models import LANGUAGE_NAMES
from pcv.data.yaml_source import DataLoader, UnreadableYaml, YamlDocument, read_yaml, value_in_words
from pcv.problems import Problem, ordinal
from pcv.look_alike import look_alike_note

CONFIG_FILE = "mkdocs.yml"
_RAW_IN_TITLE = re.compile(r"[<>\"&`{}]")


class ConfigLoader(DataLoader):
    """Our YAML loader, knowing MkDocs' own tags (!ENV, !relative): their values are kept as written,
    marked (`Tagged`, `TaggedList`) so that mkdocs.yml may refuse them (`tag_problems`)."""


class Tagged(str):
    """A value written with one of MkDocs' tags (!ENV, !relative), kept as written; `tag` is the tag."""

    tag = ""


class TaggedList(list):
    """The list form of a tagged value (`!ENV [NAME, default]`)."""

    tag = ""


def _as_written(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    value = TaggedList(loader.construct_sequence(node)) if isinstance(node, yaml.SequenceNode) \
        else Tagged(loader.construct_scalar(node))
    value.tag = node.tag
    return value


for _tag in ("!ENV", "!relative"):
    ConfigLoader.add_constructor(_tag, _as_written)


def config_problems(root: Path) -> list[Problem]:
    """What in `root`/mkdocs.yml would stop MkDocs before our checks run: nothing when it can be read."""
    path = root / CONFIG_FILE
    if not path.exists():  # (a folder or a named pipe of its name: said by read_yaml)
        return [Problem(CONFIG_FILE, None, None, "fichier introuvable. Rétablissez-le (git restore mkdocs.yml).")]
    try:
        document = read_yaml(path, CONFIG_FILE, ConfigLoader, by_both=True)
    except UnreadableYaml as exc:
        return [exc.problem]
    if not isinstance(document.data, dict):
        return [Problem(CONFIG_FILE, None, None, "ce n'est plus la configuration du site (des lignes « nom: valeur »). "
                        "Rétablissez-le (git restore mkdocs.yml), puis refaites votre changement.")]
    if tagged := list(tag_problems(document, document.data, ())):
        return tagged
    nav = document.data.get("nav")
    if "nav" in document.data and not isinstance(nav, list):
        return [document.problem_at(("nav",), "le menu (nav) doit être une liste, une ligne « - page.md » par page, "
                                    "indentée sous « nav: ».")]
    return [*_entry_problems(document, ("nav",), nav or []), *setting_problems(document, ConfigLoader, root)]


def tag_problems(document: YamlDocument, value: Any, location: tuple) -> Iterator[Problem]:
    """Each key or value of `value` (at `location` in `document`) written with one of MkDocs' tags: MkDocs would
    put the build machine's environment or a path there (published in every page, or changing the engine)."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        for tagged, at_key in ((key, True), (item, False)):
            if isinstance(tagged, (Tagged, TaggedList)):
                yield document.problem_at(location + (key,), f"« {tagged.tag} » n'est pas permis dans mkdocs.yml : "
                    "MkDocs mettrait à sa place une valeur de la machine qui construit le site (une variable "
                    "d'environnement ou un chemin), publiée dans chaque page ou changeant le moteur du site. Écrivez "
                    "le texte lui-même (pour un réglage du moteur : git restore mkdocs.yml).", at_key=at_key)
        if not isinstance(item, (Tagged, TaggedList)):
            yield from tag_problems(document, item, location + (key,))


def menu_translation_problems(root: Path) -> Iterator[Problem]:
    """Each section title of the menu has its translation in each other language's `nav_translations`
    (static-i18n would show the French title on the English pages, their breadcrumbs and search); when one has
    none, each key there that names no section is named at its line, with the title it may stand for.
    Run with the pages' checks, once mkdocs.yml reads (`config_problems`)."""
    try:
        document = read_yaml(root / CONFIG_FILE, CONFIG_FILE, ConfigLoader, by_both=True)
    except UnreadableYaml:
        return  # config_problems says why
    if not isinstance(document.data, dict):
        return
    nav = document.data.get("nav")
    places: dict[str, tuple] = {}
    for title, place in _section_titles(nav if isinstance(nav, list) else [], ("nav",)):
        places.setdefault(title, place)
    titles = list(places)
    languages = ((document.data.get("plugins") or {}).get("i18n") or {}).get("languages") \
        if isinstance(document.data.get("plugins"), dict) else None
    for index, language in enumerate(languages if isinstance(languages, list) else []):
        if not isinstance(language, dict) or language.get("default"):
            continue
        translations = language.get("nav_translations")
        translated = translations if isinstance(translations, dict) else {}
        where = ("plugins", "i18n", "languages", index) + (("nav_translations",) if translations else ())
        name = LANGUAGE_NAMES.get(str(language.get("locale")), str(language.get("locale")))
        for title in titles:
            if title not in translated:  # at the title under « nav: » if an odd sign there is why
                odd = look_alike_note(title)
                yield document.problem_at(places[title] if odd else where, f"le titre de menu « {title} » n'a pas de traduction en {name} : "
                    f"les pages en {name} le montreraient en français. Ajoutez la ligne « {title}: … » (le titre "
                    f"en {name}) sous « nav_translations: » de la langue {language.get('locale')}." + odd,
                    at_key=bool(odd))
        untranslated = [title for title in titles if title not in translated]
        for key in translated if untranslated else ():  # a key left by a section removed is harmless alone
            if str(key) not in titles:
                close = difflib.get_close_matches(str(key), untranslated, n=1)
                advice = (f"Vouliez-vous écrire « {close[0]} », le titre de la section tel qu'il est sous « nav: » ?"
                          + look_alike_note(close[0]) if close else "Retirez cette ligne, ou écrivez à sa place le titre d'une section tel qu'il "
                          "est sous « nav: ».")
                yield document.problem_at(where + (key,), f"« {key} », sous « nav_translations: » de la langue "
                                          f"{language.get('locale')}, ne nomme aucune section du menu. {advice}"
                                          + look_alike_note(str(key)), at_key=True)


def language_name_problems(root: Path) -> Iterator[Problem]:
    """Each language but the default gives its own `site_name` and `site_description` when mkdocs.yml gives the
    default language's: without them, static-i18n shows the French ones on its pages, in the header and in what a
    share shows, without a word (PROGRAMME10 F4)."""
    try:
        document = read_yaml(root / CONFIG_FILE, CONFIG_FILE, ConfigLoader, by_both=True)
    except UnreadableYaml:
        return  # config_problems says why
    if not isinstance(document.data, dict) or not isinstance(document.data.get("plugins"), dict):
        return
    languages = (document.data["plugins"].get("i18n") or {}).get("languages")
    for index, language in enumerate(languages if isinstance(languages, list) else []):
        if not isinstance(language, dict) or language.get("default"):
            continue
        name = LANGUAGE_NAMES.get(str(language.get("locale")), str(language.get("locale")))
        for key, what in (("site_name", "le nom du site, dans l'en-tête de chaque page et ses partages"),
                          ("site_description", "le résumé du site, pour les moteurs de recherche et les partages")):
            shown = document.data.get(key)
            if isinstance(shown, str) and shown.strip() and not str(language.get(key) or "").strip():
                first = " ".join(shown.split())
                yield document.problem_at(("plugins", "i18n", "languages", index), f"la langue "
                    f"{language.get('locale')} ({name}) n'a pas de « {key} » ({what}) : ses pages montreraient celui du "
                    f"français, « {first[:80]}{'…' if len(first) > 80 else ''} ». Ajoutez sous « - locale: "
                    f"{language.get('locale')} » la ligne « {key}: … » (en {name}), alignée sur « name: ».")


def _section_titles(entries: list, location: tuple) -> Iterator[tuple[str, tuple]]:
    """(title, its place in mkdocs.yml) of each section of the menu `entries` (at `location`), in order."""
    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and len(entry) == 1:
            (title, value), = entry.items()
            yield str(title), (*location, index, title)
            if isinstance(value, list):
                yield from _section_titles(value, (*location, index, title))


def _entry_problems(document: YamlDocument, location: tuple, entries: list) -> Iterator[Problem]:
    for index, entry in enumerate(entries):
        where = location + (index,)
        position = f"la {ordinal(index + 1)} entrée du menu"
        if isinstance(entry, str):
            if not _is_page(entry):
                yield document.problem_at(where, _not_a_page(position, entry))
            continue
        if isinstance(entry, dict) and len(entry) == 1:
            (title, value), = entry.items()
            if bad := _RAW_IN_TITLE.search(str(title)):
                yield document.problem_at(where + (title,), f"« {bad.group()} » n'est pas permis dans le titre "
                    f"« {title} » du menu : il est repris dans le code de chaque page. Pour citer, utilisez « … ».",
                    at_key=True)
            if isinstance(value, list):
                yield from _entry_problems(document, where + (title,), value)
            elif isinstance(value, str) and not _is_page(value):
                yield document.problem_at(where + (title,), _not_a_page(position, value))
            elif not isinstance(value, str):
                yield document.problem_at(where + (title,),
                    f"{position}, « {title} », n'a ni page ni liste de pages (on trouve {value_in_words(value)}). "
                    f"Mettez les pages de la section sur les lignes suivantes, chacune « - page.md », "
                    f"indentée de deux espaces de plus que « - {title}: ».", at_key=True)
        elif isinstance(entry, dict):
            names = ", ".join(f"« {key} »" for key in entry)
            yield document.problem_at(where,
                f"{position} a plusieurs noms ({names}) : une ligne a sans doute perdu son « - », "
                "ou son retrait. Chaque entrée commence par « - », alignée sur les entrées voisines.")
        else:
            yield document.problem_at(where,
                f"{position} est vide ou n'est pas une page (on trouve {value_in_words(entry)}). "
                "Écrivez le nom de la page après « - » (ex. « - a-propos.md »), ou retirez la ligne.")



def _is_page(entry: str) -> bool:
    """A menu entry names a page of the site: a .md file, not an address."""
    return entry.endswith(".md") and "://" not in entry and not entry.startswith("/")


def _not_a_page(position: str, entry: str) -> str:
    if entry.endswith(".md") and entry.startswith("/") and "://" not in entry:
        return (f"{position}, « {entry} », commence par « / » : le menu nomme une page par son chemin depuis "
                f"docs/fr/, écrivez « {entry.lstrip('/')} ».")
    return (f"{position}, « {entry} », n'est pas une page du site : le menu ne contient que des pages (« - page.md », "
            "le nom de leur fichier dans docs/fr/). Un lien vers un autre site s'écrit dans une page.")
