"""The trail above a page's title is the same kind of thing on every page (PROGRAMME7 F3): the home page, then the
sections above the page, each a link to the page that opens it (its index, or without one its first page). The
page that opens a section stands for it: its trail stops above, whether the section's name is its title or not
(the PCV's « Le programme » showed only « Accueil », another programme's « Infos » showed its name unlinked, a
plain item set lower than the links). Built from a copy of programme-fictif whose first pages are put in a menu
section without an index page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from pcv.inspection.builds import FIXTURES, assemble_programme, build_site
from pcv.inspection.pages import LANGUAGES
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

FICTIF = FIXTURES / "programme-fictif"
SECTION = {"fr": "En bref", "en": "In short"}  # a section title no page of the fixture has


@pytest.fixture(scope="module")
def sectioned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    """The copy's project, its site, and the pages its new section holds (its first page first)."""
    workspace = tmp_path_factory.mktemp("trail")
    project = assemble_programme(FICTIF, workspace / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    nav = yaml.safe_load(text[text.index("\nnav:") + 1:])["nav"]
    pages = [entry for entry in nav if isinstance(entry, str) and entry != "index.md"][:2]
    lines = [f"  - {SECTION['fr']}:", *(f"      - {page}" for page in pages)]
    head, menu = text.split("\nnav:\n", 1)
    kept = [line for line in menu.splitlines() if line.strip() not in {f"- {page}" for page in pages}]
    position = next(n for n, line in enumerate(kept) if line.strip() == "- index.md") + 1
    menu = "\n".join([*kept[:position], *lines, *kept[position:]]) + "\n"
    head = head.replace("        nav_translations:\n",
                        f"        nav_translations:\n          {SECTION['fr']}: {SECTION['en']}\n")
    config.write_text(f"{head}\nnav:\n{menu}", encoding="utf-8")
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


def test_a_section_s_first_page_stands_for_it_and_its_other_pages_link_to_it(sectioned) -> None:
    project, site, (first, second) = sectioned
    pages = read_pages(project / "docs")[0]
    for lang in LANGUAGES:
        assert pages[(lang, first)].meta["title"] != SECTION[lang]  # the case the PCV never showed
        items, structured = _trails(site, project, lang, first)
        assert [text for _, text in items] == structured and len(items) == 1, (lang, items)  # the home page alone
        items, structured = _trails(site, project, lang, second)
        assert [text for _, text in items] == structured and [text for _, text in items][1:] == [SECTION[lang]]
        assert items[1][0].rstrip("/").endswith(page_address(pages, lang, first).rstrip("/")), items


def test_every_item_of_every_trail_is_a_link(sectioned) -> None:
    """No plain item, which the trail's links (44 px tall, centred) would stand out of."""
    project, site, _ = sectioned
    for (lang, path) in read_pages(project / "docs")[0]:
        if path != "index.md":
            items, _ = _trails(site, project, lang, path)
            assert all(link for link, _ in items), (lang, path, items)
