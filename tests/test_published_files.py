"""Every file under docs/ passes a gate by type before it is published (pcv/checks/docs_files.py,
pcv/checks/files.py): pages only from .md, photos only (no PDF), nothing in the site's own folders,
two photos never writing the same files, names compared in one Unicode form."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from photo_files import broken_chunk_png, mpo_jpeg, truncated_jpeg, with_bad_exif_tag
from programme_facts import FICTIF
from project_edits import edit, place_previous_site, publish, reported_problems, tree_digest

from pcv.checks.docs_files import PHOTO_SUFFIXES, docs_file_problems
from pcv.checks.files import data_file_problems, file_problems
from pcv.checks.page_text import text_problems
from pcv.checks.project import RESERVED_FOLDERS
from pcv.checks.site import all_problems
from pcv.checks.theme_files import theme_file_problems
from pcv.inspection.builds import assemble_programme
from pcv.pages.markdown import read_page

SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'


def _problems(docs: Path) -> dict[str, str]:
    return {p.file: p.message for p in docs_file_problems(docs, RESERVED_FOLDERS)}


@pytest.mark.engine_only
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("carte.svg", SVG, "le site ne publie pas les fichiers « .svg »"),
    ("page.html", "<script>alert(1)</script>", "le site ne publie pas les fichiers « .html »"),
    ("outil.js", "alert(1)", "le site ne publie pas les fichiers « .js »"),
    ("notes.markdown", "---\ntemplate: redirect.html\n---\n", "une page s'enregistre avec l'extension « .md », "
     "pas « .markdown ». Renommez-la « notes.md »."),
    ("notes.mdown", "x", "pas « .mdown »"), ("notes.mkd", "x", "pas « .mkd »"),
    ("sitemap.xml.md", "x", "le nom d'une page ne peut pas contenir de point"),
    ("essai.MD", "<script>alert(1)</script>", "l'extension d'une page s'écrit « .md » en minuscules, pas « .MD »"),
    ("essai.Md", "x", "Renommez-la « essai.md »"),
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


@pytest.mark.engine_only
def test_photos_that_would_write_the_same_files_or_are_too_big_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "en" / "images"
    folder.mkdir(parents=True)
    for name in ("atelier.jpg", "atelier.png"):
        Image.new("RGB", (20, 20)).save(folder / name)
    Image.new("L", (20_000, 10)).save(folder / "long.png")
    Image.new("RGB", (20, 20)).save(folder / "gif.png", "GIF")
    Image.new("RGB", (20, 20)).save(folder / "anime.png", save_all=True,
                                    append_images=[Image.new("RGB", (20, 20), "red")] * 2)
    problems = _problems(tmp_path / "docs")
    assert "docs/en/images/atelier.jpg" not in problems
    assert "ont le même nom à l'extension près" in problems["docs/en/images/atelier.png"]
    assert problems["docs/en/images/long.png"].startswith("photo trop grande (20000 × 10 pixels")
    # STAFF12 H1: how to take it out and put it back, in the editor too
    assert all(step in problems["docs/en/images/long.png"] for step in ("« Photos »", "« Insérer une photo »")), problems
    assert "est une image GIF" in problems["docs/en/images/gif.png"]
    assert problems["docs/en/images/anime.png"].startswith("cette image est animée (3 images)")


@pytest.mark.engine_only
def test_a_decompression_bomb_is_named_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    Image.new("1", (30_000, 30_000)).save(folder / "bombe.png")  # a few hundred bytes, 900 million pixels
    assert _problems(tmp_path / "docs")["docs/fr/bombe.png"].startswith("photo beaucoup trop grande")


@pytest.mark.engine_only
def test_a_name_with_decomposed_accents_is_named_once(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    (folder / unicodedata.normalize("NFD", "été.md")).write_text("x", encoding="utf-8")
    messages = [str(p) for p in file_problems(tmp_path)]
    assert len(messages) == 1 and messages[0].startswith("docs/fr/été.md : ce nom écrit ses accents en deux")
    (folder / "Été.md").write_text("x", encoding="utf-8")
    assert any("la façon d'écrire les accents" in str(p) for p in file_problems(tmp_path))


@pytest.mark.engine_only
@pytest.mark.parametrize(("name", "shown", "renamed"), [
    ("mon fichier.md", "une espace : l'adresse du site l'écrirait en code (%20…)", "mon-fichier.md"),
    ("Photo 2024 (1).jpg", "une espace", "photo-2024-1.jpg"), ("a+b.md", "« + »", "a-b.md"),
    ("l’été.md", "« ’ » : l'adresse du site l'écrirait en code (%E2%80%99…)", "l-ete.md"),
    # STAFF11 H5, H6: the name offered kept capitals and accents (« Photo-été-2.JPG »), or ended in « - »
    ("Photo été 2.JPG", "une espace", "photo-ete-2.jpg"), ("IMG 4521 (1) .jpg", "une espace", "img-4521-1.jpg"),
    ("contact.md~", "« ~ »", "contact.md"),  # an editor's backup: the name offered was the same, « ~ » and all
])
def test_a_name_the_address_would_encode_is_refused_with_a_name_to_use(tmp_path: Path, name: str, shown: str,
                                                                     renamed: str) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    (folder / name).write_text("x", encoding="utf-8")
    (folder / "été-2024_bis.md").write_text("x", encoding="utf-8")
    messages = [str(p) for p in file_problems(tmp_path)]
    assert messages == [f"docs/fr/{name} : le nom contient {shown}{messages[0].split(shown)[1]}"]
    assert f"Renommez-le « {renamed} » (lettres, chiffres, tirets)" in messages[0]


@pytest.mark.engine_only
def test_a_file_name_with_a_terminal_escape_is_shown_not_sent_to_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    (folder / "a\x1b[2Jb.md").write_text("x", encoding="utf-8")
    messages = [str(p) for p in file_problems(tmp_path)]
    assert messages and all(m.startswith("docs/fr/a\\x1b[2Jb.md : ") and "\x1b" not in m for m in messages), messages


@pytest.mark.engine_only
@pytest.mark.parametrize(("name", "content", "found"), [
    ("assets/carte.svg", '<?xml-stylesheet href="https://evil.example/x.css"?><svg/>', "MkDocs publierait ce fichier"),
    ("assets/logo.png", "PNG", "MkDocs publierait ce fichier tel quel"),
    ("assets/outil.js", "alert(1)", "MkDocs publierait ce fichier tel quel"),
    ("assets/extra.css", '@import url("https://evil.example/track.css");', "charge un fichier (« @import »)"),
    ("assets/site.css", "a{}\nbody{fill: u\\72l(https://evil.example/p.svg) red}", "charge un fichier (« url( »)"),
    ("assets/site.css", 'svg{background:-webkit-image-set("https://evil.example/b.png" 1x)}', "« image-set( »"),
    ("assets/site.css", "@\\69mport 'https://evil.example/x.css';", "« @import »"),
    ("assets/site.css", "@font-face{font-family:x}", "« @font-face »"),
    ("assets/extra.css", 'a{content:"/*"}\nb{background:url(https://evil.example/p.png)} /* */', "« url( »"),
    ("assets/extra.css", "a{content:'\\'/*'}\nb{background:url(https://evil.example/p.png)} /* */", "« url( »"),
])
def test_a_theme_file_that_would_load_or_leak_when_published_is_refused(tmp_path: Path, name: str, content: str,
                                                                       found: str) -> None:
    """MkDocs copies every non-template file of overrides/ to the site byte for byte, out of the pages' CSP's reach:
    only stylesheets that load nothing are published (the site's images are drawn from the data, or are photos)."""
    theme = tmp_path / "overrides"
    (theme / "assets").mkdir(parents=True)
    (theme / name).write_text(content, encoding="utf-8")
    (theme / "assets" / "sain.css").write_text('a{color:#8a1538}\nb::after{content:",\\00a0"} /* url( */',
                                               encoding="utf-8")
    (theme / "robots.txt").write_text("x", encoding="utf-8")
    (theme / "page.html").write_text("x", encoding="utf-8")
    problems = [str(p) for p in theme_file_problems(theme, "overrides", ["robots.txt"])]
    assert len(problems) == 1 and problems[0].startswith(f"overrides/{name}") and found in problems[0], problems


@pytest.mark.engine_only
def test_a_theme_stylesheet_not_in_utf8_is_refused(tmp_path: Path) -> None:
    """A browser reads a stylesheet by its byte-order mark (UTF-16 here): the check reads only UTF-8, so that it
    sees what the browser sees."""
    theme = tmp_path / "overrides"
    (theme / "assets").mkdir(parents=True)
    (theme / "assets" / "extra.css").write_bytes("b{background:url(https://evil.example/p.png)}".encode("utf-16"))
    problems = [str(p) for p in theme_file_problems(theme, "overrides", [])]
    assert len(problems) == 1 and problems[0].startswith("overrides/assets/extra.css") and "UTF-8" in problems[0]


@pytest.mark.engine_only
@pytest.mark.parametrize(("name", "encoding", "line"), [("main.html", "utf-16", 1), ("partials/pied.html", "latin-1", 2),
                                                      ("sitemap.xml", "utf-16", 1)])
def test_a_template_not_in_utf8_is_refused_by_its_own_name(tmp_path: Path, name: str, encoding: str, line: int) -> None:
    """Read by Jinja, it stopped the build with « erreur inattendue » blamed on the template including it."""
    theme = tmp_path / "overrides"
    (theme / name).parent.mkdir(parents=True, exist_ok=True)
    (theme / name).write_bytes("{% block x %}\n<p>Été</p>\n".encode(encoding))
    problems = [str(p) for p in theme_file_problems(theme, "overrides", ["sitemap.xml"])]
    assert problems == [f"overrides/{name}, ligne {line} : le gabarit n'est pas enregistré en UTF-8. Enregistrez-le en "
                        "UTF-8 dans votre éditeur (VS Code : « Enregistrer avec l'encodage »)."]


def test_an_svg_with_a_script_or_a_pdf_stops_make_build_and_keeps_the_last_site(project_copy: Path,
                                                                                built_site: Path) -> None:
    before = place_previous_site(project_copy, built_site)
    (project_copy / "docs" / "fr" / "carte.svg").write_text(SVG, encoding="utf-8")
    (project_copy / "docs" / "en" / "rapport.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (project_copy / "overrides" / "assets" / "carte.svg").write_text(SVG, encoding="utf-8")
    result = publish(project_copy)
    assert result.returncode == 1
    problems = reported_problems(result.output)
    assert any(p.startswith("docs/fr/carte.svg : le site ne publie pas") for p in problems)
    assert any(p.startswith("docs/en/rapport.pdf : le site ne publie pas de documents PDF") for p in problems)
    assert any(p.startswith("overrides/assets/carte.svg : MkDocs publierait ce fichier tel quel") for p in problems)
    assert tree_digest(project_copy / "site") == before


@pytest.mark.engine_only
def test_a_page_template_is_one_of_the_site_page_templates(tmp_path: Path) -> None:
    """Material's redirect.html (any template Jinja knows) would empty the page and run a script redirect."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = FICTIF.page_with_role("accessibility")
    edit(project / "docs" / "fr" / page, "\ntitle:", "\ntemplate: redirect.html\ntitle:")
    problems = [str(p) for p in all_problems(project)]
    line = FICTIF.line_of(f"docs/fr/{page}", "title:")
    assert any(p.startswith(f"docs/fr/{page}, ligne {line}, colonne 1, champ template : le gabarit « redirect.html » "
                            "n'est pas un gabarit de page du site.") for p in problems), problems


@pytest.mark.engine_only
def test_a_file_outside_the_language_folders_is_refused(tmp_path: Path) -> None:
    (tmp_path / "docs" / "fr").mkdir(parents=True)
    (tmp_path / "docs" / "page.md").write_text("---\ntitle: x\n---\n<script>alert(1)</script>\n", encoding="utf-8")
    assert _problems(tmp_path / "docs")["docs/page.md"].startswith("ce fichier n'est dans aucun dossier de langue")


PDF_CASES = {  # each a place a PDF keeps what its reader does not see: none may be published
    "auteur": "/Info << /Author (Marie Tremblay) >>",
    "commentaire": "/Annots [<< /Type /Annot /Subtype /Text /T (Marie Tremblay) /Contents (budget 48213) >>]",
    "caviardage": "/Annots [<< /Type /XObject /Subtype /Redact /T (Marie Tremblay) >>]",
    "formulaire": "/AcroForm << /Fields [<< /FT /Tx /T (salaire) /V (48213) >>] >>",
}


@pytest.mark.engine_only
@pytest.mark.parametrize("kind", sorted(PDF_CASES))
def test_a_pdf_is_refused_whatever_it_holds(tmp_path: Path, kind: str) -> None:
    """The site needs no PDF, and no gate can take out soundly what a PDF hides: every one is refused, in French,
    with what to do instead (a page, photos, or a link to the document published elsewhere)."""
    folder = tmp_path / "docs" / "fr"
    folder.mkdir(parents=True)
    (folder / f"{kind}.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog " + PDF_CASES[kind].encode() +
                                         b" >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    (folder / "RAPPORT.PDF").write_bytes(b"%PDF-1.4\n")
    problems = _problems(tmp_path / "docs")
    for name in (f"{kind}.pdf", "RAPPORT.PDF"):
        assert problems[f"docs/fr/{name}"].startswith("le site ne publie pas de documents PDF")
        assert "Mettez son contenu dans une page (.md)" in problems[f"docs/fr/{name}"]



@pytest.mark.engine_only
@pytest.mark.parametrize("name", ["programme.yml", "contacts.yaml", "notes.txt", "geo/autre.json"])
def test_a_file_in_data_that_the_build_does_not_read_is_named(tmp_path: Path, name: str) -> None:
    """Saved under another name (.yml) or added beside the data, it would appear nowhere, without a word."""
    data = tmp_path / "data"
    (data / name).parent.mkdir(parents=True, exist_ok=True)
    (data / name).write_text("a: 1\n", encoding="utf-8")
    for kept in ("programme.yaml", "geo/map.json", ".gitkeep"):
        (data / kept).parent.mkdir(parents=True, exist_ok=True)
        (data / kept).write_text("{}", encoding="utf-8")
    assert [(p.file, p.message[:40]) for p in data_file_problems(data)] == [
        (f"data/{name}", "le site ne lit pas ce fichier : ce qu'il")]


@pytest.mark.engine_only
@pytest.mark.parametrize(("path", "reason"), [
    (".brouillon.md", "commence par « . » : c'est un fichier caché"),  # red team 13 H1: blamed on 404.html
    (".notes/idee.md", "commence par « . » : c'est un fichier caché"),
    ("README.md", "MkDocs fait d'un « README.md » la page d'accueil de son dossier"),
    ("infos/README.md", "MkDocs fait d'un « README.md » la page d'accueil de son dossier"),
])
def test_a_page_mkdocs_would_not_build_as_itself_is_named_with_its_menu_line(tmp_path: Path, path: str,
                                                                            reason: str) -> None:
    """A hidden page (a draft saved « .brouillon.md ») or a README.md, in both languages and in the menu: MkDocs leaves
    the first out and makes the second its folder's index; the build stopped with « erreur inattendue » in
    overrides/404.html. Each file, and the menu's line, is named with why; no other problem is told."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    for lang in ("fr", "en"):
        page = project / "docs" / lang / path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("---\ntitle: Brouillon\ndescription: Une page.\n---\n\n# Brouillon\n\nUn texte.\n", encoding="utf-8")
    menu = (project / "mkdocs.yml").read_text(encoding="utf-8")
    first = next(line for line in menu.splitlines() if line.startswith("  - ") and line.endswith(".md"))
    edit(project / "mkdocs.yml", f"{first}\n", f"{first}\n  - {path}\n")
    line = menu.splitlines().index(first) + 2
    problems = [(p.file, p.line, reason in p.message) for p in all_problems(project)]
    assert problems == [(f"docs/en/{path}", None, True), (f"docs/fr/{path}", None, True), ("mkdocs.yml", line, True)]


DAMAGED_PHOTOS = {  # red team 15 F1, F5: each passed the gate (its header is sound) and stopped the build elsewhere
    "coupee.jpg": truncated_jpeg,  # an upload or a copy cut short
    "exif.jpg": with_bad_exif_tag,  # a tag of the wrong type beside the orientation: what a careless app writes
    "abimee.png": broken_chunk_png,  # one damaged byte in a chunk's name: a disk or transfer error
}


@pytest.mark.engine_only
@pytest.mark.parametrize("name", sorted(DAMAGED_PHOTOS))
def test_a_photo_that_cannot_be_decoded_or_turned_upright_is_named_at_the_gate(tmp_path: Path, name: str) -> None:
    """Every photo is decoded to its last pixel and its EXIF orientation applied at the gate: the problem names the
    photo's path and says in French what to do (Pillow's English only as a detail), linked from a page or not."""
    folder = tmp_path / "docs" / "fr" / "images"
    folder.mkdir(parents=True)
    DAMAGED_PHOTOS[name](folder / name)
    Image.new("RGB", (40, 30)).save(folder / "saine.jpg")
    problems = _problems(tmp_path / "docs")
    assert set(problems) == {f"docs/fr/images/{name}"}, problems
    assert problems[f"docs/fr/images/{name}"].startswith(("cette photo ne peut pas être lue en entier : le fichier "
                                                          "est abîmé ou coupé", "les informations EXIF de cette photo"))
    assert "Ouvrez-la dans un logiciel d'images et enregistrez-la de nouveau en JPEG" in problems[f"docs/fr/images/{name}"]


@pytest.mark.engine_only
def test_a_damaged_photo_no_page_shows_stops_the_checks_naming_it_never_our_code(tmp_path: Path) -> None:
    """Red team 15 F1: a photo cut short that no page links yet made the build blame pcv/publishing/photos.py."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    truncated_jpeg(project / "docs" / "fr" / "images" / "coupee.jpg")
    problems = [str(p) for p in all_problems(project)]
    assert [p for p in problems if "coupee.jpg" in p or "pcv/" in p] == [
        p for p in problems if p.startswith("docs/fr/images/coupee.jpg : cette photo ne peut pas être lue en entier")]
    assert any("coupee.jpg" in p for p in problems)


@pytest.mark.engine_only
def test_a_jpeg_holding_a_second_picture_is_a_still_photo(tmp_path: Path) -> None:
    """Red team 15 F2: a camera's JPEG with its preview, or a phone's with an HDR gain map (MPF), was refused as
    « animée (2 images) »; it is the still photo every viewer shows. A PNG of several frames is still refused."""
    folder = tmp_path / "docs" / "fr" / "images"
    folder.mkdir(parents=True)
    mpo_jpeg(folder / "appareil.jpg")
    Image.new("RGB", (20, 20)).save(folder / "anime.png", save_all=True, append_images=[Image.new("RGB", (20, 20), "red")])
    with Image.open(folder / "appareil.jpg") as saved:
        assert saved.n_frames == 2
    problems = _problems(tmp_path / "docs")
    assert "docs/fr/images/appareil.jpg" not in problems
    assert problems["docs/fr/images/anime.png"].startswith("cette image est animée (2 images)")


@pytest.mark.engine_only
@pytest.mark.parametrize("name", ["IMG_4522.HEIC", "photo.heif", "photo.webp"])
def test_a_photo_the_site_does_not_take_says_how_to_remove_it_in_the_editor(tmp_path: Path, name: str) -> None:
    """STAFF9 F3: a phone's HEIC photo uploaded in the editor is saved, then refused by the build with « retirez le
    fichier » and no way to do it; the message says where (the editor's « Photos » tab, Decap's own delete button)
    and, for an iPhone's photo, how to make a JPEG of it. The accepted types are the build's own."""
    file = tmp_path / "docs" / "fr" / "images" / name
    file.parent.mkdir(parents=True)
    file.write_bytes(b"\x00\x00\x00\x18ftypheic")
    message = _problems(tmp_path / "docs")[f"docs/fr/images/{name}"]
    assert f"« {Path(name).suffix} »" in message
    assert all(suffix in message for suffix in PHOTO_SUFFIXES)
    delete = "Supprimer les éléments sélectionnés"
    locale = Path(__file__).parents[1] / "node_modules" / "decap-cms-locales" / "dist" / "esm" / "fr" / "index.js"
    if locale.is_file():  # the editor's own words for its button
        assert f"deleteSelected: '{delete}'" in locale.read_text(encoding="utf-8")
    assert f"onglet « Photos » en haut de la page, cliquez sur le fichier puis sur « {delete} »" in message
    assert ("« Le plus compatible »" in message) == (Path(name).suffix.lower() in (".heic", ".heif"))


@pytest.mark.engine_only
@pytest.mark.parametrize("name", ["a" * 246 + ".jpg", "é" * 99 + "-" * 3 + ".md", "b" * 230])
def test_a_name_too_long_for_what_the_build_writes_is_refused_by_make_check(tmp_path: Path, name: str) -> None:
    """Red team 22 C38: a photo named with 250 characters passed make check, then stopped the build with an English
    OS error (« File name too long ») and the advice to save it again as a JPEG."""
    folder = tmp_path / "docs" / "fr" / "images"
    folder.mkdir(parents=True)
    (folder / name).write_bytes(b"x") if "." in name else (folder / name).mkdir()
    (folder / ("c" * 196 + ".jpg")).write_bytes(b"x")  # 200 bytes: allowed
    messages = [str(p) for p in file_problems(tmp_path)]
    assert messages == [f"docs/fr/images/{name} : nom trop long ({len(name)} signes) : le site en fait des noms plus "
                        f"longs encore{messages[0].split('longs encore')[-1]}"], messages
    assert "Raccourcissez-le à 200 signes au plus" in messages[0]


@pytest.mark.engine_only
def test_a_file_in_a_hidden_folder_is_named_and_junk_files_are_not(tmp_path: Path) -> None:
    """Red team 22 C08: « docs/.well-known/security.txt » was dropped without a word (a hidden page is named)."""
    docs = tmp_path / "docs"
    for name in (".well-known/security.txt", "fr/.DS_Store", "fr/.brouillons/._photo.jpg"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("x", encoding="utf-8")
    assert _problems(docs) == {"docs/.well-known/security.txt": "ce fichier est dans un dossier caché (« .well-known » "
                               "commence par « . ») : le site ne le publie pas. S'il doit l'être, mettez-le dans un "
                               "dossier de langue (docs/fr/ ou docs/en/) ; sinon, supprimez-le."}


@pytest.mark.engine_only
def test_a_hidden_photo_a_page_shows_is_said_hidden_not_missing(tmp_path: Path) -> None:
    """Red team 22 C73: « images/.atelier.jpg », there, was said « n'existe pas sur le site », its dot never named."""
    docs = tmp_path / "docs"
    (docs / "fr" / "images").mkdir(parents=True)
    Image.new("RGB", (40, 30)).save(docs / "fr" / "images" / ".atelier.jpg")
    page_file = docs / "fr" / "essai.md"
    page_file.write_text("---\ntitle: Essai\ndescription: Une page.\n---\n\n# Essai\n\n![Un atelier](images/.atelier.jpg)\n",
                         encoding="utf-8")
    problems = [str(p) for p in text_problems(read_page(page_file, "fr", "essai.md")[0], None, docs)]
    assert problems == ["docs/fr/essai.md, ligne 8, colonne 15 : « images/.atelier.jpg » : son nom, ou celui d'un de "
                        "ses dossiers, commence par « . » : c'est un fichier caché, que MkDocs ne publie pas. "
                        "Renommez-le sans ce point, ici aussi."]
