"""Each page's sharing metadata (Open Graph, Twitter card) in its own language.

Gives the templates `share`: the page's title, description, absolute URL,
the share image of its language with its alternative text, and its locale
with the other languages' ("fr_CA", "en_CA"). `partials/share-meta.html`
writes the tags.

Events: `on_page_context`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from pcv.data.loading import data_folder, load_site_data
from pcv.publishing.share import HEIGHT, IMAGE_PATH, WIDTH, ShareMeta, share_card
from pcv.text.formatting import BABEL_LOCALES
from pcv.view import shared_path


def on_page_context(
    context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    lang = config.theme["language"]
    site_url = config.site_url or "/"
    context["share"] = ShareMeta(
        site_name=config.site_name,
        title=config.site_name if shared_path(page.file.src_uri, lang) == "index.md" else page.title,
        description=page.meta.get("description") or config.site_description or "",
        url=page.canonical_url or urljoin(site_url, page.url),
        image=urljoin(site_url, IMAGE_PATH.format(lang=lang)),
        image_alt=share_card(load_site_data(data_folder(config.config_file_path)), lang).alt,
        image_width=WIDTH,
        image_height=HEIGHT,
        locale=BABEL_LOCALES[lang],
        alternate_locales=tuple(locale for code, locale in BABEL_LOCALES.items() if code != lang),
    )
    return context
