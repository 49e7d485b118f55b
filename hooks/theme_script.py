"""Name Material's script for the templates, which fetch it on demand.

Event: `on_env` exposes `theme_script`, the site-relative path of Material's
bundle (its name carries a hash that changes with each release), to
overrides/partials/theme-script.html.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from pcv.theme.script import theme_script


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    env.globals["theme_script"] = theme_script(config.theme.dirs)
    return env
