"""An English slug two folders deep gives the address a person expects, or is refused with the right slug (PROGRAMME10
F6: under a folder named by its index.md, « slug: in-the-field/cambodia » made /en/in-the-field/in-the-field/cambodia/,
and « slug: cambodia » /en/in-the-field/pays/cambodia/, the French folder's name in an English address)."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme
from pcv.pages.addresses import SLUG_PATH, slug_advice

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
SAME_WORD = (f" Si « {SUB} » se dit de même en anglais, écrivez-le aussi dans le titre ou la description de la page en "
             "anglais.")


def test_a_slug_repeating_the_folder_above_is_refused_with_the_right_slug(tmp_path: Path) -> None:
    project, moved = _moved_down(tmp_path, f"{FOLDER_SLUG}/{PAGE_SLUG}")
    assert _slug_problems(project, moved) == [
        f"docs/en/{moved}, ligne {_line(project, moved)}, colonne 1, champ « Fin de l'adresse (slug) » : « slug: "
        f"{FOLDER_SLUG}/{PAGE_SLUG} » donne au dossier « {FOLDER}/{SUB} » le nom « {FOLDER_SLUG} », qui est déjà celui "
        f"d'un dossier au-dessus : l'adresse de la page serait /en/{FOLDER_SLUG}/{FOLDER_SLUG}/{PAGE_SLUG}/. "
        + ADVICE.format(slug=PAGE_SLUG)]


def test_a_slug_that_leaves_a_french_folder_name_in_the_address_is_refused_with_the_right_slug(tmp_path: Path) -> None:
    project, moved = _moved_down(tmp_path, PAGE_SLUG)
    assert _slug_problems(project, moved) == [
        f"docs/en/{moved}, ligne {_line(project, moved)}, colonne 1, champ « Fin de l'adresse (slug) » : "
        f"l'adresse /en/{FOLDER_SLUG}/{SUB}/{PAGE_SLUG}/ de cette page garde « {SUB} », le nom du dossier français : "
        f"aucune page docs/en/{FOLDER}/{SUB}/index.md ne lui donne un nom en anglais. " + ADVICE.format(slug=PAGE_SLUG)
        + SAME_WORD]


def test_the_slug_the_advice_shows_passes(tmp_path: Path) -> None:
    project, moved = _moved_down(tmp_path, f"south/{PAGE_SLUG}")
    assert _slug_problems(project, moved) == []


def test_a_folder_name_the_same_in_english_passes_when_an_english_page_says_it(tmp_path: Path) -> None:
    """PROGRAMME12 F1: « slug: resources/guides/trades » was refused unless the page itself said « guides », and the
    advice told her to write what she had written; a word an English page says (here in the plural) is English."""
    project, moved = _moved_down(tmp_path, f"{SUB}/{PAGE_SLUG}")
    assert _slug_problems(project, moved)
    english = project / "docs" / "en" / FOLDER / "index.md"
    english.write_text(english.read_text(encoding="utf-8") + f"\nA word of both languages: {SUB}s.\n", encoding="utf-8")
    assert _slug_problems(project, moved) == []


def test_a_slug_naming_the_folder_by_its_french_name_is_refused(tmp_path: Path) -> None:
    """PROGRAMME11 F3: « slug: pays/cambodia » put the French folder's name in the English address, without a word."""
    project, moved = _moved_down(tmp_path, f"{SUB}/{PAGE_SLUG}")
    assert _slug_problems(project, moved) == [
        f"docs/en/{moved}, ligne {_line(project, moved)}, colonne 1, champ « Fin de l'adresse (slug) » : "
        f"l'adresse /en/{FOLDER_SLUG}/{SUB}/{PAGE_SLUG}/ de cette page garde « {SUB} », le nom du dossier français : "
        f"aucune page docs/en/{FOLDER}/{SUB}/index.md ne lui donne un nom en anglais. " + ADVICE.format(slug=PAGE_SLUG)
        + SAME_WORD]


def _sibling(project: Path, moved: str, slug: str) -> str:
    """A second page, in both languages, in the folder of page `moved`, its English slug `slug`, listed after it in
    the menu; its path under docs/<lang>/."""
    sibling = f"{posixpath.dirname(moved)}/jardins.md"
    texts = {"fr": ("Jardins du sud", "Les jardins partagés du sud, dans ce programme fictif.", ""),
             "en": ("Southern gardens", "The shared gardens of the south, in this fictional program.", f"slug: {slug}\n")}
    for lang, (title, description, extra) in texts.items():
        (project / "docs" / lang / sibling).write_text(f"---\n{extra}title: {title}\ndescription: {description}\n---\n\n"
                                                       f"# {title}\n\n{description}\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(f"- {moved}\n", f"- {moved}\n      - {sibling}\n"),
                      encoding="utf-8")
    return sibling


def test_two_pages_naming_one_folder_differently_are_refused_and_the_advice_names_it_as_the_other_does(
        tmp_path: Path) -> None:
    """PROGRAMME11 F3: one French folder with two English names put its pages in two folders of the English site; of
    two pages, the second in file order is refused and told the name the first gives (with more, the most given)."""
    project, moved = _moved_down(tmp_path, f"south/{PAGE_SLUG}")
    sibling = _sibling(project, moved, "austral/gardens")
    slugs = {moved: f"south/{PAGE_SLUG}", sibling: "austral/gardens"}
    first, second = sorted(slugs)
    problems = [str(p) for p in all_problems(project) if p.file in (f"docs/en/{moved}", f"docs/en/{sibling}")]
    first_name, (word, end), slug = slugs[first].split("/")[0], slugs[second].split("/"), slugs[second]
    assert problems == [
        f"docs/en/{second}, ligne {_line(project, second)}, colonne 1, champ « Fin de l'adresse (slug) » : « "
        f"slug: {slug} » nomme le dossier « {FOLDER}/{SUB} » « {word} » dans l'adresse /en/{FOLDER_SLUG}/{slug}/, alors "
        f"que docs/en/{first} le nomme « {first_name} » : un dossier a un seul nom dans les adresses en anglais, sinon "
        "ses pages semblent rangées dans deux dossiers. Le slug d'une page ne donne que la fin de son adresse : son nom, "
        "précédé du nom de chacun de ses dossiers qui n'a pas de page index.md qui le nomme (« slug: » de cet index.md). "
        f"Écrivez « slug: {first_name}/{end} »."]
    (project / "docs" / "en" / sibling).write_text((project / "docs" / "en" / sibling).read_text(encoding="utf-8")
                                                   .replace("slug: austral/", "slug: south/"), encoding="utf-8")
    assert [str(p) for p in all_problems(project) if p.file.startswith("docs/")] == []


@pytest.mark.parametrize(("typed", "said"), [
    ("Pérou", "« P » (majuscule) et « é » (accent) ne sont pas permis dans une adresse ; écrivez « slug: perou »"),
    ("Côte d’Ivoire", "« C » (majuscule), « ô » (accent), les espaces, « ’ » et « I » (majuscule) ne sont pas permis "
                      "dans une adresse ; écrivez « slug: cote-d-ivoire »"),
    ("act/Open data", "« O » (majuscule) et les espaces ne sont pas permis dans une adresse ; écrivez « slug: act/open-data »"),
    ("peru-", "écrivez « slug: peru »"),
])
def test_a_slug_typed_as_words_is_told_what_an_address_does_not_take_and_what_to_write(typed: str, said: str) -> None:
    """STAFF9 F6: « slug: Pérou » got the rule only; the message names the capital and the accent, and the slug."""
    assert slug_advice(typed) == said
    assert re.fullmatch(SLUG_PATH, said.rsplit("« slug: ", 1)[1].removesuffix(" »"))  # what it says to write is taken
