"""An HTML comment typed in a page is published nowhere, and the build says so at its line (red team 17 F5: it was
dropped without a word); in code it is text, shown as typed, and said nothing of."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.inspection.builds import assemble_programme, build_site

pytestmark = pytest.mark.engine_only  # builds a fixture programme

PAGE = "aspirations.md"  # a page with no role


def test_a_comment_is_said_at_its_line_and_published_nowhere(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / "fr" / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n<!-- note interne : budget 12 345 $ -->\n\nEn code : `<!-- montré -->`.\n",
                    encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    told = [line for line in result.output.splitlines() if "commentaire HTML" in line]
    assert told == [f"INFO    -  docs/fr/{PAGE}, ligne {text.count(chr(10)) + 2} : ce commentaire HTML (« <!-- … --> ») "
                    "n'est pas publié : il n'est dans aucune page du site. S'il cache un texte à publier, retirez "
                    "« <!-- » et « --> »."], result.output
    published = "".join(f.read_text(encoding="utf-8", errors="replace") for f in result.site.rglob("*") if f.is_file())
    assert "note interne" not in published and "&lt;!-- montré --&gt;" in published
