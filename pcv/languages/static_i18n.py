"""What mkdocs-static-i18n knows about the languages, for hooks that act on the whole site.

static-i18n builds the default language, then each other language from its
own `on_post_build` (priority -100). A hook that needs every language built
runs after it (`@event_priority(-200)`) and checks `all_languages_built`.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig


@dataclass(frozen=True)
class Language:
    locale: str  # "fr", "en"
    prefix: str  # folder of its pages from the site root: "" or "en/"
    default: bool


def _plugin(config: MkDocsConfig):
    return config.plugins["i18n"]


def languages(config: MkDocsConfig) -> list[Language]:
    """The languages built, the default one first."""
    built = [lang for lang in _plugin(config).config.languages if lang.build]
    built.sort(key=lambda lang: not lang.default)
    return [Language(lang.locale, lang.link.lstrip("/"), lang.default) for lang in built]


def current_language(config: MkDocsConfig) -> Language:
    """The language of the build in progress."""
    locale = config.theme["language"]
    return next(lang for lang in languages(config) if lang.locale == locale)


def all_languages_built(config: MkDocsConfig) -> bool:
    """True in the last `on_post_build` of a run, once every language is in the site folder."""
    return not _plugin(config).building
