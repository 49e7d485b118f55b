"""The gate of the files under overrides/ that are not templates: MkDocs copies them to the site as they are.

Besides its templates (`.html`, read by Jinja, their scripts marked as the
site's own) and the static templates it renders (robots.txt), MkDocs copies
every file of the theme folder to the site byte for byte: an SVG opened at
its address runs its script or loads another host's file out of the pages'
Content-Security-Policy, and an image keeps its metadata (an author, a GPS
position). So the theme folder publishes stylesheets only, and a stylesheet
loads nothing (no `url(`, `image-set(`, `@import`, `@font-face`, read once
its CSS escapes are decoded, as a browser reads `u\\72l(`). The site's images
are drawn by the build (the favicon and share images from `brand:` in
data/programme.yaml) or are photos under docs/, re-encoded without metadata.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from pathlib import Path

from pcv.problems import Problem

PUBLISHED = (".css",)
# What MkDocs leaves out of a theme folder (mkdocs.structure.files.Files.add_files_from_theme).
NOT_COPIED = (".*", "*/.*", "*.py", "*.pyc", "*.html", "*readme*", "mkdocs_theme.yml", "*.md", "*.markdown")
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\r\n\f]?|\\(\r\n|[\s\S])")
_LOADS = re.compile(r"(url|image-set|image|cross-fade|element|src|expression)\s*\(|@import|@font-face|@namespace",
                    re.IGNORECASE)


def theme_file_problems(theme: Path, folder: str, static_templates: list[str]) -> Iterator[Problem]:
    """Each file of the theme folder `theme` (shown as `folder`) that MkDocs would copy is a stylesheet that
    loads nothing."""
    for file in sorted(p for p in theme.rglob("*") if p.is_file()):
        relative = file.relative_to(theme).as_posix()
        name = f"{folder}/{relative}"
        if any(fnmatch.fnmatch(relative.lower(), pattern) for pattern in ("*.html", *static_templates)):
            yield from _template_problems(file, name)
            continue
        if any(fnmatch.fnmatch(relative.lower(), pattern) for pattern in NOT_COPIED):
            continue
        if file.suffix.lower() not in PUBLISHED:
            yield Problem(name, None, None, f"MkDocs publierait ce fichier tel quel (un dessin SVG pourrait y "
                          f"exécuter un script ou charger un autre site, une image garder ses métadonnées) : le site "
                          f"ne publie depuis {folder}/ que des gabarits (.html) et des feuilles de style (.css). "
                          "Les images du site sont dessinées d'après brand: dans data/programme.yaml, ou sont des "
                          "photos dans docs/. Retirez le fichier.")
        else:
            yield from _stylesheet_problems(file, name)


def _template_problems(file: Path, name: str) -> Iterator[Problem]:
    """A template Jinja reads in UTF-8 (read otherwise, it would stop the build in the template that includes it)."""
    raw = file.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Problem(name, raw.count(b"\n", 0, exc.start) + 1, None, "le gabarit n'est pas enregistré en UTF-8. "
                      "Enregistrez-le en UTF-8 dans votre éditeur (VS Code : « Enregistrer avec l'encodage »).")


def _stylesheet_problems(file: Path, name: str) -> Iterator[Problem]:
    """The stylesheet `file` loads nothing, read as a browser reads it (escapes decoded, comments removed)."""
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        yield Problem(name, None, None, "la feuille de style n'est pas enregistrée en UTF-8 (un navigateur la lirait "
                      "autrement que cette vérification, par exemple en UTF-16). Enregistrez-la en UTF-8.")
        return
    for number, line in enumerate(as_read(text).splitlines(), 1):
        found = _LOADS.search(line)
        if found:
            yield Problem(name, number, None, f"la feuille de style charge un fichier (« {found.group()} ») : le "
                          "site ne charge rien d'autre que sa feuille de style, et rien d'un autre site. Retirez "
                          "cette règle ; une couleur ou une forme s'écrit sans image.")


def as_read(css: str) -> str:
    """`css` with its comments blanked (a `/*` inside a string is text, as a browser reads it), then its escapes
    decoded (`u\\72l(` is `url(`), lines kept."""
    return _ESCAPE.sub(lambda m: _char(m.group(1)) if m.group(1) else ("" if m.group(2) in "\r\n" else m.group(2)),
                       _without_comments(css))


def _without_comments(css: str) -> str:
    """`css` with each comment outside a string replaced by its line breaks."""
    kept: list[str] = []
    at, quote = 0, ""
    while at < len(css):
        sign = css[at]
        if sign == "\\":
            kept.append(css[at:at + 2])
            at += 2
            continue
        if quote:
            quote = "" if sign in (quote, "\n") else quote
        elif sign in "\"'":
            quote = sign
        elif css.startswith("/*", at):
            end = css.find("*/", at + 2)
            end = len(css) if end < 0 else end + 2
            kept.append("\n" * css.count("\n", at, end))
            at = end
            continue
        kept.append(sign)
        at += 1
    return "".join(kept)


def _char(hexadecimal: str) -> str:
    code = int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
