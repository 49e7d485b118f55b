"""Search in the reader's language only, with forms of the same word found together.

mkdocs-static-i18n writes one search index for all languages (its issues #31
and #271), and Material's search reads `search/search_index.json` under the
`base` of the page's `__config`. Once every language is built, this hook
cuts that index into one per language, each in its language's folder
(`search/…` for French, `en/search/…` for English; see `pcv.publishing.search_index`),
and points the `base` of each page not in the default language, and of its
not-found page, at its folder.

Events: `on_post_page`, `on_post_template`, `on_post_build`.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from pcv.languages.static_i18n import all_languages_built, current_language, languages
from pcv.publishing.search_index import language_index
from pcv.theme.app_config import with_app_config

INDEX = "search/search_index.json"


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """On a page not in the default language, make the search read that language's index."""
    return _in_language_folder(output, config)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """The same on that language's not-found page (its `base` is the site root: "/" -> "/en/")."""
    return _in_language_folder(output_content, config) if template_name == "404.html" else output_content


def _in_language_folder(output: str, config: MkDocsConfig) -> str:
    prefix = current_language(config).prefix
    if not prefix:
        return output

    def rebase(app: dict) -> None:
        app["base"] = f"{app['base'].rstrip('/')}/{prefix}"  # "../.." -> "../../en/", "/" -> "/en/"

    return with_app_config(output, rebase)


@event_priority(-200)  # after static-i18n (-100) has built every language and merged the index
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    site = Path(config.site_dir)
    merged = json.loads((site / INDEX).read_text(encoding="utf-8"))
    prefixes = [lang.prefix for lang in languages(config)]
    for language in languages(config):
        others = tuple(p for p in prefixes if p and p != language.prefix)
        index = language_index(merged, language.locale, language.prefix, others)
        path = site / language.prefix / INDEX
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
