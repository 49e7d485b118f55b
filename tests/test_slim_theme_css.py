"""pcv.theme.css (applied by the build: pcv/build/setup_steps.py) removes from Material's stylesheet only what the site
does not use; what is left, then site.css, is the site's one stylesheet file, of which each page carries the
part its first paint needs (tests/test_first_paint_css.py)."""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

import pytest
from mkdocs.config import load_config

from pcv.inspection.builds import ROOT
from pcv.theme.css import UNUSED, UNUSED_IN_TEXT, site_stylesheet, slim, without_unread_properties

CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')


def test_slim_drops_unused_selectors_and_keeps_the_rest() -> None:
    css = (
        '.md-nav,.tabbed-set>input{color:red}.tabbed-labels{display:flex}'
        '@media print{.md-tabs{display:none}}@media screen{.md-nav__link:is(.a,.b){top:0}}'
        '@keyframes spin{to{transform:rotate(1turn)}}.md-typeset .highlighttable{x:y}'
        '.md-topic:after{content:"}{"}/*# sourceMappingURL=main.css.map */'
        '.no-js .md-search,.no-js .md-sidebar{display:none}.no-js .md-header__button[for=__search]{display:none}'
        '[dir=rtl] .md-nav,[dir=ltr] .md-nav{left:0}[data-md-color-scheme=slate]{color:#fff}'
        '.md-typeset .admonition,.md-typeset details{margin:0}html .md-typeset summary:last-child{x:y}'
        '.md-typeset details:not([open])>summary{x:y}.md-typeset .pcv-hero__summary{x:y}.pcv-menu summary{x:y}'
    )
    assert slim(css) == (
        ".md-nav{color:red}@media screen{.md-nav__link:is(.a,.b){top:0}}"
        "@keyframes spin{to{transform:rotate(1turn)}}"
        '.md-topic:after{content:"}{"}'
        ".no-js .md-sidebar{display:none}"
        "[dir=ltr] .md-nav{left:0}"
        ".md-typeset .admonition{margin:0}.md-typeset .pcv-hero__summary{x:y}.pcv-menu summary{x:y}"
    )


def test_the_site_s_own_css_loses_only_spaces_never_inside_strings() -> None:
    css = site_stylesheet("", '.a > b , c { content: " , ; > : "; margin: 0 auto ; }\n@media (min-width: 60em) {'
                              ' .x :is(p, ul)::after { content: ",\\00a0"; width: calc(100% - 1rem); } }\n')
    assert css == ('.a>b,c{content:" , ; > : ";margin:0 auto}@media (min-width:60em){.x :is(p,ul)::after'
                   '{content:",\\00a0";width:calc(100% - 1rem)}}')


def test_unread_custom_properties_are_dropped() -> None:
    css = (':root{--md-a:1px;--md-icon:url("data:image/svg+xml;charset=utf-8,<svg/>");--md-b:var(--md-c);--md-c:2px}'
           ".md-nav{width:var(--md-a)}")
    assert without_unread_properties(css + ".x{height:var(--md-b)}") == (
        ":root{--md-a:1px;--md-b:var(--md-c);--md-c:2px}.md-nav{width:var(--md-a)}.x{height:var(--md-b)}")
    assert without_unread_properties(css) == ":root{--md-a:1px}.md-nav{width:var(--md-a)}"


def test_the_stylesheet_is_material_slimmed_then_the_site_s_own() -> None:
    css = site_stylesheet(".md-nav{color:red}.tabbed-set{x:y}:root{--md-x:1px;--md-y:2px}",
                          "/* ours */\n.pcv-a { width: var(--md-x); }\n")
    assert css == ".md-nav{color:red}:root{--md-x:1px}.pcv-a{width:var(--md-x)}"  # site.css squeezed


@pytest.fixture(scope="module")
def served_css(built_site: Path) -> str:
    """The site's one stylesheet file, named by its content."""
    (file,) = built_site.glob("assets/stylesheets/site.*.css")
    css = file.read_text(encoding="utf-8")
    assert hashlib.sha256(css.encode()).hexdigest().startswith(file.name.split(".")[1])
    return css


def test_served_stylesheet_is_smaller_and_keeps_what_pages_use(built_site: Path, served_css: str) -> None:
    assert not list(built_site.glob("assets/stylesheets/main.*")), "Material's stylesheet is in the site's one file"
    assert not (built_site / "assets/stylesheets/site.css").exists(), "site.css is in the site's one file"
    # Its share of a page's 40 KiB first visit (benchmarks/page_weight.py): the largest page, this file included,
    # weighs about 37.2 KiB (17.5 KiB until VISITOR10's inner pages at desktop sizes and phone call bar: 17.52 KiB).
    assert len(gzip.compress(served_css.encode())) < 18 * 1024
    for kept in (".md-header", ".md-nav__link", ".md-search-result__item", ".md-typeset .admonition", ".md-skip",
                 ".pcv-hero", "@media print"):
        assert kept in served_css, kept
    (file,) = built_site.glob("assets/stylesheets/site.*.css")
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'<noscript><link rel="stylesheet" href="assets/stylesheets/{file.name}"></noscript>' in html
    assert f'"assets/stylesheets/{file.name}"' in html, "the loader fetches the same file"


def test_no_page_uses_a_removed_class(built_site: Path) -> None:
    removed = re.compile(r"(?:" + "|".join(map(re.escape, UNUSED)) + r")(?:(?:__|--|-)[\w-]*)?")
    used = {
        f"{page.relative_to(built_site)}: {token}"
        for page in built_site.rglob("*.html")
        for classes in CLASS_ATTRIBUTE.findall(page.read_text(encoding="utf-8"))
        for token in classes.split()
        if removed.fullmatch(token)
    }
    assert not used, sorted(used)


def test_no_setting_brings_in_a_removed_component() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    enabled = (
        {f"feature:{f}" for f in config.theme.get("features", [])}
        | {f"extension:{e}" for e in config.markdown_extensions}
        | {f"plugin:{p.removeprefix('material/')}" for p in config.plugins}
        | {f"extra:{k}" for k in config.extra}
    )
    clashes = {cls: sorted(enabled.intersection(settings)) for cls, settings in {**UNUSED, **UNUSED_IN_TEXT}.items()}
    assert not {cls: s for cls, s in clashes.items() if s}, (
        "mkdocs.yml enables a component whose CSS pcv/theme/css.py removes: remove it from UNUSED"
    )
