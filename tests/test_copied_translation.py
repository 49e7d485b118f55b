"""An English page whose text is its French page's, word for word, is refused at its first line of text (STAFF9 F1:
« Remplir depuis l'autre langue » in the web editor's English column replaced the translation with the French text;
every check stayed green and the English site showed French). A page alike in both languages for want of sentences
(a title, a country's name) is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme
from pcv.pages.markdown import read_page

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

PAGE = FICTIF.page_with_role("programme")


def _front_matter_and_body(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + len("\n---\n")
    return text[:end], text[end:]


def test_an_english_page_filled_from_the_french_is_refused_at_its_text(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    english = project / "docs" / "en" / PAGE
    head, _ = _front_matter_and_body(english)
    english.write_text(head + _front_matter_and_body(project / "docs" / "fr" / PAGE)[1], encoding="utf-8")
    page, _ = read_page(english, "en", PAGE)
    problems = [str(p) for p in all_problems(project) if "mot pour mot" in str(p)]  # (its « # » title is said apart)
    assert problems == [f"docs/en/{PAGE}, ligne {page.front_matter_lines + 1} : le texte de cette page est celui de "
                        f"docs/fr/{PAGE}, mot pour mot : le site en anglais le montrerait en français (dans l'éditeur "
                        "web, « Remplir depuis l'autre langue » copie l'autre colonne). Traduisez-le ; ou, en "
                        "attendant, remplacez ce fichier par ces trois lignes seulement : « --- », « translation: "
                        "pending », « --- » (le site montrera la version en français, avec un avis)."], problems


@pytest.mark.parametrize("change", ["title deleted", "title translated", "one line translated"])
def test_an_english_page_mostly_french_is_refused(tmp_path: Path, change: str) -> None:
    """STAFF11 H1: the French text under the English header, its « # » title line then deleted as the title's
    message told her (or translated, or one sentence of it translated), passed every check."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    english = project / "docs" / "en" / PAGE
    lines = _front_matter_and_body(project / "docs" / "fr" / PAGE)[1].split("\n")
    title = next(i for i, line in enumerate(lines) if line.startswith("# "))
    prose = [i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    if change == "title deleted":
        del lines[title]
    elif change == "title translated":
        lines[title] = "# Translated title"
    else:
        lines[prose[-1]] = "A sentence translated into English."
    english.write_text(_front_matter_and_body(english)[0] + "\n".join(lines), encoding="utf-8")
    assert [p for p in all_problems(project) if "mot pour mot" in str(p) and p.file == f"docs/en/{PAGE}"]


def test_a_page_alike_in_both_languages_without_sentences_passes(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    for lang in ("fr", "en"):
        path = project / "docs" / lang / PAGE
        path.write_text(_front_matter_and_body(path)[0] + "\n# Jardins Élan\n\n- Léa Côté\n", encoding="utf-8")
    assert [str(p) for p in all_problems(project) if "mot pour mot" in str(p)] == []


@pytest.mark.parametrize("role", ["themes", "programme"])
def test_a_copied_english_page_is_said_alone_without_what_follows_from_the_copy(tmp_path: Path, role: str) -> None:
    """STAFF10 M9: the themes page's English text left French gave six problems, the copy 4th, after the themes'
    anchors in data/programme.yaml (its headings are French) she had not touched. The copy is said, alone: what
    follows from it (the themes' anchors, its French title, links to its English anchors) waits for the translation."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    path = FICTIF.page_with_role(role)
    english = project / "docs" / "en" / path
    english.write_text(_front_matter_and_body(english)[0] + _front_matter_and_body(project / "docs" / "fr" / path)[1],
                       encoding="utf-8")
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1 and "mot pour mot" in problems[0], problems
    assert problems[0].startswith(f"docs/en/{path}, ligne"), problems


def test_a_french_page_saved_among_the_english_pages_is_said_once_where_it_belongs(tmp_path: Path) -> None:
    """STAFF11 H4: a French page saved as docs/en/<new>.md gave the knock-ons (docs/fr/<new>.md missing, the page not in
    the menu) and never said it was French. One problem, at its first line: it is French, its place is docs/fr/."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    new = PAGE.rsplit("/", 1)[0] + "/nouvelle-page.md" if "/" in PAGE else "nouvelle-page.md"
    french = (project / "docs" / "fr" / PAGE).read_text(encoding="utf-8").split("\n")
    (project / "docs" / "en" / new).write_text("\n".join(line for line in french if not line.startswith(("role:", "template:"))),
                                               encoding="utf-8")  # (a page of its own, playing no part)
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"docs/en/{new}, ligne 1 : cette page est en français ; sa place est docs/fr/{new}"), \
        problems


@pytest.mark.parametrize("english_version", ["pending", "none"])
def test_an_english_page_saved_among_the_french_pages_is_said_once_where_it_belongs(tmp_path: Path,
                                                                                   english_version: str) -> None:
    """REDTEAM23 L1: a new page's English text saved as docs/fr/<new>.md (its English version pending) was published as
    the French page, lang="fr", without a word. One problem, at its first line: it is English, its place is docs/en/."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    new = PAGE.rsplit("/", 1)[0] + "/nouvelle-page.md" if "/" in PAGE else "nouvelle-page.md"
    english = (project / "docs" / "en" / PAGE).read_text(encoding="utf-8").split("\n")
    (project / "docs" / "fr" / new).write_text("\n".join(line for line in english if not line.startswith(
        ("role:", "template:", "slug:", "translat"))), encoding="utf-8")  # (a page of its own, playing no part)
    if english_version == "pending":
        (project / "docs" / "en" / new).write_text("---\ntranslation: pending\n---\n", encoding="utf-8")
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"docs/fr/{new}, ligne 1 : cette page est en anglais ; sa place est docs/en/{new}"), \
        problems


@pytest.mark.parametrize("added", [
    "Our partners are the Université de la Mer, the Maison des Femmes de la Paz and Les Amis du Sud, in La Paz and "
    "Dans-les-Bois.",
    "Partners:\n\n- Cégep de la Gaspésie et des Îles\n- Maison des Jeunes de la Côte\n- Université du Québec à Rimouski"
    "\n- Fondation pour la Terre et les Eaux\n- Centre des Femmes de la Vallée\n- Coopérative du Sud et des Bois",
])
def test_an_english_page_with_french_names_is_not_said_french(tmp_path: Path, added: str) -> None:
    """Names and places in French in an English text (« Université Laval », « La Paz »), a list of them, are no
    French page."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    english = project / "docs" / "en" / PAGE
    english.write_text(_front_matter_and_body(english)[0] + f"\n{added}\n", encoding="utf-8")  # its whole text
    assert [str(p) for p in all_problems(project) if "en français" in str(p)] == []


def test_a_translated_page_listing_organisations_named_in_french_is_no_copy(tmp_path: Path) -> None:
    """REDTEAM23 M3: an English page, its sentence translated, listing the partners' French names as the French page
    does (names are not translated), was refused as the French page's text « mot pour mot » (the names' « la », « des »,
    « du » read as French sentences), its advice to replace the translation by the French page."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    names = "".join(f"- {name}\n" for name in (
        "Association pour la promotion des femmes du Littoral", "Groupe de recherche et d’échanges des Collines",
        "Réseau des femmes pour le développement durable", "Union des groupements de femmes et des jeunes du Lac",
        "Fédération des associations de femmes rurales du Nord", "Centre de formation et de soutien aux initiatives"))
    for lang, intro in (("fr", "Le programme travaille avec ces organisations partenaires locales :"),
                        ("en", "The program works with these local partner organizations:")):
        path = project / "docs" / lang / PAGE
        path.write_text(_front_matter_and_body(path)[0] + f"\n{intro}\n\n{names}", encoding="utf-8")
    assert [str(p) for p in all_problems(project) if "mot pour mot" in str(p)] == []


@pytest.mark.parametrize("header", ["title removed", "title emptied"])
def test_the_copy_is_said_first_before_its_header_s_own_problems(tmp_path: Path, header: str) -> None:
    """STAFF11 H2: an English page filled from the French, its title not written yet, was told first about its title,
    then that its text was the French page's. The copy comes first; what its header lacks follows."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    english = project / "docs" / "en" / PAGE
    head = _front_matter_and_body(english)[0].split("\n")
    at = next(i for i, line in enumerate(head) if line.startswith("title:"))
    if header == "title removed":
        del head[at]
    else:
        head[at] = "title: ''"
    english.write_text("\n".join(head) + _front_matter_and_body(project / "docs" / "fr" / PAGE)[1], encoding="utf-8")
    problems = [str(p) for p in all_problems(project) if p.file == f"docs/en/{PAGE}"]
    assert len(problems) == 2 and "mot pour mot" in problems[0] and "title" in problems[1], problems
