"""How a photo is published, whatever the programme (pcv/publishing/photos.py): its WebP sizes, its colours in
every mode and colour profile, nothing kept of its metadata or of what lies under its transparent pixels, a damaged
or second picture, a photo named by its path. On photos drawn with Pillow in a temporary folder: none of these reads
the live project (engine_only, so test_staff_changes' rerun leaves them out; test_photos.py has the live site's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cpu_time import in_this_thread
from mkdocs.exceptions import PluginError
from photo_files import broken_chunk_png, mpo_jpeg, truncated_jpeg, with_bad_exif_tag
from PIL import Image, ImageCms

from pcv.publishing.photos import publish_sizes, shown_name, webp_widths, without_metadata

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


def test_sizes_never_exceed_the_original() -> None:
    assert webp_widths(2000) == [480, 960, 1440]
    assert webp_widths(1200) == [480, 960, 1200]
    assert webp_widths(300) == [300]


@pytest.mark.parametrize("kind", ["JPEG", "PNG"])
def test_a_colour_profile_carrying_text_is_not_published_and_the_colours_stay(tmp_path: Path, kind: str) -> None:
    """The full-size photo kept its ICC profile byte for byte, free text appended to it included."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes() + b"Jeanne Secret 45.5017N"
    source, target = tmp_path / f"profil.{kind.lower()}", tmp_path / f"out.{kind.lower()}"
    Image.new("RGB", (40, 20), (138, 21, 56)).save(source, kind, icc_profile=profile)
    without_metadata(source, target)
    with Image.open(source) as original:
        assert b"Jeanne Secret" in original.info["icc_profile"]  # (compressed in a PNG's file)
    assert b"Jeanne Secret" not in target.read_bytes()
    with Image.open(target) as published:
        assert "icc_profile" not in published.info
        assert all(abs(a - b) <= 6 for a, b in zip(published.convert("RGB").getpixel((5, 5)), (138, 21, 56)))


def _red_and_blue_swapped() -> bytes:
    """An sRGB profile whose red and blue primaries are swapped: what it calls red, sRGB calls blue."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    tags = {bytes(data[132 + 12 * i:136 + 12 * i]): 132 + 12 * i for i in range(int.from_bytes(data[128:132], "big"))}
    red, blue = tags[b"rXYZ"], tags[b"bXYZ"]
    data[red + 4:red + 12], data[blue + 4:blue + 12] = data[blue + 4:blue + 12], data[red + 4:red + 12]
    return bytes(data)


def test_a_photo_with_a_colour_profile_shows_the_same_srgb_colours_in_every_published_file(tmp_path: Path) -> None:
    """The WebP sizes (what browsers show) and the republished original are both turned into sRGB, untagged."""
    source = tmp_path / "profil.jpg"
    Image.new("RGB", (600, 400), (220, 20, 20)).save(source, "JPEG", quality=95, icc_profile=_red_and_blue_swapped())
    without_metadata(source, tmp_path / "original.jpg")
    _, _, sizes = publish_sizes(source, tmp_path / "sizes")
    with Image.open(tmp_path / "original.jpg") as original:
        expected = original.convert("RGB").getpixel((300, 200))
    assert expected[2] > 150 and expected[0] < 80, "the profile's red is sRGB's blue"
    for _, name in sizes:
        with Image.open(tmp_path / "sizes" / name) as webp:
            assert "icc_profile" not in webp.info
            shown = webp.convert("RGB").getpixel((webp.width // 2, webp.height // 2))
            assert sum(abs(a - b) for a, b in zip(shown, expected)) < 30, (name, shown, expected)


@pytest.mark.parametrize("size", [(2000, 2), (16000, 1), (3000, 5)])
def test_a_thin_photo_gets_every_size_at_least_one_pixel_high(tmp_path: Path, size: tuple[int, int]) -> None:
    """Red team 10 (F12): a divider line of 2000 × 2 px rounded its 480-px size to 0 px high: Pillow's ValueError
    stopped the build, blamed on the page, not the photo."""
    source = tmp_path / "trait.png"
    Image.new("RGB", size, (20, 20, 20)).save(source, "PNG")
    width, height, sizes = publish_sizes(source, tmp_path / "sizes")
    assert (width, height) == size and [w for w, _ in sizes] == webp_widths(size[0])
    for expected, name in sizes:
        with Image.open(tmp_path / "sizes" / name) as webp:
            assert webp.width == expected and webp.height >= 1


def test_nothing_is_published_under_a_photos_transparent_pixels(tmp_path: Path) -> None:
    """An area « erased » to transparency keeps its colours in many editors' files (red team 12, H1): neither the
    republished original nor its WebP sizes keep them."""
    source = tmp_path / "schema.png"
    photo = Image.new("RGBA", (800, 300), (20, 120, 60, 255))
    photo.paste((255, 0, 0, 0), (200, 100, 600, 200))  # erased: transparent, its red kept
    photo.save(source)
    without_metadata(source, tmp_path / "published.png")
    with Image.open(tmp_path / "published.png") as published:
        hidden = [pixel for pixel in published.convert("RGBA").get_flattened_data() if pixel[3] == 0]
    assert hidden and set(hidden) == {(0, 0, 0, 0)}
    _, _, sizes = publish_sizes(source, tmp_path / "sizes")
    for _, name in sizes:
        with Image.open(tmp_path / "sizes" / name) as size:
            assert not [p for p in size.convert("RGBA").get_flattened_data() if p[3] == 0 and p[0] > 128 and p[1] < 64], name


def _grey(value: int) -> Image.Image:
    return Image.new("I;16", (120, 80), value)


def _keyed_grey() -> Image.Image:
    photo = _grey(20000)
    photo.paste(_grey(1000).crop((0, 0, 60, 80)), (0, 0))
    photo.info["transparency"] = 1000
    return photo


# Each mode a JPEG or PNG opens in (Pillow), drawn in one colour, and that colour as a browser shows it (RGB, and
# the share of fully transparent pixels).
MODES = [
    ("grey-16-bit.png", lambda: _grey(20000), (78, 78, 78), 0),  # red team 13 C1: published pure white
    ("grey-16-bit-keyed.png", _keyed_grey, (78, 78, 78), 0.5),
    ("grey.png", lambda: Image.new("L", (120, 80), 78), (78, 78, 78), 0),
    ("black-and-white.png", lambda: Image.new("1", (120, 80), 0), (0, 0, 0), 0),
    ("palette.png", lambda: Image.new("RGB", (120, 80), (200, 30, 60)).convert("P"), (200, 30, 60), 0),
    ("grey-alpha.png", lambda: Image.new("LA", (120, 80), (78, 255)), (78, 78, 78), 0),
    ("colour-alpha.png", lambda: Image.new("RGBA", (120, 80), (200, 30, 60, 255)), (200, 30, 60), 0),
    ("print.jpg", lambda: Image.new("CMYK", (120, 80), (0, 200, 150, 50)), (205, 44, 84), 0),
    ("grey.jpg", lambda: Image.new("L", (120, 80), 78), (78, 78, 78), 0),
]


@pytest.mark.parametrize(("name", "draw", "colour", "transparent"), MODES, ids=[mode[0] for mode in MODES])
def test_every_kind_of_photo_is_published_in_its_own_colours(tmp_path: Path, name: str, draw, colour: tuple,
                                                             transparent: float) -> None:
    """The republished original and each WebP size show the photo's colour (within JPEG's and WebP's rounding),
    whatever mode the file is in: a 16-bit grey scan was published as a white rectangle, silently."""
    source = tmp_path / name
    photo = draw()
    photo.save(source, **({"transparency": photo.info["transparency"]} if "transparency" in photo.info else {}))
    _, _, sizes = publish_sizes(source, tmp_path / "site")
    without_metadata(source, tmp_path / "site" / name)
    for published in [tmp_path / "site" / name, *(tmp_path / "site" / file for _, file in sizes)]:
        with Image.open(published) as opened:
            assert not opened.mode.startswith(("I", "F")), published.name  # what a browser shows as it is
            rgba = opened.convert("RGBA")
        shown = [pixel for pixel in rgba.get_flattened_data() if pixel[3] == 255]
        assert abs(1 - len(shown) / (rgba.width * rgba.height) - transparent) < 0.02, published.name
        mean = [sum(pixel[channel] for pixel in shown) / len(shown) for channel in range(3)]
        assert all(abs(m - c) <= 3 for m, c in zip(mean, colour)), (published.name, mean)


def test_a_jpeg_holding_a_second_picture_is_published_as_its_first_alone(tmp_path: Path) -> None:
    """Red team 15 F2: the photo of a camera's JPEG with a preview, or a phone's with an HDR gain map, is published
    as a plain JPEG of its first picture (the second, and the MPF index, left out), and in its WebP sizes."""
    source = tmp_path / "appareil.jpg"
    mpo_jpeg(source, (1200, 800))
    without_metadata(source, tmp_path / "publiee.jpg")
    with Image.open(tmp_path / "publiee.jpg") as published:
        assert (published.format, getattr(published, "n_frames", 1), published.size) == ("JPEG", 1, (1200, 800))
        assert "mp" not in published.info and 0xB000 not in published.getexif()  # no MPF
        assert max(abs(a - b) for a, b in zip(published.getpixel((600, 400)), (138, 21, 56))) < 8
    width, height, sizes = publish_sizes(source, tmp_path / "tailles")
    assert (width, height) == (1200, 800) and [w for w, _ in sizes] == webp_widths(1200)


@pytest.mark.parametrize("damage", [truncated_jpeg, with_bad_exif_tag, broken_chunk_png], ids=lambda d: d.__name__)
def test_a_photo_damaged_after_the_gate_is_named_by_its_path_in_french(tmp_path: Path, damage) -> None:
    """Publishing reads a photo the gate has decoded (pcv/checks/docs_files.py); one changed meanwhile still gets a
    French problem naming its path in the project, never our code or the page (red team 15 F1, F5)."""
    source = tmp_path / "photo.jpg"
    damage(source)
    shown = "docs/fr/images/photo.jpg"
    for publish in (lambda: publish_sizes(source, tmp_path / "tailles", shown),
                    lambda: without_metadata(source, tmp_path / "publiee.jpg", shown)):
        with pytest.raises(PluginError) as raised:
            publish()
        assert str(raised.value).startswith(f"{shown} : cette photo ne peut pas être lue en entier"), raised.value


def test_a_16_bit_grey_with_a_transparent_grey_costs_what_an_8_bit_one_does(tmp_path: Path) -> None:
    """Red team 15 F6: the transparent grey (tRNS) of a 16-bit scan was found by a Python loop over every pixel (a
    40-megapixel scan: almost 4 minutes, 2.4 GB). Now a table lookup in Pillow: about the cost of the same photo
    saved in 8 bits with its transparency."""
    keyed, plain = tmp_path / "scan-16.png", tmp_path / "scan-8.png"
    scan = Image.new("I;16", (3000, 2000), 3000)
    scan.paste(Image.new("I;16", (1000, 2000), 1234), (0, 0))
    scan.save(keyed, transparency=1234)
    eight = Image.new("LA", (3000, 2000), (12, 255))
    eight.paste((5, 0), (0, 0, 1000, 2000))
    eight.save(plain)
    def cost(source: Path) -> float:  # the least of two runs: the code's cost, not the machine's moments
        return min(in_this_thread(lambda: without_metadata(source, tmp_path / "published.png"))[1] for _ in range(2))
    keyed_cost, plain_cost = cost(keyed), cost(plain)
    assert keyed_cost < 2 * plain_cost, (keyed_cost, plain_cost)
    without_metadata(keyed, tmp_path / "keyed.png")
    with Image.open(tmp_path / "keyed.png") as published:
        alpha = published.convert("RGBA").getchannel("A")
        assert (alpha.getpixel((10, 10)), alpha.getpixel((2000, 10))) == (0, 255)


def test_a_photo_is_named_by_its_path_in_the_project_even_as_the_other_languages_copy(tmp_path: Path) -> None:
    """Messages name « docs/fr/images/x.jpg », from the docs folder, or from the language folder when static-i18n gives
    the file none (a page of the other language showing the first language's photo)."""
    source = tmp_path / "docs" / "fr" / "images" / "atelier.jpg"
    assert shown_name(source, tmp_path / "docs") == "docs/fr/images/atelier.jpg"
    assert shown_name(source, None) == "docs/fr/images/atelier.jpg"


def _photo_at(path: Path, colour: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1200, 800), colour).save(path)


def test_a_shared_photo_and_a_photo_of_the_language_named_alike_are_refused_at_the_image(tmp_path: Path) -> None:
    """Red team 15 F7: the first language's t.jpg, shown by an English page (the editor keeps one copy), and the
    English folder's own t.png are published in the same folder: their WebP sizes were the same files, and the English
    page showed the French photo in place of its own, silently. Refused at the image's line, both files named, by the
    checks (`make check` too)."""
    from pcv.checks.page_text import text_problems
    from pcv.pages.markdown import read_page
    docs = tmp_path / "docs"
    _photo_at(docs / "fr" / "images" / "t.jpg", "red")
    _photo_at(docs / "en" / "images" / "t.png", "blue")
    page_file = docs / "en" / "essai.md"
    page_file.write_text("---\ntitle: Test\n---\n\nText.\n\n![A red test photo](images/t.jpg)\n", encoding="utf-8")
    problems = [p for p in text_problems(read_page(page_file, "en", "essai.md")[0], None, docs)]
    assert [(p.file, p.line, p.column) for p in problems] == [("docs/en/essai.md", 7, 1)], problems
    assert "docs/fr/images/t.jpg" in problems[0].message and "docs/en/images/t.png" in problems[0].message
    assert "l'une montrerait l'autre" in problems[0].message
    (docs / "en" / "images" / "t.png").rename(docs / "en" / "images" / "u.png")
    assert list(text_problems(read_page(page_file, "en", "essai.md")[0], None, docs)) == []


def test_two_photos_whose_webp_sizes_would_be_the_same_files_stop_the_build_naming_both(tmp_path: Path) -> None:
    """The last word, whatever path leads two photos into one published folder: the first to write a name's WebP
    sizes keeps them; another photo of that name is a French problem naming both, never the other's WebP shown."""
    import markdown
    from mkdocs.structure.files import File, Files
    from pcv.publishing.photos import PhotoExtension
    docs, site = tmp_path / "docs", tmp_path / "site"
    _photo_at(docs / "fr" / "images" / "t.jpg", "red")
    _photo_at(docs / "en" / "images" / "t.png", "blue")
    shared = File("en/images/t.jpg", str(docs), str(site), True)
    shared.abs_src_path = str(docs / "fr" / "images" / "t.jpg")  # as share_photos gives it (pcv/build/setup_steps.py)
    own = File("en/images/t.png", str(docs), str(site), True)
    photos = PhotoExtension()
    photos.files = Files([shared, own])
    photos.page = type("Page", (), {"url": "en/"})()
    converter = markdown.Markdown(extensions=[photos])
    assert "<picture>" in converter.convert("![A red photo](images/t.jpg)")
    with pytest.raises(PluginError) as raised:
        converter.reset().convert("![A blue photo](images/t.png)")
    assert str(raised.value).startswith("docs/en/images/t.png et docs/fr/images/t.jpg ont le même nom à l'extension "
                                        "près"), raised.value


@pytest.mark.parametrize("orientation", [1, 6])
def test_a_photo_shown_again_is_not_decoded_again(tmp_path: Path, orientation: int) -> None:
    """Red team 15 F6: each page showing a photo decoded and converted it again, its WebP sizes already written. The
    second time costs a header's reading, and says the same size (turned by its EXIF orientation, 6: a quarter)."""
    source = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.effect_noise((3000, 2000), 40).convert("RGB").save(source, "JPEG", exif=exif)
    first = publish_sizes(source, tmp_path / "site")
    again, again_cost = in_this_thread(lambda: publish_sizes(source, tmp_path / "site"))
    assert again == first and first[:2] == ((3000, 2000) if orientation == 1 else (2000, 3000))
    def decode() -> None:
        with Image.open(source) as photo:
            photo.load()
    decode_cost = min(in_this_thread(decode)[1] for _ in range(2))
    assert again_cost < decode_cost / 3, (again_cost, decode_cost)
