"""Material's main.css, without the rules of components this site does not use, for a page's head.

Material's stylesheet styles every extension and feature it offers (tabs,
code highlighting, tooltips, blog, versions…): 137 KB, 22.8 KiB gzip, the
biggest part of the home page's budget. `slim` removes, from the file the
site serves (same name, same link), every selector that names a class of
UNUSED, and the rules left with none. Each entry names the settings that would
bring the component in: before enabling one in mkdocs.yml, remove its entry.
It also drops the two rules that hide search until Material's script runs.
What is left (about 15 KiB gzip) is written into each page's <style>
(`inline_css`), not linked: a linked stylesheet is one more round trip before
the first paint, which on a slow phone network costs more than the bytes.
hooks/slim_theme_css.py applies it; tests/test_slim_theme_css.py checks both (settings and built pages).
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

MATERIAL_CSS = re.compile(r"assets/stylesheets/main\.[0-9a-f]+\.min\.css")

# CSS class (and its __element, --modifier, -suffix forms) -> the settings of
# mkdocs.yml that would bring it in ("feature:", "extension:", "plugin:",
# "extra:"). An empty tuple: the class only comes from templates, so a built
# page would show it (tests/test_slim_theme_css.py looks for every class).
UNUSED: dict[str, tuple[str, ...]] = {
    "tabbed": ("extension:pymdownx.tabbed",),
    "highlight": ("extension:pymdownx.highlight", "extension:codehilite"),
    "highlighttable": ("extension:pymdownx.highlight", "extension:codehilite"),
    "md-code": ("feature:content.code.select", "feature:content.code.copy"),
    "md-clipboard": ("feature:content.code.copy",),
    "md-annotation": ("feature:content.code.annotate",),
    "md-tooltip": ("feature:content.tooltips",),
    "md-tooltip2": ("feature:content.tooltips",),
    "task-list": ("extension:pymdownx.tasklist",),
    "keys": ("extension:pymdownx.keys",),
    "critic": ("extension:pymdownx.critic",),
    "arithmatex": ("extension:pymdownx.arithmatex",),
    "mermaid": ("extension:pymdownx.superfences",),
    "footnote": ("extension:footnotes",),
    "md-source": (),  # repository widget, emptied in overrides/partials/source.html
    "md-tabs": ("feature:navigation.tabs",),
    "md-version": ("extra:version",),
    "md-select": ("extra:version",),  # and the language menu, replaced by partials/alternate.html
    "md-tag": ("plugin:tags",),
    "md-post": ("plugin:blog",),
    "md-profile": ("plugin:blog",),
    "md-draft": ("plugin:blog",),
    "md-author": ("plugin:blog",),
    "md-feedback": ("extra:analytics",),
    "md-consent": ("extra:consent",),
    "md-status": ("extra:status",),
    "md-path": ("feature:navigation.path",),
    "md-progress": ("feature:navigation.instant.progress",),
    "md-banner": ("extra:version",),  # and any announce block
    "md-social": ("extra:social",),
    "md-top": ("feature:navigation.top",),
}
# Material hides search while its script has not run ("no-js"). Here the
# script is fetched at the reader's first interaction (partials/theme-script.html),
# so search is offered from the start.
SEARCH_HIDDEN_WITHOUT_SCRIPT = frozenset({".no-js .md-header__button[for=__search]", ".no-js .md-search"})
# Attributes no page of this site carries: both its languages are written left
# to right, and without a palette (mkdocs.yml) there is no dark colour scheme.
NEVER_SET = ("[dir=rtl]", "[data-md-color-scheme=slate]")
_UNUSED_CLASS = re.compile(r"\.(?:" + "|".join(map(re.escape, UNUSED)) + r")(?:(?:__|--|-)[\w-]*)?(?![\w-])")
_VAR = re.compile(r"var\((--[\w-]+)")
# A custom property's declaration and its ";" (values may hold quoted data: URIs).
_CUSTOM_PROPERTY = re.compile(r"(?<=[{;])(--[\w-]+):(?:[^;{}\"']|\"[^\"]*\"|'[^']*')*;?")
_SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/")


def material_stylesheet(files: Files) -> File:
    """Material's main.css among the site's files (its name carries a hash that changes with each release)."""
    found = [file for file in files if MATERIAL_CSS.fullmatch(file.src_uri)]
    if len(found) != 1:
        raise PluginError(f"Feuille de style de Material introuvable ou en double ({len(found)} fichiers "
                          "assets/stylesheets/main.*.min.css) : vérifiez l'installation de mkdocs-material (make setup).")
    return found[0]


def inline_css(css: str, site_css: str) -> str:
    """`slim(css)` without the custom properties that neither it nor `site_css` reads
    (icons of components the site does not use), safe to write between <style> and </style>."""
    slimmed = slim(css)
    while True:
        read = set(_VAR.findall(slimmed + site_css))
        kept = _CUSTOM_PROPERTY.sub(lambda m: m.group(0) if m.group(1) in read else "", slimmed)
        kept = kept.replace(";}", "}")
        if kept == slimmed:
            break
        slimmed = kept
    if "</style" in slimmed.lower():
        raise PluginError("La feuille de style de Material contient « </style » : elle ne peut pas être écrite "
                          "dans la page.")
    return slimmed


def slim(css: str) -> str:
    """`css` without the selectors that name an unused component or hide search, and without empty rules."""
    out = []
    for prelude, body in _blocks(_SOURCE_MAP.sub("", css)):
        if body is None:
            out.append(prelude)
        elif prelude.startswith(("@media", "@supports")):
            inner = slim(body)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [s for s in _selectors(prelude) if not _UNUSED_CLASS.search(s)
                    and s.strip() not in SEARCH_HIDDEN_WITHOUT_SCRIPT and not any(a in s for a in NEVER_SET)]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
    return "".join(out)


def _blocks(css: str) -> list[tuple[str, str | None]]:
    """Top-level (prelude, body) pairs; a statement without a body (e.g. @charset) has body None."""
    blocks: list[tuple[str, str | None]] = []
    depth, start, prelude_end, quote = 0, 0, 0, ""
    for index, char in enumerate(css):
        if quote:
            quote = "" if char == quote and css[index - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char == "{":
            if depth == 0:
                prelude_end = index
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                blocks.append((css[start:prelude_end].strip(), css[prelude_end + 1:index]))
                start = index + 1
        elif char == ";" and depth == 0:
            blocks.append((css[start:index + 1].strip(), None))
            start = index + 1
    return blocks


def _selectors(prelude: str) -> list[str]:
    """A selector list split on its top-level commas (not those inside :is(…) or [attr=…])."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:index])
            start = index + 1
    parts.append(prelude[start:])
    return parts
