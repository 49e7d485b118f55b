"""A page's title is shown as readers see it wherever the engine shows it, in the web editor too (red team 17 F3: the
editor's « Place dans le menu » choices showed `Agenda {{ "2030" }}` where every page says « Agenda 2030 »)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.editor.config import Language
from pcv.editor.menu_field import menu_fields
from pcv.editor.section_pages import section_pages
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # reads a fixture programme

TITLE = 'Agenda {{ "2030" }} ; nos pays'


def _titled(tmp_path: Path, path: str) -> Path:
    docs = assemble_programme(FICTIF.folder, tmp_path / "project") / "docs"
    file = docs / "fr" / path
    text = file.read_text(encoding="utf-8")
    title = FICTIF.field(f"docs/fr/{path}", "title")
    file.write_text(text.replace(f"title: {title}\n", f"title: '{TITLE}'\n", 1), encoding="utf-8")
    return docs


def test_the_menu_choices_show_a_title_as_readers_see_it(tmp_path: Path) -> None:
    docs = _titled(tmp_path, "aspirations.md")
    labels = [option["label"] for option in menu_fields(docs, ["index.md", "aspirations.md"], "fr")[0]["options"]]
    assert "après « Agenda 2030 ; nos pays »" in labels and not any("{{" in label for label in labels), labels


def test_a_section_s_collection_is_named_by_its_title_as_readers_see_it(tmp_path: Path) -> None:
    section = FICTIF.page_with_role("activities")
    docs = _titled(tmp_path, section)
    labels = [c["label"] for c in section_pages(docs, [Language("fr", "Français"), Language("en", "English")])]
    assert "Agenda 2030 ; nos pays — Français" in labels, labels
