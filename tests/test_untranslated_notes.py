"""English left in French is noted at its line, never refused (PROGRAMME10 F8: « Soins prénatals » as a theme's
English title, an English page titled « Faire un stage », « Le programme: Le programme » in the menu's translations,
all published without a word); a name the same in both languages is not noted (pcv/checks/untranslated.py)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import edit

from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

THEME = FICTIF.data.programme.themes[0]
PAGE = FICTIF.page_with_role("programme")
NOTE = "une traduction oubliée ? (une note seulement : si c'est voulu, rien à faire)."


def test_english_left_in_french_is_noted_at_its_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    data, config, page = project / "data" / "programme.yaml", project / "mkdocs.yml", project / "docs" / "en" / PAGE
    edit(data, f"en: {THEME.title.en}\n", f"en: {THEME.title.fr}\n")
    title_fr = FICTIF.field(f"docs/fr/{PAGE}", "title")
    edit(page, f"title: {FICTIF.field(f'docs/en/{PAGE}', 'title')}\n", f"title: {title_fr}\n")
    section, english = re.search(r"^ {10}(.+): (.+)$", config.read_text(encoding="utf-8"), re.M).groups()
    edit(config, f"{section}: {english}\n", f"{section}: {section}\n")
    with caplog.at_level(logging.INFO):
        problems = all_problems(project)
    lines = {name: next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)
             for name, path, text in (("data", data, f"en: {THEME.title.fr}"), ("page", page, "title:"),
                                      ("menu", config, f"{section}: {section}"))}
    notes = [record.getMessage() for record in caplog.records if "traduction oubliée" in record.getMessage()]
    expected = [f"data/programme.yaml, ligne {lines['data']} : le texte anglais est le français, « {THEME.title.fr} » : {NOTE}",
                f"docs/en/{PAGE}, ligne {lines['page']} : le titre anglais est celui de la page française, « {title_fr} » : {NOTE}"]
    if re.search(r"[éèêàùçôîâœ]|\b(le|la|les|des|du|nos|notre)\b", section, re.I):
        expected.append(f"mkdocs.yml, ligne {lines['menu']} : la section de menu « {section} » a pour titre anglais le "
                        f"même, en français : {NOTE}")
    assert notes == expected
    assert [str(p) for p in problems if "titre" in str(p) and "anglais" in str(p)] == []  # never refused


def test_the_fixture_as_it_is_has_no_note(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Its partners' and places' names, the same in both languages (« Les Jardins du Plateau »), are not noted."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    with caplog.at_level(logging.INFO):
        assert all_problems(project) == ()
    assert [r.getMessage() for r in caplog.records if "traduction oubliée" in r.getMessage()] == []


def test_a_group_of_partners_with_no_organisation_is_noted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """PROGRAMME10 F13: « organisations: [] » made a group disappear, with its title and its source, without a word
    (allowed by the README: said at INFO, not refused)."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    group = FICTIF.data.partners.groups[0]
    path = project / "data" / "partners.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    organisations:\n", text.index(group.title.fr))
    end = re.compile(r"^(?!      )", re.M).search(text, start + len("    organisations:\n")).start()
    path.write_text(text[:start] + "    organisations: []\n" + text[end:], encoding="utf-8")
    line = next(n for n, line in enumerate(text.splitlines(), 1) if group.title.fr in line)
    with caplog.at_level(logging.INFO):
        assert all_problems(project) == ()
    assert [r.getMessage() for r in caplog.records if "aucune organisation" in r.getMessage()] == [
        f"data/partners.yaml, ligne {line} : le groupe « {group.title.fr} » n'a aucune organisation : la page des "
        "partenaires ne le montre pas, ni son titre ni sa source. Si c'est voulu (en attendant ses partenaires), rien "
        "à faire ; sinon, ajoutez ses organisations."]


def test_a_french_description_or_sentence_on_an_english_page_is_noted_at_its_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """STAFF12 M-a: an English page's description written in French (what search engines and shares show English
    readers), and a French sentence in an English paragraph, passed without a word. Each is noted at its line, never
    refused (a quotation may be meant)."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / "en" / PAGE
    description = "Les organisations partenaires du programme et leurs activités dans les régions."
    sentence = "Les volontaires partagent leurs compétences avec les organisations des régions."
    edit(page, f"description: {FICTIF.field(f'docs/en/{PAGE}', 'description')}\n", f"description: {description}\n")
    text = page.read_text(encoding="utf-8")
    page.write_text(text + f"\nThe program works with local partners. {sentence}\n", encoding="utf-8")
    lines = page.read_text(encoding="utf-8").splitlines()
    with caplog.at_level(logging.INFO):
        problems = all_problems(project)
    notes = [record.getMessage() for record in caplog.records if "est en français" in record.getMessage()]
    assert notes == [
        f"docs/en/{PAGE}, ligne {lines.index(f'description: {description}') + 1} : ce texte de la page anglaise est en "
        f"français, « {description} » : {NOTE}",
        f"docs/en/{PAGE}, ligne {len(lines)} : ce texte de la page anglaise est en français, « {sentence} » : {NOTE}"]
    assert problems == ()
