"""Checks of the pages in docs/: both languages, the menu, the country pages, and their text.

Each check returns `Problem`s in French, with the file, the line and what to do.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote

from markdown_pages import LANGUAGES, MarkdownPage
from models import SiteData
from page_figures import PLACEHOLDER, data_figures, figure_texts, typed_figures
from translations import PENDING, is_marked
from view import COUNTRY_PAGE
from yaml_source import Problem

Pages = dict[tuple[str, str], MarkdownPage]
LANGUAGE_NAMES = {"fr": "français", "en": "anglais"}
PENDING_PAGE = f"« --- », « translation: {PENDING} », « --- »"
_FORBIDDEN_TAG = re.compile(
    r"<\s*(script|style|iframe|frame|object|embed|form|input|button|textarea|select|link|meta|base)\b", re.I)
_EVENT_ATTRIBUTE = re.compile(r"<[a-z][^>]*?\s(on[a-z]+)\s*=", re.I)
_SCRIPT_URL = re.compile(r"(?:\]\(\s*<?|\b(?:href|src)\s*=\s*[\"']?)\s*((?:javascript|vbscript|data)\s*:)", re.I)
_OTHER_HOST_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?((?:https?:)?//[^)\s>]+)|\bsrc\s*=\s*[\"']?\s*((?:https?:)?//[^\"'\s>]+)", re.I)
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)")


def parity_problems(pages: Pages) -> Iterator[Problem]:
    """Every page exists in both language folders; at most one version says it is a translation."""
    for (lang, path), page in sorted(pages.items()):
        other = next(o for o in LANGUAGES if o != lang)
        if (other, path) not in pages:
            yield Problem(f"docs/{other}/{path}", None, None,
                f"ce fichier manque : la page docs/{lang}/{path} n'a pas de version en {LANGUAGE_NAMES[other]}. "
                f"Créez-le avec la traduction ; ou, en attendant qu'elle soit prête, avec ces trois lignes "
                f"seulement : {PENDING_PAGE} (le site montrera la version en {LANGUAGE_NAMES[lang]}, avec un avis).")
        elif lang == "en" and is_marked(page) and is_marked(pages[("fr", path)]):
            yield Problem(page.name, None, None,
                f"cette page et docs/fr/{path} se disent toutes deux traductions (translation ou "
                "translated_from dans leur en-tête). Retirez ces champs de la version originale.")


def front_matter_problems(page: MarkdownPage) -> Iterator[Problem]:
    """`translation` may only say `pending`."""
    value = page.meta.get("translation")
    if value is not None and value != PENDING:
        yield Problem(page.name, _meta_line(page, "translation"), 1,
            f"on trouve « {value} », mais la seule valeur permise est « {PENDING} » (page en attente "
            "de traduction). Une fois la traduction faite, retirez cette ligne : make translated PAGE=… le fait.",
            "translation")


def template_problems(pages: Pages, templates: set[str], page_templates: list[str]) -> Iterator[Problem]:
    """A page's `template:` names a template that exists."""
    for page in pages.values():
        template = page.meta.get("template")
        if template is not None and template not in templates:
            yield Problem(page.name, _meta_line(page, "template"), 1,
                f"le gabarit « {template} » n'existe pas. Gabarits de page : {', '.join(page_templates)} ; "
                "ou retirez cette ligne pour une page ordinaire.", "template")


def nav_problems(pages: Pages, nav: tuple[str, ...], mkdocs_yml: str) -> Iterator[Problem]:
    """Every page is in the menu (nav: in mkdocs.yml), and every page of the menu exists."""
    paths = {path for _, path in pages}
    nav_line = _line_of(mkdocs_yml, r"nav:")
    for path in nav:
        if path not in paths:
            yield Problem("mkdocs.yml", _line_of(mkdocs_yml, rf"\s*-\s*(.*:\s*)?{re.escape(path)}\s*") or nav_line, None,
                f"le menu (nav) contient « {path} », mais ni docs/fr/{path} ni docs/en/{path} n'existe. "
                "Retirez cette ligne du menu, ou créez la page dans les deux langues.")
    for path in sorted(paths - set(nav)):
        yield Problem("mkdocs.yml", nav_line, None,
            f"la page « {path} » (docs/fr/{path}, docs/en/{path}) n'est pas dans le menu. "
            f"Ajoutez une ligne « - {path} » sous « nav: », à l'endroit où elle doit apparaître.")


def country_page_problems(pages: Pages, data: SiteData, country_lines: dict[str, int]) -> Iterator[Problem]:
    """A page per country with activities, and no country page without its country."""
    countries = {country.slug: country for country in data.countries}
    described = sorted(slug for slug, country in countries.items() if country.has_page)
    for (lang, path), page in sorted(pages.items()):
        match = re.fullmatch(COUNTRY_PAGE.format(slug="(.+)"), path)
        if not match or match.group(1) == "index":
            continue
        slug = match.group(1)
        if slug not in countries:
            yield Problem(page.name, None, None,
                f"cette page de pays n'a pas de pays « {slug} » dans data/countries.yaml. Renommez le "
                f"fichier d'après le slug d'un pays ({', '.join(described)}), ou ajoutez le pays à "
                f"data/countries.yaml (code, slug: {slug} et activities).")
        elif not countries[slug].has_page:
            yield Problem(page.name, None, None,
                f"le pays « {slug} » n'a pas d'activités dans data/countries.yaml (ligne {country_lines.get(slug)}). "
                "Ajoutez-lui ses activities dans data/countries.yaml, ou supprimez cette page.")
    for slug in described:
        path = COUNTRY_PAGE.format(slug=slug)
        if all((lang, path) not in pages for lang in LANGUAGES):
            index = next(i for i, c in enumerate(data.countries) if c.slug == slug)
            yield Problem("data/countries.yaml", country_lines.get(slug), None,
                f"le pays « {slug} » a des activités mais pas de page. Créez docs/fr/{path} et "
                f"docs/en/{path}, ou retirez ses activities.", f"countries[{index}].activities")


def text_problems(page: MarkdownPage, data: SiteData | None, docs_dir: Path) -> Iterator[Problem]:
    """What the page's text may not contain: scripts, broken links, figures typed by hand."""
    for number, line in _text_lines(page):
        for match in _FORBIDDEN_TAG.finditer(line):
            yield Problem(page.name, number, match.start() + 1,
                f"balise HTML <{match.group(1).lower()}> interdite dans une page : le site n'exécute et "
                "n'intègre rien qui soit écrit en HTML dans les pages. Retirez-la ; pour la mise en forme, "
                "utilisez le Markdown (**gras**, listes, [liens](page.md)).")
        for match in _EVENT_ATTRIBUTE.finditer(line):
            yield Problem(page.name, number, match.start(1) + 1,
                f"attribut HTML « {match.group(1)} » interdit : il exécuterait un script. Retirez-le.")
        for match in _SCRIPT_URL.finditer(line):
            yield Problem(page.name, number, match.start(1) + 1,
                f"lien « {match.group(1)} » interdit : un lien mène à une adresse (https://…) ou à une page du site (page.md).")
        for match in _OTHER_HOST_IMAGE.finditer(line):
            yield Problem(page.name, number, match.start() + 1,
                f"image d'un autre site ({match.group(1) or match.group(2)}) : le site ne charge rien depuis "
                "un autre site, pour la vie privée de ses lecteurs. Enregistrez l'image dans docs/ et liez-la "
                "par son nom de fichier.")
    yield from _link_problems(page, docs_dir)
    if data is not None:
        yield from _figure_problems(page, data)


def _link_problems(page: MarkdownPage, docs_dir: Path) -> Iterator[Problem]:
    folder = posixpath.dirname(page.path) or "."
    existing = sorted(p.relative_to(docs_dir / page.lang).as_posix() for p in (docs_dir / page.lang).rglob("*.md"))
    for number, line in page.prose_lines():
        for match in _LINK.finditer(line):
            target = match.group(1) or match.group(2)
            path = unquote(re.split(r"[#?]", target)[0])
            if not path or re.match(r"[a-z][a-z0-9+.-]*:|/", path, re.I):
                continue
            resolved = (docs_dir / page.lang / folder / path).resolve()
            if resolved.is_file() and resolved.is_relative_to(docs_dir.resolve()):
                continue
            guess = difflib.get_close_matches(posixpath.normpath(posixpath.join(folder, path)), existing, n=1)
            hint = f" Vouliez-vous dire « {posixpath.relpath(guess[0], folder)} » ?" if guess else ""
            yield Problem(page.name, number, (match.start(1) if match.group(1) else match.start(2)) + 1,
                f"le lien « {target} » mène à un fichier qui n'existe pas. Un lien vers une page du "
                f"site donne le nom de son fichier .md, relatif à cette page.{hint}")


def _figure_problems(page: MarkdownPage, data: SiteData) -> Iterator[Problem]:
    figures = data_figures(data)
    names = figure_texts(data, page.lang)
    for number, line in _text_lines(page):
        for column, typed, figure in typed_figures(line, figures):
            yield Problem(page.name, number, column,
                f"« {typed} » est un chiffre des données ({figure.source}). Ne l'écrivez pas à la main : "
                f"écrivez {{{{ {figure.placeholder} }}}} à la place, et le site affichera le chiffre des "
                "données, dans le format de la langue.")
        for match in PLACEHOLDER.finditer(line):
            if number <= page.front_matter_lines:
                yield Problem(page.name, number, match.start() + 1,
                    f"« {match.group(0)} » ne s'affiche que dans le texte de la page, pas dans son en-tête. "
                    "Écrivez l'en-tête sans chiffre des données.")
            elif match.group(1) not in names:
                yield Problem(page.name, number, match.start() + 1,
                    f"« {match.group(0)} » ne correspond à aucune donnée. Données possibles : "
                    + ", ".join(f"{{{{ {name} }}}}" for name in names) + ".")


def _text_lines(page: MarkdownPage) -> Iterable[tuple[int, str]]:
    """The prose, and the front matter's lines but the fingerprint's."""
    front = [(n, line) for n, line in page.lines()
             if n <= page.front_matter_lines and not line.startswith("translated_from:")]
    return [*front, *page.prose_lines()]


def _meta_line(page: MarkdownPage, key: str) -> int | None:
    return next((n for n, line in page.lines() if n <= page.front_matter_lines and line.startswith(f"{key}:")), None)


def _line_of(text: str, pattern: str) -> int | None:
    """The number of the first line of `text` that matches `pattern` entirely."""
    for number, line in enumerate(text.splitlines(), start=1):
        if re.fullmatch(pattern, line):
            return number
    return None
