"""Every link and anchor of the built site leads somewhere: checked on the files the build wrote.

Pages link to each other, and templates write links from the data (the home
page's themes to their anchors in the approach page, the countries to their
pages): a heading renamed in a page, or an anchor changed in the data, would
leave a link to nothing. Each `href` to the site itself must name a file the
build wrote and, with `#fragment`, an element with that id in it; and no id
may be written twice in a page (a heading's `{ #__search }` taking the id of
the theme's search box, two headings given one anchor). Pages are
read with two regular expressions: the sanitiser wrote them (double quotes).
"""

from __future__ import annotations

import difflib
import functools
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pcv.problems import Problem

_ID = re.compile(r'\sid="([^"]*)"')
_HREF = re.compile(r'<(?:a|link)\s[^>]*?href="([^"]*)"')
SKIPPED = ("admin",)  # the editor's own files (Decap CMS)


def link_problems(site: Path, site_url: str, sources: dict[str, str], root: Path) -> Iterator[Problem]:
    """Each link of the pages under `site` (published at `site_url`) to a file or an anchor that is not there,
    and each id written twice; `sources` names the file each page was built from, in the project at `root`
    ("en/approach/index.html" -> "docs/en/approche.md")."""
    pages = {p.relative_to(site).as_posix(): p for p in site.rglob("*.html")
             if p.relative_to(site).parts[0] not in SKIPPED}
    ids: dict[str, set[str]] = {}
    resolved: dict[tuple[str, str], tuple[str | None, str]] = {}  # pages of a folder share most of their links
    exists: dict[str, bool] = {}
    for name, file in sorted(pages.items()):
        html = file.read_text(encoding="utf-8")
        page_ids = _ID.findall(html)
        ids.setdefault(name, set(page_ids))  # its own anchors ("#content"): the file is not read again
        yield from _duplicate_ids(page_ids, sources.get(name, name), root)
        folder = posixpath.dirname(name)
        for href in dict.fromkeys(_HREF.findall(html)):
            href_read = href.replace("&amp;", "&")
            # Where a link leads depends on its page's folder only, or, without a path ("#top"), on its page.
            key = (name if href_read[:1] in ("", "#", "?") else folder, href_read)
            if key not in resolved:
                resolved[key] = _resolved(name, folder, href_read, site_url)
            target, fragment = resolved[key]
            if target is None:
                continue
            where = sources.get(name, name)
            if target not in exists:
                exists[target] = (site / target).is_file()
            if not exists[target]:
                yield Problem(where, None, None, f"un lien de la page mène à « {href} », qui n'existe pas sur le site "
                              f"({target}). Corrigez le lien (dans la page, ou la donnée qui l'écrit).")
            elif fragment and target.endswith(".html"):
                if target not in ids:
                    ids[target] = set(_ID.findall((site / target).read_text(encoding="utf-8")))
                if fragment not in ids[target]:
                    guess = difflib.get_close_matches(fragment, sorted(i for i in ids[target] if not i.startswith("__")), n=1)
                    hint = f" Vouliez-vous dire « #{guess[0]} » ?" if guess else ""
                    yield Problem(where, _line_of_anchor(root / where, fragment), None, f"un lien de la page mène à "
                                  f"l'ancre « #{fragment} » de {sources.get(target, target)}, qui n'a pas cette ancre "
                                  "(un titre renommé, ou une ancre changée dans les données ?). Corrigez le lien ou "
                                  f"l'ancre.{hint}")


def _duplicate_ids(page_ids: list[str], where: str, root: Path) -> Iterator[Problem]:
    """Each id written twice among a page's ids (`page_ids`, in order), named at the line of its source (`where`,
    under `root`) that writes it, if one does (`{ #id }`, `id="id"`)."""
    seen: set[str] = set()
    for found in page_ids:
        if found in seen:
            line = _line_of_id(root / where, found)
            origin = "" if line else (" Il n'est écrit nulle part dans la page : il vient d'un de ses titres ou d'une "
                                      "ancre des textes du site (une clé qui finit par « .anchor » dans "
                                      "data/strings.yaml) ; changez l'un des deux.")
            yield Problem(where, line, None, f"l'identifiant « {found} » est écrit deux "
                          f"fois dans la page : un lien vers « #{found} » ne saurait pas où aller (les identifiants "
                          "commençant par « __ » sont ceux du site : recherche, menu). Donnez à cette ancre un autre "
                          f"nom.{origin}")
        seen.add(found)


def _line_of_id(source: Path, found: str) -> int | None:
    """The first line of the page `source` that gives an element the id `found`."""
    if source.suffix != ".md" or not source.is_file():
        return None
    writes = re.compile(rf'\{{[^}}]*#{re.escape(found)}(?![\w-])|\sid="{re.escape(found)}"')
    lines = source.read_text(encoding="utf-8").splitlines()
    return next((number for number, line in enumerate(lines, 1) if writes.search(line)), None)


def _line_of_anchor(source: Path, fragment: str) -> int | None:
    """The first line of the page `source` that links to the anchor `fragment` (None if a template writes it)."""
    if source.suffix != ".md" or not source.is_file():
        return None
    link = re.compile(rf"#{re.escape(fragment)}(?![\w-])")
    lines = source.read_text(encoding="utf-8").splitlines()
    return next((number for number, line in enumerate(lines, 1) if link.search(line)), None)


def _resolved(page: str, folder: str, href: str, site_url: str) -> tuple[str | None, str]:
    """The site file `href` (on page `page`, in `folder`) leads to, and its fragment; None for another site or
    scheme."""
    path, fragment, outside = _address(href, site_url)
    if path is None:
        return None, ""
    if not path:
        return (page, fragment) if fragment else (None, "")
    if outside:
        return ".." + path, fragment
    joined = posixpath.normpath(path.lstrip("/") if path.startswith("/") or not folder else f"{folder}/{path}")
    if joined.startswith(".."):
        return joined, fragment
    if path.endswith("/") or joined == ".":
        joined = f"{joined}/index.html" if joined != "." else "index.html"
    return joined, fragment


@functools.lru_cache(maxsize=1 << 14)
def _address(href: str, site_url: str) -> tuple[str | None, str, bool]:
    """The path `href` names (None for another site or scheme), its fragment, and whether it lies outside the
    site's sub-path: what does not depend on the page it is on (pages repeat most of their links)."""
    base = urlsplit(site_url).path.rstrip("/") + "/" if site_url else "/"
    if site_url and href.startswith(site_url):
        href = base + href[len(site_url):].lstrip("/")
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None, "", False
    path = unquote(parts.path)
    fragment = unquote(parts.fragment)
    if path.startswith("/") and base != "/":  # the site is published under a sub-path (/pcv/): its own addresses start with it
        if not path.startswith(base):
            return path, fragment, True
        path = "/" + path[len(base):]
    return path, fragment, False
