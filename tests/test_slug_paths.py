"""An English slug two folders deep gives the address a person expects, or is refused with the right slug (PROGRAMME10
F6: under a folder named by its index.md, « slug: in-the-field/cambodia » made /en/in-the-field/in-the-field/cambodia/,
and « slug: cambodia » /en/in-the-field/pays/cambodia/, the French folder's name in an English address)."""

from __future__ import annotations

import posixpath
import shutil
from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

COUNTRY = FICTIF.countries_with_activities()[0]
PAGE = FICTIF.page_of_country(COUNTRY.code)
FOLDER = posixpath.dirname(PAGE)  # named in English by its index.md
FOLDER_SLUG = FICTIF.field(f"docs/en/{FOLDER}/index.md", "slug")
PAGE_SLUG = FICTIF.field(f"docs/en/{PAGE}", "slug")
SUB = "sud"  # a French folder name that the English page does not say


def _moved_down(tmp_path: Path, slug: str) -> tuple[Path, str]:
    """The project with the country's page moved one folder down, under SUB, its English slug `slug`."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    moved = f"{FOLDER}/{SUB}/{posixpath.basename(PAGE)}"
    for lang in ("fr", "en"):
        (project / "docs" / lang / FOLDER / SUB).mkdir()
        shutil.move(project / "docs" / lang / PAGE, project / "docs" / lang / moved)
    english = project / "docs" / "en" / moved
    english.write_text(english.read_text(encoding="utf-8").replace(f"slug: {PAGE_SLUG}\n", f"slug: {slug}\n"),
                       encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(f"- {PAGE}\n", f"- {moved}\n"), encoding="utf-8")
    return project, moved


def _slug_problems(project: Path, moved: str) -> list[str]:
    return [str(p) for p in all_problems(project) if p.file == f"docs/en/{moved}"]


def _line(project: Path, moved: str) -> int:
    lines = (project / "docs" / "en" / moved).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith("slug:"))


ADVICE = ("Le slug d'une page ne donne que la fin de son adresse : son nom, précédé du nom de chacun de ses dossiers "
          "qui n'a pas de page index.md qui le nomme (« slug: » de cet index.md). Écrivez « slug: …/{slug} », où "
          f"« … » est le nom en anglais du dossier « {SUB} ».")


def test_a_slug_repeating_the_folder_above_is_refused_with_the_right_slug(tmp_path: Path) -> None:
    project, moved = _moved_down(tmp_path, f"{FOLDER_SLUG}/{PAGE_SLUG}")
    assert _slug_problems(project, moved) == [
        f"docs/en/{moved}, ligne {_line(project, moved)}, colonne 1, champ « Fin de l'adresse (slug) » (slug) : « slug: "
        f"{FOLDER_SLUG}/{PAGE_SLUG} » donne au dossier « {FOLDER}/{SUB} » le nom « {FOLDER_SLUG} », qui est déjà celui "
        f"d'un dossier au-dessus : l'adresse de la page serait /en/{FOLDER_SLUG}/{FOLDER_SLUG}/{PAGE_SLUG}/. "
        + ADVICE.format(slug=PAGE_SLUG)]


def test_a_slug_that_leaves_a_french_folder_name_in_the_address_is_refused_with_the_right_slug(tmp_path: Path) -> None:
    project, moved = _moved_down(tmp_path, PAGE_SLUG)
    assert _slug_problems(project, moved) == [
        f"docs/en/{moved}, ligne {_line(project, moved)}, colonne 1, champ « Fin de l'adresse (slug) » (slug) : "
        f"l'adresse /en/{FOLDER_SLUG}/{SUB}/{PAGE_SLUG}/ de cette page garde « {SUB} », le nom du dossier français : "
        f"aucune page docs/en/{FOLDER}/{SUB}/index.md ne lui donne un nom en anglais. " + ADVICE.format(slug=PAGE_SLUG)]


def test_the_slug_the_advice_shows_passes(tmp_path: Path) -> None:
    project, moved = _moved_down(tmp_path, f"south/{PAGE_SLUG}")
    assert _slug_problems(project, moved) == []
