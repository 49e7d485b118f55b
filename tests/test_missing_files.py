"""A link or photo naming a file that is not there says what is: the file with another letter case beside it, or a
document to add, not a page name (PROGRAMME11 F11: « clinique.PNG » for clinique.png was told to be saved as
clinique.PNG; a missing « brochure.pdf » was asked « Vouliez-vous dire « stages.md » ? »)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcv.checks.page_text import text_problems
from pcv.pages.markdown import read_page

pytestmark = pytest.mark.engine_only  # reads no live content

PAGE = "soutenir/stages.md"


def _problems(tmp_path: Path, typed: str, files: tuple[str, ...]) -> list[str]:
    docs = tmp_path / "docs"
    for name in (f"fr/{PAGE}", "fr/soutenir/stage.md", *files):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("---\ntitle: Faire un stage\n---\n\n# Faire un stage\n\nTexte.\n", encoding="utf-8")
    (docs / "fr" / PAGE).write_text(f"---\ntitle: Faire un stage\n---\n\n# Faire un stage\n\n{typed}\n", encoding="utf-8")
    page, _ = read_page(docs / "fr" / PAGE, "fr", PAGE)
    return [str(problem) for problem in text_problems(page, None, docs)]


def test_a_photo_named_with_another_letter_case_is_told_the_name_beside_it(tmp_path: Path) -> None:
    typed = "![Une sage-femme](images/clinique.PNG)"
    assert _problems(tmp_path, typed, ("fr/soutenir/images/clinique.png",)) == [
        f"docs/fr/{PAGE}, ligne 7, colonne {typed.index('images/') + 1} : « images/clinique.PNG » n'existe pas, mais « clinique.png » oui, à côté "
        ": les majuscules et les minuscules d'un nom de fichier comptent. Écrivez « images/clinique.png »."]


def test_a_missing_document_is_told_where_to_add_it_not_a_page_name(tmp_path: Path) -> None:
    typed = "Lisez [la brochure](brochure.pdf)."
    assert _problems(tmp_path, typed, ()) == [
        f"docs/fr/{PAGE}, ligne 7, colonne {typed.index('(') + 2} : le lien « brochure.pdf » mène à un fichier qui n'existe pas : ajoutez-le "
        "sous docs/fr/soutenir/brochure.pdf, ou corrigez son nom (relatif à cette page)."]


def test_a_missing_page_is_still_offered_the_nearest_page_name(tmp_path: Path) -> None:
    assert _problems(tmp_path, "Lisez [la page](stagee.md).", ())[0].endswith(".md, relatif à cette page. Vouliez-vous "
                                                                             "dire « stage.md » ?")


@pytest.mark.parametrize(("typed", "named"), [("../activites/", "../activites/index.md"),
                                              ("../activites", "../activites/index.md"),
                                              ("../activites/#benin", "../activites/index.md#benin")])
def test_a_link_to_a_section_folder_is_told_its_page_s_file_name(tmp_path: Path, typed: str, named: str) -> None:
    """Red team 23 M8: « activites/ » was said to lead to a missing file, to add under docs/fr/activites."""
    assert _problems(tmp_path, f"Voir [nos activités]({typed}).", ("fr/activites/index.md", "fr/activites/benin.md")) == [
        f"docs/fr/{PAGE}, ligne 7, colonne {len('Voir [nos activités](') + 1} : le lien « {typed} » mène au dossier "
        f"docs/fr/activites, pas à une page : un lien donne le nom d'un fichier .md. Écrivez « {named} », la page de ce "
        "dossier."]


def test_a_link_to_a_folder_without_its_own_page_is_told_to_name_one(tmp_path: Path) -> None:
    assert _problems(tmp_path, "Voir [nos activités](../activites/).", ("fr/activites/benin.md",))[0].endswith(
        "mène au dossier docs/fr/activites, pas à une page : un lien donne le nom d'un fichier .md. Écrivez celui d'une "
        "de ses pages.")
