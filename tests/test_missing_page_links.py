"""A page missing in one language is said once, at its own file: the links to it from other pages, right as they
are, get no advice that would break them (PROGRAMME12 F3: « Vouliez-vous dire » an unrelated page)."""

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

