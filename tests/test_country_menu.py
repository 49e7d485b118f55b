"""A country page joins the menu by itself (pcv/pages/country_menu.py): staff add it from the web editor,
where the menu is not a form; `make check` accepts it and both languages' menus link to it. In a programme whose
country pages live in another folder than the PCV's activites/ too (programme-fictif: pays/)."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from live_data import countries_with_activities
from programme_facts import FICTIF
from staff_edits import add_country_with_page, country_section

from pcv.inspection.builds import ROOT, assemble_programme, build_site
from pcv.inspection.pages import LANGUAGES, country_pages, html_file, resolve, role_page, role_pages
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages
from pcv.pages.country_menu import with_country_pages


def test_a_country_page_left_out_of_the_menu_joins_its_section(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    slug, section = add_country_with_page(project), country_section(project)
    mkdocs_yml = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert section != "activites" and f"{section}/{slug}.md" not in mkdocs_yml
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    pages = read_pages(project / "docs")[0]

    def url(path: str, lang: str) -> str:
        return ("" if lang == "fr" else f"{lang}/") + page_address(pages, lang, path)

    for lang in LANGUAGES:
        # The menu shows no country list (the header lists sections): a page in the menu sits in its section,
        # which its breadcrumbs show, as for the countries already there.
        new = url(f"{section}/{slug}.md", lang)
        html = html_file(result.site, new).read_text(encoding="utf-8")
        trail = re.search(r'<nav class="pcv-breadcrumbs".*?</nav>', html, re.S).group(0)
        index = url(FICTIF.page_with_role("activities"), lang)
        assert index in [resolve(new, href) for href in re.findall(r'href="([^"]*)"', trail)], lang


def test_pages_listed_by_hand_keep_their_place() -> None:
    # The project's own country pages, listed by hand in a section (behind its activities page, which is optional)
    # and not in the data's order: nothing is added or moved.
    pages = [country_pages()[c.code] for c in countries_with_activities() if c.code in country_pages()][::-1]
    index = role_pages().get("activities")
    folder = posixpath.dirname(index or (pages[0] if pages else ""))
    nav = ["index.md", {"Section": [*([index] if index else []), *pages]}, role_page("accessibility")]
    assert with_country_pages(nav, ROOT, folder=folder) == nav
