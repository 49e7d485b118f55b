"""The menu in the web editor. « Place dans le menu » in the form of a top-level page: the page of the menu it comes
after, chosen by its title among the menu's pages (pcv/pages/page_menu.py places it there). A new page thus joins the
menu from the editor. « Menu du site » in the editor: the order of mkdocs.yml's menu and its sections' names
in each language (menu_form.js reads and writes them there)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pcv.data.models import LANGUAGE_NAMES
from pcv.editor.fields import Field, plain_hint
from pcv.field_labels import PAGE_LABELS
from pcv.pages.markdown import read_page
from pcv.pages.page_menu import KEY


def menu_fields(docs: Path, nav: Any, lang: str) -> list[Field]:
    """The field, its choices each page of `nav` by its title in `lang` (and its section's), or none without a menu."""
    options = [{"label": f"après « {_title(docs, lang, path)} »" + (f", dans « {section} »" if section else ""),
                "value": path} for section, path in _entries(nav, None)]
    if not options:
        return []
    return [{"name": KEY, "label": PAGE_LABELS[KEY], "widget": "menu_place", "options": options, "required": False,  # page_address.js
             "i18n": False,  # in the first language's column only, written in its file only
             "hint": plain_hint("Pour une nouvelle page : la page du menu après laquelle elle apparaît, dans les deux "
                                "langues. Laissez vide pour une page déjà dans le menu (elle y garde sa place).")}]


def _entries(nav: Any, section: str | None) -> Iterator[tuple[str | None, str]]:
    """Each page of the menu with the title of its section, if any, in the menu's order."""
    for item in nav if isinstance(nav, list) else ():
        if isinstance(item, str) and item.endswith(".md"):
            yield section, item
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str) and value.endswith(".md"):
                    yield section, value
                elif isinstance(value, list):
                    yield from _entries(value, str(title))


def _title(docs: Path, lang: str, path: str) -> str:
    """The page's title in `lang`, or its path."""
    file = docs / lang / path
    return (read_page(file, lang, path)[0].title if file.is_file() else None) or path  # red team 17 F3: as shown


MENU_FILE = "mkdocs.yml"
# Read and written by pcv/editor/menu_form.js (the format « pcv_menu »): the file's text as read, kept to write the
# lines around the menu back as they were, and why the form cannot show the menu (then saving is refused).
TEXT_FIELD, UNREAD_FIELD = "texte_du_fichier", "menu_illisible"


def menu_collection(docs: Path, languages: list[tuple[str, str]]) -> dict[str, Any]:
    """« Menu du site », a collection of its own (Decap reads a file with the format of its collection): mkdocs.yml's menu, its entries in order, each a page or a section
    named in each of `languages` ((locale, name), the first the default) with its pages; a page is chosen by its title
    among the pages of `docs` in the first language (staff play-test 8 F5)."""
    first = languages[0][0]
    options = page_options(docs, first)
    page = {"name": "page", "label": "Page", "widget": "select", "options": options}
    names = [{"name": locale, "label": f"En {LANGUAGE_NAMES.get(locale, name)}", "widget": "string"} for locale, name in languages]
    form = {
        "name": "menu", "label": "Menu du site", "file": MENU_FILE, "editor": {"preview": False},
        "fields": [
            {"name": UNREAD_FIELD, "label": "Menu illisible", "widget": "menu_guard", "required": False},
            {"name": TEXT_FIELD, "label": "Texte du fichier", "widget": "hidden", "required": False},
            {"name": "entrees", "label": "Entrées du menu, dans l'ordre", "label_singular": "page ou section", "widget": "menu_list",
             "collapsed": True, "typeKey": "type",
             "hint": plain_hint("De haut en bas : l'ordre du menu, de gauche à droite en haut des pages. Pour déplacer "
                                "une entrée, faites-la glisser par sa poignée (les deux traits au milieu de sa barre) ; "
                                "pour voir ou changer son contenu, cliquez sur la flèche à sa gauche. Une section regroupe des pages sous un nom, écrit dans chaque langue. Les pages de "
                                "pays s'ajoutent seules à leur section ; une nouvelle page peut aussi y prendre "
                                "place par « Place dans le menu »."),
             "types": [
                 {"name": "page", "label": "Page", "widget": "object", "summary": "{{fields.page}}", "fields": [page]},
                 {"name": "section", "label": "Section", "widget": "object", "summary": "{{fields.titre.%s}}" % first,
                  "fields": [
                      {"name": "titre", "label": "Nom de la section", "widget": "object", "fields": names,
                       "hint": plain_hint("Le nom affiché dans le menu, dans chaque langue.")},
                      {"name": "pages", "label": "Pages de la section, dans l'ordre", "label_singular": "une page",
                       "widget": "menu_list", "field": page, "collapsed": False, "summary": "{{fields.page}}"},
                  ]},
             ]},
        ],
    }
    return {"name": "menu", "label": "Menu du site", "format": "pcv_menu", "editor": {"preview": False},
            "description": "L'ordre des entrées du menu et le nom de ses sections, en français et en anglais.",
            "files": [form]}


def page_titles(collection: dict[str, Any]) -> dict[str, str]:
    """What each page's file is shown as in the menu form (`collection`, menu_collection's): « Accueil (index.md) »."""
    entries = next(field for field in collection["files"][0]["fields"] if field["name"] == "entrees")
    page = next(kind for kind in entries["types"] if kind["name"] == "page")["fields"][0]
    return {option["value"]: option["label"] for option in page["options"]}


def page_options(docs: Path, lang: str) -> list[dict[str, str]]:
    """Each page of `docs`/`lang` by its title in `lang` and its file (« Nous joindre (contact.md) »), in the order of
    their files."""
    root = docs / lang
    paths = sorted(file.relative_to(root).as_posix() for file in root.rglob("*.md")) if root.is_dir() else []
    return [{"label": f"{_title(docs, lang, path)} ({path})", "value": path} for path in paths]
