"""Photos staff add to a page are published in WebP sizes with their dimensions, lazy below the
first screen, and refused without alt text in the page's language (pcv/publishing/photos.py,
pcv/checks/page_text.py, pcv/checks/page_set.py).

The project ships no photo: the tests draw one with Pillow in a copy of the project. How any photo is published
(its sizes, colours, metadata), on no project: test_photo_publishing.py.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from project_edits import reported_problems
from staff_edits import save_through_editor

from pcv.checks.page_text import ALT_IN
from pcv.inspection.builds import BuildResult, build_site, copy_project
from pcv.inspection.pages import country_pages, elements, html_file, page_url, resolve, role_page

PAGE = role_page("programme")  # a page of the site, and a country's: whichever staff keep
COUNTRY_PAGE = min(country_pages().values(), default=PAGE)  # the programme page when no country has one
ALTS = {"fr": ("Une volontaire et des productrices de riz", "Un atelier de formation"),
        "en": ("A volunteer with rice growers", "A training workshop")}


PRIVATE = {0x013B: "Jeanne Photographe", 0xA431: "SN-4242-0007"}  # EXIF artist, camera serial number


def draw_photo(path: Path, size: tuple[int, int]) -> None:
    """A photo as a phone saves it: with its author, camera serial number, position and a comment."""
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    exif.update(PRIVATE)
    exif.get_ifd(0x8825).update({1: "N", 2: (46.0, 48.0, 52.0)})  # GPS latitude
    Image.new("RGB", size, (138, 21, 56)).save(path, "JPEG", quality=90, exif=exif, comment=b"Chez Jeanne, Montreal")


def add_photos(project: Path, alts: dict[str, tuple[str, str]]) -> None:
    """In both languages, one photo under the page's title (first screen) and one at its end, its address copied
    from a browser (« ?v=2 »: red team 21 L1, such a photo was published unsized)."""
    for lang, (top, bottom) in alts.items():
        page = project / "docs" / lang / PAGE
        draw_photo(page.parent / "images" / "atelier.jpg", (2000, 1000))
        text = page.read_text(encoding="utf-8")
        title = re.search(r"^# .*\n", text, re.M) or re.search(r"^---\n.*?\n---\n", text, re.S)  # or its front matter
        page.write_text(f"{text[:title.end()]}\n![{top}](images/atelier.jpg)\n\n{text[title.end():]}", encoding="utf-8")
        page.write_text(page.read_text(encoding="utf-8") + f"\n## Photos\n\n![{bottom}](images/atelier.jpg?v=2)\n",
                        encoding="utf-8")  # in a section of its own: below the first screen


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    project = copy_project(tmp_path_factory.mktemp("photos") / "project")
    add_photos(project, ALTS)
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.output
    return result


def _pictures(site: Path, lang: str) -> list[tuple[dict[str, str], dict[str, str]]]:
    """(source, img) of each picture of the photo on the page in `lang`."""
    html = html_file(site, page_url(PAGE, lang)).read_text(encoding="utf-8")
    pictures = [p for p in re.findall(r"<picture>.*?</picture>", html, re.S) if "images/atelier.jpg" in p]
    assert len(pictures) == 2, html
    return [tuple(attrs for tag, attrs, _ in elements(p) if tag in {"img", "source"}) for p in pictures]


def _published_folder(site: Path, lang: str) -> Path:
    """Where the page's photo is published for `lang`: its img's address, from the page's."""
    (_, img), _ = _pictures(site, lang)
    return site / posixpath.dirname(resolve(page_url(PAGE, lang), img["src"]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_photo_is_published_in_webp_sizes_with_its_dimensions(photo_site: BuildResult, lang: str) -> None:
    first, last = _pictures(photo_site.site, lang)
    for (source, img), alt in zip((first, last), ALTS[lang]):
        folder = posixpath.dirname(img["src"])
        assert posixpath.basename(img["src"]) == "atelier.jpg" and source["type"] == "image/webp"
        assert source["srcset"] == ", ".join(f"{folder}/atelier-{width}.webp {width}w" for width in (480, 960, 1440))
        assert (img["alt"], img["width"], img["height"]) == (alt, "2000", "1000")
    assert "loading" not in first[1], "the photo of the first screen loads at once"
    assert last[1]["loading"] == "lazy", "a photo below the first section loads when the reader gets near"
    folder = _published_folder(photo_site.site, lang)
    assert (folder / "atelier.jpg").is_file()
    for width in (480, 960, 1440):
        with Image.open(folder / f"atelier-{width}.webp") as webp:
            assert (webp.format, webp.size) == ("WEBP", (width, width // 2))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_published_photos_carry_no_metadata(photo_site: BuildResult, lang: str) -> None:
    original = photo_site.site.parent / "docs" / "fr" / posixpath.dirname(PAGE) / "images" / "atelier.jpg"
    assert b"SN-4242-0007" in original.read_bytes() and b"Chez Jeanne" in original.read_bytes()
    for file in _published_folder(photo_site.site, lang).iterdir():
        raw = file.read_bytes()
        with Image.open(file) as photo:
            assert not photo.getexif() and "comment" not in photo.info and "xmp" not in photo.info, file
        assert all(text.encode() not in raw for text in PRIVATE.values()) and b"Chez Jeanne" not in raw, file


def test_photo_without_alt_text_stops_the_build(project_copy: Path) -> None:
    add_photos(project_copy, {"fr": ("", ALTS["fr"][1]), "en": (ALTS["fr"][1], "atelier.jpg")})
    result = build_site(project_copy, project_copy / "site")
    assert result.returncode != 0
    problems = reported_problems(result.output)

    def line(lang: str, markdown: str) -> int:
        lines = (project_copy / "docs" / lang / PAGE).read_text(encoding="utf-8").splitlines()
        return lines.index(markdown) + 1

    assert any(p.startswith(f"docs/fr/{PAGE}, ligne {line('fr', '![](images/atelier.jpg)')}, colonne 1 : "
                            "la photo « atelier.jpg » n'a pas de texte de remplacement")
               and "décrivez en français" in p for p in problems), problems
    assert any(p.startswith(f"docs/en/{PAGE}, ligne {line('en', '![atelier.jpg](images/atelier.jpg?v=2)')}, "
                            "colonne 1 : la photo « atelier.jpg » a pour texte de remplacement son nom de fichier")
               and "décrivez en anglais" in p for p in problems), problems
    copied = f"![{ALTS['fr'][1]}](images/atelier.jpg)"
    assert f"docs/en/{PAGE}, ligne {line('en', copied)}, colonne 1 : le texte de remplacement de la photo " \
           f"« atelier.jpg » est celui de docs/fr/{PAGE} : écrivez-le en anglais, par exemple " \
           f"![{ALT_IN['en'][1]}](images/atelier.jpg)." in problems, problems
    assert "Traceback" not in result.output


EDITOR_PHOTOS = {PAGE: "images/atelier-editeur.jpg", COUNTRY_PAGE: "images/puits.jpg"}


@pytest.fixture(scope="module")
def editor_photo_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """Photos as the web editor adds them: uploaded once, into the first language's folder (docs/fr/images, or
    docs/fr/activites/images for a country's page), inserted in both languages' text, each page saved."""
    project = copy_project(tmp_path_factory.mktemp("editor-photos") / "project")
    for page, photo in EDITOR_PHOTOS.items():
        draw_photo(project / "docs" / "fr" / posixpath.dirname(page) / photo, (1200, 800))
        for lang, (alt, _) in ALTS.items():
            path = project / "docs" / lang / page
            path.write_text(path.read_text(encoding="utf-8") + f"\n![{alt}]({photo})\n", encoding="utf-8")
    save_through_editor(project, [f"docs/{lang}/{page}" for page in EDITOR_PHOTOS for lang in ALTS])
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.output
    return result


@pytest.mark.parametrize("lang", list(ALTS))
@pytest.mark.parametrize("page", list(EDITOR_PHOTOS))
def test_a_photo_uploaded_once_in_the_editor_is_shown_in_both_languages_in_webp_without_metadata(
        editor_photo_site: BuildResult, lang: str, page: str) -> None:
    name = posixpath.basename(EDITOR_PHOTOS[page])
    assert not (editor_photo_site.site.parent / "docs" / "en" / posixpath.dirname(page) / "images" / name).exists()
    html_path = html_file(editor_photo_site.site, page_url(page, lang))
    html = html_path.read_text(encoding="utf-8")
    (picture,) = [p for p in re.findall(r"<picture>.*?</picture>", html, re.S) if name in p]
    source, img = [attrs for tag, attrs, _ in elements(picture) if tag in {"img", "source"}]
    assert (img["alt"], img["width"], img["height"]) == (ALTS[lang][0], "1200", "800")
    published = (html_path.parent / img["src"]).resolve()
    assert published.is_relative_to(editor_photo_site.site.resolve() / ("en" if lang == "en" else ""))
    with Image.open(published) as photo:
        assert not photo.getexif() and "comment" not in photo.info, published
    for candidate in source["srcset"].split(", "):
        file, width = candidate.split(" ")
        with Image.open(html_path.parent / file) as webp:
            assert (webp.format, f"{webp.width}w") == ("WEBP", width)


def test_a_missing_photo_says_where_to_save_it(project_copy: Path) -> None:
    page = project_copy / "docs" / "en" / COUNTRY_PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\n![A workshop](images/atelier.jpg)\n", encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    check = subprocess.run([sys.executable, "scripts/check_site.py"], cwd=project_copy, capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 1
    folder = posixpath.dirname(COUNTRY_PAGE)
    assert (f"- docs/en/{COUNTRY_PAGE}, ligne {line}, colonne 15 : la photo « images/atelier.jpg » n'existe pas : "
            f"enregistrez-la sous docs/fr/{folder}/images/atelier.jpg (une seule copie sert aux deux langues ; dans "
            "l'éditeur, « Insérer une photo » l'y met), ou corrigez son nom.") in check.stderr.splitlines(), check.stderr
