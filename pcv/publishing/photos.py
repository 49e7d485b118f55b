"""Photos that staff put in the pages, published for phones: responsive WebP sizes.

A photo is a standard Markdown image of a JPEG or PNG file saved in docs/
beside the page, `![what it shows](images/photo.jpg)`; its alt text is
checked with the page's text (pcv/checks/page_text.py). `PhotoExtension`
turns each such <img> into

    <picture>
      <source type="image/webp" srcset="photo-480.webp 480w, photo-960.webp 960w" sizes="…">
      <img src="photo.jpg" alt="…" width="1200" height="800" decoding="async" loading="lazy">
    </picture>

and writes the WebP files beside the published original (the fallback),
which `publish_originals` writes again without its metadata (GPS position,
camera serial number, author: a phone puts them in every photo):
480, 960 and 1440 px wide, never wider than the original. Width and height
keep the layout still while the photo loads; a photo below the page's first
section heading (h2) loads lazily, one above it (the first screen) at once.
The build (pcv/build/) registers the extension per run and tells it the page being rendered.

The web editor keeps one copy of each photo, in the first language's folder
(docs/fr/images/, pcv/editor/config.py): a page of another language that
links to `images/photo.jpg` where its own folder has no such file shows the
first language's (`shared_photo`), published at that language's address.
"""

from __future__ import annotations

import io

import posixpath
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from pcv.data.models import LANGUAGES

WIDTHS = (480, 960, 1440)
# The photo's width on screen: the text column (about 40rem) on wide screens, the window on phones.
SIZES = "(min-width: 60em) 40rem, 100vw"
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
WEBP_QUALITY = 80


def shared_photo(docs_dir: Path, lang: str, path: str) -> Path | None:
    """The photo a page in `lang` shows at `path` (relative to the language folders) when its own folder has
    none there: the first language's, or None (no such photo, or `lang`'s own file is there)."""
    first = docs_dir / LANGUAGES[0]
    source = first / path
    if lang == LANGUAGES[0] or not path.lower().endswith(PHOTO_SUFFIXES) or (docs_dir / lang / path).exists():
        return None
    try:
        return source if source.is_file() and source.resolve().is_relative_to(first.resolve()) else None
    except (OSError, ValueError):  # a name too long for the system, a NUL…
        return None


def webp_widths(width: int) -> list[int]:
    """The widths to publish for a photo `width` pixels wide: the standard ones, none wider than the photo
    (a photo narrower than the widest is also published at its own width)."""
    widest = min(width, WIDTHS[-1])
    return [w for w in WIDTHS if w < widest] + [widest]


def publish_sizes(source: Path, target_dir: Path) -> tuple[int, int, list[tuple[int, str]]]:
    """Write `source`'s WebP sizes into `target_dir` (only those older than the source);
    the photo's width and height, and (width, file name) of each size."""
    try:
        with Image.open(source) as opened:
            photo = _upright_in_srgb(opened)
    except (OSError, UnidentifiedImageError) as exc:
        raise PluginError(f"{source.name} : ce fichier n'est pas une photo lisible (JPEG ou PNG) : {exc}. "
                          "Enregistrez-la de nouveau en JPEG.") from None
    sizes = []
    target_dir.mkdir(parents=True, exist_ok=True)
    for width in webp_widths(photo.width):
        name = f"{source.stem}-{width}.webp"
        target = target_dir / name
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            height = max(1, round(photo.height * width / photo.width))  # a divider line 2000 × 2: still 1 px
            try:
                photo.resize((width, height), Image.Resampling.LANCZOS).save(target, "WEBP", quality=WEBP_QUALITY)
            except (OSError, ValueError) as exc:  # the photo is named, never the page or our code
                raise PluginError(f"{source.name} : cette photo ne peut pas être réduite à {width} pixels de large "
                                  f"({exc}). Enregistrez-la de nouveau en JPEG, à une taille ordinaire.") from None
        sizes.append((width, name))
    return photo.width, photo.height, sizes


def publish_originals(files: Files, docs_dir: Path) -> None:
    """Each photo among `files` that staff put in `docs_dir`, published again from its pixels only: no EXIF,
    XMP or comment (the theme's own images, such as the share images, keep what the build wrote in them)."""
    for file in files.media_files():
        source = Path(file.abs_src_path or docs_dir.parent)
        if (file.src_uri.lower().endswith(PHOTO_SUFFIXES) and source.resolve().is_relative_to(docs_dir.resolve())
                and Path(file.abs_dest_path).exists()):
            without_metadata(source, Path(file.abs_dest_path))


def without_metadata(source: Path, target: Path) -> None:
    """`source` written to `target` in its own format, turned upright, its colours turned into sRGB (what browsers
    assume) and nothing else kept: a colour profile can carry free text, as a camera's or an editor's."""
    with Image.open(source) as opened:
        kind, clean = opened.format, _upright_in_srgb(opened)
    clean.info = {key: value for key, value in clean.info.items() if key == "transparency"}
    if kind == "JPEG":
        clean.save(target, "JPEG", quality=90)
    else:
        clean.save(target, "PNG", optimize=True)


def _upright_in_srgb(opened: Image.Image) -> Image.Image:
    """The pixels of `opened` turned upright (EXIF orientation) and into sRGB, as every published file shows them:
    the original republished and its WebP sizes alike; nothing kept under its fully transparent pixels."""
    profile = opened.info.get("icc_profile")
    upright = _in_eight_bits(ImageOps.exif_transpose(opened).copy())
    return _without_hidden_colours(_in_srgb(upright, profile) if profile else upright)


def _in_eight_bits(photo: Image.Image) -> Image.Image:
    """A 16-bit grey photo (what scanners and some editors save: Pillow's modes « I;16 », « I ») as 8-bit grey, each
    value scaled: Pillow's own conversion clips every value above 255 to white. Its transparent grey (PNG's tRNS),
    if any, becomes an alpha channel."""
    if not photo.mode.startswith("I"):
        return photo
    values = photo.convert("I")
    grey = values.point(lambda value: value * (1 / 257)).convert("L")
    key = photo.info.get("transparency")
    if not isinstance(key, int):
        return grey
    alpha = Image.new("L", photo.size)
    alpha.putdata([0 if value == key else 255 for value in values.get_flattened_data()])
    grey.putalpha(alpha)
    return grey


def _without_hidden_colours(photo: Image.Image) -> Image.Image:
    """`photo` with the colours under its fully transparent pixels set to transparent black: an area « erased »
    to transparency keeps its colours in many editors' files, and dropping the transparency would show it."""
    if photo.mode not in ("RGBA", "LA", "PA") and "transparency" not in photo.info:
        return photo
    rgba = photo.convert("RGBA")
    rgba.info.pop("transparency", None)
    hidden = rgba.getchannel("A").point(lambda alpha: 255 if alpha == 0 else 0)
    rgba.paste((0, 0, 0, 0), mask=hidden)
    return rgba


def _in_srgb(photo: Image.Image, profile: bytes) -> Image.Image:
    """`photo`'s pixels converted from its colour `profile` to sRGB; as they are if the profile cannot be read."""
    try:
        mode = "RGBA" if photo.mode in ("RGBA", "LA", "PA") else "RGB"
        return ImageCms.profileToProfile(photo, ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                         ImageCms.createProfile("sRGB"), outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return photo


class PhotoTreeprocessor(Treeprocessor):
    """Each <img> of a published photo becomes a <picture> with its WebP sizes (runs after MkDocs has
    made image addresses relative to the page's own address)."""

    def __init__(self, md: Markdown, extension: PhotoExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        found, below_first_section = [], False
        for parent in root.iter():  # in document order
            below_first_section = below_first_section or parent.tag == "h2"
            for img in parent.findall("img"):
                file = self._photo(img)
                if file:
                    found.append((parent, img, file, below_first_section))
        for parent, img, file, lazy in found:
            self._replace(parent, img, file, lazy)

    def _photo(self, img: etree.Element) -> File | None:
        page, files = self.extension.page, self.extension.files
        src = img.get("src", "")
        if page is None or files is None or "://" in src or not src.lower().endswith(PHOTO_SUFFIXES):
            return None
        folder = page.url if page.url.endswith("/") else posixpath.dirname(page.url)
        url = posixpath.normpath(posixpath.join(folder, src))
        return next((f for f in files.media_files() if f.url == url), None)

    def _replace(self, parent: etree.Element, img: etree.Element, file: File, lazy: bool) -> None:
        width, height, sizes = publish_sizes(Path(file.abs_src_path), Path(file.abs_dest_path).parent)
        folder = posixpath.dirname(img.get("src"))
        picture = etree.Element("picture")
        picture.tail, img.tail = img.tail, None
        etree.SubElement(picture, "source", {
            "type": "image/webp", "sizes": SIZES,
            "srcset": ", ".join(f"{posixpath.join(folder, name)} {w}w" for w, name in sizes)})
        img.set("width", str(width))
        img.set("height", str(height))
        img.set("decoding", "async")
        if lazy:
            img.set("loading", "lazy")
        index = list(parent).index(img)
        parent.remove(img)
        picture.append(img)
        parent.insert(index, picture)


class PhotoExtension(Extension):
    """Markdown extension; `page` and `files` are those of the page being rendered (set by the build: pcv/build/page_steps.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.page: Page | None = None
        self.files: Files | None = None

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        # Priority below MkDocs' relative-path processor (0): image addresses are final by then.
        md.treeprocessors.register(PhotoTreeprocessor(md, self), "pcv_photos", -10)
