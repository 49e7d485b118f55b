"""Each page's address in its own language (pure, testable).

Staff keep one file name per page in both language folders (so that the two
versions pair up); the address of a page is its file name, unless its front
matter gives `slug:`, its last address segment in its language. A folder's
segment is the slug of the folder's `index.md`: with `slug: activities` in
docs/en/activites/index.md and `slug: bolivia` in docs/en/activites/bolivie.md,
the English page is at /en/activities/bolivia/. A folder without `index.md` is
named by its page's slug itself: `slug: act/watch` in docs/en/agir/observer.md
puts it at /en/act/watch/ (a slug names at most as many segments as the page's path).
"""

from __future__ import annotations

import posixpath
import re
import unicodedata

from pcv.pages.markdown import MarkdownPage

Pages = dict[tuple[str, str], MarkdownPage]
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # lower-case letters, digits, single hyphens
SLUG_PATH = re.compile(rf"{SLUG.pattern}(?:/{SLUG.pattern})*")  # the last segments of an address


def slug_advice(typed: str) -> str:
    """What in `typed` an address does not take, and the slug to write (staff play-test 9 F6: « Pérou » got the rule
    only): "« P » (majuscule) et « é » (accent) ne sont pas permis dans une adresse ; écrivez « slug: perou »", or ""
    when there is nothing to suggest. The web editor says the same under its field (pcv/editor/page_address.js)."""
    def bare(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

    named: list[str] = []
    for sign in typed:
        if re.fullmatch(r"[a-z0-9/-]", sign):
            continue
        name = ("les espaces" if sign.isspace() else f"« {sign} »" + (" (accent)" if bare(sign) != sign else
                " (majuscule)" if sign != sign.lower() else ""))
        if name not in named:
            named.append(name)
    # each part's words, any other sign between them (« d’Ivoire » -> d-ivoire), as the editor writes it
    slug = "/".join(words for part in typed.split("/") if (words := "-".join(re.findall(r"[a-z0-9]+", bare(part.lower())))))
    write = f"écrivez « slug: {slug} »" if slug and slug != typed else ""
    if not named:
        return write
    signs = f"{', '.join(named[:-1])} et {named[-1]}" if len(named) > 1 else named[0]
    allowed = " ne sont pas permis" if len(named) > 1 else " n'est pas permis"
    return f"{signs}{allowed} dans une adresse" + (f" ; {write}" if write else "")


def page_address(pages: Pages, lang: str, path: str) -> str:
    """The address of page `path` ("activites/bolivie.md") in `lang`, from its language's root:
    "activities/bolivia/", or "" for the home page."""
    stem = path.removesuffix(".md")
    parts = stem.split("/")
    if parts[-1] == "index":
        parts.pop()
    segments = [_segment(pages, lang, "/".join(parts[: i + 1])) for i in range(len(parts))]
    page = pages.get((lang, path))
    given = slug_segments(page.meta.get("slug")) if page is not None else []
    if 1 < len(given) <= len(segments):
        segments[-len(given):] = given
    return "".join(f"{segment}/" for segment in segments)


def folder_slugs(pages: Pages, lang: str, path: str) -> list[tuple[str, str | None]]:
    """Each folder of page `path` ("terrain/pays/cambodge.md": "terrain", "terrain/pays"), outermost first, with the
    name its `index.md` gives it in `lang` (`slug:`), or None when it has none (its address keeps the folder's name,
    unless the page's own slug names it)."""
    parts = path.removesuffix(".md").split("/")[:-1]
    if path.endswith("/index.md") or path == "index.md":
        parts = parts[:-1]
    folders = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return [(folder, page.meta["slug"] if (page := pages.get((lang, f"{folder}/index.md"))) is not None
             and valid_slug(page.meta.get("slug")) else None) for folder in folders]


def slug_segments(slug: object) -> list[str]:
    """The address segments a `slug:` names ("act/watch" -> ["act", "watch"]); none if it is not one."""
    return slug.split("/") if isinstance(slug, str) and SLUG_PATH.fullmatch(slug) else []


def _segment(pages: Pages, lang: str, stem: str) -> str:
    """The address segment of the page or folder `stem` ("activites", "activites/bolivie")."""
    for path in (f"{stem}.md", f"{stem}/index.md"):
        page = pages.get((lang, path))
        if page is not None and valid_slug(page.meta.get("slug")):
            return page.meta["slug"]
    return posixpath.basename(stem)


def valid_slug(value: object) -> bool:
    return isinstance(value, str) and SLUG.fullmatch(value) is not None


def destination(pages: Pages, src_uri: str, prefixes: dict[str, str]) -> str | None:
    """The output file of the page whose source is `src_uri` ("en/activites/bolivie.md"), for languages
    whose pages are under `prefixes` ({"fr": "", "en": "en/"}): "en/activities/bolivia/index.html";
    None for a file that is not a page of a language folder."""
    lang, _, path = src_uri.partition("/")
    if lang not in prefixes or (lang, path) not in pages:
        return None
    return f"{prefixes[lang]}{page_address(pages, lang, path)}index.html"
