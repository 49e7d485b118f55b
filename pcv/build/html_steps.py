"""Steps of each page's whole HTML, once its template has rendered it (`on_post_page`, and `on_post_template`
for the pages of a template alone: 404.html). Each takes the run, the HTML and the page written, and returns
the HTML; `pcv.build.stages.PAGE_HTML` gives their order, the sanitiser last."""

from __future__ import annotations

import html as html_text
import re
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from pcv.build.run import SiteBuild
from pcv.checks.invisible_signs import control_sign_problem
from pcv.publishing.search_index import indexed_content, is_entry_of, without_empty_preface
from pcv.problems import ProblemsFound
from pcv.safety.csp import with_policy
from pcv.safety.removals import markup, removal_problem
from pcv.safety.sanitiser import clean_document
from pcv.text.typography import french_spacing, space_script_labels
from pcv.theme.app_config import plain_translations, with_app_config
from pcv.theme.first_paint import PLACEHOLDER, first_paint_css

NOT_FOUND = "404.html"
# A search matching only their text ranks these after the page it is about (lunr's document boost; a match
# in a title still weighs a thousand times more): pages about the site itself, and the home, whose summaries
# name what every other page says ("benin": the Bénin page, then the pages listing countries, the home last).
SEARCH_WEIGHT = {"accessibility": 0.2, "open-data": 0.2, "home": 0.3}
_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')


@dataclass(frozen=True)
class Written:
    """A page as its template wrote it: a page of the site (`page`), or a template alone (`template`)."""

    config: MkDocsConfig
    page: Page | None = None
    template: str | None = None

    @property
    def lang(self) -> str:
        return self.config.theme["language"]

    @property
    def key(self) -> str:
        """The page, among all the pages of the run."""
        return f"{self.lang}:{self.page.file.src_uri if self.page else self.template}"

    @property
    def template_name(self) -> str:
        return self.template or (self.page.meta.get("template") if self.page else None) or "main.html"

    @property
    def address(self) -> str:
        return f"/{self.page.url}" if self.page else f"{self.template} ({self.lang})"


def plain_script_texts(run: SiteBuild, html: str, written: Written) -> str:
    """Material's texts for its script, in the page's JSON configuration (read and written once), as plain
    text (not HTML); on French pages, its labels that its script follows with ": " end with a no-break space."""

    def change(app: dict) -> None:
        plain_translations(app)
        if written.lang == "fr":
            space_script_labels(app.get("translations", {}))

    return with_app_config(html, change)


def french_typography(run: SiteBuild, html: str, written: Written) -> str:
    """No-break spaces where French needs them, in the text and attributes of every French element
    (pcv.text.typography; Material's labels for its script: `plain_script_texts`)."""
    return french_spacing(html, written.lang, run.spacing_memo)


def search_entries(run: SiteBuild, html: str, written: Written) -> str:
    """The page's search entries made from its rendered article (what the templates drew from data/
    included), spaced already, cut into sections by Material's own indexer (given only what it reads).
    The page's own entry starts with its description (its front matter's, else the site's): a result's
    two lines are then a summary written for people, not the first things the page draws (a row of
    countries, a map's caption)."""
    page, config = written.page, written.config
    search = config.plugins.get("material/search")
    content = indexed_content(html) if page else None
    if search is None or content is None:
        return html
    shown = type(search.search_index)(**search.search_index.config)  # Material's indexer, for this page alone
    shown.add_entry_from_context(SimpleNamespace(content=content, toc=page.toc, url=page.url, meta=page.meta,
                                                 title=page.title))
    h1 = next((item.id for item in page.toc if item.level == 1), None)
    index = search.search_index
    # Material indexed the page's Markdown in its on_page_context, just before: its entries are the last ones.
    while index.entries and is_entry_of(index.entries[-1]["location"], page.url):
        index.entries.pop()
    home = page.url == run.language(written.lang).prefix
    boost = SEARCH_WEIGHT.get("home" if home else page.meta.get("role"))
    description = page.meta.get("description") or config.site_description
    summary = french_spacing(f"<p>{html_text.escape(description.strip())}</p>", written.lang) if description else ""
    for entry in without_empty_preface(shown.entries, page.url, h1):
        # A section without a heading is titled by the front matter, which the typography pass did not see.
        entry = {**entry, "title": french_spacing(entry["title"], written.lang)}
        if summary and entry["location"] == page.url:
            entry["text"] = f"{summary} {entry['text']}"
        index.entries.append({**entry, "boost": boost} if boost else entry)
    return html


def valid_html(run: SiteBuild, html: str, written: Written) -> str:
    """Without the attribute of Material's markup that HTML does not allow and no template can override:
    autocomplete="off" on the drawer and search checkboxes (the sanitiser drops the other, an empty tabindex)."""
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", html)


def search_in_language_folder(run: SiteBuild, html: str, written: Written) -> str:
    """A page not in the default language reads its language's search index (`base` + its folder:
    "../.." -> "../../en/", "/" -> "/en/"); `search_per_language` writes the indexes."""
    if written.template not in (None, NOT_FOUND):
        return html
    prefix = run.language(written.lang).prefix
    if not prefix:
        return html

    def rebase(app: dict) -> None:
        app["base"] = f"{app['base'].rstrip('/')}/{prefix}"

    return with_app_config(html, rebase)


def choose_first_paint_css(run: SiteBuild, html: str, written: Written) -> str:
    """The rules of the site's stylesheet that the page's first paint needs (pcv.theme.first_paint), chosen from
    what the page shows; `write_first_paint_css` puts them in its <style> once the page is sanitised."""
    if PLACEHOLDER in html:
        run.first_paint[written.key] = first_paint_css(run.stylesheet, html)
    return html


def note_template_markup(run: SiteBuild, html: str, written: Written) -> str:
    """What the templates and our steps wrote in the page, counted, for `sanitise` to compare (last of PAGE_HTML)."""
    run.written_markup[written.key] = markup(html, run.markup_memo)
    return html


_KEPT_AS_WRITTEN = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
_INDENTATION = re.compile(r"\n[ \t]+")


def without_indentation(run: SiteBuild, html: str, written: Written) -> str:
    """The page without the templates' indentation (spaces at the start of a line), which the browser shows as
    nothing more than the line break before it: about 400 bytes of gzip on the home, whose HTML must arrive in
    the first round trip. What a <pre>, <textarea>, <script> or <style> holds is kept as written."""
    parts = _KEPT_AS_WRITTEN.split(html)
    # split() with two groups: text, whole element, its tag name, text, …
    return "".join(_INDENTATION.sub("\n", part) if i % 3 == 0 else part if i % 3 == 1 else ""
                   for i, part in enumerate(parts))


def write_first_paint_css(run: SiteBuild, html: str, written: Written) -> str:
    """The page's first-paint rules in its <style>, after the sanitiser (which sets the templates' own styles
    aside, untouched) and before the Content-Security-Policy hashes them."""
    css = run.first_paint.pop(written.key, None)
    return html if css is None else html.replace(PLACEHOLDER, css, 1)


def no_control_signs(run: SiteBuild, html: str, written: Written) -> str:
    """The page as it leaves holds no invisible control sign (pcv/checks/invisible_signs.py), or the build stops."""
    if problem := control_sign_problem(html, ""):
        raise ProblemsFound((replace(problem, file=_source(written)),))  # the source named only then
    return html


def content_security_policy(run: SiteBuild, html: str, written: Written) -> str:
    """The page's Content-Security-Policy from the hashes of its inline scripts and styles (pcv/safety/csp.py); in
    the preview too, where the live-reload script MkDocs adds to each answer is allowed as it is sent."""
    return with_policy(html)


def keep_not_found(run: SiteBuild, html: str, written: Written) -> str:
    """Each language's 404 page kept as it leaves, to be written at the end (static-i18n writes one only: its
    issue #284)."""
    if written.template == NOT_FOUND:
        run.not_found[run.language(written.lang).prefix] = html
    return html


def sanitise(run: SiteBuild, html: str, written: Written) -> str:
    """The allowlist sanitiser every page leaves by (pcv/safety/sanitiser.py), the templates' own code kept;
    if it would remove anything the templates wrote, the build stops naming the template (pcv/safety/removals.py)."""
    clean = clean_document(html, written.config.site_url)
    written_markup = run.written_markup.pop(written.key, None)
    lost = written_markup - markup(clean, run.markup_memo) if written_markup is not None else None
    if lost:
        config = written.config
        custom_dir = Path(config.theme.custom_dir or config.docs_dir)
        raise ProblemsFound((removal_problem(lost, written.template_name, custom_dir, run.root, written.address),))
    return clean


def _source(written: Written) -> str:
    """The file a page comes from, as staff name it (« docs/fr/contact.md »; a template alone: its own)."""
    if written.page is None:
        return f"overrides/{written.template}"
    project = Path(written.config.config_file_path).resolve().parent
    return Path(written.config.docs_dir, written.page.file.src_uri).relative_to(project).as_posix()
