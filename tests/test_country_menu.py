"""A country page joins the menu by itself (pcv/pages/country_menu.py): staff add it from the web editor,
where the menu is not a form; `make check` accepts it and both languages' menus link to it."""

from __future__ import annotations

import re
from pathlib import Path

from live_data import countries_with_activities
from staff_edits import add_country_with_page

from pcv.inspection.builds import ROOT, build_site, copy_project
from pcv.inspection.pages import LANGUAGES, html_file, page_url, resolve
from pcv.pages.country_menu import with_country_pages


def test_a_country_page_left_out_of_the_menu_is_placed_after_the_last_country(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    slug = add_country_with_page(project)
    mkdocs_yml = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"activites/{slug}.md" not in mkdocs_yml
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    for lang in LANGUAGES:
        home = page_url("index.md", lang)
        hrefs = re.findall(r'href="([^"]*)"', html_file(result.site, home).read_text(encoding="utf-8"))
        menu = [resolve(home, href) for href in hrefs]
        others = [page_url(f"activites/{c.slug}.md", lang) for c in countries_with_activities() if c.slug != slug]
        new = page_url(f"activites/{slug}.md", lang)
        assert new in menu and all(url in menu for url in others), lang
        assert menu.index(new) > max(menu.index(url) for url in others), "after the countries already there"


def test_pages_listed_by_hand_keep_their_place() -> None:
    pages = [f"activites/{c.slug}.md" for c in countries_with_activities()][::-1]  # not the data's order
    nav = ["index.md", {"Nos activités": ["activites/index.md", *pages]}, "partenaires.md"]
    assert with_country_pages(nav, ROOT) == nav
