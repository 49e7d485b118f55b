"""Search finds what a page shows: the index entries of each page come from its built content.

Material's search indexes the HTML of a page's Markdown only, before the
templates add what they draw from data/ (a country's regions and sectors,
the partners, the funder, the figures in the page's language). Once the page
is built, and after the French typography pass (listed before this hook),
this hook replaces the page's entries with those of its rendered article,
cut into sections by Material's own indexer.

Events: `on_post_page`.
"""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from pcv.publishing.search_index import is_entry_of, shown_content, without_empty_preface
from pcv.text.typography import french_spacing


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    search = config.plugins.get("material/search")
    content = shown_content(output)
    if search is None or content is None:
        return output
    shown = type(search.search_index)(**search.search_index.config)  # Material's indexer, for this page alone
    shown.add_entry_from_context(SimpleNamespace(content=content, toc=page.toc, url=page.url, meta=page.meta,
                                                 title=page.title))
    h1 = next((item.id for item in page.toc if item.level == 1), None)
    index = search.search_index
    index.entries = [entry for entry in index.entries if not is_entry_of(entry["location"], page.url)]
    lang = config.theme["language"]
    for entry in without_empty_preface(shown.entries, page.url, h1):
        # A section without a heading is titled by the front matter, which the typography pass did not see.
        index.entries.append({**entry, "title": french_spacing(entry["title"], lang)})
    return output
