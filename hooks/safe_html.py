"""Every page leaves the build through one allowlist sanitiser (pcv/safety/sanitiser.py).

`on_env` lets the templates' own scripts and styles through it
(pcv/safety/own_code.py). `on_page_content` cleans the Markdown's HTML to
what a page may hold (the checks have already stopped the build, with file
and line, if that removes anything a person typed). `on_post_page` and
`on_post_template` clean every page as it is written, after every other
step that changes it (the lowest priority), so nothing leaves unsanitised.

Events: `on_env`, `on_page_content`, `on_post_page`, `on_post_template`.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pcv.safety.allowlist import PAGE
from pcv.safety.own_code import OwnCode
from pcv.safety.sanitiser import clean_document, clean_fragment

LAST = -1000  # below every other handler (static-i18n's are at -100, ours at -200 at most)


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    env.add_extension(OwnCode)
    return env


@event_priority(LAST)
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return clean_fragment(html, PAGE)


@event_priority(LAST)
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return clean_document(output, config.site_url)


@event_priority(LAST)
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    return clean_document(output_content, config.site_url) if template_name.endswith(".html") else output_content
