"""Every check of the project's data and pages, run once per state of the files.

`project_state` reads data/, docs/ and the menu, runs all the checks of both
languages at once and returns every problem found, the data and the state of
each page's translation. It is computed again only when a file changes, so
the per-language builds of static-i18n reuse it. Out-of-date translations are
logged then (at INFO: they must not stop a `--strict` build).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pcv.checks.files import file_problems
from pcv.checks.page_set import (address_problems, country_page_problems, nav_problems, parity_problems,
                                 photo_language_problems)
from pcv.checks.page_text import text_problems
from pcv.data.loading import DataProblems, data_stamps, load_site_data
from pcv.data.models import SiteData
from pcv.data.yaml_source import Problem, UnreadableYaml, read_yaml
from pcv.languages.translations import PageTranslation, Status, page_translations
from pcv.pages.front_matter import front_matter_problems
from pcv.pages.markdown import LANGUAGES, MarkdownPage, read_pages
from pcv.publishing.open_data import FOLDERS
from pcv.safety.page_html import MarkdownSettings, page_html_problems

log = logging.getLogger("mkdocs.hooks.checks")
MAX_PER_FILE = 30
# Folders the site writes beside the pages: no page address may start with one of them.
RESERVED_FOLDERS = {"assets", "search", *LANGUAGES, *FOLDERS.values()}


@dataclass(frozen=True)
class ProjectState:
    problems: tuple[Problem, ...]
    data: SiteData | None  # None when data/ has problems
    pages: dict[tuple[str, str], MarkdownPage]  # by (language, shared path)
    translations: dict[str, PageTranslation]  # by shared path


def nav_paths(nav: Any) -> tuple[str, ...] | None:
    """The page paths of a `nav:` configuration, in order; None without one."""
    if nav is None:
        return None
    if isinstance(nav, str):
        return (nav,) if nav.endswith(".md") and "://" not in nav else ()
    if isinstance(nav, dict):
        return tuple(path for value in nav.values() for path in nav_paths(value) or ())
    return tuple(path for item in nav for path in nav_paths(item) or ())


def project_state(root: Path, docs_dir: Path, nav: tuple[str, ...] | None, markdown: MarkdownSettings) -> ProjectState:
    """The checked state of the project at `root` (its pages' HTML made with `markdown`),
    recomputed only when one of its files changes."""
    files = [root / "mkdocs.yml", *sorted(docs_dir.rglob("*.md"))]
    stamps = data_stamps(root / "data") + tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    state = _state(root, docs_dir, nav, markdown, stamps)
    found = tuple(file_problems(root))
    return replace(state, problems=found + state.problems) if found else state


@functools.lru_cache(maxsize=4)
def _state(root: Path, docs_dir: Path, nav: tuple[str, ...] | None, markdown: MarkdownSettings,
           _stamps: tuple) -> ProjectState:
    problems: list[Problem] = []
    data = None
    try:
        data = load_site_data(root / "data")
    except DataProblems as exc:
        problems += exc.problems
    pages, content_problems = read_pages(docs_dir)
    unreadable = {problem.file for problem in content_problems}
    content_problems += parity_problems(pages)
    content_problems += address_problems(pages, RESERVED_FOLDERS)
    content_problems += photo_language_problems(pages)
    if nav is not None:
        content_problems += nav_problems(pages, nav, (root / "mkdocs.yml").read_text(encoding="utf-8"))
    if data is not None:
        content_problems += country_page_problems(pages, data, _country_lines(root))
    for page in pages.values():
        if page.name not in unreadable:
            content_problems += front_matter_problems(page)
        content_problems += text_problems(page, data, docs_dir)
        content_problems += page_html_problems(page, markdown.render)
    problems += _at_most_per_file(sorted(content_problems, key=lambda p: (p.file, p.line or 0, p.column or 0)))
    translations = page_translations(pages)
    _log_out_of_date(translations)
    return ProjectState(tuple(problems), data, pages, translations)


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
    return sorted(kept, key=lambda p: (p.file, p.line is None and p.message.startswith("et "), p.line or 0, p.column or 0))


def _country_lines(root: Path) -> dict[str, int]:
    """The line of each country's slug in data/countries.yaml (valid by now)."""
    try:
        document = read_yaml(root / "data" / "countries.yaml", "data/countries.yaml")
    except UnreadableYaml:
        return {}
    return {country["slug"]: document.values[("countries", index, "slug")][0]
            for index, country in enumerate(document.data["countries"])}


def _log_out_of_date(translations: dict[str, PageTranslation]) -> None:
    for path, page in translations.items():
        if page.status is Status.OUT_OF_DATE:
            log.info(
                f"Traduction à mettre à jour : docs/{page.translation}/{path} ne suit plus l'original "
                f"docs/{page.source}/{path}, qui a changé depuis (ou elle n'a jamais été marquée à jour). "
                f"Les lecteurs voient un avis. Une fois la traduction revue : make translated PAGE={path}"
            )
        elif page.status is Status.PENDING:
            log.info(f"Traduction en attente : docs/{page.translation}/{path} montre l'original "
                     f"docs/{page.source}/{path} avec un avis.")


def problems_report(problems: tuple[Problem, ...]) -> str:
    """The message that stops the build: every problem, one per line, and what happens next."""
    count = f"{len(problems)} problème{'s' if len(problems) > 1 else ''}"
    lines = "\n".join(f"- {problem}" for problem in problems)
    return (f"La construction est arrêtée : {count} à corriger. Rien n'a été publié et le site "
            f"déjà construit n'a pas changé.\n{lines}\nCorrigez, puis relancez la construction.")
