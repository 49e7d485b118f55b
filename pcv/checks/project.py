"""Every check of the project's data and pages, run once per build (pcv/build/, `check_project`).

`project_state` reads data/, docs/ and the menu, runs all the checks of both languages at once and returns every
problem found, the data, the pages, the repository's history and the state of each page's translation: the build
keeps it for its run (both languages). What it allows but says is logged then, at INFO (pcv/checks/notes.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from pcv.checks.address_language import address_language_problems, slug_path_problems
from pcv.checks.config_file import language_name_problems, menu_translation_problems
from pcv.checks.copied_text import copied_pages, misplaced_pages, problem_order, without_knock_ons
from pcv.checks.country_folder import OUTSIDE_SAID, countries_folder, country_problems, outside_pages
from pcv.checks.docs_files import docs_file_problems
from pcv.checks.files import data_file_problems, file_problems
from pcv.checks.foreign_names import foreign_name_problems
from pcv.checks.markdown_losses import loss_problems
from pcv.checks.page_set import (address_problems, nav_problems, parity_problems, photo_language_problems,
                                 template_problems)
from pcv.checks.page_text import text_problems
from pcv.checks.placeholders import placeholder_problems
from pcv.checks.share_text import share_text_problems
from pcv.checks.theme_anchors import theme_anchor_problems
from pcv.checks.theme_files import theme_file_problems
from pcv.checks.notes import log_notes
from pcv.data.loading import DataProblems, default_strings, load_site_data
from pcv.data.map_shapes import MAP_FILE, MapProblem, load_map
from pcv.data.models import SiteData
from pcv.data.yaml_source import UnreadableYaml, YamlDocument, read_yaml
from pcv.problems import Problem
from pcv.languages.translations import PageTranslation, page_translations
from pcv.pages.country_menu import with_country_pages
from pcv.pages.page_menu import placement_problems, with_placed_pages
from pcv.pages.figure_history import previous_figures
from pcv.pages.figures import figure_texts
from pcv.pages.front_matter import front_matter_problems
from pcv.pages.headings import heading_problems
from pcv.pages.history import edited_times, last_commit_dates
from pcv.pages.markdown import LANGUAGES, MarkdownPage, read_pages
from pcv.editor.admin import FOLDER as EDITOR_FOLDER
from pcv.pages.roles import country_slug_problems, role_problems, shown_data_problems
from pcv.publishing.open_data import FOLDERS
from pcv.text.formatting import country_name
from pcv.checks.page_anchors import anchor_problems
from pcv.checks.page_html import page_html_problems
from pcv.checks.page_rendering import MarkdownSettings
from pcv.checks.link_text import link_text_problems
from pcv.checks.page_comments import comment_problems
from pcv.checks.page_figures import figure_left_problems

MAX_PER_FILE = 30
# Folders the site writes beside the pages: no page address may start with one of them.
RESERVED_FOLDERS = {"assets", "search", EDITOR_FOLDER, *LANGUAGES, *FOLDERS.values()}


@dataclass(frozen=True)
class ProjectState:
    problems: tuple[Problem, ...]
    data: SiteData | None  # None when data/ has problems
    pages: dict[tuple[str, str], MarkdownPage]  # by (language, shared path)
    translations: dict[str, PageTranslation]  # by shared path
    history: dict[str, datetime]  # the day each file last changed in the repository (pcv.pages.history)
    nav: Any  # mkdocs.yml's menu with the country pages it lacks and the pages placed by their front matter


def site_problems(config: MkDocsConfig) -> tuple[Problem, ...]:
    """Every problem of the data, the pages, the menu and the page templates of the site `config` builds."""
    root = Path(config.config_file_path).parent
    state = project_state(root, Path(config.docs_dir), config.nav,
                          MarkdownSettings.of(config.markdown_extensions, config.mdx_configs))
    overrides = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    return (state.problems + theme_problems_of(state, config)
            + tuple(placeholder_problems(root, overrides, state.data) if overrides and state.data else ()))


def theme_problems_of(state: ProjectState, config: MkDocsConfig) -> tuple[Problem, ...]:
    """The pages' `template:` that is not one of the site's page templates (overrides/*.html but main and 404):
    any other template Jinja knows (Material's redirect.html…) would empty the page or run script; and the files
    of overrides/ that MkDocs would copy to the site as they are (pcv/checks/theme_files.py)."""
    overrides = Path(config.theme.custom_dir or config.docs_dir)
    page_templates = sorted(p.name for p in overrides.glob("*.html") if p.name not in ("main.html", "404.html"))
    root = Path(config.config_file_path).parent
    shown = overrides.relative_to(root).as_posix() if overrides.is_relative_to(root) else overrides.name
    files = theme_file_problems(overrides, shown, list(config.theme.static_templates)) if config.theme.custom_dir else ()
    return (*template_problems(state.pages, set(page_templates), page_templates, state.data), *files)


def nav_paths(nav: Any) -> tuple[str, ...] | None:
    """The page paths of a `nav:` configuration, in order; None without one."""
    if nav is None:
        return None
    if isinstance(nav, str):
        return (nav,) if nav.endswith(".md") and "://" not in nav else ()
    if isinstance(nav, dict):
        return tuple(path for value in nav.values() for path in nav_paths(value) or ())
    return tuple(path for item in nav for path in nav_paths(item) or ())


def project_state(root: Path, docs_dir: Path, nav: Any, markdown: MarkdownSettings) -> ProjectState:
    """The checked state of the project at `root` (its pages' HTML made with `markdown`; `nav`: mkdocs.yml's)."""
    problems: list[Problem] = [*file_problems(root), *docs_file_problems(docs_dir, RESERVED_FOLDERS),
                               *data_file_problems(root / "data")]
    data = None
    try:
        data = load_site_data(root / "data")
    except DataProblems as exc:
        problems += exc.problems
    countries = _country_document(root) if data is not None else None
    if data is not None:
        problems += _map_problems(root, data, countries)
        problems += share_text_problems(root, data)
    pages, content_problems = read_pages(docs_dir)
    unreadable = {problem.file for problem in content_problems}
    copied = copied_pages(pages)  # said alone, as the unreadable are: what follows from it waits (STAFF10 M9)
    misplaced = misplaced_pages(pages)  # the same for a page in the other language's folder (STAFF11 H4)
    outside = outside_pages(pages)  # and for a country's page outside the countries' folder (STAFF12 M-c)
    held = frozenset(unreadable | set(copied) | set(misplaced) | set(outside))
    content_problems += parity_problems(pages, {problem.file.casefold() for problem in problems})
    content_problems += address_problems(pages, RESERVED_FOLDERS)
    content_problems += address_language_problems(pages, {problem.file for problem in content_problems})
    content_problems += slug_path_problems(pages)
    content_problems += photo_language_problems(pages)
    nav = with_country_pages(nav, root, [country.slug for country in data.countries if country.slug] if data is not None
                             else None, countries_folder(pages))
    listed = set(nav_paths(nav) or ())
    if nav is not None:
        nav = with_placed_pages(nav, pages)
        content_problems += placement_problems(pages, listed, set(nav_paths(nav) or ()))
        content_problems += nav_problems(pages, nav_paths(nav), (root / "mkdocs.yml").read_text(encoding="utf-8"))
        content_problems += menu_translation_problems(root)
    content_problems += language_name_problems(root)
    content_problems += role_problems(pages, data)
    if not any(page.name in unreadable for page in pages.values()):  # an unreadable page's role is unknown
        content_problems += shown_data_problems(pages, data)
    if data is not None:
        content_problems += foreign_name_problems(root / "data", pages, default_strings())
        content_problems += country_problems(pages, data, _country_lines(countries, "activities"), unreadable,
                                              listed)
        content_problems += country_slug_problems(pages, data, _country_lines(countries, "slug"), unreadable)
        readable = {key: page for key, page in pages.items() if page.name not in held}
        content_problems += theme_anchor_problems(readable, data, root)  # an unreadable page's are unknown
    previous = previous_figures(docs_dir.parent, data) if data is not None else None
    # Each page made HTML as the build will, its placeholders filled in its language; once for every check
    figures = {lang: figure_texts(data, lang) for lang in LANGUAGES} if data is not None else {}
    render = markdown.renderer(figures)
    for page in pages.values():
        if page.name not in unreadable:  # (its header's lines would be read as text: red team 21 M1, a « # » there)
            content_problems += front_matter_problems(page)
            content_problems += heading_problems(page)
        content_problems += text_problems(page, data, docs_dir, previous)
        content_problems += loss_problems(page)
        content_problems += page_html_problems(page, render)
        content_problems += figure_left_problems(page, markdown, figures.get(page.lang, {}))
        content_problems += link_text_problems(page, render)
        content_problems += comment_problems(page, render)
    content_problems += anchor_problems(pages, render, root / "overrides", _data_anchors(data), held)
    problems += _at_most_per_file(sorted(without_knock_ons(content_problems, copied, misplaced | outside, (OUTSIDE_SAID,)), key=problem_order))
    history = last_commit_dates(root)
    translations = page_translations(pages, history, edited_times(root))
    log_notes(root, pages, data, translations)
    # (a file the build cannot read, named by the walk of the files and by its reader, is said once)
    return ProjectState(tuple(dict.fromkeys(problems)), data, pages, translations, history, nav)


def _data_anchors(data: SiteData | None) -> dict[str, set[str]]:
    """The anchors the templates write from the data, by language: the themes', the interface texts'
    (`contact.report.anchor`)."""
    if data is None:
        return {}
    texts = [theme.anchor for theme in data.programme.themes] + [text for key, text in data.strings.items()
                                                                  if key.endswith(".anchor")]
    return {lang: {text.in_(lang) for text in texts} for lang in LANGUAGES}


def _at_most_per_file(problems: list[Problem]) -> list[Problem]:
    """The first `MAX_PER_FILE` problems of each file, then one saying how many more there are."""
    kept: list[Problem] = []
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem.file] = counts.get(problem.file, 0) + 1
        if counts[problem.file] <= MAX_PER_FILE:
            kept.append(problem)
    kept += [Problem(file, None, None, f"et {count - MAX_PER_FILE} autres problèmes dans ce fichier, à voir une "
                     "fois ceux-ci corrigés.") for file, count in counts.items() if count > MAX_PER_FILE]
    return sorted(kept, key=lambda p: (p.file, p.line is None and p.message.startswith("et "), *problem_order(p)[1:]))


def _map_problems(root: Path, data: SiteData, countries: YamlDocument | None) -> list[Problem]:
    """The map can be read and can draw every country of the data."""
    try:
        world = load_map(root / "data")
    except MapProblem as exc:
        return [exc.problem]
    lines = _country_lines(countries, "code")
    return [Problem("data/countries.yaml", lines.get(country.code), None,
                    f"le pays « {country.code} » ({country_name(country.code, 'fr')}) ne peut pas être dessiné : "
                    f"la carte (data/{MAP_FILE}) n'a pas sa forme. Vérifiez le code ; s'il est juste, "
                    "demandez à l'équipe technique d'ajouter ce pays à la carte (scripts/build_map.mjs).")
            for country in data.countries if country.code not in world.countries]


def _country_document(root: Path) -> YamlDocument | None:
    """data/countries.yaml (valid by now) with the lines of its values, for the messages that name them: read as
    `load_site_data` read it (`edited`), its parse is the one the data's (pcv.data.yaml_source keeps each text's)."""
    try:
        return read_yaml(root / "data" / "countries.yaml", "data/countries.yaml", edited=True)
    except UnreadableYaml:
        return None


def _country_lines(document: YamlDocument | None, field: str) -> dict[str, int]:
    """The line of each country's `field` key (activities, code; or its code's) in data/countries.yaml, by code."""
    if document is None:
        return {}
    keys, values = document.keys, document.values
    return {country["code"]: keys.get(("countries", index, field), values[("countries", index, "code")])[0]
            for index, country in enumerate(document.data["countries"])}
