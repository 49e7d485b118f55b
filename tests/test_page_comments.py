"""An HTML comment typed in a page is published nowhere, and the build says so at its line (red team 17 F5: it was
dropped without a word); in code it is text, shown as typed, and said nothing of."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import engine_markdown

from pcv.checks.page_comments import comment_problems
from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme, build_site
from pcv.pages.markdown import read_page

pytestmark = pytest.mark.engine_only  # builds a fixture programme

PAGE = "aspirations.md"  # a page with no role
FRONT = "---\ntitle: Essai\ndescription: Une page d'essai.\n---\n\n"


def test_a_comment_is_said_at_its_line_and_published_nowhere(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / "fr" / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n<!-- note interne : budget 12 345 $ -->\n\nEn code : `<!-- montré -->`.\n",
                    encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    told = [line for line in result.output.splitlines() if "commentaire HTML" in line]
    assert told == [f"INFO    -  docs/fr/{PAGE}, ligne {text.count(chr(10)) + 2} : ce commentaire HTML (« <!-- … --> ») "
                    "n'est pas publié : il n'est dans aucune page du site. S'il cache un texte à publier, retirez "
                    "« <!-- » et « --> »."], result.output
    published = "".join(f.read_text(encoding="utf-8", errors="replace") for f in result.site.rglob("*") if f.is_file())
    assert "note interne" not in published and "&lt;!-- montré --&gt;" in published



# Red team 22 (C65, C68–C71): a note meant as a comment but not one was published as text, in the page and its search
@pytest.mark.parametrize(("typed", "mark"), [
    ("Texte.\n\n<!-- Marie Tremblay 514-555-1234\n", "<!--"),  # never closed, at the end
    ("<!-- À vérifier avec Marie Tremblay\n\n## Un intertitre\n\nTexte.\n", "<!--"),  # never closed, before a heading
    ("Texte.\n\n<!-- Marie Tremblay -- >\n\nSuite.\n", "<!--"),  # closed as « -- >»
    ("Texte.\n\n<!- Marie Tremblay -->\n\nSuite.\n", "<!-"),  # opened as « <!- »
    ("Texte. <!-- Marie Tremblay 514-555-1234\n", "<!--"),  # after text
    ("Texte.\n\n< !-- Marie Tremblay -->\n", "< !--"),  # French spacing typed in it
    ("- Un point <!-- Marie Tremblay\n", "<!--"),  # in a list item
    ("| Qui | Quoi |\n|---|---|\n| <!-- Marie Tremblay | x |\n", "<!--"),  # in a table's cell
    ("!!! note \"Un encadré\"\n    Texte <!-- Marie Tremblay\n", "<!--"),  # in an admonition
    ("Avant.\n\n![Un atelier <!-- Marie Tremblay](images/a.jpg)\n", "<!--"),  # in a photo's description
])
def test_a_comment_that_is_not_one_is_refused_at_its_line(tmp_path: Path, typed: str, mark: str) -> None:
    file = tmp_path / PAGE
    file.write_text(FRONT + typed + "\nEn code : `<!-- montré`.\n\n    <!-- montré aussi\n", encoding="utf-8")
    page, _ = read_page(file, "fr", PAGE)
    line = FRONT.count("\n") + 1 + next(n for n, typed_line in enumerate(typed.splitlines()) if "!-" in typed_line)
    told = comment_problems(page, engine_markdown().renderer({}))
    assert [(problem.line, problem.message.split(" »")[0]) for problem in told] == [(line, f"« {mark}")], told
    assert "Marie Tremblay" not in told[0].message and "publiée sur le site et dans sa recherche" in told[0].message


def test_make_check_and_the_build_refuse_a_comment_never_closed(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / "en" / PAGE
    text = page.read_text(encoding="utf-8").rstrip("\n") + "\n\nText.\n\n"
    page.write_text(text + "<!-- Marie Tremblay 514-555-1234\n", encoding="utf-8")
    told = [problem for problem in all_problems(project) if "commentaire HTML" in problem.message]
    assert [(problem.file, problem.line) for problem in told] == [(f"docs/en/{PAGE}", text.count("\n") + 1)], told
