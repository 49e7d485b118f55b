"""The last gate: whatever brought it, an invisible control sign never leaves in a published page."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcv.checks.site import all_problems
from pcv.data.yaml_schema import CONTROL
from pcv.inspection.builds import build_site
from pcv.checks.invisible_signs import control_sign_problem


@pytest.mark.parametrize("sign", ["\u202e", "\u2066", "\x1b", "\x85", "\u2028",  # and the class (red team 11, M4):
                                  "\U000e0041", "\u2061", "\u180e", "\u3164", "\u115f", "\ue000", "\u0378"])
def test_each_control_sign_in_a_page_is_named_with_its_code(sign: str) -> None:
    assert CONTROL.match(sign)
    problem = control_sign_problem(f"<p>Prix : {sign}0001 $</p>", "docs/fr/contact.md")
    assert problem is not None and problem.file == "docs/fr/contact.md"
    assert f"(U+{ord(sign):04X})" in problem.message


def test_a_page_without_control_signs_passes() -> None:
    page = "<p>Prix\u00a0: 1\u202f000\u00a0$ — « ok »\t\npro\u00adgramme \U0001f469\u200d\U0001f33e</p>"
    assert control_sign_problem(page, "docs/fr/contact.md") is None


def test_a_control_sign_past_every_check_stops_the_build_and_names_the_page(project_copy: Path) -> None:
    """A sign the checks of the pages and data do not look for (here, written by a template) still stops the
    build: nothing is published with it."""
    footer = project_copy / "overrides" / "partials" / "site-footer.html"
    footer.write_text(footer.read_text(encoding="utf-8") + "<p>&#x202E;1000</p>\n", encoding="utf-8")
    result = build_site(project_copy, project_copy / "site")
    assert result.returncode != 0
    named = [line for line in result.output.splitlines() if line.startswith("- ") and "(U+202E)" in line]
    assert named and named[0].startswith(("- docs/", "- overrides/")), result.output
    assert not (project_copy / "site" / "index.html").exists()


@pytest.mark.parametrize("reference", ["&#8238", "&#x0000202E;", "&rlm;"])
def test_a_character_reference_in_a_page_title_is_refused_at_its_line(project_copy: Path, reference: str) -> None:
    """A page's title is written into every page's menu as typed: a reference there would be decoded."""
    page = next(p for p in sorted((project_copy / "docs" / "fr").glob("*.md"))
                if "\ntitle: " in p.read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    start = text.index("\ntitle: ") + 1
    end = text.index("\n", start)
    page.write_text(text[:end] + f" {reference} 1000" + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    problems = [p for p in all_problems(project_copy) if p.file == f"docs/fr/{page.name}"]
    assert [(p.line, "« & » n'est pas permis" in p.message) for p in problems] == [(line, True)], problems
