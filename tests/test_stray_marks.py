"""Git's conflict marks left in a page, a data file or the menu are refused at their line with one French message
saying what they are and what to do (red team 21 H1: two versions of a paragraph were published, with the marks, and
elsewhere the messages spoke of headings, indentation or a missing « : »)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.checks.site import all_problems
from pcv.data.stray_marks import stray_mark_problem
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # a fixture programme's files

CONFLICT = ("<<<<<<< HEAD\nNous ajoutons un atelier sur l’épargne.\n\n=======\n"
            "Nous ajoutons un atelier sur le crédit.\n\n>>>>>>> modif-credit\n")


def _with_conflict(project: Path, name: str, after: str) -> int:
    """The conflict written into `name` after its first line starting with `after`; the line of its first mark."""
    lines = (project / name).read_text(encoding="utf-8").split("\n")
    at = next(number for number, line in enumerate(lines) if line.startswith(after)) + 1
    lines[at:at] = CONFLICT.rstrip("\n").split("\n")
    (project / name).write_text("\n".join(lines), encoding="utf-8")
    return at + 1


@pytest.mark.parametrize(("where", "after"), [("page", ""), ("data", ""), ("menu", "nav:")])
def test_a_merge_conflict_is_refused_at_its_first_mark_in_one_message(tmp_path: Path, where: str, after: str) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    name = {"page": f"docs/fr/{FICTIF.page_of_country(FICTIF.countries_with_activities()[0].code)}",
            "data": min(f"data/{p.name}" for p in (project / "data").glob("*.yaml")), "menu": "mkdocs.yml"}[where]
    if where == "page":  # in the text, after its first paragraph
        text = (project / name).read_text(encoding="utf-8")
        after = next(line for line in text.split("\n")[text.split("\n").index("---", 1) + 1:]
                     if line and not line.startswith("#"))
    line = _with_conflict(project, name, after)
    found = [str(p) for p in all_problems(project) if p.file == name]
    assert len(found) == 1 and found[0].startswith(f"{name}, ligne {line}, colonne 1 : conflit de fusion"), found
    assert "« <<<<<<< », « ======= » et « >>>>>>> »" in found[0] and "Resolve conflicts" in found[0]


@pytest.mark.parametrize("text", [
    "Titre\n=======\n\nTexte.\n", "Un texte qui cite <<<<<<< au milieu.\n", "> > > une citation\n",
    "<<<<<<<<< neuf signes\n",
])
def test_what_only_looks_like_a_mark_is_not_a_conflict(text: str) -> None:
    assert stray_mark_problem(text, "docs/fr/a.md") is None


def test_a_control_character_is_still_said_before_anything_else() -> None:
    problem = stray_mark_problem("a\n<<<<<<< HEAD\nb\x0cc\n", "data/a.yaml")
    assert (problem.line, problem.column) == (3, 2) and "U+000C" in problem.message
