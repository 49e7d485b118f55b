"""Country pages join the menu by themselves: the page of a country of the data (docs/*/activites/<slug>.md)
that mkdocs.yml's `nav:` does not list is placed after the menu's last country page, in the data's order
(whether the country has its activities yet is the checks' business). A country page is thus added from the web editor alone (the menu is not a form there); a page
listed by hand keeps its place."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from pcv.data.loading import DataProblems, load_site_data
from pcv.data.yaml_source import UnreadableYaml
from pcv.pages.markdown import LANGUAGES

COUNTRY_PAGE = "activites/{slug}.md"  # where a country's page joins the menu by itself (the editor writes it there)
_COUNTRY_ENTRY = re.compile(COUNTRY_PAGE.format(slug=r"[^/]+").replace(".", r"\."))


def with_country_pages(nav: Any, root: Path, slugs: list[str] | None = None) -> Any:
    """`nav` (mkdocs.yml's) with the country pages it lacks (in the data's order: `slugs`, read from data/ when
    not given; by name if the data has problems), or `nav` itself when nothing is to add or the menu has no
    country section."""
    if not isinstance(nav, list):
        return nav
    try:
        slugs = [c.slug for c in load_site_data(root / "data").countries if c.slug] if slugs is None else slugs
    except (DataProblems, UnreadableYaml, OSError):  # the data's problems are reported; the pages still join
        slugs = sorted({page.stem for lang in LANGUAGES for page in (root / "docs" / lang).glob(COUNTRY_PAGE.format(
            slug="*")) if page.stem != "index"})
    listed = set(_paths(nav))
    missing = [path for path in (COUNTRY_PAGE.format(slug=slug) for slug in slugs)
               if path not in listed and any((root / "docs" / lang / path).is_file() for lang in LANGUAGES)]
    if not missing:
        return nav
    nav = copy.deepcopy(nav)
    section = _section(nav)
    if section is None:
        return nav
    last = max(i for i, item in enumerate(section) if isinstance(item, str) and _COUNTRY_ENTRY.fullmatch(item))
    section[last + 1:last + 1] = missing
    return nav


def _paths(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [path for value in nav.values() for path in _paths(value)]
    return [path for item in nav for path in _paths(item)] if isinstance(nav, list) else []


def _section(items: list) -> list | None:
    """The list of the menu that holds country pages (or the countries' index)."""
    if any(isinstance(item, str) and _COUNTRY_ENTRY.fullmatch(item) for item in items):
        return items
    for item in items:
        for value in item.values() if isinstance(item, dict) else ():
            found = _section(value) if isinstance(value, list) else None
            if found is not None:
                return found
    return None
