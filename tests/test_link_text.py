"""A link whose words are an address, a mail address or a phone number leads where it reads (red team 17 F10:
`[https://ceci.org/fr/don](https://evil.example/don)` was published as is)."""

from __future__ import annotations

from pathlib import Path

import pytest
from project_edits import engine_markdown

from pcv.checks.link_text import link_text_problems
from pcv.pages.markdown import read_page

pytestmark = pytest.mark.engine_only  # reads engine.yml only

PAGE = "a.md"


def _problems(tmp_path: Path, typed: str) -> list:
    (tmp_path / PAGE).write_text(f"---\ntitle: A\n---\n\nAvant.\n\n{typed}\n", encoding="utf-8")
    page, _ = read_page(tmp_path / PAGE, "fr", PAGE)
    return list(link_text_problems(page, engine_markdown().renderer()))


@pytest.mark.parametrize(("typed", "words"), [
    ("Faites un don sur [https://ceci.org/fr/don](https://evil.example/don).", "https://ceci.org/fr/don"),  # c45
    ("Voir [ceci.org/don](https://evil.example/don).", "ceci.org/don"),
    ("Voir [www.ceci.org](https://ceci.org.evil.example/).", "www.ceci.org"),
    ("Voir [le site][s].\n\n[s]: https://evil.example/", None),  # words no address: accepted (below)
    ("Écrivez à [info@ceci.org](mailto:info@evil.example).", "info@ceci.org"),
    ("Écrivez à [info@ceci.org](https://evil.example/).", "info@ceci.org"),
    ('Voir <a href="https://evil.example/">https://ceci.org/</a>.', "https://ceci.org/"),
    ("Appelez le [514 555-0100](tel:+18005550199).", "514 555-0100"),
])
def test_words_naming_another_place_are_refused_at_their_line(tmp_path: Path, typed: str, words: str | None) -> None:
    problems = _problems(tmp_path, typed)
    if words is None:
        assert problems == []
        return
    line = 7
    assert [(p.line, p.column) for p in problems] == [(line, typed.index(words) + 1)], problems
    assert problems[0].message.startswith(f"le lien affiche « {words} » mais mène à ")


@pytest.mark.parametrize("typed", [
    "[https://ceci.org/fr/don](https://ceci.org/fr/don)", "<https://ceci.org/fr/>", "[ceci.org](https://www.ceci.org/)",
    "[Le site du CECI](https://evil.example/)", "<info@ceci.org>", "[info@ceci.org](mailto:info@ceci.org)",
    "[514 555-0100](tel:+15145550100)", "[2020-2030](programme.md)", "[Node.js](https://nodejs.org/)",
])
def test_words_naming_the_place_a_link_leads_to_are_accepted(tmp_path: Path, typed: str) -> None:
    assert _problems(tmp_path, typed) == []
