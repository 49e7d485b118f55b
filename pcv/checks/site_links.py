"""Every link and anchor of the built site leads somewhere: checked on the files the build wrote.

Pages link to each other, and templates write links from the data (the home
page's themes to their anchors in the approach page, the countries to their
pages): a heading renamed in a page, or an anchor changed in the data, would
leave a link to nothing. Each `href` to the site itself must name a file the
build wrote and, with `#fragment`, an element with that id in it, and so must each image, script or media
file a page loads (`src`, `srcset`); and no id
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

from pcv.checks.theme_anchors import headings
from pcv.data.loading import DEFAULT_STRINGS
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.pages.markdown import read_page
from pcv.problems import Problem

# (written `id="` first, then the space before it: the search then jumps from one `id="` to the next, not from space to
# space; the same ids as `\sid="([^"]*)"`)
_ID = re.compile(r'id="(?<=\sid=")([^"]*)"')
_HREF = re.compile(r'<(?:a|link)\s[^>]*?href="([^"]*)"')
# What a page loads by itself: an image's, a script's or a media file's `src`, the sizes of a photo (red team 17 F6:
# a photo typed in HTML was published broken, its address never checked).
_LOADED = (re.compile(r'<(?:img|script|source|video|audio|iframe|embed)(?=\s)[^>]*?\ssrc="([^"]*)"'),
           re.compile(r'<(?:img|source)(?=\s)[^>]*?\ssrcset="([^"]*)"'), re.compile(r'<video(?=\s)[^>]*?\sposter="([^"]*)"'))
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
        loaded = _loaded(html)
        for href in dict.fromkeys(_HREF.findall(html) + loaded):
            href_read = href.replace("&amp;", "&")
            key = _link_key(name, folder, href_read)
            if key not in resolved:
                resolved[key] = _resolved(name, folder, href_read, site_url)
            target, fragment = resolved[key]
            if target is None:
                continue
            where = sources.get(name, name)
            if target not in exists:
                exists[target] = (site / target).is_file()
            if not exists[target] and href in loaded:
                yield Problem(where, None, None, f"la page affiche « {href} » (une image, ou un fichier qu'elle charge), "
                              f"qui n'existe pas sur le site ({target}). Une photo s'écrit en Markdown, avec sa "
                              "description : ![Trois personnes autour d’une table](images/photo.jpg).")
            elif not exists[target]:
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


def _link_key(page: str, folder: str, href: str) -> tuple:
    """What decides where `href` leads from `page` (in `folder`): its page, for a link without a path ("#top");
    else its page's folder, or only the part of it that a link climbing out with « ../ » keeps ("../benin/" leads to
    the same file from every country page: the names of the site's folders are plain names, none "." nor "..")."""
    if href[:1] in ("", "#", "?"):
        return page, href
    up = 0
    while href.startswith("../", 3 * up):
        up += 1
    parts = folder.split("/") if up and folder else ()
    if up and len(parts) >= up:
        return ("../", "/".join(parts[:len(parts) - up])), href
    return folder, href


def _loaded(html: str) -> list[str]:
    """The addresses of what the page loads by itself (each of a `srcset`'s, without its width)."""
    found = [value for pattern in _LOADED for value in pattern.findall(html)]
    return [part.split()[0] for value in found for part in value.split(",") if part.strip()]


def _duplicate_ids(page_ids: list[str], where: str, root: Path) -> Iterator[Problem]:
    """Each id written twice among a page's ids (`page_ids`, in order), named at the line of its source (`where`,
    under `root`) that writes it a second time: a heading's, a `{ #id }` or an `id="id"`; or, if the page writes
    it once, at that line, saying which of the site's texts (`….anchor`) writes it too."""
    seen: set[str] = set()
    for found in page_ids:
        if found in seen:
            writers = _writers_of(root / where, found)
            anchors = [] if len(writers) > 1 else _anchor_keys(root, found)
            line, heading = writers[-1] if writers else (None, None)
            written = f"le titre « {heading} »" if heading else "la page"
            other = (f"l'ancre « {', '.join(anchors)} » des textes du site (data/strings.yaml, ou les textes du "
                     "moteur) l'écrit aussi dans cette page" if anchors else
                     f"la page l'écrit déjà à la ligne {writers[0][0]}" if len(writers) > 1 else
                     "un de ses titres ou une ancre des textes du site (une clé qui finit par « .anchor » dans "
                     "data/strings.yaml) l'écrit aussi")
            advice = (f"Écrivez une autre ancre au bout de ce titre (« {heading} {{ #autre-nom }} »)"
                      + (", ou changez l'ancre des textes" if anchors else "") if heading else
                      "Donnez à l'une des deux un autre nom")
            yield Problem(where, line, None, f"{written} donne l'identifiant « {found} », mais {other} : un lien vers "
                          f"« #{found} » ne saurait pas où aller. {advice}.")
        seen.add(found)


def _writers_of(source: Path, found: str) -> list[tuple[int, str | None]]:
    """(line, heading text or None) of each line of the page `source` that gives an element the id `found`: a
    heading (its id given or made from its text), a `{ #id }`, an `id="id"`."""
    if source.suffix != ".md" or not source.is_file():
        return []
    page, _ = read_page(source, "", source.name)  # (its name is not shown)
    titled = {number: text for number, text, anchor in headings(page) if anchor == found}
    writes = re.compile(rf'\{{[^}}]*#{re.escape(found)}(?![\w-])|\sid="{re.escape(found)}"')
    return [(number, titled.get(number)) for number, line in page.lines()
            if number in titled or (number > page.front_matter_lines and writes.search(line))]


def _anchor_keys(root: Path, found: str) -> list[str]:
    """The keys of the site's texts ending in « .anchor » whose value, in either language, is `found`."""
    keys = []
    for file, name in ((root / "data" / "strings.yaml", "data/strings.yaml"), (DEFAULT_STRINGS, "interface.yaml")):
        try:
            texts = read_yaml(file, name).data if file.is_file() else {}
        except UnreadableYaml:
            continue
        keys += [key for key, text in (texts or {}).items() if str(key).endswith(".anchor") and isinstance(text, dict)
                 and found in text.values() and key not in keys]
    return keys


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
