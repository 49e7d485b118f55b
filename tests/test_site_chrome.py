"""The built pages' chrome: breadcrumbs and structured data, the contents box
only on long pages, the footer's date from Git."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from pcv.inspection.builds import ROOT, SITE_URL
from pcv.inspection.pages import LANGUAGES, html_file, page_url, shared_page_paths

INNER = [p for p in shared_page_paths() if p != "index.md"]


def _html(site: Path, path: str, lang: str) -> str:
    return html_file(site, page_url(path, lang)).read_text(encoding="utf-8")


def _json_ld(html: str) -> list[dict]:
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(script)["@graph"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", shared_page_paths())
def test_structured_data_names_the_organization_the_website_and_the_trail(built_site: Path, path: str, lang: str) -> None:
    graph = {item["@type"]: item for item in _json_ld(_html(built_site, path, lang))}
    home = SITE_URL + page_url("index.md", lang)
    assert graph["Organization"]["name"] == "CECI"
    assert graph["WebSite"]["url"] == home and graph["WebSite"]["inLanguage"] == lang
    if path == "index.md":
        assert "BreadcrumbList" not in graph
        return
    trail = graph["BreadcrumbList"]["itemListElement"]
    assert trail[0]["item"] == home and trail[-1]["item"] == SITE_URL + page_url(path, lang)
    assert [step["position"] for step in trail] == list(range(1, len(trail) + 1))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", INNER)
def test_inner_pages_show_the_same_trail_as_breadcrumbs(built_site: Path, path: str, lang: str) -> None:
    html = _html(built_site, path, lang)
    visible = re.search(r'<nav class="pcv-breadcrumbs"[^>]*>(.*?)</nav>', html, re.S)
    assert visible, "no breadcrumbs"
    names = [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li>(.*?)</li>", visible.group(1), re.S)]
    trail = next(i for i in _json_ld(html) if i["@type"] == "BreadcrumbList")["itemListElement"]
    assert names == [step["name"] for step in trail[:-1]]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", shared_page_paths())
def test_contents_box_only_on_pages_of_three_sections_or_more(built_site: Path, path: str, lang: str) -> None:
    html = _html(built_site, path, lang)
    article = html[html.index("<article"):html.index("</article>")]
    # The Markdown's own sections (the templates' additions have ids of their own, "pcv-…").
    sections = len(re.findall(r'<h2 id="(?!pcv-)', article))
    box = re.search(r'<nav class="md-nav md-nav--secondary" aria-label="([^"]+)"', html)
    if path == "index.md" or sections < 3:
        assert box is None
    else:
        assert box and box.group(1) == {"fr": "Sur cette page", "en": "On this page"}[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_date_is_the_last_commit_of_the_page(built_site: Path, lang: str) -> None:
    committed = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%cs", "--", f"docs/{lang}/aspirations.md"],
                               capture_output=True, text=True, check=True).stdout.strip()
    html = _html(built_site, "aspirations.md", lang)
    assert f'<time datetime="{committed}">{committed}</time>' in html
