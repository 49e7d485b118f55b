"""The gate of the files under overrides/ that are not templates: MkDocs copies them to the site as they are.

Besides its templates (`.html`, read by Jinja, their scripts marked as the
site's own) and the static templates it renders (robots.txt), MkDocs copies
every file of the theme folder to the site: an `.svg` holding a script, or a
`.js` or `.html` file, would run at the site's own address when opened, where
the pages' Content-Security-Policy does not reach. Here such a file is a
stylesheet, an image, or an SVG drawing with nothing in it that acts or loads
(no script, event handler, foreign HTML, link or reference outside itself).
"""

from __future__ import annotations

import fnmatch
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

from pcv.problems import Problem

PUBLISHED = (".css", ".svg", ".png", ".ico", ".woff2")
# What MkDocs leaves out of a theme folder (mkdocs.structure.files.Files.add_files_from_theme).
NOT_COPIED = (".*", "*/.*", "*.py", "*.pyc", "*.html", "*readme*", "mkdocs_theme.yml", "*.md", "*.markdown")
SVG_ELEMENTS = {"svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "title", "desc",
                "defs", "symbol", "use", "lineargradient", "radialgradient", "stop", "clippath", "mask", "text",
                "tspan"}
_OUTSIDE_REFERENCE = re.compile(r"url\(\s*['\"]?(?!#)|@import|javascript:|expression\(", re.IGNORECASE)


def theme_file_problems(theme: Path, folder: str, static_templates: list[str]) -> Iterator[Problem]:
    """Each file of the theme folder `theme` (shown as `folder`) that MkDocs would copy is one the site may
    publish."""
    for file in sorted(p for p in theme.rglob("*") if p.is_file()):
        relative = file.relative_to(theme).as_posix()
        if any(fnmatch.fnmatch(relative.lower(), pattern) for pattern in (*NOT_COPIED, *static_templates)):
            continue
        name = f"{folder}/{relative}"
        if file.suffix.lower() not in PUBLISHED:
            yield Problem(name, None, None, f"MkDocs publierait ce fichier tel quel, et le site ne publie depuis "
                          f"{folder}/ que des feuilles de style, des images et des dessins SVG "
                          f"({', '.join(PUBLISHED)}). Retirez-le, ou mettez son contenu dans un gabarit (.html).")
        elif file.suffix.lower() == ".svg":
            found = _svg_problem(file)
            if found:
                yield Problem(name, None, None, f"ce dessin SVG {found} : ouvert à son adresse, il agirait sur le "
                              "site. Gardez-en seulement le dessin (formes, couleurs, texte).")


def _svg_problem(file: Path) -> str | None:
    """What in the SVG `file` could act or load, in words, or None."""
    text = file.read_text(encoding="utf-8", errors="replace")
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        return "déclare un DOCTYPE ou des entités"
    try:
        drawing = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return "ne se lit pas comme du XML"
    for element in drawing.iter():
        tag = element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else "?"
        if tag not in SVG_ELEMENTS:
            return f"contient l'élément <{tag}>"
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                return f"contient l'attribut {local}"
            if (local == "href" and not value.startswith("#")) or _OUTSIDE_REFERENCE.search(value):
                return f"renvoie hors de lui-même ({local}=\"{value[:40]}\")"
    return None
