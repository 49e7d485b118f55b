"""Reading the built site: which pages exist, and what their HTML says."""

from __future__ import annotations

import functools
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

from pcv.data.models import LANGUAGES  # noqa: F401 (the tests and benchmarks read it here)
from pcv.inspection.builds import ROOT
from pcv.pages.addresses import Pages, page_address
from pcv.pages.markdown import read_pages
from pcv.pages.roles import page_index



def shared_page_paths() -> list[str]:
    """Paths of the Markdown pages, as both language folders share them ("activites/benin.md")."""
    return sorted(p.relative_to(ROOT / "docs" / "fr").as_posix() for p in (ROOT / "docs" / "fr").rglob("*.md"))


def page_url(path: str, lang: str) -> str:
    """Site-root URL of a page, at its address in its language: "activites/bolivie.md", "en" ->
    "en/activities/bolivia/" (the slugs of docs/en/activites/index.md and docs/en/activites/bolivie.md)."""
    return ("" if lang == "fr" else f"{lang}/") + page_address(_pages(), lang, path)


def role_page(role: str) -> str:
    """The shared path of the project's page whose front matter says `role: <role>` ("partners")."""
    return page_index(_pages()).roles[role]


def role_pages() -> dict[str, str]:
    """The shared path of each page that declares a role, by role: the optional ones ("activities") may be absent."""
    return dict(page_index(_pages()).roles)


def country_pages() -> dict[str, str]:
    """The shared path of each country's page (front matter `country:`), by ISO code."""
    return page_index(_pages()).countries


def shown_meta(path: str, lang: str) -> dict:
    """The front matter a page shows in `lang`: its own or, while it awaits translation, its original's under it."""
    pages = _pages()
    own = pages[(lang, path)].meta
    if own.get("translation") != "pending":
        return own
    original = next(pages[(other, path)].meta for other in LANGUAGES if other != lang and (other, path) in pages)
    return {**original, **own}


@functools.cache
def _pages() -> Pages:
    return read_pages(ROOT / "docs")[0]


def html_file(site: Path, url: str) -> Path:
    return site / url / "index.html"


class Elements(HTMLParser):
    """Every start tag of a document with its attributes, in order, and whether it is in <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], bool]] = []
        self._article_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._article_depth += 1
        self.tags.append((tag, {k: v or "" for k, v in attrs}, self._article_depth > 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._article_depth -= 1


def elements(html: str) -> list[tuple[str, dict[str, str], bool]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def resolve(base_url: str, href: str) -> str:
    """`href` as seen from the page at site-root URL `base_url`, as a site-root URL."""
    return urljoin("/" + base_url, href).lstrip("/")
