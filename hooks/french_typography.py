"""French typography on the French pages: non-breaking spaces where French needs them.

Editors type ordinary spaces; this hook turns the space before ; ! ? into a
narrow no-break space, and the space before : and inside « » into a
no-break space, in the text of every French page (not in tags, code or scripts).

Events: `on_post_page`.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from pcv.text.typography import french_spacing


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if config.theme["language"] != "fr":
        return output
    return french_spacing(output)
