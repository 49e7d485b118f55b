"""Remove two attributes of Material's markup that HTML does not allow.

mkdocs-material 9.8.2 writes them outside any template block, so they cannot
be overridden; the Nu Html Checker (tests/test_html_validity.py) rejects them:
- autocomplete="off" on the drawer and search checkboxes (autocomplete is
  not allowed on a checkbox);
- tabindex="" on navigation section titles (an empty tabindex is not a number;
  Material means "not focusable", which is what no tabindex gives).

Events: `on_post_page`.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')
_EMPTY_TABINDEX = re.compile(r'(<label class="md-nav__link[^>]*?) tabindex=""')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    output = _TOGGLE_AUTOCOMPLETE.sub(r"\1", output)
    return _EMPTY_TABINDEX.sub(r"\1", output)
