"""What the built pages promise to keyboard and screen reader users, and to slow networks:
a skip link that lands somewhere, no stylesheet link (but without script), headings in order, the map
as a hidden picture whose links are also in the text, the accessibility statement
linked from every page. (axe-core runs in the browser tests; vnu in test_html_validity.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pcv.inspection.pages import (LANGUAGES, country_pages, elements, html_file, page_url, resolve, role_page,
                                  role_pages, shared_page_paths)
from pcv.text.formatting import country_name

COUNTRY_PAGES = sorted(country_pages().values())
# The pages with the map of the countries: the home and, when the programme has it (optional), its activities page.
MAP_PAGES = ["index.md", *[role_pages()[r] for r in ("activities",) if r in role_pages()]]


def page_html(site: Path, path: str, lang: str) -> str:
    return html_file(site, page_url(path, lang)).read_text(encoding="utf-8")


def map_links(html: str) -> set[str]:
    """The hrefs of the links inside the map's SVG."""
    svg = re.search(r'<svg class="pcv-map[^"]*".*?</svg>', html, re.S)
    assert svg, "no map on the page"
    return set(re.findall(r'<a [^>]*href="([^"]+)"', svg.group(0)))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", shared_page_paths())
def test_page_basics(built_site: Path, path: str, lang: str) -> None:
    html = page_html(built_site, path, lang)
    tags = elements(html)
    skips = [a for tag, a, _ in tags if tag == "a" and "md-skip" in a.get("class", "")]
    assert len(skips) == 1, "exactly one skip link"
    target = skips[0]["href"].removeprefix("#")
    assert f'id="{target}"' in html, f"the skip link's target #{target} is missing"
    head = html[: html.index("</head>")]
    outside_noscript = re.sub(r"<noscript>.*?</noscript>", "", head, flags=re.S)
    assert not re.findall(r'<link rel="stylesheet"', outside_noscript), \
        "no stylesheet link but for readers without script: the first paint needs only the HTML"
    levels = [int(tag[1]) for tag, _, in_article in tags if in_article and re.fullmatch(r"h[1-6]", tag)]
    assert levels.count(1) == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    statement = page_url(role_page("accessibility"), lang)
    footer = html[html.index('<footer class="md-footer'):]
    assert any(resolve(page_url(path, lang), a["href"]) == statement
               for tag, a, _ in elements(footer) if tag == "a"), "footer links the accessibility statement"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", MAP_PAGES)
def test_map_links_are_out_of_the_keyboard_order_and_repeated_in_the_list(built_site: Path, path: str, lang: str) -> None:
    html = page_html(built_site, path, lang)
    svg = re.search(r'<svg class="pcv-map".*?</svg>', html, re.S).group(0)
    assert 'aria-hidden="true"' in svg[: svg.index(">")]
    anchors = re.findall(r"<a [^>]*>", svg)
    assert len(anchors) == len(COUNTRY_PAGES) and all('tabindex="-1"' in a for a in anchors)
    if not COUNTRY_PAGES:
        return  # no country has a page: the map links nowhere, and no list repeats its links
    # The text alternative: the one list under the map (home), or the country cards and
    # the other countries (where we work): a country with a page but no activities is linked among the others.
    parts = ((('class="pcv-where__list"', "</ol>"),) if path == "index.md" else
             (('class="pcv-cards pcv-cards--countries', "</ul>"), ('class="pcv-section pcv-undescribed"', "</section>")))
    list_links = {link for start, end in parts if start in html
                  for link in re.findall(r'<a href="([^"]+)"', html.split(start, 1)[1].split(end, 1)[0])}
    assert map_links(html) == list_links
    country_urls = {resolve(page_url(path, lang), href) for href in list_links}
    assert country_urls == {page_url(p, lang) for p in COUNTRY_PAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", COUNTRY_PAGES)
def test_country_page_shows_where_the_country_is(built_site: Path, path: str, lang: str) -> None:
    html = page_html(built_site, path, lang)
    current = re.findall(r'<g class="pcv-map__country is-current">.*?</g>', html, re.S)
    assert len(current) == 1, "the country is highlighted, once, and is not a link"
    name = re.search(r'class="pcv-map__label"[^>]*>([^<]+)<', current[0]).group(1)
    code = next(code for code, page in country_pages().items() if page == path)
    assert name == country_name(code, lang)  # the country's name; its page's title may say it otherwise (The Gambia)
    caption = re.search(r"<figcaption>(.*?)</figcaption>", html, re.S).group(1)
    assert name in caption, "the caption names the highlighted country"
    assert page_url(path, lang) not in {resolve(page_url(path, lang), h) for h in map_links(html)}
