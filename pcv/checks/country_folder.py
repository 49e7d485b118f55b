"""A country's page outside the countries' folder (STAFF12 M-c: Sénégal's page copied to docs/fr/senegal.md was told
only that its country « a déjà sa page », at the right page first; following that led to two Sénégal pages, accepted):
said at its `country:` line, with where it goes; what follows from it (a country with two pages; the menu that lacks
it, its links to the pages beside the right place: STAFF12's knock-on, one slip and three messages) waits."""

from __future__ import annotations

import posixpath
from collections.abc import Collection, Iterator

from pcv.data.models import SiteData
from pcv.data.yaml_source import Problem
from pcv.pages.country_menu import FOLDER
from pcv.pages.front_matter import meta_line
from pcv.pages.markdown import MarkdownPage
from pcv.pages.roles import country_page_problems, page_index

Pages = dict[tuple[str, str], MarkdownPage]


def countries_folder(pages: Pages) -> str:
    """The folder of the countries' pages: the countries page's (`role: activities`), or FOLDER."""
    countries_page = page_index(pages).roles.get("activities")
    return posixpath.dirname(countries_page) if countries_page else FOLDER


OUTSIDE_SAID = "cette page décrit un pays"  # how such a page's own message begins (the others of its file wait)


def outside_pages(pages: Pages) -> dict[str, str]:
    """The pages with a `country:` outside the countries' folder, by file, with their shared path."""
    folder = countries_folder(pages)
    return {page.name: path for (_, path), page in pages.items()
            if isinstance(page.meta.get("country"), str) and not _inside(path, folder)}


def _inside(path: str, folder: str) -> bool:
    """Whether the page at `path` lies in `folder` or one of its sub-folders (a region's: « pays/sud/perou.md »)."""
    return not folder or path.startswith(f"{folder}/")


def country_problems(pages: Pages, data: SiteData, country_lines: dict[str, int], unreadable: Collection[str],
                     in_menu: Collection[str]) -> Iterator[Problem]:
    """pcv/pages/roles.py's country_page_problems, a country's page outside the countries' folder said first, alone
    (with its line of mkdocs.yml's menu to remove when it has one: a path of `in_menu`)."""
    folder = countries_folder(pages)
    outside = outside_pages(pages)
    for (lang, path), page in sorted(pages.items()):
        if page.name not in outside:
            continue
        place = f"{folder}/{posixpath.basename(path)}"
        there, menu = pages.get((lang, place)), (f", et retirez-la du menu (« Menu du site » dans l'éditeur web ; à la main, "
                                                 f"sa ligne « - {path} » de mkdocs.yml)" if path in in_menu else "")
        yield Problem(page.name, meta_line(page, "country"), 1, f"{OUTSIDE_SAID} (country: {page.meta['country']}), "
            f"mais une page de pays va dans docs/{lang}/{folder}/, avec les autres pays : c'est là que le menu, la carte "
            "et « Autres pays » la cherchent. " + (
                f"Ce pays y a déjà sa page, docs/{lang}/{place} : supprimez ce fichier-ci{menu}."
                if there is not None and there.meta.get("country") == page.meta["country"] else
                f"Déplacez-la en docs/{lang}/{place}{menu}."), "country")
    for problem in country_page_problems(pages, data, country_lines, {*unreadable, *outside}):
        if problem.file not in outside and not any(f"{name}." in problem.message for name in outside):
            yield problem
