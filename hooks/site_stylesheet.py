"""Publish the site's one stylesheet, and write in each page the part of it that its first paint needs.

`on_env` (the files are settled by then, mkdocs-static-i18n included)
takes Material's stylesheet (and its source map) and our site.css out of
the files the site publishes and puts in their place one file named by its
content, `pcv.theme.css.site_stylesheet` of both; the templates get its
path as `stylesheet` (overrides/partials/stylesheet.html fetches it after
the first paint). `on_post_page` and `on_post_template` (the 404 page) write
in each page's <style> the rules its first paint needs
(`pcv.theme.first_paint`), after every other step that changes the page
but the sanitiser, which keeps that <style> (the template's own).

Events: `on_env`, `on_post_page`, `on_post_template`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from pcv.theme.css import material_stylesheet, site_stylesheet
from pcv.theme.first_paint import PLACEHOLDER, Stylesheet, parse, with_first_paint_css

SITE_CSS = "assets/stylesheets/site.css"  # the site's own styles, after Material's in the one stylesheet
BEFORE_THE_SANITISER = -900  # after every step that changes a page (-200 at most), before hooks/safe_html.py
_built: dict[str, Stylesheet] = {}  # "css" -> the stylesheet of the current build, read once


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    material = material_stylesheet(files)
    css = site_stylesheet(material.content_string,
                          Path(config.theme.custom_dir, SITE_CSS).read_text(encoding="utf-8"))
    for path in (material.src_uri, material.src_uri + ".map", SITE_CSS):
        if file := files.get_file_from_path(path):
            files.remove(file)
    name = f"assets/stylesheets/site.{hashlib.sha256(css.encode()).hexdigest()[:8]}.css"
    files.append(File.generated(config, name, content=css))
    _built["css"] = parse(css)
    env.globals["stylesheet"] = name
    env.globals["first_paint_placeholder"] = PLACEHOLDER
    return env


@event_priority(BEFORE_THE_SANITISER)
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return with_first_paint_css(output, _built["css"])


@event_priority(BEFORE_THE_SANITISER)
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    return with_first_paint_css(output_content, _built["css"]) if template_name.endswith(".html") else output_content
