"""The site's languages, the default first, as the engine declares the i18n plugin's list (pcv/checks/
engine_settings.yml, plugins.i18n.languages), read once per process for the modules that run without a
MkDocs configuration (the checks, the editor, the scripts); a build reads the same list from its own
configuration (pcv/languages/static_i18n.py), which the checks hold to it (pcv/checks/config_allowlist.py).

Read from the engine's copy, not from the programme's mkdocs.yml: a slip there (the two blocks swapped, one
removed) is what the checks must say, in their usual words, not what they read every other path by.
Pure module: no MkDocs import.
"""

from __future__ import annotations

from pathlib import Path

import yaml

ENGINE_SETTINGS = Path(__file__).parents[1] / "checks" / "engine_settings.yml"


def declared_languages(settings: Path = ENGINE_SETTINGS) -> tuple[str, ...]:
    """The locales of `settings`' plugins.i18n.languages that are built, the default first."""
    listed = yaml.safe_load(settings.read_text(encoding="utf-8"))["plugins"]["i18n"]["languages"]
    built = [language for language in listed if language.get("build", True)]
    return tuple(language["locale"] for language in sorted(built, key=lambda language: not language.get("default")))
