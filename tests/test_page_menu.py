"""A page joins the menu from its front matter (« Place dans le menu » in the web editor): after the page it names,
in that page's section; a page mkdocs.yml lists keeps its place and says it cannot move; a place after no page of
the menu is named at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcv.checks.project import nav_paths
from pcv.pages.markdown import read_page
from pcv.pages.page_menu import placement_problems, with_placed_pages

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

NAV = ["index.md", {"Le programme": ["programme.md", "approche.md"]}, "partenaires.md", "contact.md"]


def _pages(tmp_path: Path, pages: dict[str, str]) -> dict:
    """Each page (path: its menu_after, or "" for none) in both languages, as read from its file."""
    found = {}
    for lang in ("fr", "en"):
        for path, after in pages.items():
            file = tmp_path / lang / path
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(f"---\ntitle: Une page\ndescription: Sa description.\n"
                            + (f"menu_after: {after}\n" if after else "") + "---\n\nSon texte.\n", encoding="utf-8")
            found[(lang, path)] = read_page(file, lang, path)[0]
    return found


def test_a_new_page_is_placed_after_the_page_it_names_in_that_pages_section(tmp_path: Path) -> None:
    pages = _pages(tmp_path, {"temoignages.md": "approche.md", "histoires.md": "temoignages.md",
                              "agenda.md": "partenaires.md", "contact.md": ""})
    nav = with_placed_pages(NAV, pages)
    assert nav == ["index.md", {"Le programme": ["programme.md", "approche.md", "temoignages.md", "histoires.md"]},
                   "partenaires.md", "agenda.md", "contact.md"]
    assert NAV[1] == {"Le programme": ["programme.md", "approche.md"]}  # mkdocs.yml's own menu is left as it is
    assert list(placement_problems(pages, set(nav_paths(NAV)), set(nav_paths(nav)))) == []


def test_a_listed_page_keeps_its_place_and_a_place_after_no_menu_page_is_named_at_its_line(tmp_path: Path) -> None:
    pages = _pages(tmp_path, {"contact.md": "index.md", "agenda.md": "nulle-part.md"})
    nav = with_placed_pages(NAV, pages)
    assert nav == NAV
    problems = sorted(str(p) for p in placement_problems(pages, set(nav_paths(NAV)), set(nav_paths(nav))))
    assert problems[0].startswith("docs/fr/agenda.md, ligne 4, colonne 1, champ « Place dans le menu » (menu_after) : "
                                  "« nulle-part.md » n'est pas une page du menu"), problems
    assert problems[1].startswith("docs/fr/contact.md, ligne 4, colonne 1, champ « Place dans le menu » (menu_after) : "
                                  "cette page est déjà dans le menu de mkdocs.yml"), problems
    assert len(problems) == 2


def test_two_places_asked_by_a_page_s_two_languages_are_refused_at_the_english_line(tmp_path: Path) -> None:
    """Red team 22 C57: the English version's « menu_after » was dropped without a word (the French one decides)."""
    pages = _pages(tmp_path, {"outils.md": "contact.md", "agenda.md": "contact.md"})
    english = tmp_path / "en" / "outils.md"
    english.write_text(english.read_text(encoding="utf-8").replace("contact.md", "partenaires.md"), encoding="utf-8")
    pages[("en", "outils.md")] = read_page(english, "en", "outils.md")[0]
    nav = with_placed_pages(NAV, pages)
    problems = [str(p) for p in placement_problems(pages, set(nav_paths(NAV)), set(nav_paths(nav)))]
    assert problems == ["docs/en/outils.md, ligne 4, colonne 1, champ « Place dans le menu » (menu_after) : cette page "
                        "se place après « partenaires.md », mais sa version française, docs/fr/outils.md (ligne 4), "
                        "après « contact.md » : le menu a une seule place par page, celle de la version française. "
                        "Choisissez la même « Place dans le menu » dans les deux, ou videz-la dans celle-ci."], problems
