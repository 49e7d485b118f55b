"""An image of a page is a photo: « ![…](…) » leading to a page, an anchor or another file is refused at its line,
saying how to write a link (red team 21 H2: « Inscrivez-vous![Devenir volontaire](volontariat.md) » published a broken
image and lost the link); and a « # » line in a page's header is never taken for its title (red team 21 M1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.checks.page_text import text_problems
from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme
from pcv.pages.markdown import read_page

pytestmark = pytest.mark.engine_only  # pages of its own

PAGE = "a.md"


def _page(docs: Path, text: str):
    (docs / "fr" / "images").mkdir(parents=True, exist_ok=True)
    (docs / "fr" / "b.md").write_text("---\ntitle: B\n---\n\nTexte.\n", encoding="utf-8")
    (docs / "fr" / "images" / "atelier.jpg").write_bytes(b"")
    (docs / "fr" / PAGE).write_text(text, encoding="utf-8")
    return read_page(docs / "fr" / PAGE, "fr", PAGE)


@pytest.mark.parametrize("typed", [
    "Inscrivez-vous![Devenir volontaire](b.md)", "![Carte des pays](b.md#carte)", "![Schéma des thèmes](#themes)",
    "![Un document](images/guide.pdf)", "![Une page](b/)",
])
def test_an_image_of_something_other_than_a_photo_is_refused_at_its_line(tmp_path: Path, typed: str) -> None:
    page, problem = _page(tmp_path, f"---\ntitle: A\n---\n\nAvant.\n\n{typed}\n")
    assert problem is None
    src = typed.rsplit("(", 1)[1].rstrip(")")
    found = [p for p in text_problems(page, None, tmp_path) if "n'est pas une photo" in p.message]
    assert [(p.line, p.column) for p in found] == [(7, typed.index("![") + 1)], found
    assert found[0].message.startswith(f"« ![…]({src}) » montre une image, mais « {src} » n'est pas une photo")
    assert "retirez le « ! » devant « [ »" in found[0].message


@pytest.mark.parametrize("src", ["images/atelier.jpg", "images/atelier.jpg?v=2", "images/atelier.jpg#photo",
                                 "https://example.org/a.webp"])
def test_a_photo_or_another_site_s_image_is_not_said_to_be_a_page(tmp_path: Path, src: str) -> None:
    page, _ = _page(tmp_path, f"---\ntitle: A\n---\n\n![Un atelier de formation]({src})\n")
    assert not [p for p in text_problems(page, None, tmp_path) if "n'est pas une photo" in p.message]


@pytest.mark.parametrize("line", ["# à relire avec Julie", "role: ["])
def test_a_hash_line_in_the_header_is_never_the_page_s_title(tmp_path: Path, line: str) -> None:
    """Only the header's own problem is said: never « la page a déjà son titre » about the page's real title."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    name = f"docs/fr/{FICTIF.page_of_country(FICTIF.countries_with_activities()[0].code)}"
    text = (project / name).read_text(encoding="utf-8")
    changed = text.replace("---\n", f"---\n# à relire\n{line}\n", 1)
    (project / name).write_text(changed, encoding="utf-8")
    header_end = changed.split("\n").index("---", 1) + 1
    found = [p for p in all_problems(project) if p.file == name]
    assert len(found) == 1 and found[0].line < header_end, [str(p) for p in found]
