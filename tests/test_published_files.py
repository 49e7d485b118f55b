"""Every file under docs/ passes a gate by type before it is published (pcv/checks/docs_files.py,
pcv/checks/files.py): pages only from .md, photos and PDF only, nothing in the site's own folders,
two photos never writing the same files, names compared in one Unicode form."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pikepdf
import pytest
from mkdocs.structure.files import File, Files
from PIL import Image
from project_edits import edit, line_of, place_previous_site, publish, reported_problems, tree_digest

from pcv.checks.docs_files import docs_file_problems
from pcv.checks.files import file_problems
from pcv.checks.project import RESERVED_FOLDERS
from pcv.checks.site import all_problems
from pcv.publishing.documents import publish_documents

SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'


def _problems(docs: Path) -> dict[str, str]:
    return {p.file: p.message for p in docs_file_problems(docs, RESERVED_FOLDERS)}


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("carte.svg", SVG, "le site ne publie pas les fichiers « .svg »"),
    ("page.html", "<script>alert(1)</script>", "le site ne publie pas les fichiers « .html »"),
    ("outil.js", "alert(1)", "le site ne publie pas les fichiers « .js »"),
    ("notes.markdown", "---\ntemplate: redirect.html\n---\n", "une page s'enregistre avec l'extension « .md », "
     "pas « .markdown ». Renommez-la « notes.md »."),
    ("notes.mdown", "x", "pas « .mdown »"), ("notes.mkd", "x", "pas « .mkd »"),
    ("sitemap.xml.md", "x", "le nom d'une page ne peut pas contenir de point"),
    ("admin/config.pdf", "%PDF-1.4", "le dossier « admin » est réservé au site"),
    ("assets/site.pdf", "%PDF-1.4", "le dossier « assets » est réservé au site"),
    ("photo.jpg", "pas une photo", "ce fichier n'est pas une photo lisible"),
])
def test_a_file_the_site_should_not_publish_is_refused_by_name(tmp_path: Path, name: str, content: str,
                                                                 expected: str) -> None:
    file = tmp_path / "docs" / "fr" / name
    file.parent.mkdir(parents=True)
    file.write_text(content, encoding="utf-8")
    assert expected in _problems(tmp_path / "docs")[f"docs/fr/{name}"]


def test_photos_that_would_write_the_same_files_or_are_too_big_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "en" / "images"
    folder.mkdir(parents=True)
    for name in ("atelier.jpg", "atelier.png"):
        Image.new("RGB", (20, 20)).save(folder / name)
    Image.new("L", (20_000, 10)).save(folder / "long.png")
    Image.new("RGB", (20, 20)).save(folder / "gif.png", "GIF")
    problems = _problems(tmp_path / "docs")
    assert "docs/en/images/atelier.jpg" not in problems
    assert "ont le même nom à l'extension près" in problems["docs/en/images/atelier.png"]
    assert problems["docs/en/images/long.png"].startswith("photo trop grande (20000 × 10 pixels")
    assert "est une image GIF" in problems["docs/en/images/gif.png"]


def test_a_decompression_bomb_is_named_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    Image.new("1", (30_000, 30_000)).save(folder / "bombe.png")  # a few hundred bytes, 900 million pixels
    assert _problems(tmp_path / "docs")["docs/fr/bombe.png"].startswith("photo beaucoup trop grande")


def test_a_name_with_decomposed_accents_is_named_once(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    (folder / unicodedata.normalize("NFD", "été.md")).write_text("x", encoding="utf-8")
    messages = [str(p) for p in file_problems(tmp_path)]
    assert len(messages) == 1 and messages[0].startswith("docs/fr/été.md : ce nom écrit ses accents en deux")
    (folder / "Été.md").write_text("x", encoding="utf-8")
    assert any("la façon d'écrire les accents" in str(p) for p in file_problems(tmp_path))


def test_an_svg_with_a_script_stops_make_build_and_keeps_the_last_site(project_copy: Path, built_site: Path) -> None:
    before = place_previous_site(project_copy, built_site)
    (project_copy / "docs" / "fr" / "carte.svg").write_text(SVG, encoding="utf-8")
    result = publish(project_copy)
    assert result.returncode == 1
    assert any(p.startswith("docs/fr/carte.svg : le site ne publie pas") for p in reported_problems(result.output))
    assert tree_digest(project_copy / "site") == before


def test_a_page_template_is_one_of_the_site_page_templates(project_copy: Path) -> None:
    """Material's redirect.html (any template Jinja knows) would empty the page and run a script redirect."""
    edit(project_copy / "docs" / "fr" / "accessibilite.md", "\ntitle:", "\ntemplate: redirect.html\ntitle:")
    problems = [str(p) for p in all_problems(project_copy)]
    line = line_of("docs/fr/accessibilite.md", "title:")
    assert any(p.startswith(f"docs/fr/accessibilite.md, ligne {line}, colonne 1, champ template : le gabarit « redirect.html » "
                            "n'est pas un gabarit de page du site.") for p in problems), problems


def test_a_file_outside_the_language_folders_is_refused(tmp_path: Path) -> None:
    (tmp_path / "docs" / "fr").mkdir(parents=True)
    (tmp_path / "docs" / "page.md").write_text("---\ntitle: x\n---\n<script>alert(1)</script>\n", encoding="utf-8")
    assert _problems(tmp_path / "docs")["docs/page.md"].startswith("ce fichier n'est dans aucun dossier de langue")


def _pdf(path: Path, **parts: object) -> None:
    """A one-page PDF at `path`, with an author, and each of `parts` set on its catalog."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/Author"] = "Marie Tremblay"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:creator"] = ["Marie Tremblay"]
    for key, value in parts.items():
        pdf.Root[f"/{key}"] = pdf.make_indirect(value)
    pdf.save(path)


@pytest.mark.parametrize(("parts", "expected"), [
    ({"OpenAction": pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))},
     "ce PDF contient un script, une action à l'ouverture"),
    ({"AA": pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("calc.exe")))},
     "ce PDF contient le lancement d'un programme, une action sur un événement"),
    ({"Names": pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=pikepdf.Array()))},
     "ce PDF contient des fichiers joints"),
])
def test_a_pdf_that_acts_on_its_own_is_refused(tmp_path: Path, parts: dict[str, object], expected: str) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    _pdf(folder / "rapport.pdf", **parts)
    assert _problems(tmp_path / "docs")["docs/fr/rapport.pdf"].startswith(expected)


def test_a_file_named_pdf_must_be_a_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    (folder / "b.pdf").write_text("<script>alert(1)</script>", encoding="utf-8")
    assert "n'est pas un document PDF lisible" in _problems(tmp_path / "docs")["docs/fr/b.pdf"]


def test_a_pdf_is_published_without_its_author(tmp_path: Path) -> None:
    docs, site = tmp_path / "docs", tmp_path / "site"
    (docs / "fr").mkdir(parents=True)
    _pdf(docs / "fr" / "rapport.pdf")
    assert "docs/fr/rapport.pdf" not in _problems(docs)
    file = File("fr/rapport.pdf", str(docs), str(site), use_directory_urls=True)
    Path(file.abs_dest_path).parent.mkdir(parents=True)
    Path(file.abs_dest_path).write_bytes((docs / "fr" / "rapport.pdf").read_bytes())
    publish_documents(Files([file]), docs)
    published = Path(file.abs_dest_path).read_bytes()
    assert b"Marie Tremblay" in (docs / "fr" / "rapport.pdf").read_bytes()
    assert b"Marie Tremblay" not in published and published.startswith(b"%PDF-")
    with pikepdf.open(file.abs_dest_path) as pdf:
        assert len(pdf.pages) == 1


def test_a_pdf_with_review_comments_or_a_script_link_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    for name, annotation in (("commente.pdf", pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                                    T=pikepdf.String("Marie Tremblay"))),
                             ("lien.pdf", pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                                             A=pikepdf.Dictionary(S=pikepdf.Name.URI,
                                                                                  URI=pikepdf.String("javascript:x"))))):
        pdf = pikepdf.new()
        pdf.add_blank_page()
        pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(annotation)]))
        pdf.save(folder / name)
    problems = _problems(tmp_path / "docs")
    assert problems["docs/fr/commente.pdf"].startswith("ce PDF contient des commentaires de relecture")
    assert problems["docs/fr/lien.pdf"].startswith("ce PDF contient un lien vers « javascript:x »")


def test_a_pdf_is_published_without_the_metadata_of_its_pages(tmp_path: Path) -> None:
    docs, site = tmp_path / "docs", tmp_path / "site"
    (docs / "fr").mkdir(parents=True)
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].Metadata = pdf.make_stream(b"<x:xmpmeta>marie@example.org</x:xmpmeta>")
    pdf.pages[0].PieceInfo = pikepdf.Dictionary(Editor=pikepdf.String("marie@example.org"))
    pdf.save(docs / "fr" / "rapport.pdf")
    file = File("fr/rapport.pdf", str(docs), str(site), use_directory_urls=True)
    Path(file.abs_dest_path).parent.mkdir(parents=True)
    Path(file.abs_dest_path).write_bytes((docs / "fr" / "rapport.pdf").read_bytes())
    publish_documents(Files([file]), docs)
    assert b"marie@example.org" in (docs / "fr" / "rapport.pdf").read_bytes()
    assert b"marie@example.org" not in Path(file.abs_dest_path).read_bytes()
