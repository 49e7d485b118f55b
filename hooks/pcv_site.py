"""The site's one hook: each MkDocs event handed to its stage of the build (pcv/build/stages.py lists the
steps of every stage, in order; pcv/build/run.py holds what a run knows).

MkDocs calls these in this order, per language: on_config, on_files, on_env, then for each page
on_page_markdown, on_page_content, on_page_context, on_post_page; the templates alone (404.html) get
on_pre_template and on_post_template; mkdocs-static-i18n builds the other languages from its own
on_post_build, after which our on_post_build writes what needs every language. Priorities say only
"before" or "after" static-i18n's handler of the same event, and why.

The only state kept here is the command: on_startup and on_shutdown frame a whole command (one run for
`mkdocs build`, one per rebuild for `make serve`), and on_build_error is given no configuration. Where one event has steps at two priorities, `CombinedEvent`
(as mkdocstrings uses it) registers both under the event's name.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError, PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from pcv.build import stages
from pcv.build.html_steps import Written
from pcv.build.run import Command
from pcv.problems import problems_report
from pcv.publishing.output_folder import discard, swap
from pcv.safety.log_lines import make_logs_inert
from pcv.build.failures import problem_of
from pcv.build.mkdocs_warnings import warning_problems

log = logging.getLogger("mkdocs.hooks.site")

_command = Command()
# The one priority that is not "before/after static-i18n": what leaves a page (its Markdown's HTML, its whole
# HTML) leaves last of every handler, any plugin's or hook's, so that nothing is written unsanitised.
LAST = -1000


def on_startup(*, command: str, dirty: bool) -> None:
    make_logs_inert()  # what MkDocs and the plugins print shows typed text as text (CI's log, a terminal)
    _command.protect_output = command == "build" and not dirty  # a failed build leaves the site folder as it was
    _command.preview = command == "serve"
    _command.run = None


@event_priority(100)  # before static-i18n's (-100): check everything before it sets up the first language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    return stages.configure(_command, config)


@event_priority(-150)  # after static-i18n's (-100), which makes each language's files and their alternates
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    return stages.files(_command.run, files, config)


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    return stages.env(_command.run, env, config, files)


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return stages.page_markdown(_command.run, markdown, page, config, files)


def _page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return stages.page_content(_command.run, html, page, config, files)


@event_priority(LAST)
def _content_leaving(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return stages.content_leaving(_command.run, html, page, config, files)


on_page_content = CombinedEvent(_page_content, _content_leaving)


def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    return stages.page_context(_command.run, context, page, config)  # after static-i18n's (50)


def on_pre_template(template: Template, *, template_name: str, config: MkDocsConfig) -> Template:
    return stages.pre_template(_command.run, template, template_name, config)


def _post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return stages.page_html(_command.run, output, Written(config, page=page))


@event_priority(LAST)
def _page_leaving(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return stages.page_leaving(_command.run, output, Written(config, page=page))


on_post_page = CombinedEvent(_post_page, _page_leaving)


def _post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    return stages.page_html(_command.run, output_content, Written(config, template=template_name))


@event_priority(LAST)
def _template_leaving(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    return stages.page_leaving(_command.run, output_content, Written(config, template=template_name))


on_post_template = CombinedEvent(_post_template, _template_leaving)


def _language_built(*, config: MkDocsConfig) -> None:
    stages.language_built(_command.run, config)  # before static-i18n's (-100), which starts the next language


@event_priority(-200)  # after static-i18n's (-100), which builds every other language from inside its own
def _site_built(*, config: MkDocsConfig) -> None:
    stages.site(_command.run, config)


on_post_build = CombinedEvent(_language_built, _site_built)


def on_build_error(*, error: Exception) -> None:
    """No traceback, ever: an error escaping a step, a template or Markdown stops the build with a French
    message naming the file (and line when known), as every other problem (pcv/build/failures.py)."""
    if isinstance(error, BuildError):
        return
    run = _command.run
    if isinstance(error, Abort) and run and run.warnings and run.warnings.messages:  # --strict: MkDocs' warnings
        raise PluginError(problems_report(warning_problems(run.warnings.messages, run.root / "docs"))) from None
    problem = problem_of(error, run.root if run else Path.cwd(), run.page if run else None)
    raise PluginError(problems_report((problem,))) from None


def on_shutdown() -> None:
    run = _command.run
    if run is None or run.output is None:
        return
    (site, new), run.output = run.output, None
    if run.built and sys.exc_info()[0] is None:  # MkDocs calls this in a `finally`: an error is in flight
        if removed := swap(new, site):
            log.info(removed)
    else:
        discard(new)
