"""Country pages join the menu by themselves: the page of a country of the data (docs/*/<folder>/<slug>.md, the
folder of the countries page, `role: activities`: activites/ for the PCV) that mkdocs.yml's `nav:` does not list is
placed after the last page of that folder in its menu section, in the data's order (whether the country has its
activities yet is the checks' business). A country page is thus added from the web editor alone (the menu is not a
form there); a page listed by hand keeps its place. A menu with no section for that folder is left as it is (the
checks then ask for the line to add)."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pcv.data.loading import DataProblems, load_site_data
from pcv.data.yaml_source import UnreadableYaml
from pcv.pages.markdown import LANGUAGES

FOLDER = "activites"  # the countries page's folder when no page declares `role: activities`


def with_country_pages(nav: Any, root: Path, slugs: list[str] | None = None, folder: str = FOLDER) -> Any:
    """`nav` (mkdocs.yml's) with the country pages of `folder` it lacks (in the data's order: `slugs`, read from
    data/ when not given; by name if the data has problems), or `nav` itself when nothing is to add or no menu
    section holds a page of `folder`."""
    if not isinstance(nav, list) or not folder:  # pages at the docs' root are listed by hand
        return nav
    prefix = f"{folder}/"
    country_page = prefix + "{slug}.md"
    try:
        slugs = [c.slug for c in load_site_data(root / "data").countries if c.slug] if slugs is None else slugs
    except (DataProblems, UnreadableYaml, OSError):  # the data's problems are reported; the pages still join
        slugs = sorted({page.stem for lang in LANGUAGES for page in (root / "docs" / lang).glob(country_page.format(
            slug="*")) if page.stem != "index"})
    listed = set(menu_paths(nav))
    missing = [path for path in (country_page.format(slug=slug) for slug in slugs)
               if path not in listed and any((root / "docs" / lang / path).is_file() for lang in LANGUAGES)]
    if not missing:
        return nav
    entry = re.compile(re.escape(prefix) + r"[^/]+\.md")
    nav = copy.deepcopy(nav)
    section = next(iter(_sections(nav, entry)), None)
    if section is None:
        return nav
    last = max(i for i, item in enumerate(section) if isinstance(item, str) and entry.fullmatch(item))
    section[last + 1:last + 1] = missing
    return nav


def menu_paths(nav: Any) -> list[str]:
    """The page paths a menu (mkdocs.yml's `nav`) lists, in order."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [path for value in nav.values() for path in menu_paths(value)]
    return [path for item in nav for path in menu_paths(item)] if isinstance(nav, list) else []


def _sections(items: list, entry: re.Pattern) -> Iterator[list]:
    """The menu sections (lists under a title, never the menu itself) holding a page whose path is an `entry`."""
    for item in items:
        for value in item.values() if isinstance(item, dict) else ():
            if isinstance(value, list):
                if any(isinstance(page, str) and entry.fullmatch(page) for page in value):
                    yield value
                yield from _sections(value, entry)
