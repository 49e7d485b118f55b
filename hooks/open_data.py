"""Publish the figures and the countries as open data files, and list them for the templates.

`on_env` gives the templates `open_data` (the files, their formats, their
date) under their names in the page's language; `on_post_build` writes the
files, once every language is built, into each language's folder
(`donnees/` for French, `en/data/` for English), with the same content. See `pcv.publishing.open_data`.

Events: `on_env`, `on_post_build`.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pcv.data.loading import data_folder, load_site_data
from pcv.languages.static_i18n import all_languages_built, current_language, languages
from pcv.publishing.open_data import FILES, OpenData, listed_files
from pcv.text.formatting import format_day


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    data = load_site_data(data_folder(config.config_file_path))
    language = current_language(config)
    env.globals["open_data"] = OpenData(listed_files(language.locale, language.prefix),
                                        format_day(data.programme.as_of, language.locale))
    return env


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    data = load_site_data(data_folder(config.config_file_path))
    for file in FILES:
        content = file.render(data)
        for language in languages(config):
            path = Path(config.site_dir) / file.path(language.locale, language.prefix)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
