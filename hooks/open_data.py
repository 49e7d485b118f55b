"""Publish the figures and the countries as open data files, and list them for the templates.

`on_env` gives the templates `open_data` (the files, their formats, their
date); `on_post_build` writes the files once, into `donnees/` at the site
root, after every language is built. See `pcv.publishing.open_data`.

Events: `on_env`, `on_post_build`.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pcv.data.loading import data_folder, load_site_data
from pcv.languages.static_i18n import all_languages_built
from pcv.publishing.open_data import FILES, FOLDER, OpenData
from pcv.text.formatting import format_day


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    data = load_site_data(data_folder(config.config_file_path))
    env.globals["open_data"] = OpenData(FILES, format_day(data.programme.as_of, config.theme["language"]))
    return env


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    data = load_site_data(data_folder(config.config_file_path))
    (Path(config.site_dir) / FOLDER).mkdir(parents=True, exist_ok=True)
    for file in FILES:
        (Path(config.site_dir) / file.path).write_bytes(file.render(data))
