"""pcv.theme.first_paint: each page carries the rules of the site's stylesheet that can apply to what
it shows before the reader acts, and no others (the browser test compares both states on screen:
tests/browser/test_first_paint.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pcv.inspection.pages import LANGUAGES, page_url
from pcv.inspection.builds import FIXTURES
from pcv.theme.first_paint import (FIRST_ROUND_TRIP, first_paint_css, first_round_trip_bytes, page_tokens, parse,
                                    requirements)

@pytest.mark.parametrize(("selector", "needs"), [
    (".md-typeset h1::before", {".md-typeset", "h1"}),
    ("[data-md-toggle=search]:checked~.md-header .md-search__output",
     {"[data-md-toggle=search", "[checked", ".md-header", ".md-search__output"}),
    ("a:not(.is-active) > span[hidden]", {"a", "span", "[hidden"}),
    (".pcv-button:is(:hover, .is-active)", {".pcv-button"}),
    ("#__drawer", {"#__drawer"}),
])
def test_a_selector_requires_its_classes_ids_attributes_and_elements(selector: str, needs: set[str]) -> None:
    assert requirements(selector) == needs


@pytest.mark.parametrize("selector", [".a:hover", ".a:is(:hover, :focus) b", ".md-nav__link:focus-visible",
                                      ".md-sidebar:focus-within .x", "button:active"])
def test_a_selector_of_the_reader_s_action_is_not_for_the_first_paint(selector: str) -> None:
    assert requirements(selector) is None


def test_what_is_hidden_until_asked_brings_only_its_container() -> None:
    html = ('<div class="md-sidebar md-sidebar--primary"><div><nav class="md-nav"><div>x</div></nav></div></div>'
            '<p class="after">y</p><script>"<b class=x>"</script>')
    tokens = page_tokens(html)
    assert {".md-sidebar--primary", ".after", "p"} <= tokens
    assert not {".md-nav", "nav", "b", ".x"} & tokens


def test_only_the_rules_the_page_can_show_are_kept_in_order() -> None:
    stylesheet = parse(":root{--a:1px;--b:2px}/* x */.p{width:var(--a)}.q,.p b{color:red}.p:hover{color:blue}"
                       "@media (min-width:10em){.p{top:0}.q{top:1px}}@media print{.p{display:none}}"
                       "@keyframes spin{to{left:0}}@keyframes fade{to{opacity:0}}.p i{animation:spin 1s}")
    assert first_paint_css(stylesheet, '<p class="p"><i>x</i></p>') == (
        ":root{--a:1px}.p{width:var(--a)}@media (min-width:10em){.p{top:0}}.p i{animation:spin 1s}"
        "@keyframes spin{to{left:0}}")
    assert first_paint_css(stylesheet, '<p class="p"><b>x</b></p>').startswith(":root{--a:1px}.p{width:var(--a)}.p b{color:red}")


@pytest.fixture(scope="module")
def stylesheet(built_site: Path) -> str:
    (file,) = built_site.glob("assets/stylesheets/site.*.css")
    return file.read_text(encoding="utf-8")


def test_every_page_carries_a_part_of_the_stylesheet(built_site: Path, stylesheet: str) -> None:
    pages = sorted(built_site.rglob("*.html"))
    for page in pages:
        if "admin" in page.parts:
            continue
        html = page.read_text(encoding="utf-8")
        styles = re.findall(r"<style>(.*?)</style>", html, re.S)
        assert len(styles) == 1 and styles[0], f"{page}: no first-paint rules"
        assert "/*first-paint*/" not in html
        rules = re.findall(r"[^{}]+\{[^{}]*\}", re.sub(r"@[^{]+\{", "", styles[0]))
        # (custom properties aside: a page keeps those its rules read)
        missing = [rule for rule in rules if "--" not in rule and rule.split("{")[1] not in stylesheet]
        assert not missing, f"{page}: rules that the stylesheet does not have: {missing[:3]}"
        assert len(styles[0]) < len(stylesheet) / 2, f"{page}: the first paint carries half the stylesheet or more"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_engines_home_page_arrives_in_the_first_round_trip(programme_site, lang: str) -> None:
    """The engine's share of a home (a fixture programme of 12 countries); the PCV's own home, whose size grows with
    what staff add, is measured by `make bench` (benchmarks/page_weight.py), not asserted here."""
    site = programme_site(FIXTURES / "programme-atelier")
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    size = first_round_trip_bytes((site / prefix / "index.html").read_bytes())
    assert size <= FIRST_ROUND_TRIP, f"/{prefix}: {size} bytes"
