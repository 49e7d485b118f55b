"""Pages join the menu from their own front matter: a page that mkdocs.yml's `nav:` does not list, whose `menu_after:`
names a page of the menu (« Place dans le menu » in the web editor), is placed right after it, in its section. A new
page is thus added to the menu from the web editor alone; a page listed by hand keeps its place, and says so if it
also asks for one."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from pcv.look_alike import look_alike_note
from pcv.pages.country_menu import menu_paths
from pcv.pages.front_matter import meta_line
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.problems import Problem

Pages = dict[tuple[str, str], MarkdownPage]
KEY = "menu_after"


def wanted_places(pages: Pages) -> dict[str, tuple[str, MarkdownPage]]:
    """The page each page asks to follow in the menu, and the version that asks, by page path: its first language's
    version, else the other."""
    wanted: dict[str, tuple[str, MarkdownPage]] = {}
    for lang in LANGUAGES:
        for (page_lang, path), page in sorted(pages.items()):
            after = page.meta.get(KEY)
            if page_lang == lang and isinstance(after, str) and after.strip():
                wanted.setdefault(path, (after.strip(), page))
    return wanted


def with_placed_pages(nav: Any, pages: Pages) -> Any:
    """`nav` with each page it does not list placed after the page its `menu_after:` names (a page placed so may be
    named in turn), or `nav` itself when nothing is to place."""
    if not isinstance(nav, list):
        return nav
    listed = set(menu_paths(nav))
    waiting = {path: after for path, (after, _) in wanted_places(pages).items() if path not in listed}
    if not waiting:
        return nav
    nav = copy.deepcopy(nav)
    while waiting:
        placed = [path for path, after in waiting.items() if _insert_after(nav, after, path)]
        if not placed:
            return nav  # the others name no page of the menu: the check says each is not in the menu
        for path in placed:
            del waiting[path]
    return nav


def placement_problems(pages: Pages, listed: set[str], placed: set[str]) -> Iterator[Problem]:
    """A page that mkdocs.yml's menu lists (`listed`) but that asks for a place too (the menu keeps its place), or that
    asks for a place after a page the menu does not have (`placed`: the menu's pages once the others are placed)."""
    for path, (after, page) in wanted_places(pages).items():
        if path not in listed and after not in placed:
            yield Problem(page.name, meta_line(page, KEY), 1, f"« {after} » n'est pas une page du menu : cette page ne "
                          "peut pas s'y placer après elle. Choisissez une autre « Place dans le menu »." + look_alike_note(after), KEY)
        elif path in listed:
            yield Problem(page.name, meta_line(page, KEY), 1, f"cette page est déjà dans le menu de mkdocs.yml, qui "
                          f"garde sa place : « Place dans le menu » (après « {after} ») ne la déplace pas. Videz ce "
                          "champ ; pour la déplacer, faites-la glisser dans « Menu du site » (éditeur web), ou "
                          "déplacez sa ligne sous « nav: » dans mkdocs.yml.", KEY)
    yield from _disagreements(pages)


def _disagreements(pages: Pages) -> Iterator[Problem]:
    """A page whose versions ask for two places: the menu has one per page, its first language's (red team 22 C57:
    the English one was dropped without a word). Said at the other version's line."""
    for (lang, path), page in sorted(pages.items()):
        first = pages.get((LANGUAGES[0], path))
        after, decided = page.meta.get(KEY), first.meta.get(KEY) if first else None
        if lang != LANGUAGES[0] and all(isinstance(v, str) and v.strip() for v in (after, decided)) \
                and after.strip() != decided.strip():
            yield Problem(page.name, meta_line(page, KEY), 1, f"cette page se place après « {after.strip()} », mais "
                          f"sa version française, {first.name} (ligne {meta_line(first, KEY)}), après « "
                          f"{decided.strip()} » : le menu a une seule place par page, celle de la version française. "
                          "Choisissez la même « Place dans le menu » dans les deux, ou videz-la dans celle-ci.", KEY)


def _insert_after(items: list, after: str, path: str) -> bool:
    """`path` inserted in `items` (or one of its sections) right after the entry `after`; whether it was."""
    for index, item in enumerate(items):
        if item == after or (isinstance(item, dict) and after in item.values()):
            items.insert(index + 1, path)
            return True
        for value in item.values() if isinstance(item, dict) else ():
            if isinstance(value, list) and _insert_after(value, after, path):
                return True
    return False
