"""French typography in every page: no-break spaces where French needs them, in all that readers meet.

Editors, data and the theme type ordinary spaces, or none. As the last change
to each page's text (before the output sanitiser), this hook spaces the text
and the attributes of every French element: all of a French page but what is
marked in another language, and what is marked French on an English page
(see `pcv.text.typography`); and, on French pages, Material's labels that its
script follows with ": ". The search index reads the page after it.

Events: `on_post_page`.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from pcv.text.typography import french_spacing, space_script_labels
from pcv.theme.app_config import with_app_config


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    lang = config.theme["language"]
    if lang == "fr":
        output = with_app_config(output, lambda app: space_script_labels(app.get("translations", {})))
    return french_spacing(output, lang)
