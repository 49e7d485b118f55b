"""Load and validate data/ before anything is built, and give it to the templates.

`on_config` fails the build with every data problem listed (file, line, what
to do) before the site folder is touched; `on_env` exposes the data of the
language being built as `pcv` in Jinja. The files are read once per build
process and again only when one of them changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from geo import MapProblem, load_map
from site_data import DataProblems, load_site_data
from view import SiteView, shared_path

log = logging.getLogger("mkdocs.hooks.data")


def data_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "data"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Stop the build, before any output, if data/ has problems."""
    try:
        load_site_data(data_dir(config))
    except DataProblems as exc:
        raise PluginError(
            "Les données de data/ ont des erreurs ; le site n'a pas été construit "
            f"et le site déjà construit est intact.\n{exc}"
        ) from None
    try:
        load_map(data_dir(config))
    except MapProblem as exc:
        raise PluginError(f"La carte n'a pas pu être lue ; le site n'a pas été construit.\n- {exc}") from None
    return config


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Expose this language's data and map as `pcv` and its strings as `t()` to the templates."""
    lang = config.theme["language"]
    page_urls = {shared_path(f.src_uri, lang): f.url for f in files.documentation_pages()}
    site = SiteView(load_site_data(data_dir(config)), lang, page_urls, load_map(data_dir(config)))
    env.globals["pcv"] = site
    env.globals["t"] = site.string
    return env
