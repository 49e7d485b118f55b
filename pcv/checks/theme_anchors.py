"""Each theme's anchor (data/programme.yaml) is the id of a heading of the themes page, in each language.

The home page links each theme to its heading on the page whose front matter
says `role: themes`; an anchor that no heading has would leave that link broken,
and the site's link check would blame the home page, which no one wrote. Here it
is named where it is written: the theme's anchor in the data, at its line. A
heading's id is its `{ #id }`, or the one Markdown's table of contents gives it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from markdown.extensions.toc import slugify

from pcv.data.models import LANGUAGE_NAMES, SiteData
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.pages.markdown import MarkdownPage
from pcv.pages.roles import page_index
from pcv.problems import Problem

_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*(?:\{[^}]*#([\w-]+)[^}]*\})?\s*#*\s*$")
Pages = dict[tuple[str, str], MarkdownPage]


def headings(page: MarkdownPage) -> Iterator[tuple[int, str, str]]:
    """(line, text, id) of each of the page's Markdown headings; the id given (`{ #id }`) or made from the text."""
    for number, line in page.prose_lines():
        if match := _HEADING.match(line):
            yield number, match.group(1), match.group(2) or slugify(match.group(1), "-")


def heading_ids(page: MarkdownPage) -> set[str]:
    """The ids of the page's Markdown headings."""
    return {found for _, _, found in headings(page)}


def theme_anchor_problems(pages: Pages, data: SiteData, root: Path) -> Iterator[Problem]:
    """Each theme anchor that is no heading's id on the themes page of its language; without a themes page, a page
    that looks like it."""
    path = page_index(pages).roles.get("themes")
    if path is None:
        yield from _unroled_themes_page(pages, data)
        return
    try:
        document = read_yaml(root / "data" / "programme.yaml", "data/programme.yaml")
    except UnreadableYaml:
        return
    for lang, name in LANGUAGE_NAMES.items():
        page = pages.get((lang, path))
        if page is None or page.meta.get("translation") == "pending":
            continue
        ids = heading_ids(page)
        if any(theme.anchor.in_(lang) not in ids for theme in data.programme.themes):
            yield from _duplicate_headings(page)  # perhaps the lost anchor's heading (PROGRAMME12 F6)
        for index, theme in enumerate(data.programme.themes):
            anchor = theme.anchor.in_(lang)
            if anchor not in ids:
                yield document.problem_at(("themes", index, "anchor", lang),
                    f"l'ancre « {anchor} » du thème « {theme.title.in_(lang)} » n'est celle d'aucun titre de "
                    f"{page.name} (la page des thèmes, en {name}) : les liens de l'accueil vers ce thème ne mèneraient "
                    f"nulle part. Écrivez « {{ #{anchor} }} » au bout du titre du thème dans cette page, ou corrigez "
                    "l'ancre ici.")


def _duplicate_headings(page: MarkdownPage) -> Iterator[Problem]:
    """Each heading of `page` whose id a heading above already gives, at its line, as the check of the built site
    says it of any page (pcv/checks/site_links.py), which a theme's lost anchor stops the build before."""
    first: dict[str, int] = {}
    for number, text, found in headings(page):
        if found in first:
            yield Problem(page.name, number, None, f"le titre « {text} » donne l'identifiant « {found} », mais la page "
                          f"l'écrit déjà à la ligne {first[found]} : un lien vers « #{found} » ne saurait pas où aller. "
                          f"Écrivez une autre ancre au bout de ce titre (« {text} {{ #autre-nom }} »).")
        first.setdefault(found, number)


def _unroled_themes_page(pages: Pages, data: SiteData) -> Iterator[Problem]:
    """A page whose headings carry every theme's anchor in its language, when no page says `role: themes`: the
    themes page without its role, whose themes the home page then links to nowhere (PROGRAMME8 F8: the role
    removed, the home page's theme cards lost their links and nothing was said)."""
    if not data.programme.themes:
        return
    for (lang, _), page in sorted(pages.items()):
        anchors = [theme.anchor.in_(lang) for theme in data.programme.themes]
        ids = heading_ids(page)
        if page.meta.get("role") is None and all(anchor in ids for anchor in anchors):
            line = next(number for number, _, found in headings(page) if found == anchors[0])
            yield Problem(page.name, line, None, "les titres de cette page portent les ancres des thèmes de "
                f"data/programme.yaml ({', '.join(f'« #{anchor} »' for anchor in anchors)}), mais aucune page ne dit "
                "« role: themes » : l'accueil ne relie ses thèmes à aucune page. Si c'est la page des thèmes, "
                "ajoutez « role: themes » à son en-tête, en français et en anglais.")
