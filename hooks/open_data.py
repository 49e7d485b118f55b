"""Publish the figures and the countries as open data files, and list them for the templates.

`on_env` gives the templates `open_data` (the files, their formats, their
date); `on_post_build` writes the files once, into `donnees/` at the site
root, after every language is built. See `open_data_files.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from data import data_dir
from formatting import format_day
from i18n_build import all_languages_built
from open_data_files import FILES, FOLDER, DataFile
from site_data import load_site_data


@dataclass(frozen=True)
class OpenData:
    files: tuple[DataFile, ...]
    as_of: str  # in the language of the page: "29 novembre 2026"


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    data = load_site_data(data_dir(config))
    env.globals["open_data"] = OpenData(FILES, format_day(data.programme.as_of, config.theme["language"]))
    return env


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    data = load_site_data(data_dir(config))
    (Path(config.site_dir) / FOLDER).mkdir(parents=True, exist_ok=True)
    for file in FILES:
        (Path(config.site_dir) / file.path).write_bytes(file.render(data))
