"""The build, stage by stage: each MkDocs event of hooks/pcv_site.py runs the steps of its stage, in the order
written here. To add a step, write it beside its kind (setup_steps, page_steps, html_steps, site_steps: a
function taking the run first) and put it in its stage's tuple, where it must run.

One run is the outer build of the default language and, from inside static-i18n's `on_post_build`, the inner
build of each other language: `CONFIG` runs once per run; the per-file, per-page and per-template stages run in
each language; `SITE` once every language is built.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pcv.build import html_steps, page_steps, setup_steps, site_steps
from pcv.build.html_steps import Written
from pcv.build.run import Command, SiteBuild
from pcv.languages.static_i18n import all_languages_built

# on_config, before static-i18n's: nothing is built, nor any folder touched, until the checks pass.
CONFIG = (
    setup_steps.check_environment,  # PCV_SITE_URL, PCV_REPO_URL: before anything uses them
    setup_steps.write_beside_site_folder,
    setup_steps.check_project,  # every problem of data/, docs/, the menu and the templates, or the run stops
    setup_steps.add_markdown_extensions,
)
# on_files, after static-i18n's (which makes each language's files and their alternates)
FILES = (
    setup_steps.move_to_addresses,
    setup_steps.share_photos,
)
# on_env: the files are settled; the templates get their globals
ENV = (
    setup_steps.expose_data,  # `pcv`, `t()`: first, the next steps read this language's view
    setup_steps.publish_map_land,
    setup_steps.publish_stylesheet,
    setup_steps.expose_theme_script,
    setup_steps.expose_open_data,
    setup_steps.mark_own_code,
    setup_steps.compile_templates_once,
)
PAGE_MARKDOWN = (
    page_steps.show_original_with_figures,
    page_steps.title_as_heading,  # after the original is in place of a pending translation
    page_steps.template_of_role,
    page_steps.tell_photos,
)
PAGE_CONTENT = (
    page_steps.mark_original_language,
)
# on_page_context, after static-i18n's (priority 50), which sets `config.extra.alternate` for the page
PAGE_CONTEXT = (
    page_steps.translation_notice,
    page_steps.share_meta,
    page_steps.absolute_alternates,
)
PRE_TEMPLATE = (
    page_steps.not_found_alternates,
)
# Each page's whole HTML (on_post_page; on_post_template for 404.html)
PAGE_HTML = (
    html_steps.plain_script_texts,
    html_steps.french_typography,  # the last change to the page's text
    html_steps.search_entries,  # reads the spaced text
    html_steps.valid_html,
    html_steps.search_in_language_folder,
    html_steps.choose_first_paint_css,  # after every step that changes what the page shows
    html_steps.note_template_markup,  # last: what the templates and our steps wrote, for `sanitise` to compare
)
# After every other handler of any plugin or hook (see hooks/pcv_site.py): what leaves, sanitised.
CONTENT_LEAVING = (
    page_steps.clean_content,
)
PAGE_LEAVING = (
    html_steps.sanitise,
    html_steps.without_indentation,  # the page's bytes: the home's HTML must arrive in the first round trip
    html_steps.write_first_paint_css,  # our own stylesheet's rules: the sanitiser need not read them again
    html_steps.no_control_signs,  # the page as it leaves, first-paint rules included
    html_steps.content_security_policy,  # after the sanitiser, which would drop its <meta http-equiv>
    html_steps.keep_not_found,
)
# on_post_build of each language, before static-i18n's (which builds the next language from its own)
LANGUAGE_BUILT = (
    site_steps.files_without_metadata,
)
# the last on_post_build, once static-i18n has built every language
SITE = (
    site_steps.empty_sitemaps,
    site_steps.search_per_language,
    site_steps.open_data_files,
    site_steps.share_images,
    site_steps.staff_editor,  # after empty_sitemaps: /admin/ gets none
    site_steps.not_found_pages,
    site_steps.mkdocs_warnings,  # MkDocs' own (a missing file it found), at their page and line, first
    site_steps.check_links,  # every link and anchor the pages and templates wrote, once every file is written
    site_steps.done,
)


def configure(command: Command, config: MkDocsConfig) -> MkDocsConfig:
    """A new run at the outer `on_config` (static-i18n calls it again for each other language: nothing to do)."""
    if config.plugins["i18n"].building:
        return config
    command.run = run = SiteBuild.start(config, command)
    for step in CONFIG:
        step(run, config)
    return config


def files(run: SiteBuild, files: Files, config: MkDocsConfig) -> Files:
    for step in FILES:
        step(run, files, config)
    return files


def env(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    for step in ENV:
        step(run, env, config, files)
    return env


def page_markdown(run: SiteBuild, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    for step in PAGE_MARKDOWN:
        markdown = step(run, markdown, page, config, files)
    return markdown


def page_content(run: SiteBuild, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    for step in PAGE_CONTENT:
        html = step(run, html, page, config, files)
    return html


def content_leaving(run: SiteBuild, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    for step in CONTENT_LEAVING:
        html = step(run, html, page, config, files)
    return html


def page_context(run: SiteBuild, context: dict[str, Any], page: Page, config: MkDocsConfig) -> dict[str, Any]:
    for step in PAGE_CONTEXT:
        step(run, context, page, config)
    return context


def pre_template(run: SiteBuild, template: Template, template_name: str, config: MkDocsConfig) -> Template:
    for step in PRE_TEMPLATE:
        step(run, template, template_name, config)
    return template


def page_html(run: SiteBuild, html: str, written: Written) -> str:
    return _steps(PAGE_HTML, run, html, written)


def page_leaving(run: SiteBuild, html: str, written: Written) -> str:
    return _steps(PAGE_LEAVING, run, html, written)


def _steps(steps: tuple, run: SiteBuild, html: str, written: Written) -> str:
    if written.template is not None and not written.template.endswith(".html"):
        return html  # robots.txt, sitemap.xml: not pages
    for step in steps:
        html = step(run, html, written)
    return html


def language_built(run: SiteBuild, config: MkDocsConfig) -> None:
    for step in LANGUAGE_BUILT:
        step(run, config)


def site(run: SiteBuild, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return  # the end of a language built inside static-i18n's on_post_build
    for step in SITE:
        step(run, config)
