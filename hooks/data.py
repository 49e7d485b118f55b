"""Check data/ and docs/ before anything is built, and give the data to the templates.

`on_config` fails the build with every problem of the data and the pages of
both languages listed (file, line, what to do) before the site folder is
touched; `on_env` exposes the data of the language being built as `pcv` in
Jinja, with every page's address and title in both languages. The data files
are read once per build process and again only when one of them changes.

Events: `on_config`, `on_env`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from pcv.checks.project import ProblemsFound, site_problems
from pcv.data.loading import data_folder, load_site_data
from pcv.data.map_shapes import load_map
from pcv.pages.markdown import read_pages, shown_titles
from pcv.view import SiteView, shared_path

log = logging.getLogger("mkdocs.hooks.data")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Stop the build, before any output, if the data or the pages have problems."""
    problems = site_problems(config)
    if problems:
        raise ProblemsFound(problems)
    return config


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Expose this language's data and map as `pcv` and its strings as `t()` to the templates."""
    lang = config.theme["language"]
    page_urls = {(shared_path(f.src_uri, lang), lang): f.url for f in files.documentation_pages()}
    # static-i18n gives each page its counterparts in the other languages (`alternates`).
    page_urls |= {(shared_path(f.src_uri, lang), other): counterpart.url
                  for f in files.documentation_pages()
                  for other, counterpart in getattr(f, "alternates", {}).items() if other != lang}
    data = data_folder(config.config_file_path)
    titles = shown_titles(read_pages(Path(config.docs_dir))[0])
    site = SiteView(load_site_data(data), lang, page_urls, load_map(data), titles)
    env.globals["pcv"] = site
    env.globals["t"] = site.string
    return env
