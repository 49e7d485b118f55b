"""The built pages' chrome: breadcrumbs and structured data, the contents box
only on long pages, the footer's date from Git and its link to CECI, CECI's
full name, and the not-found page's main pages in both languages."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT, SITE_URL
from pcv.inspection.pages import LANGUAGES, html_file, page_url, resolve, role_page, shared_page_paths
from pcv.text.formatting import format_day

INNER = [p for p in shared_page_paths() if p != "index.md"]
PROGRAMME = load_site_data(ROOT / "data").programme
FULL_NAME = PROGRAMME.organisation_name
CALLS = [role_page(call.id) for call in PROGRAMME.calls_to_action]  # the pages of the calls to action


def _shown_full_name(lang: str) -> str:
    """The organisation's full name as pages show it, in parentheses after its short name: its own
    parentheses become brackets."""
    return FULL_NAME.name.in_(lang).translate(str.maketrans("()", "[]"))


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
    organization = graph["Organization"]
    assert organization["name"] == FULL_NAME.name.in_(lang)
    assert organization["alternateName"] == PROGRAMME.organisation.in_(lang)
    assert organization["url"] == PROGRAMME.organisation_website.url.in_(lang)
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
    """The visible trail is the structured one without the page itself, on every inner page (a top-level
    page's holds the home page alone: every page is framed the same way)."""
    html = _html(built_site, path, lang)
    visible = re.search(r'<nav class="pcv-breadcrumbs"[^>]*>(.*?)</nav>', html, re.S)
    trail = next(i for i in _json_ld(html) if i["@type"] == "BreadcrumbList")["itemListElement"]
    assert visible, "no breadcrumbs"
    names = [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li>(.*?)</li>", visible.group(1), re.S)]
    assert names == [step["name"] for step in trail[:-1]]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", shared_page_paths())
def test_no_documentation_furniture(built_site: Path, path: str, lang: str) -> None:
    """No contents box, navigation drawer, previous/next band or edit link on a public page."""
    html = _html(built_site, path, lang)
    for furniture in ('class="md-sidebar', 'md-nav--secondary', 'class="md-footer__link', 'rel="edit"', 'for="__drawer"'):
        assert furniture not in html.replace('<label class="md-overlay" for="__drawer">', ""), furniture


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_date_is_the_last_commit_of_the_page(built_site: Path, lang: str) -> None:
    committed = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%cs", "--", f"docs/{lang}/{INNER[0]}"],
                               capture_output=True, text=True, check=True).stdout.strip()
    html = _html(built_site, INNER[0], lang)
    assert f'<time datetime="{committed}">{format_day(committed, lang)}</time>' in html  # « 7 décembre 2026 »


def _in_language(name: str, lang: str) -> str:
    """How the page of language `lang` writes CECI's full name: marked when it is another language's."""
    return name if FULL_NAME.lang in (None, lang) else f'<span lang="{FULL_NAME.lang}">{name}</span>'


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", shared_page_paths())
def test_footer_names_ceci_in_full_and_links_to_its_site_in_the_pages_language(built_site: Path, path: str, lang: str) -> None:
    footer = _html(built_site, path, lang).split('<footer class="md-footer', 1)[1]
    links = re.findall(r'<a class="pcv-footer__organisation" href="([^"]+)">(.*?)</a>', footer, re.S)
    name = _in_language(_shown_full_name(lang), lang)
    assert links == [(PROGRAMME.organisation_website.url.in_(lang), f"{name} ({PROGRAMME.organisation.in_(lang)})")]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["index.md", role_page("programme")])
def test_footer_leads_to_the_main_sections_and_the_page_in_the_other_language(built_site: Path, path: str, lang: str) -> None:
    """Every section of the header's menu, the call to action's page, and the language link are in the footer too."""
    page = _html(built_site, path, lang)
    header = page[page.index('<nav class="pcv-header__nav"'):]
    footer = page.split('<footer class="md-footer', 1)[1]
    hrefs = lambda html: set(re.findall(r'<a (?:class="[^"]*" )?href="([^"]+)"', html))
    sections = hrefs(header[:header.index("</nav>")])
    language = re.search(r'<a class="pcv-lang__link" href="([^"]+)"', page).group(1)
    calls = set(re.findall(r'<a class="pcv-button pcv-button--light [^"]*" href="([^"]+)"', page))
    assert len(calls) == min(len(CALLS), 1)  # the header's button: the first call to action's page, if any
    assert sections and sections | {language, *calls} <= hrefs(footer), sections | {language, *calls} - hrefs(footer)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_spells_ceci_out_once_in_its_text(built_site: Path, lang: str) -> None:
    html = _html(built_site, "index.md", lang)
    article = html[html.index("<article"):html.index("</article>")]
    full = _shown_full_name(lang)
    assert article.count(full) == 1
    assert _in_language(full, lang) in article
    assert article.index(full) < article.index('class="pcv-section"'), "in the introduction, before the targets"


def _links(html: str) -> list[tuple[str, str]]:
    return [(href, re.sub(r"<[^>]+>", "", text).strip()) for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', html, re.S)]


def _page_title(site: Path, url: str) -> str:
    """The page's title as the build gives it: the last step of its JSON-LD trail."""
    trail = next(i for i in _json_ld(html_file(site, url).read_text(encoding="utf-8")) if i["@type"] == "BreadcrumbList")
    return trail["itemListElement"][-1]["name"]


@pytest.mark.parametrize(("prefix", "lang"), [("", "fr"), ("en/", "en")])
def test_not_found_page_lists_its_languages_main_pages_with_their_titles(built_site: Path, prefix: str, lang: str) -> None:
    html = (built_site / prefix / "404.html").read_text(encoding="utf-8")
    part = re.search(rf'<section class="pcv-notfound__part" lang="{lang}"[^>]*>(.*?)</section>', html, re.S).group(1)
    listed = [(resolve("", href), text) for href, text in _links(part)]
    assert all(href.startswith("/") for href, _ in _links(part)), "from the site root: the page is served at any depth"
    home = _html(built_site, "index.md", lang)
    sections = [resolve(page_url("index.md", lang), href)
                for href, _ in _links(re.search(r'<nav class="pcv-header__nav".*?</nav>', home, re.S).group(0))]
    urls = [url for url, _ in listed]
    assert urls[0] == page_url("index.md", lang) and len(set(urls)) == len(urls)
    # The header's sections and the page of its button (the first call's), which is not a section of its own when it
    # is a top-level entry of the menu; the calls in a section are under its link, as in the header.
    assert set(urls[1:]) == {*sections, *(page_url(call, lang) for call in CALLS[:1])} and len(sections) >= 3
    for url, text in listed[1:]:
        assert text == _page_title(built_site, url), url
