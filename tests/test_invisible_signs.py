"""The class of invisible signs (pcv/invisible_signs.py), tested on every code point, and the last gate: whatever
brought it, a sign of the class never leaves in a published page."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
import regex

from pcv.checks.site import all_problems
from pcv.data.yaml_schema import CONTROL
from pcv.inspection.builds import build_site
from pcv.checks.invisible_signs import _PLAIN, control_sign_problem
from pcv.invisible_signs import FLAGS, INVISIBLE

NO_GLYPH = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}  # (Cn by Python's older Unicode may be assigned since: not asserted)
KEPT = "\t\n\r\u00ad\u200d"
# Red team 12 M1: default-ignorable signs that are not formats (the combining grapheme joiner, Mongolian free
# variation selectors, Khmer inherent vowels, the Hangul fillers), every variation selector.
DEFAULT_IGNORABLE_MARKS = ["\u034f", *map(chr, range(0x180b, 0x1810)), "\u17b4", "\u17b5", "\u115f", "\u1160",
                           "\u3164", "\uffa0"]


@pytest.mark.engine_only
def test_every_code_point_without_a_glyph_or_ignorable_is_in_the_class() -> None:
    """Each of the 1,114,112 code points alone: every control, format, private-use, surrogate and separator sign
    (by Python's Unicode), every variation selector and default-ignorable mark is refused; nothing else that a
    French or English text, its typography or an emoji needs is."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))  # a sign's index is its code (no preceding emoji)
    mask = bytearray(len(every))
    for run in regex.finditer(f"(?:{INVISIBLE.pattern})+", every, FLAGS):
        mask[run.start():run.end()] = b"\x01" * (run.end() - run.start())
    assert all(mask[0x40000:0xE0000]) and all(mask[0xF0000:])  # planes 4-13 unassigned, 15-16 private use
    for code in (*range(0x40000), *range(0xE0000, 0xF0000)):
        sign = every[code]
        category = unicodedata.category(sign)
        if category in NO_GLYPH or (category == "Mn" and "VARIATION SELECTOR" in unicodedata.name(sign)):
            assert mask[code] == (sign not in KEPT), f"U+{code:04X}"
    assert all(mask[ord(sign)] for sign in DEFAULT_IGNORABLE_MARKS)
    text = [chr(c) for c in range(0x20, 0x250) if unicodedata.category(chr(c)) not in NO_GLYPH]  # Latin, with accents
    text += list("\u00a0\u202f\u2009«»‹›“”‘’–—…•€$¢£¥©®™°·") + [chr(c) for c in range(0x0300, 0x034f)]
    text += [chr(c) for c in range(0x1f300, 0x1f650)] + [chr(c) for c in range(0x1f1e6, 0x1f200)]  # emoji, flags
    assert [f"U+{ord(sign):04X}" for sign in text if mask[ord(sign)]] == []


@pytest.mark.engine_only
@pytest.mark.parametrize("text", ["\u2764\ufe0f", "\u00a9\ufe0e", "\u263a\ufe0f", "1\ufe0f\u20e3", "#\ufe0f\u20e3",
                                  "\U0001f469\u200d\U0001f33e\ufe0f", "\U0001f44d\U0001f3fd", "\U0001f1e8\U0001f1e6"])
def test_an_emoji_keeps_its_presentation_selector(text: str) -> None:
    assert not INVISIBLE.search(text)


@pytest.mark.engine_only
@pytest.mark.parametrize("text", ["a\ufe0e", "a\ufe0f", "1\ufe0f", "\ufe0f", " \ufe0e", "\u2764\ufe0f\ufe0f",
                                  "\u2764\ufe00", "\U0001f600\U000e0100"])
def test_a_presentation_selector_other_than_right_after_an_emoji_is_refused(text: str) -> None:
    assert INVISIBLE.search(text)


@pytest.mark.engine_only
def test_bytes_hidden_as_variation_selectors_are_refused_after_a_letter_and_after_an_emoji() -> None:
    """Any byte written as a variation selector (U+FE00-FE0F, U+E0100-E01EF: the « emoji smuggling » channel) after a
    word or an emoji is refused, but for the two presentation selectors an emoji may carry."""
    for byte in range(256):
        selector = chr(0xFE00 + byte) if byte < 16 else chr(0xE0100 + byte - 16)
        assert INVISIBLE.search(f"Texte{selector} visible"), byte
        assert bool(INVISIBLE.search(f"\U0001f600{selector}")) == (selector not in "\ufe0e\ufe0f"), byte


@pytest.mark.engine_only
@pytest.mark.parametrize("sign", ["\u202e", "\u2066", "\x1b", "\x85", "\u2028",  # and the class (red team 11, M4):
                                  "\U000e0041", "\u2061", "\u180e", "\u3164", "\u115f", "\ue000", "\u0378",
                                  "\u034f", "\u180b", "\u17b4", "\ufe0e", "\U000e0100"])  # (red team 12, M1)
def test_each_control_sign_in_a_page_is_named_with_its_code(sign: str) -> None:
    assert CONTROL.match(sign)
    problem = control_sign_problem(f"<p>Prix : {sign}0001 $</p>", "docs/fr/contact.md")
    assert problem is not None and problem.file == "docs/fr/contact.md"
    assert f"(U+{ord(sign):04X})" in problem.message


@pytest.mark.engine_only
def test_a_page_without_control_signs_passes() -> None:
    page = "<p>Prix\u00a0: 1\u202f000\u00a0$ — « ok »\t\npro\u00adgramme \U0001f469\u200d\U0001f33e</p>"
    assert control_sign_problem(page, "docs/fr/contact.md") is None


@pytest.mark.engine_only
def test_the_signs_left_out_before_the_page_check_are_none_the_class_refuses() -> None:
    """The page check leaves out printable ASCII, tab, line feed and carriage return before it tries each different
    sign: not one of them is refused, and every other ASCII sign (the C0 controls, DEL) stays and is named."""
    for code in range(128):
        sign = chr(code)
        left_out = _PLAIN.fullmatch(sign) is not None
        assert left_out == (not CONTROL.search(sign)), code
        if not left_out:
            assert control_sign_problem(f"<p>{sign}</p>", "docs/fr/contact.md") is not None, code


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
