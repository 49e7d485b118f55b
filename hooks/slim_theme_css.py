"""Inline Material's main.css, without the rules of components this site does not use.

Event: `on_env` (the files are settled by then, mkdocs-static-i18n included)
takes Material's stylesheet (and its source map) out of the files the site publishes and gives
`pcv.theme.css.inline_css` of it to the templates as `theme_css`:
overrides/main.html writes it in each page's head, so the first paint needs
only the HTML (no render-blocking stylesheet request).
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from pcv.theme.css import inline_css, material_stylesheet

SITE_CSS = "assets/stylesheets/site.css"  # the site's own styles, inlined after Material's by overrides/main.html


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    stylesheet = material_stylesheet(files)
    site_css = Path(config.theme.custom_dir, SITE_CSS).read_text(encoding="utf-8")
    env.globals["theme_css"] = inline_css(stylesheet.content_string, site_css)
    files.remove(stylesheet)
    source_map = files.get_file_from_path(stylesheet.src_uri + ".map")
    if source_map:
        files.remove(source_map)
    return env
