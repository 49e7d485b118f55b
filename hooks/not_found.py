"""One "page not found" per language: /404.html in French, /en/404.html in English.

mkdocs-static-i18n writes a single 404.html, from the language built last
(its issue #284), and leaves in `config.extra.alternate` the counterparts of
the last page built. This hook points the language switcher and the head's
alternates of the 404 page at each language's home page, keeps the page each
language build renders, and writes them in place once every language is built,
through the sanitiser that every page leaves by (pcv/safety/sanitiser.py).
Hosts that know only /404.html (GitHub Pages) serve the French one, which
gives both languages equal room (overrides/404.html).

Events: `on_pre_template`, `on_post_template`, `on_post_build`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from jinja2 import Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from pcv.languages.static_i18n import all_languages_built, current_language, languages
from pcv.safety.sanitiser import clean_document

NOT_FOUND = "404.html"
_rendered: dict[str, str] = {}  # language prefix ("", "en/") -> its 404 page, for the current run


def on_pre_template(template: Template, *, template_name: str, config: MkDocsConfig) -> Template:
    if template_name == NOT_FOUND:
        site_url = config.site_url or "/"
        names = {lang.locale: lang.name for lang in config.plugins["i18n"].config.languages}
        # The attribute, as static-i18n sets it for each page (templates read it before the key): from the
        # second language on, it still holds the counterparts of the previous language's last page.
        config.extra.alternate = [
            {"name": names[lang.locale], "lang": lang.locale, "path": lang.prefix, "link": urljoin(site_url, lang.prefix)}
            for lang in languages(config)]
    return template


@event_priority(-999)  # after every other step but the sanitiser (hooks/safe_html.py, -1000)
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if template_name == NOT_FOUND:
        _rendered[current_language(config).prefix] = output_content
    return output_content


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    for prefix, page in _rendered.items():
        path = Path(config.site_dir) / prefix / NOT_FOUND
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(clean_document(page, config.site_url), encoding="utf-8")
