"""A country's page outside the countries' folder (STAFF12 M-c: Sénégal's page copied to docs/fr/senegal.md was told
only that its country « a déjà sa page », at the right page first; following that led to two Sénégal pages, accepted):
said at its `country:` line, with where it goes; what follows from it (a country with two pages) waits."""

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


def _inside(path: str, folder: str) -> bool:
    """Whether the page at `path` lies in `folder` or one of its sub-folders (a region's: « pays/sud/perou.md »)."""
    return not folder or path.startswith(f"{folder}/")


def country_problems(pages: Pages, data: SiteData, country_lines: dict[str, int],
                     unreadable: Collection[str]) -> Iterator[Problem]:
    """pcv/pages/roles.py's country_page_problems, a country's page outside the countries' folder said first, alone."""
    folder = countries_folder(pages)
    outside = {page.name: (lang, path) for (lang, path), page in pages.items()
               if isinstance(page.meta.get("country"), str) and not _inside(path, folder)}
    for name, (lang, path) in sorted(outside.items()):
        page, place = pages[(lang, path)], f"{folder}/{posixpath.basename(path)}"
        there = pages.get((lang, place))
        yield Problem(name, meta_line(page, "country"), 1, f"cette page décrit un pays (country: {page.meta['country']}), "
            f"mais une page de pays va dans docs/{lang}/{folder}/, avec les autres pays : c'est là que le menu, la carte "
            "et « Autres pays » la cherchent. " + (
                f"Ce pays y a déjà sa page, docs/{lang}/{place} : supprimez ce fichier-ci (et sa ligne du menu)."
                if there is not None and there.meta.get("country") == page.meta["country"] else
                f"Déplacez-la en docs/{lang}/{place} (et retirez sa ligne du menu)."), "country")
    for problem in country_page_problems(pages, data, country_lines, {*unreadable, *outside}):
        if problem.file not in outside and not any(f"{name}." in problem.message for name in outside):
            yield problem
