"""The site's one stylesheet: Material's main.css without the rules of components this site does not use, then ours.

Material's stylesheet styles every extension and feature it offers (tabs,
code highlighting, tooltips, blog, versions…): 137 KB, 22.8 KiB gzip. `slim`
removes every selector that names a class of UNUSED, or an element of
UNUSED_IN_TEXT in the text (.md-typeset), and the rules left with none. Each entry names the settings that would bring the component in: before
enabling one in mkdocs.yml, remove its entry. It also drops the two rules that
hide search until Material's script runs. `site_stylesheet` puts the site's own
styles (overrides/assets/stylesheets/site.css) after what is left: about
17 KiB gzip, one file that every page shares (the browser keeps it), fetched
after the page's first paint; each page carries the part of it that its first
paint needs (pcv/theme/first_paint.py). The publish_stylesheet step (pcv/build/setup_steps.py) applies both;
tests/test_slim_theme_css.py checks the settings and the built pages.
"""

from __future__ import annotations

import functools
import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from pcv.theme.css_syntax import blocks, selectors, without_comments

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
# HTML elements whose rules in Material's text (.md-typeset …) style a Markdown extension's output -> the settings
# that would bring it in. The site's own <details> (the phone menu) is outside the text, in the header.
UNUSED_IN_TEXT: dict[str, tuple[str, ...]] = {
    "details": ("extension:pymdownx.details",),
    "summary": ("extension:pymdownx.details",),
}
# Material hides search while its script has not run ("no-js"). Here the
# script is fetched at the reader's first interaction (partials/theme-script.html),
# so search is offered from the start.
SEARCH_HIDDEN_WITHOUT_SCRIPT = frozenset({".no-js .md-header__button[for=__search]", ".no-js .md-search"})
# Attributes no page of this site carries: both its languages are written left
# to right, and without a palette (mkdocs.yml) there is no dark colour scheme.
NEVER_SET = ("[dir=rtl]", "[data-md-color-scheme=slate]")
_UNUSED_CLASS = re.compile(r"\.(?:" + "|".join(map(re.escape, UNUSED)) + r")(?:(?:__|--|-)[\w-]*)?(?![\w-])")
_UNUSED_IN_TEXT = re.compile(r"\.md-typeset\b.*(?<![\w-])(?:" + "|".join(UNUSED_IN_TEXT) + r")(?![\w-])")
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


@functools.lru_cache(maxsize=2)
def site_stylesheet(material_css: str, site_css: str) -> str:
    """The site's one stylesheet: `slim(material_css)`, then `site_css` without its comments, without the
    custom properties that nothing reads (icons of components the site does not use). Made once for both
    languages and each `make serve` rebuild while the two texts are the same."""
    return without_unread_properties(slim(material_css) + squeezed(without_comments(site_css)).strip())


_STRING = re.compile(r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""")
_AROUND = re.compile(r"\s*([{};,>])\s*")
_AFTER_COLON = re.compile(r":\s+")


def squeezed(css: str) -> str:
    """`css` without the spaces its punctuation does not need (around { } ; , > and after :), outside strings:
    the same rules, smaller (site.css is written to be read)."""
    parts = _STRING.split(css)
    return "".join(part if i % 2 else _AFTER_COLON.sub(":", _AROUND.sub(r"\1", part)) for i, part in enumerate(parts))


def without_unread_properties(css: str) -> str:
    """`css` without the declarations of custom properties that no `var()` of it reads (even indirectly)."""
    while True:
        read = set(_VAR.findall(css))
        kept = _CUSTOM_PROPERTY.sub(lambda m: m.group(0) if m.group(1) in read else "", css).replace(";}", "}")
        if kept == css:
            return kept
        css = kept


def slim(css: str) -> str:
    """`css` without the selectors that name an unused component (a class, or an element in the text) or hide
    search, and without empty rules."""
    out = []
    for prelude, body in blocks(_SOURCE_MAP.sub("", css)):
        if body is None:
            out.append(prelude)
        elif prelude.startswith(("@media", "@supports")):
            inner = slim(body)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [s for s in selectors(prelude) if not _UNUSED_CLASS.search(s) and not _UNUSED_IN_TEXT.search(s)
                    and s.strip() not in SEARCH_HIDDEN_WITHOUT_SCRIPT and not any(a in s for a in NEVER_SET)]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
    return "".join(out)
