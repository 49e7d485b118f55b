"""A link or photo whose address Markdown reads where our checks did not, and any warning of MkDocs that stops the
`--strict` build, are said in French at the page and line, never as « mkdocs.yml : erreur inattendue » (red team 17
F7: a missing photo was blamed on mkdocs.yml, MkDocs' English line the only pointer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import place_previous_site, publish, reported_problems, tree_digest

from pcv.build.mkdocs_warnings import warning_problems
from pcv.checks.page_text import text_problems
from pcv.inspection.builds import assemble_programme
from pcv.pages.markdown import read_pages

pytestmark = pytest.mark.engine_only  # builds a fixture programme

PAGE = "aspirations.md"  # a page with no role


@pytest.mark.parametrize(("typed", "message"), [
    ("![Une photo des jardins](\nimages/absente.jpg)", "la photo « images/absente.jpg » n'existe pas"),
    ("[Une page](\nabsente.md)", "le lien « absente.md » mène à un fichier qui n'existe pas"),
    ("[Une page][r]\n\n[r]:\n  absente.md", "le lien « absente.md » mène à un fichier qui n'existe pas"),
])
def test_an_address_on_the_line_after_its_brackets_is_checked_at_its_line(tmp_path: Path, programme_site,
                                                                          typed: str, message: str) -> None:
    """Markdown reads an address on the line after « ]( » or « ]: »: the checks read it there too."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    page = project / "docs" / "fr" / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text + f"\nVoir {typed} ici.\n", encoding="utf-8")
    result = publish(project)
    assert result.returncode == 1, result.output
    line = (text + f"\nVoir {typed}").count("\n") + 1
    written = (text + f"\nVoir {typed}").split("\n")[-1]  # the address's line
    column = written.index(written.strip().split(")")[0]) + 1
    assert reported_problems(result.output)[0].startswith(f"docs/fr/{PAGE}, ligne {line}, colonne {column} : {message}")
    assert "erreur inattendue" not in result.output
    assert tree_digest(result.site) == before


def test_a_warning_of_mkdocs_stops_the_build_in_french_not_as_an_unexpected_error(tmp_path: Path, programme_site) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    hook = project / "hooks" / "pcv_site.py"  # a warning logged after every step of ours, as a plugin might
    hook.write_text(hook.read_text(encoding="utf-8") + "\n\ndef _late_warning(*, config):\n"
                    "    logging.getLogger('mkdocs.plugins.other').warning('Something is odd')\n\n\n"
                    "on_post_build = CombinedEvent(*on_post_build.methods, _late_warning)\n", encoding="utf-8")
    result = publish(project)
    assert result.returncode == 1, result.output
    assert reported_problems(result.output) == [
        "docs/ : la construction s'est arrêtée sur un avertissement de MkDocs, en anglais : « Something is odd ». "
        "Corrigez ce qu'il nomme ; si rien n'y semble faux, transmettez ce message à l'équipe technique."], result.output
    assert "erreur inattendue" not in result.output
    assert tree_digest(result.site) == before


def test_mkdocs_s_warning_about_a_link_names_the_page_and_the_line(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / PAGE).write_text("---\ntitle: A\n---\n\nVoir ![x](images/absente.jpg).\n", encoding="utf-8")
    message = (f"Doc file 'fr/{PAGE}' contains a link 'images/absente.jpg', but the target 'fr/images/absente.jpg' is "
               "not found among documentation files.")
    problems = [str(p) for p in warning_problems([message, message], tmp_path)]
    assert problems == [f"docs/fr/{PAGE}, ligne 5 : l'adresse « images/absente.jpg » (un lien ou une photo) mène à un "
                        "fichier que le site n'a pas. Corrigez le nom du fichier, relatif à cette page, et écrivez "
                        "l'adresse sur la même ligne que « ]( » ; ou ajoutez le fichier (MkDocs, en anglais : "
                        f"« {message} »)."]


def test_a_photo_written_over_two_lines_still_needs_its_description(tmp_path: Path) -> None:
    """The neighbour of the address on the next line: the description is checked however the image is laid out."""
    (tmp_path / "fr" / "images").mkdir(parents=True)
    (tmp_path / "fr" / "images" / "photo.jpg").write_bytes(b"")
    (tmp_path / "fr" / PAGE).write_text("---\ntitle: A\n---\n\nVoir ![](\nimages/photo.jpg) ici.\n", encoding="utf-8")
    page = read_pages(tmp_path)[0][("fr", PAGE)]
    problems = [str(p) for p in text_problems(page, None, tmp_path)]
    assert len(problems) == 1 and problems[0].startswith(f"docs/fr/{PAGE}, ligne 5, colonne 6 : la photo « photo.jpg » "
                                                         "n'a pas de texte de remplacement"), problems
