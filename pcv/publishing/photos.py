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

import os

import posixpath
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from PIL import Image

from pcv.data.models import LANGUAGES
from pcv.pages.links import file_part
from pcv.pages.photo_types import PHOTO_SUFFIXES
from pcv.publishing.photo_pixels import upright_in_srgb, upright_size

WIDTHS = (480, 960, 1440)
# The photo's width on screen: the text column (about 40rem) on wide screens, the window on phones.
SIZES = "(min-width: 60em) 40rem, 100vw"
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


def shown_name(source: Path, docs_dir: str | Path | None) -> str:
    """The photo as staff find it in the project (« docs/fr/images/atelier.jpg »), for messages. Without `docs_dir`
    (a language's copy of the other's photo has none: static-i18n), from the language folder in its path."""
    try:
        if docs_dir:
            return source.resolve().relative_to(Path(docs_dir).resolve().parent).as_posix()
        language = next(folder for folder in source.parents if folder.name in LANGUAGES)
        return source.relative_to(language.parent.parent).as_posix()
    except (OSError, ValueError, StopIteration):
        return source.as_posix()


def _unreadable(shown: str, exc: Exception) -> PluginError:
    """The French problem for a photo that cannot be read (the docs-files gate names it first, pcv/checks/docs_files.py:
    this is for a file changed during the build); Pillow's words only as a detail."""
    return PluginError(f"{shown} : cette photo ne peut pas être lue en entier (fichier abîmé, coupé, ou informations "
                       "EXIF abîmées). Ouvrez-la dans un logiciel d'images et enregistrez-la de nouveau en JPEG "
                       f"(détail technique : {type(exc).__name__} : {str(exc)[:120]}).")


def publish_sizes(source: Path, target_dir: Path, shown: str | None = None) -> tuple[int, int, list[tuple[int, str]]]:
    """Write `source`'s WebP sizes into `target_dir` (only those older than the source);
    the photo's width and height, and (width, file name) of each size. `shown`: the photo's name in messages.
    The photo is decoded only when a size is to be written: a photo shown on several pages is read once per folder."""
    shown = shown or source.as_posix()
    try:
        with Image.open(source) as opened:
            width, height = upright_size(opened)
            sizes = [(w, f"{source.stem}-{w}.webp") for w in webp_widths(width)]
            stale = [(w, name) for w, name in sizes if _older_than(target_dir / name, source)]
            photo = upright_in_srgb(opened) if stale else None
    except Exception as exc:  # noqa: BLE001 (OSError, SyntaxError, struct.error…: whatever Pillow raises, the file's)
        raise _unreadable(shown, exc) from None
    target_dir.mkdir(parents=True, exist_ok=True)
    for w, name in stale:
        h = max(1, round(photo.height * w / photo.width))  # a divider line 2000 × 2: still 1 px
        try:
            photo.resize((w, h), Image.Resampling.LANCZOS).save(target_dir / name, "WEBP", quality=WEBP_QUALITY)
        except (OSError, ValueError) as exc:  # the photo is named, never the page or our code
            raise PluginError(f"{shown} : cette photo ne peut pas être réduite à {w} pixels de large "
                              f"({exc}). Enregistrez-la de nouveau en JPEG, à une taille ordinaire.") from None
    return width, height, sizes


def _older_than(target: Path, source: Path) -> bool:
    """`target` is missing or older than `source`."""
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def publish_originals(files: Files, docs_dir: Path) -> None:
    """Each photo among `files` that staff put in `docs_dir`, published again from its pixels only: no EXIF,
    XMP or comment (the theme's own images, such as the share images, keep what the build wrote in them)."""
    for file in files.media_files():
        source = Path(file.abs_src_path or docs_dir.parent)
        if (file.src_uri.lower().endswith(PHOTO_SUFFIXES) and source.resolve().is_relative_to(docs_dir.resolve())
                and Path(file.abs_dest_path).exists()):
            without_metadata(source, Path(file.abs_dest_path), shown_name(source, docs_dir))


def without_metadata(source: Path, target: Path, shown: str | None = None) -> None:
    """`source` written to `target` in its own format, turned upright, its colours turned into sRGB (what browsers
    assume) and nothing else kept: a colour profile can carry free text, as a camera's or an editor's. A JPEG
    holding a second picture (MPF: a camera's preview, a phone's HDR gain map) is published as its first, the photo
    every viewer shows. `shown`: the photo's name in messages."""
    try:
        with Image.open(source) as opened:
            kind, clean = opened.format, upright_in_srgb(opened)
    except Exception as exc:  # noqa: BLE001 (whatever Pillow raises for a damaged file is the file's)
        raise _unreadable(shown or source.as_posix(), exc) from None
    clean.info = {key: value for key, value in clean.info.items() if key == "transparency"}
    try:
        if kind in ("JPEG", "MPO"):
            clean.save(target, "JPEG", quality=90)
        else:
            clean.save(target, "PNG", optimize=True)
    except (OSError, ValueError) as exc:
        raise PluginError(f"{shown or source.as_posix()} : cette photo ne peut pas être enregistrée de nouveau "
                          f"({exc}). Enregistrez-la de nouveau en JPEG, à une taille ordinaire.") from None


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
        src = file_part(img.get("src", ""))  # (« a.jpg?v=2 » is a.jpg: red team 21 L1, it was published unsized)
        if page is None or files is None or "://" in src or not src.lower().endswith(PHOTO_SUFFIXES):
            return None
        folder = page.url if page.url.endswith("/") else posixpath.dirname(page.url)
        url = posixpath.normpath(posixpath.join(folder, src))
        return next((f for f in files.media_files() if f.url == url), None)

    def _replace(self, parent: etree.Element, img: etree.Element, file: File, lazy: bool) -> None:
        source = Path(file.abs_src_path)
        shown = shown_name(source, file.src_dir)
        # Each published folder's WebP sizes are one photo's: two photos named alike but for the extension (a
        # language's own and the first language's it shows, red team 15 F7) would share them, one showing the other.
        # The checks refuse it first (pcv/checks/docs_files.py, pcv/checks/page_text.py); this is the last word.
        claimed = self.extension.sizes_of.setdefault((Path(file.abs_dest_path).parent, source.stem.casefold()), source)
        if os.path.realpath(claimed) != os.path.realpath(source):
            raise PluginError(f"{shown} et {shown_name(claimed, file.src_dir)} ont le même nom à l'extension près et "
                              "seraient publiées dans le même dossier : leurs versions pour le web seraient les mêmes "
                              "fichiers, et l'une montrerait l'autre. Renommez l'une des deux (et ses liens).")
        width, height, sizes = publish_sizes(source, Path(file.abs_dest_path).parent, shown)
        img.set("src", file_part(img.get("src")))
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
        # (published folder, name without extension, case-folded) -> the one photo whose WebP sizes are there
        self.sizes_of: dict[tuple[Path, str], Path] = {}

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        # Priority below MkDocs' relative-path processor (0): image addresses are final by then.
        md.treeprocessors.register(PhotoTreeprocessor(md, self), "pcv_photos", -10)
