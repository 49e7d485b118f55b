"""« Place dans le menu » in the form of a top-level page: the page of the menu it comes after, chosen by its title
among the menu's pages (pcv/pages/page_menu.py places it there). A new page thus joins the menu from the editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
