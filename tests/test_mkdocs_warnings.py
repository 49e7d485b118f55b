"""A warning of MkDocs that stops the `--strict` build is said in French at the page and line it names, never as
« mkdocs.yml : erreur inattendue » (red team 17 F7: a missing photo that our checks had not read was blamed on
mkdocs.yml, MkDocs' English line the only pointer). A link or photo whose address goes on the line after its
« ]( » is such a case: Markdown reads it, the line-by-line checks do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import place_previous_site, publish, reported_problems, tree_digest

from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # builds a fixture programme

PAGE = "aspirations.md"  # a page with no role


@pytest.mark.parametrize("address", ["images/absente.jpg", "absente.md"])
def test_a_missing_file_mkdocs_finds_is_said_at_its_page_and_line(tmp_path: Path, programme_site,
                                                                  address: str) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    page = project / "docs" / "fr" / PAGE
    text = page.read_text(encoding="utf-8")
    mark = "!" if address.endswith(".jpg") else ""
    page.write_text(text + f"\nVoir {mark}[Une photo des jardins](\n{address}) ici.\n", encoding="utf-8")
    result = publish(project)
    assert result.returncode == 1, result.output
    problems = reported_problems(result.output)
    line = text.count("\n") + 3
    assert len(problems) == 1 and problems[0].startswith(
        f"docs/fr/{PAGE}, ligne {line} : l'adresse « {address} » (un lien ou une photo) mène à un fichier que le site "
        "n'a pas."), result.output
    assert "erreur inattendue" not in result.output and "mkdocs.yml" not in problems[0]
    assert tree_digest(result.site) == before
