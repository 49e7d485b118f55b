"""What each page shows: data figures in place of `{{ placeholders }}`, and the original
of a page awaiting translation.

A page marked `translation: pending` shows its original (the other language's
version) inside an element with that language's `lang`. Such pages and
translations whose original has changed since get `translation_notice` in
their template context, which `partials/translation-notice.html` shows.
Every page gets `page_modified`, the day its shown text last changed in the
repository's history ("2026-11-30", or None), for the footer.

Events: `on_page_markdown`, `on_page_content`, `on_page_context`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from pcv.checks.project import ProjectState, nav_paths, project_state
from pcv.languages.translations import PageTranslation, Status
from pcv.pages.figures import figure_texts, fill_placeholders
from pcv.pages.history import last_commit_dates
from pcv.safety.page_html import MarkdownSettings
from pcv.view import shared_path

NOTICES = {Status.PENDING: "pending", Status.OUT_OF_DATE: "out_of_date"}


def _state(config: MkDocsConfig) -> ProjectState:
    return project_state(Path(config.config_file_path).parent, Path(config.docs_dir), nav_paths(config.nav),
                         MarkdownSettings.of(config.markdown_extensions, config.mdx_configs))


def _translation(page: Page, config: MkDocsConfig) -> PageTranslation | None:
    """The page's translation state, if this build's version of it is the translation."""
    lang = config.theme["language"]
    translation = _state(config).translations.get(shared_path(page.file.src_uri, lang))
    return translation if translation and translation.translation == lang else None


def _shown_original(page: Page, config: MkDocsConfig) -> str | None:
    """The language of the original this page shows in place of its pending translation."""
    translation = _translation(page, config)
    return translation.source if translation and translation.status is Status.PENDING else None


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = _state(config)
    lang = config.theme["language"]
    original = _shown_original(page, config)
    if original:
        source = state.pages[(original, shared_path(page.file.src_uri, lang))]
        page.meta = {**source.meta, **page.meta}
        markdown, lang = source.body, original
    return fill_placeholders(markdown, figure_texts(state.data, lang))


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    original = _shown_original(page, config)
    if not original:
        return html
    return f'<div lang="{original}">{html}</div>'


def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    translation = _translation(page, config)
    notice = NOTICES.get(translation.status) if translation else None
    context["translation_notice"] = {"kind": notice, "original": translation.source} if notice else None
    context["page_modified"] = _modified(page, config)
    return context


def _modified(page: Page, config: MkDocsConfig) -> str | None:
    """The day the text this page shows last changed: its own file, or the original it shows."""
    root = Path(config.config_file_path).parent
    original = _shown_original(page, config)
    shown = Path(config.docs_dir) / original / shared_path(page.file.src_uri, config.theme["language"]) \
        if original else Path(page.file.abs_src_path)
    when = last_commit_dates(root).get(shown.resolve().relative_to(root.resolve()).as_posix())
    return when.date().isoformat() if when else None
