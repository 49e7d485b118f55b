"""Publish the staff web editor (Decap CMS) at /admin/, configured from docs/ and schemas/.

Published when `npm ci` has installed Decap CMS; without it the site builds with Python alone and
has no /admin/, unless PCV_EDITOR_REQUIRED=1 (the Pages workflow), which then stops the build in
French. See `pcv.editor`.

Events: `on_post_build`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from pcv.editor.admin import EditorUnavailable, decap_dist, publish_editor
from pcv.editor.config import EditorSettingsProblem, Language, config_yaml, editor_config, editor_settings
from pcv.languages.static_i18n import all_languages_built, languages

log = logging.getLogger("mkdocs.hooks.editor")


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    project = Path(config.config_file_path).parent
    if decap_dist(project) is None and os.environ.get("PCV_EDITOR_REQUIRED") != "1":
        log.info("Éditeur web (/admin/) non publié : Decap CMS n'est pas installé (npm ci).")
        return
    names = {lang.locale: lang.name for lang in config.plugins["i18n"].config.languages}
    try:
        settings = editor_settings(config.repo_url or "", config.edit_uri or "", dict(os.environ))
        config_text = config_yaml(editor_config(
            project, [Language(lang.locale, names[lang.locale]) for lang in languages(config)], settings))
        publish_editor(project, Path(config.site_dir), config_text)
    except (EditorSettingsProblem, EditorUnavailable) as exc:
        raise PluginError(f"Éditeur web : {exc}") from None
