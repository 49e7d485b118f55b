"""Placeholder text left in the data or a page is refused at its line, in French (PROGRAMME10 F2, high: « À COMPLÉTER »
on a theme's card, « TODO » on the English home page, « Lorem ipsum » in a target's label and the open data files,
all published in silence); a real word or sentence that holds one passes (pcv/data/unfinished.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import edit

from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme
from pcv.data.unfinished import unfinished

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

PROGRAMME = FICTIF.data.programme
THEME, TARGET = PROGRAMME.themes[-1], PROGRAMME.targets[0]
PAGE = FICTIF.page_with_role("programme")


def _line(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_placeholder_texts_in_the_data_are_refused_at_their_line(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    data = project / "data" / "programme.yaml"
    edit(data, f"fr: {THEME.summary.fr}\n", "fr: À COMPLÉTER\n")
    edit(data, f"en: {THEME.summary.en}\n", "en: TODO\n")
    edit(data, f"fr: {TARGET.label.fr}\n", "fr: Lorem ipsum dolor sit amet\n")
    problems = [str(p) for p in all_problems(project)]
    expected = [(_line(data, typed), typed) for typed in ("À COMPLÉTER", "TODO", "Lorem ipsum")]
    assert None not in [next((problem for problem in problems if problem.startswith(f"data/programme.yaml, ligne {line},")
                  and f"« {typed} » est un texte provisoire : il serait publié tel quel sur le site, dans sa recherche et ses "
                  "données ouvertes. Remplacez-le par le texte à publier, dans cette langue." in problem), None)
            for line, typed in expected]
    assert len(problems) == 3 and all(" est un texte provisoire" in problem for problem in problems), problems


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_placeholder_texts_in_a_page_are_refused_at_their_line_and_column(tmp_path: Path, lang: str) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / lang / PAGE
    title = FICTIF.field(f"docs/{lang}/{PAGE}", "title")
    edit(page, f"title: {title}\n", "title: À compléter\n")
    text = page.read_text(encoding="utf-8").rstrip("\n")
    page.write_text(text + "\n\nNos jardins : XXX parcelles, FIXME.\n\n<!-- TODO : relire -->\n", encoding="utf-8")
    lines = text.count("\n") + 3
    problems = [str(p) for p in all_problems(project)]
    pending = "" if lang == "fr" else (" Une page pas encore traduite s'écrit avec les trois lignes « --- », "
                                       "« translation: pending », « --- » : le site montre alors l'original, avec un avis.")
    def said(line: int, column: int, typed: str) -> str:
        return (f"docs/{lang}/{PAGE}, ligne {line}, colonne {column} : « {typed} » est un texte provisoire : il serait "
                "publié tel quel sur la page. Remplacez-le par le texte à publier." + pending)
    title_line = FICTIF.line_of(f"docs/{lang}/{PAGE}", "title:")
    # one per line (the first), none for the comment, which is published nowhere
    assert [p for p in problems if "texte provisoire" in p] == [
        said(title_line, len("title: ") + 1, "À compléter"), said(lines, len("Nos jardins : ") + 1, "XXX")], problems


@pytest.mark.parametrize("text", ["le formulaire à compléter.", "TODOS, XXXL, fixmeup", "Todo por la vida",
                                  "le XXe siècle", "ONU, ODD, COVID-19", "TBC", "une to-do list", "Résumé à préciser en mai",
                                  # red team 20 M3: a form to fill in, named in a sentence
                                  "Téléchargez le formulaire (à compléter) puis renvoyez-le."])
def test_real_words_holding_a_placeholder_pass(text: str) -> None:
    assert unfinished(text) == []


@pytest.mark.parametrize("text", ["À COMPLÉTER", "A COMPLETER", "à compléter", "[à préciser]", "(À compléter…)",
                                  "TODO", "FIXME: relire", "TBD", "XXX personnes", "lorem ipsum", "Voir TODO.",
                                  # red team 20 M4 and low: accents apart (as copied on a Mac), a no-break space
                                  "A\u0300 COMPLE\u0301TER", "le texte [a\u0300 pre\u0301ciser]", "À\u00a0COMPLÉTER"])
def test_placeholder_forms_are_found(text: str) -> None:
    assert unfinished(text) != []


def test_placeholder_text_in_mkdocs_yml_is_refused_at_its_line(tmp_path: Path) -> None:
    """The English site_name left « TODO » would be in every English page's header."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    english = next(line for line in text.splitlines() if line.startswith("        site_name: "))
    config.write_text(text.replace(english, "        site_name: TODO"), encoding="utf-8")
    line = text.splitlines().index(english) + 1
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1 and problems[0].startswith(f"mkdocs.yml, ligne {line}, ") and problems[0].endswith(
        "« TODO » est un texte provisoire : il serait publié tel quel dans chaque page du site. Remplacez-le, dans "
        "« plugins.i18n.languages[1].site_name », par le texte à publier."), problems
