"""A link whose words are an address, a mail address or a phone number leads where it reads (red team 17 F10:
`[https://ceci.org/fr/don](https://evil.example/don)` was published as is); a link with no words, or words that say
nothing out of their sentence, is refused at its line (PROGRAMME11 F4: `[](https://…)` and « [Cliquez ici](…) » were
published)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import engine_markdown

from pcv.checks.link_text import link_text_problems
from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme
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


@pytest.mark.parametrize("typed", [
    "[Cliquez ici](https://example.org/fr).", "Pour vous inscrire, [cliquez ici](https://example.org/fr) !",
    "[ici](https://example.org/fr)", "[En savoir plus…](https://example.org/fr)", "[lien](https://example.org/fr)",
    "[Click here](https://example.org/en)", "[here](https://example.org/en)", "[Read more →](https://example.org/en)",
    '<a href="https://example.org/fr">ici</a>', "[link](a.md)",
])
def test_words_that_say_nothing_out_of_their_sentence_are_refused_at_their_line(tmp_path: Path, typed: str) -> None:
    words = typed.split("[", 1)[1].split("]", 1)[0] if "[" in typed else typed.split(">", 1)[1].split("<", 1)[0]
    problems = _problems(tmp_path, typed)
    assert [(p.line, p.column) for p in problems] == [(7, typed.index(words) + 1)], problems
    assert problems[0].message.startswith(f"le lien « {words} » (vers « ")
    assert "ne dit pas où il mène" in problems[0].message and "Écrivez entre les crochets" in problems[0].message


@pytest.mark.parametrize("typed", [
    "[Cliquez ici pour lire le guide des stages](https://example.org/fr)", "[le guide des stages](https://example.org/)",
    "[Plus de photos](https://example.org/)", "[Ici, on sème](https://example.org/)",
    '[![Le jardin de Lima](https://example.org/lima.webp)](https://example.org/)',
    '<a href="https://example.org/" aria-label="Le guide des stages">→</a>',
])
def test_links_that_say_where_they_lead_are_accepted(tmp_path: Path, typed: str) -> None:
    assert _problems(tmp_path, typed) == []


@pytest.mark.parametrize(("link", "words"), [("[](https://example.org/fr)", None),
                                            ("[Cliquez ici](https://example.org/fr)", "Cliquez ici")])
def test_a_link_staff_type_without_saying_where_it_leads_is_refused_with_its_file_and_line(
        tmp_path: Path, link: str, words: str | None) -> None:
    """PROGRAMME11 F4 as staff wrote it: a link without words, or « Cliquez ici », typed in a page's text."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    name = f"docs/fr/{FICTIF.page_of_country(FICTIF.countries_with_activities()[0].code)}"
    text = (project / name).read_text(encoding="utf-8")
    last = text.rstrip("\n").rsplit("\n", 1)[1]
    (project / name).write_text(text.replace(last, f"{last} Voir {link}."), encoding="utf-8")
    line = text.splitlines().index(last) + 1
    column = len(last) + len(" Voir ") + (1 if words is None else 2)
    message = (f"le lien « {words} » (vers « https://example.org/fr ») ne dit pas où il mène" if words else
               "le lien vers « https://example.org/fr » n'a pas de texte")
    found = [str(p) for p in all_problems(project) if p.file == name]
    assert len(found) == 1 and found[0].startswith(f"{name}, ligne {line}, colonne {column} : {message}"), found
