"""Photos in the pages, published in responsive WebP sizes (pcv/publishing/photos.py).

Events: `on_config` adds the Markdown extension; `on_page_markdown` tells it
which page it renders next (and that page's files); `on_post_build` writes
each published photo again without its metadata.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pcv.publishing.photos import PhotoExtension, publish_originals

_photos = PhotoExtension()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _photos not in config.markdown_extensions:
        config.markdown_extensions.append(_photos)
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    _photos.page, _photos.files = page, files
    return markdown


def on_post_build(*, config: MkDocsConfig) -> None:
    if _photos.files is not None:
        publish_originals(_photos.files)
