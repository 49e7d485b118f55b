"""A link of a page to an anchor (`page.md#anchor`, `#anchor`) that the page it leads to does not have: named at
its line before the build (`make check`), as the build's check of the built site (pcv/checks/site_links.py)
names it after.

A page's anchors are the ids of its Markdown made HTML as MkDocs will (headings, `{ #… }`, `id="…"`), the
ids the templates write (`id="…"` in overrides/, a `{{ … }}` in it read as any text) and those they write from
the data in the page's language (`known`: the themes' anchors, an interface text's `….anchor`): a link to one of
those is left to the build's check of the built site. A French page's link to an English anchor is said
(PROGRAMME8 F7b: « nos-axes.md#knowledge » passed the check, then the build refused it).
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote

from pcv.pages.links import links
from pcv.pages.markdown import MarkdownPage
from pcv.problems import Problem

_ID = re.compile(r"""\sid=["']([^"']*)["']""")
_TEMPLATE_ID = re.compile(r'\sid="([^"]*)"')


def anchor_problems(pages: dict[tuple[str, str], MarkdownPage], render: Callable[[MarkdownPage], str],
                    templates: Path, known: dict[str, set[str]], unreadable: frozenset[str] = frozenset(),
                    ) -> Iterator[Problem]:
    """Each link of `pages` (made HTML by `render`, as the build makes it) to an anchor its target page lacks; `templates`: overrides/;
    `known`: the anchors templates write from the data, by language; `unreadable`: the pages that could not be read (their
    anchors are unknown: their own problem is said)."""
    template_ids = _template_ids(templates)
    ids: dict[tuple[str, str], set[str] | None] = {}
    for (lang, path), page in sorted(pages.items()):
        folder = posixpath.dirname(path)
        for number, column, target in links(page):
            file, _, fragment = target.partition("#")
            if not fragment or re.match(r"[a-z][a-z0-9+.-]*:|/", file, re.I):
                continue
            key = (lang, posixpath.normpath(posixpath.join(folder, unquote(file))) if file else path)
            shown = _shown(pages, key)
            if shown is None or shown.name in unreadable:  # not a page (a missing one is named by page_text.py)
                continue
            if key not in ids:
                ids[key] = _ids(render, shown)
            if ids[key] is None:  # Markdown cannot read it: page_html.py names it
                continue
            fragment = unquote(fragment)
            if fragment in ids[key] or fragment in known.get(lang, ()) or any(t.fullmatch(fragment) for t in template_ids):
                continue
            guess = difflib.get_close_matches(fragment, sorted(i for i in ids[key] if not i.startswith("__")), n=1)
            hint = f" Vouliez-vous dire « #{guess[0]} » ?" if guess else ""
            yield Problem(page.name, number, column,
                          f"le lien « {target} » mène à l'ancre « #{fragment} » de docs/{key[0]}/{key[1]}, qui n'a "
                          f"pas cette ancre (un titre renommé ?). Corrigez le lien ou l'ancre.{hint}")


def _ids(render: Callable[[MarkdownPage], str], page: MarkdownPage) -> set[str] | None:
    try:
        return set(_ID.findall(render(page)))
    except RecursionError:
        return None


def _shown(pages: dict[tuple[str, str], MarkdownPage], key: tuple[str, str]) -> MarkdownPage | None:
    """The page the site shows at `key`: the original, for a translation still pending."""
    page = pages.get(key)
    if page is not None and page.meta.get("translation") == "pending":
        return next((other for (lang, path), other in pages.items() if path == key[1] and lang != key[0]
                     and other.meta.get("translation") != "pending"), page)
    return page


def _template_ids(templates: Path) -> list[re.Pattern]:
    """The ids the templates write, as patterns (a `{{ … }}` in one stands for any text)."""
    found = {value for file in sorted(templates.rglob("*.html")) if file.is_file()  # (any other: pcv/checks/files.py)
             for value in _TEMPLATE_ID.findall(file.read_text(encoding="utf-8", errors="replace"))}
    parts = [re.split(r"\{\{.*?\}\}|\{%.*?%\}", value) for value in found]
    return [re.compile(".*".join(map(re.escape, texts))) for texts in parts if "".join(texts)]  # not all data
