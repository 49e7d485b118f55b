"""The trail above a page's title follows one rule (PROGRAMME7 F3): the home page, then the sections above the page,
each a link to the page that opens it (its index, or without one its first page); a section without an index page
is named on each of its pages, its first included (unlinked there), whatever the titles: the PCV's « Le programme »,
whose first page has the section's title, showed only « Accueil », where another programme's « Infos » showed its
name. Built from a copy of programme-fictif whose first pages are put in a section titled as its first page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from project_edits import section_without_index

from pcv.inspection.builds import FIXTURES, assemble_programme, build_site
from pcv.inspection.pages import LANGUAGES
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

FICTIF = FIXTURES / "programme-fictif"


@pytest.fixture(scope="module")
def sectioned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    """The copy's project, its site, and the pages its new section holds (its first page first)."""
    workspace = tmp_path_factory.mktemp("trail")
    project = assemble_programme(FICTIF, workspace / "project")
    pages = section_without_index(project)
    result = build_site(project, workspace / "site")
    assert result.returncode == 0, result.output
    return project, result.site, pages


def _trails(site: Path, project: Path, lang: str, path: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    """The visible trail's items (link or None, text) and the structured trail's names but the page's."""
    pages = read_pages(project / "docs")[0]
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    html = (site / prefix / page_address(pages, lang, path) / "index.html").read_text(encoding="utf-8")
    trail = re.search(r'<nav class="pcv-breadcrumbs"[^>]*>(.*?)</nav>', html, re.S).group(1)
    items = [(link.group(1) if (link := re.search(r'<a href="([^"]*)"', li)) else None,
              re.sub(r"<[^>]+>", "", li).strip()) for li in re.findall(r"<li>(.*?)</li>", trail, re.S)]
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    graph = json.loads(script)["@graph"]
    structured = next(i for i in graph if i["@type"] == "BreadcrumbList")["itemListElement"]
    return items, [step["name"] for step in structured[:-1]]


def test_a_section_without_index_is_named_on_each_of_its_pages_its_first_included(sectioned) -> None:
    project, site, (first, second) = sectioned
    pages = read_pages(project / "docs")[0]
    for lang in LANGUAGES:
        section = pages[(lang, first)].meta["title"]  # the section is titled as its first page
        items, structured = _trails(site, project, lang, first)
        assert [text for _, text in items] == structured and [text for _, text in items][1:] == [section], items
        assert items[0][0] and items[1][0] is None, items  # on its first page, unlinked
        items, structured = _trails(site, project, lang, second)
        assert [text for _, text in items] == structured and [text for _, text in items][1:] == [section], items
        assert items[1][0].rstrip("/").endswith(page_address(pages, lang, first).rstrip("/")), items


def test_a_page_outside_any_section_has_the_home_page_alone(sectioned) -> None:
    project, site, pages = sectioned
    nav_pages = [p for (lang, p) in read_pages(project / "docs")[0] if lang == "fr" and "/" not in p
                 and p not in (*pages, "index.md")]
    for lang in LANGUAGES:
        items, structured = _trails(site, project, lang, nav_pages[0])
        assert [text for _, text in items] == structured and len(items) == 1 and items[0][0], items
