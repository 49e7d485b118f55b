"""pcv.theme.css (applied by hooks/slim_theme_css.py) removes from Material's stylesheet only what the site does not use."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from mkdocs.config import load_config

from pcv.inspection.builds import ROOT
from pcv.theme.css import UNUSED, slim

CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')


def test_slim_drops_unused_selectors_and_keeps_the_rest() -> None:
    css = (
        '.md-nav,.tabbed-set>input{color:red}.tabbed-labels{display:flex}'
        '@media print{.md-tabs{display:none}}@media screen{.md-nav__link:is(.a,.b){top:0}}'
        '@keyframes spin{to{transform:rotate(1turn)}}.md-typeset .highlighttable{x:y}'
        '.md-topic:after{content:"}{"}/*# sourceMappingURL=main.css.map */'
        '.no-js .md-search,.no-js .md-sidebar{display:none}.no-js .md-header__button[for=__search]{display:none}'
    )
    assert slim(css) == (
        ".md-nav{color:red}@media screen{.md-nav__link:is(.a,.b){top:0}}"
        "@keyframes spin{to{transform:rotate(1turn)}}"
        '.md-topic:after{content:"}{"}'
        ".no-js .md-sidebar{display:none}"
    )


@pytest.fixture(scope="module")
def served_css(built_site: Path) -> str:
    (path,) = (built_site / "assets" / "stylesheets").glob("main.*.min.css")
    return path.read_text(encoding="utf-8")


def test_served_stylesheet_is_smaller_and_keeps_what_pages_use(served_css: str) -> None:
    assert len(gzip.compress(served_css.encode())) < 16 * 1024
    for kept in (".md-header", ".md-nav__link", ".md-search-result__item", ".md-typeset .admonition", ".md-skip"):
        assert kept in served_css, kept


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
    clashes = {cls: sorted(enabled.intersection(settings)) for cls, settings in UNUSED.items()}
    assert not {cls: s for cls, s in clashes.items() if s}, (
        "mkdocs.yml enables a component whose CSS hooks/slim_theme_css.py removes: remove it from UNUSED"
    )
