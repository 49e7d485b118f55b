"""Serve Material's main.css without the rules of components this site does not use.

Event: `on_files` (after mkdocs-static-i18n has settled the files) replaces
the content of Material's stylesheet with `pcv.theme.css.slim` of it.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pcv.theme.css import MATERIAL_CSS, slim


@event_priority(-200)  # after mkdocs-static-i18n has settled the files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for file in files:
        if MATERIAL_CSS.fullmatch(file.src_uri):
            file.content_string = slim(file.content_string)
    return files
