"""Another programme's acronyms and web addresses typed into this programme's data are refused at their line
(PROGRAMME10 F3, high: « Comme au PCV du CECI, … » in a theme's summary of another programme was published on its
home page); an acronym this programme writes elsewhere (its pages, its partners' names) passes, and pages are not
judged this way (pcv/checks/foreign_names.py says why)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import edit

from pcv.checks.site import all_problems
from pcv.data.foreign_texts import _capitals
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

THEME = FICTIF.data.programme.themes[0]
PAGE = FICTIF.page_with_role("programme")
# Two acronyms that nothing of the fixture writes (checked below), as another programme's would be.
FOREIGN = ("QZPV", "WKCI")


def _with_foreign_summary(tmp_path: Path) -> tuple[Path, int]:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    data = project / "data" / "programme.yaml"
    edit(data, f"fr: {THEME.summary.fr}\n", f"fr: Comme au {FOREIGN[0]} du {FOREIGN[1]}, {THEME.summary.fr}\n")
    line = next(n for n, text in enumerate(data.read_text(encoding="utf-8").splitlines(), 1) if FOREIGN[0] in text)
    return project, line


def test_the_fixture_writes_none_of_the_foreign_acronyms() -> None:
    written = {match[0] for path in FICTIF.folder.rglob("*.*") if path.suffix in (".md", ".yaml", ".yml")
               for match in _capitals(path.read_text(encoding="utf-8"))}
    assert written.isdisjoint(FOREIGN)


def test_another_programme_s_acronyms_in_the_data_are_refused_at_their_line(tmp_path: Path) -> None:
    project, line = _with_foreign_summary(tmp_path)
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1 and problems[0].startswith(f"data/programme.yaml, ligne {line}, "), problems
    assert (f"(summary.fr) : « {FOREIGN[0]} », « {FOREIGN[1]} » n'sont écrits" not in problems[0]
            and f"« {FOREIGN[0]} », « {FOREIGN[1]} » ne sont écrits nulle part ailleurs dans ce programme" in problems[0]
            and "Ce texte a-t-il été écrit pour un autre programme ?" in problems[0]), problems


def test_an_acronym_a_page_of_the_programme_writes_passes_and_the_page_too(tmp_path: Path) -> None:
    """ONU, ODD, COVID-19 in a page are legitimate: a page names what it explains, and is not refused for it."""
    project, _ = _with_foreign_summary(tmp_path)
    page = project / "docs" / "fr" / PAGE
    page.write_text(page.read_text(encoding="utf-8").rstrip("\n")
                    + f"\n\nLe {FOREIGN[0]} et le {FOREIGN[1]} travaillent avec l'ONU sur les ODD.\n", encoding="utf-8")
    assert [str(p) for p in all_problems(project)] == []


def test_a_web_address_nothing_of_the_programme_gives_is_refused_in_the_data(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    tagline = FICTIF.data.programme.tagline.fr
    edit(project / "data" / "programme.yaml", f"fr: {tagline}\n", f"fr: {tagline} Voir ailleurs.example.net.\n")
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1 and "« ailleurs.example.net » n'est l'adresse d'aucun site que donnent les données ou " \
        "les pages de ce programme" in problems[0] and problems[0].startswith("data/programme.yaml, ligne "), problems


def test_another_programme_s_acronyms_in_a_page_are_noted_not_refused(tmp_path: Path,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    """PROGRAMME10 F3: « Le PCV du CECI vous invite » in a page of another programme was published without a word. A
    refusal would be unsound (« ONU » in a page is legitimate); the words in capitals no data writes are noted, in
    one line, at their first page and line."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / "fr" / PAGE
    text = page.read_text(encoding="utf-8").rstrip("\n") + f"\n\nLe {FOREIGN[0]} du {FOREIGN[1]} vous invite.\n"
    page.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.INFO):
        assert all_problems(project) == ()
    notes = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Sigles des pages")]
    line = text.count("\n")
    assert len(notes) == 1 and f"{FOREIGN[0]} (docs/fr/{PAGE}, ligne {line}), {FOREIGN[1]} (docs/fr/{PAGE}, ligne " \
        f"{line})" in notes[0], notes


def test_another_programme_s_acronym_in_a_funder_s_statement_is_refused(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    statement = FICTIF.data.partners.funders[0].statement.fr
    edit(project / "data" / "partners.yaml", f"fr: {statement}\n", f"fr: Comme pour le {FOREIGN[0]}, {statement}\n")
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1 and problems[0].startswith("data/partners.yaml, ligne ") \
        and f"« {FOREIGN[0]} » n'est écrit nulle part ailleurs dans ce programme" in problems[0], problems
