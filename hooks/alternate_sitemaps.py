"""Answer the sitemap requests that Material's script makes for each hreflang alternate.

Material's bundle fetches `sitemap.xml` next to every `<link rel="alternate">`
of the head (to keep the reader on the same page when switching language
through its own menu, which we do not use). Our alternates point at each
page, so each page would log two 404s in the console. An empty sitemap in
each page's folder makes those requests succeed (about 100 bytes each);
the site's real sitemap stays at the root, where robots.txt names it.

Events: `on_post_build`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from pcv.languages.static_i18n import all_languages_built

EMPTY_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n'
)


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    for page in Path(config.site_dir).rglob("index.html"):
        sitemap = page.parent / "sitemap.xml"
        if not sitemap.exists():
            sitemap.write_text(EMPTY_SITEMAP, encoding="utf-8")
