"""The menu's entries as the header, the footer, search and the 404 page draw them, from MkDocs' navigation
(`menu` in the templates). In Python, not in Jinja: a section holds a page per country, and every page draws
the menu several times."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from pcv.view import shared_path


class Menu:
    """The menu of one language's pages; `country_pages` are the shared paths of the countries' pages."""

    def __init__(self, lang: str, country_pages: Collection[str]):
        self.lang = lang
        self._country_pages = frozenset(country_pages)
        # Every page draws the same sections' subpages (header, footer): each list made once per language built,
        # kept with the item and page it is of (their `id` is the key: MkDocs' pages are not hashable).
        self._subpages: dict[tuple, tuple[StructureItem, Page, list[Page]]] = {}
        self._main_pages: dict[tuple, tuple[Navigation, list[tuple[StructureItem, Page]]]] = {}  # the same, by nav

    def main_pages(self, nav: Navigation, skip: Collection[str]) -> Iterator[tuple[StructureItem, Page]]:
        """Each top-level entry of `nav` that has a page whose address is not in `skip`, with the page it opens
        (a section's first page in the menu, wherever it is linked from: header, footer and breadcrumbs agree)."""
        key = (id(nav), _key(skip))
        if key not in self._main_pages:
            self._main_pages[key] = nav, list(self._main_pages_of(nav, skip))
        return iter(self._main_pages[key][1])

    def _main_pages_of(self, nav: Navigation, skip: Collection[str]) -> Iterator[tuple[StructureItem, Page]]:
        for item in nav.items:
            pages = [page for page in item.children or (item,) if getattr(page, "url", None)]
            if any(page.url not in skip for page in pages):
                yield item, pages[0]

    def subpages(self, item: StructureItem, target: Page, skip: Collection[str] = ()) -> list[Page]:
        """The pages of the section `item` listed under it: its first page (`target`) when its title is not the
        section's, then the others but its countries' and those at an address in `skip` (listed elsewhere in the
        same menu: the pages about the site)."""
        key = (id(item), id(target), _key(skip))
        if key not in self._subpages:
            self._subpages[key] = item, target, self._listed_under(item, target, skip)
        return self._subpages[key][2]

    def _listed_under(self, item: StructureItem, target: Page, skip: Collection[str]) -> list[Page]:
        own = [target] if item.is_section and target.title != item.title else []  # then the section's title is no link
        return own + [child for child in item.children or () if child.is_page and child.url != target.url
                      and child.url not in skip and shared_path(child.file.src_uri, self.lang) not in self._country_pages]

    def listed(self, nav: Navigation, skip: Collection[str]) -> set[str]:
        """The addresses `main_pages(nav, skip)` and their subpages show."""
        return {page.url for item, target in self.main_pages(nav, skip)
                for page in (target, *self.subpages(item, target, skip))}


def _key(skip: Collection[str]) -> tuple | frozenset:
    return frozenset(skip) if isinstance(skip, (set, frozenset)) else tuple(skip)
