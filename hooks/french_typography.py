"""French typography in every page: no-break spaces where French needs them, in all that readers meet.

Editors, data and the theme type ordinary spaces, or none. As the last change
to each page's text (before the output sanitiser), this hook spaces the text
and the attributes of every French element: all of a French page but what is
marked in another language, and what is marked French on an English page
(see `pcv.text.typography`); and, on French pages, Material's labels that its
script follows with ": ". The search index reads the page after it.

Events: `on_post_page`, `on_post_template`.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from pcv.text.typography import french_spacing, space_script_labels
from pcv.theme.app_config import with_app_config


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return _spaced(output, config.theme["language"])


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """The same for the pages rendered from a template alone (404.html)."""
    return _spaced(output_content, config.theme["language"]) if template_name.endswith(".html") else output_content


def _spaced(output: str, lang: str) -> str:
    if lang == "fr":
        output = with_app_config(output, lambda app: space_script_labels(app.get("translations", {})))
    return french_spacing(output, lang)
