"""A page missing in one language, or saved as « .MD », is said once, at its own file: the links to it from other
pages, right as they are, get no advice that would break them (PROGRAMME12 F3: « Vouliez-vous dire » an unrelated
page; F4: « Écrivez « ….MD » » beside « Renommez-la « ….md » » and « ce fichier manque »)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


def _linked(project: Path, lang: str) -> tuple[str, str]:
    """A page of `lang` and the page beside it that it links to (paths under docs/<lang>/)."""
    for page in sorted((project / "docs" / lang).glob("*.md")):
        for target in re.findall(r"\]\(([\w-]+\.md)\)", page.read_text(encoding="utf-8")):
            if target != page.name:
                return page.name, target
    raise AssertionError(f"no page of docs/{lang} links to another beside it")


def test_a_missing_translation_is_said_once_and_its_links_are_left_alone(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    linking, target = _linked(project, "en")
    (project / "docs" / "en" / target).unlink()
    problems = all_problems(project)
    assert [p for p in problems if p.file == f"docs/en/{linking}"] == []
    assert [p.message.split(" : ")[0] for p in problems if p.file == f"docs/en/{target}"] == ["ce fichier manque"]


def test_a_page_saved_as_upper_case_md_is_told_to_be_renamed_and_nothing_else(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    linking, target = _linked(project, "fr")
    misnamed = target.removesuffix(".md") + ".MD"
    (project / "docs" / "fr" / target).rename(project / "docs" / "fr" / misnamed)
    problems = all_problems(project)
    assert [str(p) for p in problems if p.file in (f"docs/fr/{linking}", f"docs/fr/{target}", f"docs/fr/{misnamed}")] \
        == [f"docs/fr/{misnamed} : l'extension d'une page s'écrit « .md » en minuscules, pas « .MD » : sinon la page ne "
            f"serait pas construite. Renommez-la « {target} »."]
