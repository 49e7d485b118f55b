"""Steps at the end of a build: once a language is built (`LANGUAGE_BUILT`), and once every language is
(`SITE`, the last `on_post_build`): files written beside the pages. See `pcv.build.stages` for their order."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from pcv.build.mkdocs_warnings import warning_problems
from pcv.build.run import SiteBuild
from pcv.checks.site_links import link_problems
from pcv.editor.admin import EditorUnavailable, decap_dist, publish_for
from pcv.editor.config import EditorSettingsProblem, NoRepository
from pcv.pages.addresses import destination
from pcv.problems import ProblemsFound
from pcv.publishing.open_data import data_files
from pcv.publishing.photos import publish_originals
from pcv.publishing.share import IMAGE_PATH, share_card
from pcv.publishing.share_image import MissingFont, UnfitText, share_image
from pcv.publishing.search_index import language_index

log = logging.getLogger("mkdocs.pcv.editor")
INDEX = "search/search_index.json"
MAX_LISTED = 30
NOT_FOUND = "404.html"
EMPTY_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n'
)


def files_without_metadata(run: SiteBuild, config: MkDocsConfig) -> None:
    """Each photo this language published, written again from its pixels only (no EXIF, XMP or comment)."""
    if run.photos.files is not None:
        publish_originals(run.photos.files, Path(config.docs_dir))


def empty_sitemaps(run: SiteBuild, config: MkDocsConfig) -> None:
    """An empty sitemap.xml in each page's folder: Material's script fetches one beside every hreflang alternate
    (for its own language menu, which we do not use); the real sitemap stays at the root, named by robots.txt."""
    for page in Path(config.site_dir).rglob("index.html"):
        sitemap = page.parent / "sitemap.xml"
        if not sitemap.exists():
            sitemap.write_text(EMPTY_SITEMAP, encoding="utf-8")


def search_per_language(run: SiteBuild, config: MkDocsConfig) -> None:
    """static-i18n's one search index cut into one per language, in its folder (pcv.publishing.search_index)."""
    site = Path(config.site_dir)
    merged = json.loads((site / INDEX).read_text(encoding="utf-8"))
    prefixes = [lang.prefix for lang in run.languages]
    for language in run.languages:
        others = tuple(p for p in prefixes if p and p != language.prefix)
        synonyms = run.data.strings.get("search.synonyms")
        index = language_index(merged, language.locale, language.prefix, others,
                               synonyms.in_(language.locale) if synonyms else "")
        path = site / language.prefix / INDEX
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def open_data_files(run: SiteBuild, config: MkDocsConfig) -> None:
    """The figures and the countries as open data files, the same in each language's folder."""
    for file in data_files(run.data):
        content = file.render(run.data)
        for language in run.languages:
            path = Path(config.site_dir) / file.path(language.locale, language.prefix)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def share_images(run: SiteBuild, config: MkDocsConfig) -> None:
    """Each language's share image, drawn from the data (pcv.publishing.share_image): no stored image to redraw."""
    for language in run.languages:
        path = Path(config.site_dir) / IMAGE_PATH.format(lang=language.locale)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.write_bytes(share_image(share_card(run.data, language.locale)))
        except (MissingFont, UnfitText) as exc:  # texts are checked before the build (pcv/checks/share_text.py)
            raise PluginError(f"Images de partage : {exc}") from None


def staff_editor(run: SiteBuild, config: MkDocsConfig) -> None:
    """The staff web editor (Decap CMS) at /admin/ when npm has installed it and the programme names its repository
    (both required if PCV_EDITOR_REQUIRED=1).
    After `empty_sitemaps`: /admin/ is not a page and gets no sitemap."""
    if decap_dist(run.root) is None and os.environ.get("PCV_EDITOR_REQUIRED") != "1":
        log.info("Éditeur web (/admin/) non publié : Decap CMS n'est pas installé (npm ci).")
        return
    try:
        publish_for(config, Path(config.site_dir), run.data)
    except NoRepository as exc:  # a programme that names no repository has no editor (never another's)
        if os.environ.get("PCV_EDITOR_REQUIRED") == "1":
            raise PluginError(f"Éditeur web : {exc}") from None
        log.info(f"Éditeur web (/admin/) non publié : {exc}")
    except (EditorSettingsProblem, EditorUnavailable) as exc:
        raise PluginError(f"Éditeur web : {exc}") from None


def not_found_pages(run: SiteBuild, config: MkDocsConfig) -> None:
    """One 404 page per language: /404.html in French, /en/404.html in English (hosts that know only /404.html
    serve the French one, which gives both languages equal room: overrides/404.html)."""
    for prefix, page in run.not_found.items():
        path = Path(config.site_dir) / prefix / NOT_FOUND
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")  # as it left: sanitised, with its policy


def mkdocs_warnings(run: SiteBuild, config: MkDocsConfig) -> None:
    """MkDocs' warnings of every language (a link or a photo it found missing), said in French at their page and
    line, stop the run before the check of the built site, which would name the same address without its line."""
    if run.warnings and run.warnings.messages:
        raise ProblemsFound(warning_problems(run.warnings.messages, Path(config.docs_dir)))


def check_links(run: SiteBuild, config: MkDocsConfig) -> None:
    """Every link and anchor of the built pages leads to a file and an id the build wrote, or the run stops."""
    prefixes = {language.locale: language.prefix for language in run.languages}
    sources = {destination(run.state.pages, f"{lang}/{path}", prefixes): f"docs/{lang}/{path}"
               for lang, path in run.state.pages}
    problems = tuple(link_problems(Path(config.site_dir), config.site_url or "", sources, run.root))
    if problems:
        raise ProblemsFound(problems[:MAX_LISTED])


def done(run: SiteBuild, config: MkDocsConfig) -> None:
    """Every step done: the new site folder may take the old one's place (`on_shutdown`)."""
    run.built = True
