"""A photo typed in HTML (`<img src>`, `<picture>`, `<source srcset>`) is refused at its line; and the built site's
last check reads what every page loads, not only its links (red team 17 F6: `<img src="images/absente.png">` was
published broken, and so was an existing photo, its address never adjusted to the page's folder nor checked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import engine_markdown, place_previous_site, publish, reported_problems, tree_digest

from pcv.checks.page_html import page_html_problems
from pcv.checks.site_links import link_problems
from pcv.inspection.builds import assemble_programme
from pcv.pages.markdown import read_page

pytestmark = pytest.mark.engine_only  # builds a fixture programme; reads engine.yml only

PAGE = "aspirations.md"  # a page with no role, in both languages


def _problems(tmp_path: Path, typed: str) -> list:
    (tmp_path / PAGE).write_text(f"---\ntitle: A\n---\n\nAvant.\n\n{typed}\n", encoding="utf-8")
    page, _ = read_page(tmp_path / PAGE, "fr", PAGE)
    return list(page_html_problems(page, engine_markdown().renderer()))


@pytest.mark.parametrize(("typed", "tag"), [
    ('Avant <img src="images/absente.png" alt="x"> fin.', "img"),  # c46
    ('<img src="images/photo.jpg" alt="Une photo">', "img"),  # c47: a photo that exists, in HTML
    ('<p>Une photo :\n<img src="images/photo.jpg" alt="Une photo"></p>', "img"),  # in an HTML block
    ('<picture><img src="images/photo.jpg" alt="Une photo"></picture>', "picture"),
    ('<source srcset="images/photo-480.webp 480w">', "source"),
])
def test_a_photo_typed_in_html_is_refused_at_its_line(tmp_path: Path, typed: str, tag: str) -> None:
    problems = _problems(tmp_path, typed)
    line = 6 + typed[:typed.index(f"<{tag}")].count("\n") + 1
    column = typed.split("\n")[line - 7].index(f"<{tag}") + 1
    assert [(p.line, p.column) for p in problems][:1] == [(line, column)], problems
    assert problems[0].message.startswith(f"photo écrite en HTML (<{tag}>) : ") and "Écrivez-la en Markdown" in \
        problems[0].message


@pytest.mark.parametrize("typed", ["![Une photo](images/photo.jpg)", "![Une photo](images/photo.jpg){ .large }",
                                   "![Une photo][p]\n\n[p]: images/photo.jpg"])
def test_a_photo_written_in_markdown_is_accepted(tmp_path: Path, typed: str) -> None:
    assert _problems(tmp_path, typed) == []


def test_a_hostile_photo_typed_in_html_gets_what_is_hostile_first(tmp_path: Path) -> None:
    """One message per tag: what the sanitiser would remove first (the next build says the rest)."""
    problems = _problems(tmp_path, '<img src="x.png" onerror="alert(1)">')
    assert [p.message.split(" : ")[0] for p in problems] == ["attribut HTML « onerror » interdit"]


def test_what_a_built_page_loads_must_exist(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p-480.webp").write_bytes(b"")
    (tmp_path / "a" / "index.html").write_text(
        '<img alt="x" src="images/absente.png"><picture><source type="image/webp" srcset="p-480.webp 480w, '
        'p-960.webp 960w"><img src="p.jpg" alt=""></picture><script src="../js/app.js"></script>'
        '<p>src="texte.png" dans le texte</p>', encoding="utf-8")
    found = [str(p) for p in link_problems(tmp_path, "", {"a/index.html": "docs/fr/a.md"}, tmp_path)]
    assert sorted(p.split(" : ", 1)[1].split(" (")[0] for p in found) == sorted(
        f"la page affiche « {name} »" for name in ("images/absente.png", "p-960.webp", "p.jpg", "../js/app.js"))


def test_the_build_stops_on_a_photo_typed_in_html_and_keeps_the_last_site(tmp_path: Path, programme_site) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    page = project / "docs" / "fr" / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text + '\nAvant <img src="images/absente.png" alt="x"> fin.\n', encoding="utf-8")
    result = publish(project)
    assert result.returncode == 1, result.output
    line = text.count("\n") + 2
    assert any(p.startswith(f"docs/fr/{PAGE}, ligne {line}, colonne 7 : photo écrite en HTML (<img>)")
               for p in reported_problems(result.output)), result.output
    assert tree_digest(result.site) == before


@pytest.mark.parametrize("typed", ['Voir <a href="programme.md">le programme</a>.',
                                   'Voir <a href="../pays/index.md#carte">la carte</a>.',
                                   '<p>Voir <a href="images/photo.jpg">la photo</a>.</p>'])
def test_a_link_to_a_file_of_the_site_typed_in_html_is_refused_at_its_address(tmp_path: Path, typed: str) -> None:
    """The same class as a photo in HTML: MkDocs adjusts a Markdown link's address to the page's folder, never a raw
    <a>'s (published « programme.md », a broken link)."""
    problems = _problems(tmp_path, typed)
    href = typed.split('href="')[1].split('"')[0]
    assert [(p.line, p.column) for p in problems] == [(7, typed.index(href) + 1)], problems
    assert problems[0].message.startswith(f"lien écrit en HTML vers « {href} » : ") and \
        f"[texte du lien]({href})" in problems[0].message


@pytest.mark.parametrize("typed", ['<a href="https://ceci.ca/">Le CECI</a>', '<a href="#haut">Haut</a>',
                                   '<a href="mailto:info@ceci.ca">Écrire</a>', "[Le programme](programme.md)",
                                   "<https://ceci.ca/>", "[Le programme][p]\n\n[p]: programme.md"])
def test_a_link_markdown_writes_or_to_another_site_is_accepted(tmp_path: Path, typed: str) -> None:
    assert _problems(tmp_path, typed) == []
