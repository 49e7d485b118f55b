"""Steps of each page before its HTML is written: its Markdown (`on_page_markdown`), the HTML of its Markdown
(`on_page_content`) and what its template gets (`on_page_context`). See `pcv.build.stages` for their order."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from jinja2 import Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pcv.build.pending_links import in_reader_language
from pcv.build.run import SiteBuild
from pcv.languages.translations import PageTranslation, Status
from pcv.pages.figures import as_written, figure_texts
from pcv.pages.headings import headed
from pcv.pages.roles import HOME, role_template
from pcv.publishing.share import HEIGHT, IMAGE_PATH, WIDTH, ShareMeta, share_card, tab_name
from pcv.safety.allowlist import PAGE
from pcv.safety.sanitiser import clean_fragment
from pcv.text.formatting import format_day
from pcv.data.models import LANGUAGES
from pcv.view import shared_path

NOTICES = {Status.PENDING: "pending", Status.OUT_OF_DATE: "out_of_date"}
# The data file whose content a page draws as its own besides its text: a country's facts, the partners,
# the home's figures. Its date counts as the page's when it changed later (the footer's date modified).
DRAWN_DATA = {"country": "data/countries.yaml", "partners": "data/partners.yaml", HOME: "data/programme.yaml"}
NOT_FOUND = "404.html"


def _translation(run: SiteBuild, page: Page, lang: str) -> PageTranslation | None:
    """The page's translation state, if this build's version of it is the translation."""
    translation = run.state.translations.get(shared_path(page.file.src_uri, lang))
    return translation if translation and translation.translation == lang else None


def _shown_original(run: SiteBuild, page: Page, lang: str) -> str | None:
    """The language of the original this page shows in place of its pending translation."""
    translation = _translation(run, page, lang)
    return translation.source if translation and translation.status is Status.PENDING else None


# on_page_markdown

def show_original_with_figures(run: SiteBuild, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The figures Markdown shows for `{{ placeholders }}`, in the language of the text shown (numbers kept as
    written, `{{ "2030" }}`, in the title and description too); a page awaiting translation shows its original."""
    lang = config.theme["language"]
    # The front matter as our checks read it (YAML 1.2, pcv/pages/markdown.py), not as MkDocs did (YAML 1.1: « Yes »
    # a boolean), which the web editor's writer, YAML 1.2 too, leaves unquoted.
    ours = run.state.pages.get((lang, unicodedata.normalize("NFC", shared_path(page.file.src_uri, lang))))
    if ours and ours.meta and not page.meta:  # YAML 1.1 could not read it (« date: 2026-02-30 »): MkDocs left it
        markdown = ours.body
    page.meta = dict(ours.meta) if ours else page.meta
    original = _shown_original(run, page, lang)
    if original:
        source = run.state.pages[(original, shared_path(page.file.src_uri, lang))]
        page.meta = {**source.meta, **page.meta}
        markdown = in_reader_language(source.body, shared_path(page.file.src_uri, lang), original, lang, run.state.pages)
        lang = original
    page.meta = {key: as_written(value) if key in ("title", "description") and isinstance(value, str) else value
                 for key, value in page.meta.items()}
    run.figures.texts = figure_texts(run.data, lang)  # filled by Markdown, in its text only (pcv/pages/placeholders.py)
    return markdown


def title_as_heading(run: SiteBuild, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A page whose text has no `# Titre` line is headed by its `title` (pcv/pages/headings.py); not the home
    page, whose template draws the data's headline."""
    return headed(markdown, shared_path(page.file.src_uri, config.theme["language"]), page.meta.get("title"))


def template_of_role(run: SiteBuild, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A page with no `template:` is drawn with its role's (pcv/pages/roles.py): the contact page with its
    cards and its « signaler » anchor, the home page with the data's headline, whatever its file names."""
    template = role_template(shared_path(page.file.src_uri, config.theme["language"]), page.meta, run.data)
    if template:
        page.meta["template"] = template
    return markdown


def tell_photos(run: SiteBuild, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The photo extension learns which page it renders next, and that page's files."""
    run.photos.page, run.photos.files = page, files
    return markdown


# on_page_content

def mark_original_language(run: SiteBuild, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The original shown in place of a pending translation, inside an element with its `lang`."""
    original = _shown_original(run, page, config.theme["language"])
    return f'<div lang="{original}">{html}</div>' if original else html


def clean_content(run: SiteBuild, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The Markdown's HTML, cleaned to what a page may hold (the checks have already stopped the build,
    with file and line, if that removes anything a person typed)."""
    return clean_fragment(html, PAGE)


# on_page_context, after static-i18n's, which points `config.extra.alternate` at the page's counterparts

def translation_notice(run: SiteBuild, context: dict[str, Any], page: Page, config: MkDocsConfig) -> None:
    """`translation_notice` for a pending or out-of-date translation; `page_modified`, the day the text
    the page shows, or the data it draws as its own (DRAWN_DATA), last changed in the repository's history
    ("2026-11-30"; None while its text has none), and `page_modified_text`, that day as the language writes it
    ("30 novembre 2026"), for the footer."""
    lang = config.theme["language"]
    translation = _translation(run, page, lang)
    notice = NOTICES.get(translation.status) if translation else None
    context["translation_notice"] = {"kind": notice, "original": translation.source} if notice else None
    original = _shown_original(run, page, lang)
    shown = Path(config.docs_dir) / original / shared_path(page.file.src_uri, lang) \
        if original else Path(page.file.abs_src_path)
    history = run.state.history
    when = history.get(shown.resolve().relative_to(run.root.resolve()).as_posix())
    path = shared_path(page.file.src_uri, lang)
    kind = "country" if page.meta.get("country") else HOME if path == HOME else page.meta.get("role")
    drawn = history.get(DRAWN_DATA.get(kind, ""))
    when = max(when, drawn) if when and drawn else when
    context["page_modified"] = when.date().isoformat() if when else None
    context["page_modified_text"] = format_day(context["page_modified"], lang) if when else None


def share_meta(run: SiteBuild, context: dict[str, Any], page: Page, config: MkDocsConfig) -> None:
    """`share`: the page's Open Graph and Twitter card metadata in its language (partials/share-meta.html), and the
    name its tab's title ends with (main.html)."""
    lang = config.theme["language"]
    site_url = config.site_url or "/"
    country = run.data.programme.locale_country
    context["share"] = ShareMeta(
        site_name=config.site_name,
        tab_name=tab_name(run.views[lang].string("home.hero.label").striptags(), config.site_name),
        title=config.site_name if shared_path(page.file.src_uri, lang) == "index.md" else page.title,
        description=page.meta.get("description") or config.site_description or "",
        url=page.canonical_url or urljoin(site_url, page.url),
        image=urljoin(site_url, IMAGE_PATH.format(lang=lang)),
        image_alt=share_card(run.data, lang).alt,
        image_width=WIDTH,
        image_height=HEIGHT,
        locale=_locale(lang, country),
        alternate_locales=tuple(_locale(code, country) for code in LANGUAGES if code != lang) if country else (),
    )


def _locale(lang: str, country: str | None) -> str | None:
    """Open Graph's locale of `lang` (« fr_CA »), from the country the data names (none without one)."""
    return f"{lang}_{country}" if country else None


def absolute_alternates(run: SiteBuild, context: dict[str, Any], page: Page, config: MkDocsConfig) -> None:
    """Each other-language version as an absolute URL (hreflang), its site-relative path (the switcher),
    and the default language's page as `x_default_url`."""
    site_url = config.site_url or "/"
    alternates = []
    # static-i18n sets the attribute (not the key) for each page: read it the same way.
    counterparts = getattr(page.file, "alternates", {})
    for alternate in getattr(config.extra, "alternate", None) or []:
        counterpart = counterparts.get(alternate["lang"])
        if counterpart is None:
            continue
        path = "" if counterpart.url in ("./", ".") else counterpart.url
        alternate["path"] = path
        alternate["link"] = urljoin(site_url, path)
        alternates.append(alternate)
    default = run.languages[0].locale
    context["x_default_url"] = next((a["link"] for a in alternates if a["lang"] == default), None)


# on_pre_template

def not_found_alternates(run: SiteBuild, template: Template, template_name: str, config: MkDocsConfig) -> None:
    """The 404 page's switcher and alternates point at each language's home page (static-i18n leaves there
    the counterparts of the last page built: from the second language on, the previous language's)."""
    if template_name != NOT_FOUND:
        return
    site_url = config.site_url or "/"
    names = {lang.locale: lang.name for lang in config.plugins["i18n"].config.languages}
    # The attribute, as static-i18n sets it for each page (templates read it before the key).
    config.extra.alternate = [
        {"name": names[lang.locale], "lang": lang.locale, "path": lang.prefix, "link": urljoin(site_url, lang.prefix)}
        for lang in run.languages]
