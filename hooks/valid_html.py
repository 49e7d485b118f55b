"""Remove an attribute of Material's markup that HTML does not allow.

mkdocs-material 9.8.2 writes them outside any template block, so they cannot
be overridden; the Nu Html Checker (tests/test_html_validity.py) rejects them:
autocomplete="off" on the drawer and search checkboxes (autocomplete is not
allowed on a checkbox, and the search field keeps its own). The sanitiser
(hooks/safe_html.py) removes the other, tabindex="" on navigation section
titles, since it needs no more than the attribute's value.

Events: `on_post_page`, `on_post_template`.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", output)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """The same for the pages rendered from a template alone (404.html)."""
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", output_content) if template_name.endswith(".html") else output_content
