"""The gate of every file under docs/ that is not a page: only what a programme site needs is published.

MkDocs copies any file of docs/ to the site as is, and builds `.markdown`,
`.mdown`, `.mkd` files as pages that none of our checks read: an SVG or HTML
file holding a script would run at the site's own address. Here a page is a
`.md` file only, and the other files are photos (JPEG, PNG: re-encoded
without their metadata, pcv/publishing/photos.py); any other file is
refused with its name and what to do instead. PDF documents are refused
too: the programme's site needs none, and a PDF keeps what its reader does
not see (its author, review comments, form values, text under a redaction
never applied, older revisions), which no gate can take out soundly. A photo must be
readable to its last pixel, its EXIF (orientation) too, of a size a browser and WebP can take (a JPEG holding
a second picture, a camera's preview or a phone's HDR gain map, is the still photo it shows), and two photos may not
share a name but for the extension (their WebP sizes would be the same
files). No file may be written into a folder the site itself writes. A hidden file (« . » first) is not
published, as MkDocs does; a hidden page is named, as someone meant it for the site.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps

from pcv.data.models import LANGUAGES
from pcv.pages.markdown import is_hidden, not_a_page
from pcv.pages.photo_types import MAX_PIXELS, MAX_SIDE, PHONE_PHOTO_SUFFIXES, PHOTO_SUFFIXES, too_large
from pcv.problems import Problem

PAGE_SUFFIX = ".md"
PUBLISHED_SUFFIXES = (PAGE_SUFFIX, *PHOTO_SUFFIXES)
OTHER_PAGE_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd")  # MkDocs builds them as pages too
PHONE_PHOTO = ("C'est une photo d'iPhone (HEIC) : enregistrez-la en JPEG (sur l'iPhone, Réglages, Appareil photo, "
               "Formats, « Le plus compatible », ou exportez-la en JPEG), ajoutez le JPEG, puis ")
# Said to staff (STAFF9 F3): a file uploaded in the editor is deleted from its « Photos » tab, which they did not know.
REMOVE = ("retirez le fichier : dans l'éditeur, onglet « Photos » en haut de la page, cliquez sur le fichier puis sur "
          "« Supprimer les éléments sélectionnés » ; sinon, supprimez-le du dossier.")
MAX_BYTES = 20 * 1024 * 1024


def docs_file_problems(docs_dir: Path, reserved: set[str]) -> Iterator[Problem]:
    """Each file under `docs_dir` is a page or a photo, outside the `reserved` folders."""
    photos: dict[str, str] = {}
    for file in sorted(docs_dir.rglob("*")):
        relative = file.relative_to(docs_dir)
        name = f"{docs_dir.name}/{relative.as_posix()}"
        reason = not_a_page(relative.as_posix()) if file.suffix.lower() in (PAGE_SUFFIX, *OTHER_PAGE_SUFFIXES) else None
        if file.is_file() and reason:
            yield Problem(name, None, None, f"cette page ne serait pas publiée : {reason} (et dans le menu), ou "
                          "supprimez-la si c'est un brouillon.")
        if file.is_file() and not reason and not file.name.startswith(".") and is_hidden(relative.as_posix()):
            folder = next(part for part in relative.parts if part.startswith("."))  # red team 22 C08: said nothing
            yield Problem(name, None, None, f"ce fichier est dans un dossier caché (« {folder} » commence par « . ») : "
                          "le site ne le publie pas. S'il doit l'être, mettez-le dans un dossier de langue ("
                          f"{' ou '.join(f'{docs_dir.name}/{f}/' for f in LANGUAGES)}) ; sinon, supprimez-le.")
        if not file.is_file() or is_hidden(relative.as_posix()):
            continue  # MkDocs publishes no hidden file (.DS_Store, .gitkeep)
        suffix = file.suffix.lower()
        inside = relative.parts[1:]
        if relative.parts[0] not in LANGUAGES or not inside:
            yield Problem(name, None, None, f"ce fichier n'est dans aucun dossier de langue : chaque page ou photo "
                          f"va dans {' ou '.join(f'{docs_dir.name}/{f}/' for f in LANGUAGES)}. "
                          "Déplacez-le.")
        elif len(inside) > 1 and inside[0] in reserved:
            yield Problem(name, None, None, f"le dossier « {inside[0]} » est réservé au site (dossiers "
                          f"{', '.join(sorted(reserved))}) : un fichier ici remplacerait les siens. Déplacez-le "
                          "dans un autre dossier.")
        elif suffix in OTHER_PAGE_SUFFIXES:
            yield Problem(name, None, None, f"une page s'enregistre avec l'extension « .md », pas « {file.suffix} ». "
                          f"Renommez-la « {file.stem}.md ».")
        elif suffix == ".pdf":
            yield Problem(name, None, None, "le site ne publie pas de documents PDF : un PDF garde ce que son lecteur ne "
                          "voit pas (nom de l'auteur, commentaires de relecture, champs remplis, texte sous un "
                          "caviardage, versions précédentes). Mettez son contenu dans une page (.md) et ses images en "
                          "JPEG ou PNG, ou faites un lien vers le document publié ailleurs (par exemple sur le site de l'organisation).")
        elif suffix not in PUBLISHED_SUFFIXES:
            yield Problem(name, None, None, f"le site ne publie pas les fichiers « {file.suffix or file.name} » : "
                          f"seulement les pages ({PAGE_SUFFIX}) et les photos ({', '.join(PHOTO_SUFFIXES)}). "
                          + (PHONE_PHOTO if suffix in PHONE_PHOTO_SUFFIXES else "Enregistrez une image en PNG ou "
                             "JPEG, mettez un texte dans une page, ou ") + REMOVE)
        elif suffix == PAGE_SUFFIX and file.suffix != PAGE_SUFFIX:  # MkDocs would copy it as it is, not build it
            yield Problem(name, None, None, f"l'extension d'une page s'écrit « .md » en minuscules, pas "
                          f"« {file.suffix} » : sinon la page ne serait pas construite. Renommez-la « {file.stem}.md ».")
        elif suffix == PAGE_SUFFIX and "." in file.stem:
            yield Problem(name, None, None, f"le nom d'une page ne peut pas contenir de point (« {file.stem} ») : "
                          "il devient son adresse. Renommez-la avec des lettres, des chiffres et des tirets.")
        elif suffix in PHOTO_SUFFIXES:
            shared = (file.parent / file.stem).as_posix().casefold()
            if shared in photos:
                yield Problem(name, None, None, f"cette photo et « {photos[shared]} » ont le même nom à l'extension "
                              "près : leurs versions pour le web seraient les mêmes fichiers, et l'une montrerait "
                              "l'autre. Renommez l'une des deux.")
            photos.setdefault(shared, name)
            yield from _photo_problems(file, name)


def _photo_problems(file: Path, name: str) -> Iterator[Problem]:
    """The photo can be read, and its size is one a browser and WebP can take."""
    if file.stat().st_size > MAX_BYTES:
        yield Problem(name, None, None, f"photo trop lourde ({file.stat().st_size // (1024 * 1024)} Mio, au plus "
                      f"{MAX_BYTES // (1024 * 1024)}). Réduisez-la (2000 pixels de large suffisent) avant de l'ajouter.")
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as photo:
                width, height, kind = photo.width, photo.height, photo.format
                # A JPEG with an MPF second image (Pillow's « MPO »: a camera's preview, a phone's HDR gain map, the
                # second view of a 3D photo) shows its first in every viewer: a still photo, published as such.
                frames = 1 if photo.format == "MPO" else getattr(photo, "n_frames", 1)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        width, height, kind = 0, 0, "bomb"  # far more pixels than any photo needs
    except Exception:  # noqa: BLE001 (OSError, SyntaxError, struct.error…: whatever Pillow raises, the file's)
        yield Problem(name, None, None, "ce fichier n'est pas une photo lisible (JPEG ou PNG). Ouvrez-le dans un "
                      "logiciel d'images et enregistrez-le de nouveau en JPEG.")
        return
    if kind == "bomb":
        yield Problem(name, None, None, "photo beaucoup trop grande (des centaines de millions de pixels). "
                      "Réduisez-la (2000 pixels de large suffisent).")
    elif frames > 1:
        yield Problem(name, None, None, f"cette image est animée ({frames} images) : le site publie une photo fixe, "
                      "et n'en montrerait que la première. Enregistrez l'image voulue en JPEG ou en PNG fixe.")
    elif kind not in ("JPEG", "MPO", "PNG"):
        yield Problem(name, None, None, f"ce fichier est une image {kind}, pas une photo JPEG ou PNG comme son "
                      "extension le dit. Enregistrez-le de nouveau en JPEG.")
    elif width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        yield Problem(name, None, None, too_large(width, height) + ". Retirez sa ligne « ![…](images/…) » du texte "
                      "de la page, " + REMOVE + " Ajoutez ensuite la photo réduite (dans l'éditeur : « Insérer une "
                      "photo »).")
    else:
        yield from _decoding_problems(file, name)


def _decoding_problems(file: Path, name: str) -> Iterator[Problem]:
    """The photo decoded to its last pixel and turned upright by its EXIF orientation, as the build will publish it
    (pcv/publishing/photos.py): a file cut short, a damaged chunk, an EXIF tag of the wrong type is named here, with
    what to do, never left to stop the build on a page or in our code. Pillow raises many kinds of errors for a
    damaged file (OSError, SyntaxError, struct.error, ValueError…): each is this file's."""
    with Image.open(file) as photo:  # opened once already: its header is read
        try:
            photo.load()
        except Exception as exc:  # noqa: BLE001 (any failure to decode is the file's, see above)
            yield Problem(name, None, None, "cette photo ne peut pas être lue en entier : le fichier est abîmé ou "
                          "coupé (un envoi ou une copie interrompus, par exemple). Ouvrez-la dans un logiciel d'images "
                          "et enregistrez-la de nouveau en JPEG, ou reprenez la photo d'origine "
                          f"(détail technique : {_detail(exc)}).")
            return
        try:
            ImageOps.exif_transpose(photo)
        except Exception as exc:  # noqa: BLE001
            yield Problem(name, None, None, "les informations EXIF de cette photo (son orientation, son appareil) sont "
                          "abîmées : le site ne peut pas savoir dans quel sens la montrer. Ouvrez-la dans un logiciel "
                          "d'images et enregistrez-la de nouveau en JPEG, ou retirez-en les informations EXIF "
                          f"(détail technique : {_detail(exc)}).")


def _detail(exc: Exception) -> str:
    """Pillow's own words (in English), shortened: a hint for whoever helps, after the French explanation."""
    return f"{type(exc).__name__} : {str(exc)[:120]}"
