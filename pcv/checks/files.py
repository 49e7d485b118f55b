"""Checks of the files themselves under docs/, data/ and overrides/: only the project's own, only regular files
(pcv/data/file_kind.py), one name per file whatever the case, names that fit in an address.

A symbolic link would publish a file from anywhere on the machine; two names
equal but for case are one file on Windows and macOS, and one address on
most servers. Control characters inside pages and data are refused where
they are read (pcv/data/yaml_source.py, `decoded_text`).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from pcv.data.file_kind import not_a_file
from pcv.data.loading import DATA_FILES
from pcv.data.map_shapes import MAP_FILE
from pcv.problems import Problem

FOLDERS = ("docs", "data", "overrides")
_UNSAFE_IN_NAME = re.compile(r"[\x00-\x1f\x7f\"'<>&`\\]")
_ADDRESS_NAME = re.compile(r"[\w.-]+")  # what an address under docs/ holds as typed: letters, digits, _ . -
MAX_NAME_BYTES = 200  # a file system's 255 bytes, less what the build adds to a photo's name (« -1440.webp »)


def file_problems(root: Path) -> Iterator[Problem]:
    """Symbolic links, what is not a regular file, names equal but for case or Unicode form, names with accents not
    composed (NFC), and names an address cannot hold, under `FOLDERS` (under docs/, only letters, digits, "_", "." and "-",
    `MAX_NAME_BYTES` at most)."""
    for folder in FOLDERS:
        seen: dict[str, str] = {}
        for directory, subfolders, names in os.walk(root / folder):  # does not enter linked folders
            files = set(names)
            for name in sorted(subfolders + names):
                path = Path(directory) / name
                shown = path.relative_to(root).as_posix()
                if path.is_symlink():
                    yield Problem(shown, None, None,
                        f"c'est un lien symbolique (vers {os.readlink(path)}) : le site ne publie que les fichiers "
                        "du projet lui-même. Remplacez-le par une copie du fichier, ou supprimez-le.")
                elif name in files and (why := not_a_file(path)):  # a named pipe, a socket, a device: never opened
                    yield Problem(shown, None, None, f"{why}.")
                same = unicodedata.normalize("NFC", shown).casefold()
                if same in seen:
                    yield Problem(shown, None, None,
                        f"ce nom et « {seen[same]} » ne diffèrent que par les majuscules ou la façon d'écrire les "
                        "accents : sur Windows et macOS ce serait le même fichier, et la même adresse sur le site. "
                        "Renommez ou supprimez l'un des deux.")
                elif name != unicodedata.normalize("NFC", name):
                    yield Problem(unicodedata.normalize("NFC", shown), None, None,
                        "ce nom écrit ses accents en deux caractères (une lettre puis l'accent, comme macOS le fait "
                        "parfois) : le menu et les liens, tapés au clavier, ne le trouveraient pas. Renommez le "
                        "fichier en retapant son nom, ou sans accent.")
                seen.setdefault(same, shown)
                if bad := _UNSAFE_IN_NAME.search(name):
                    shown_char = repr(bad.group())[1:-1] if not bad.group().isprintable() else bad.group()
                    yield Problem(shown, None, None,
                        f"le nom contient « {shown_char} », qu'une adresse du site ne peut pas contenir. Renommez-le "
                        "avec des lettres, des chiffres et des tirets.")
                elif folder == "docs" and not _ADDRESS_NAME.fullmatch(unicodedata.normalize("NFC", name)):
                    char = re.search(r"[^\w.-]", unicodedata.normalize("NFC", name)).group()
                    yield Problem(shown, None, None,
                        f"le nom contient {'une espace' if char.isspace() else f'« {char} »'} : l'adresse du site "
                        f"l'écrirait en code ({''.join(f'%{byte:02X}' for byte in char.encode())}…), et un lien tapé tel quel ne la trouverait pas. "
                        f"Renommez-le « {_renamed(name)} » (lettres, chiffres, tirets), et changez ses liens et "
                        "sa ligne du menu.")
                elif folder == "docs" and len(name.encode()) > MAX_NAME_BYTES:  # red team 22 C38
                    yield Problem(shown, None, None,
                        f"nom trop long ({len(name)} signes) : le site en fait des noms plus longs encore (« -1440.webp » "
                        "pour une photo), que le disque refuserait. Raccourcissez-le à 200 signes au plus (une lettre "
                        "accentuée compte double), et changez-le dans les pages qui l'affichent ou le menu.")


def data_file_problems(data_dir: Path) -> Iterator[Problem]:
    """Each file under `data_dir` that the build does not read (a data file saved under another name, a note…):
    what it holds would appear nowhere, without a word."""
    read = {*(f"{stem}.yaml" for stem in DATA_FILES), MAP_FILE}
    for file in sorted(data_dir.rglob("*")):
        relative = file.relative_to(data_dir).as_posix()
        if file.is_file() and not any(part.startswith(".") for part in file.relative_to(data_dir).parts) \
                and relative not in read:
            yield Problem(f"data/{relative}", None, None, "le site ne lit pas ce fichier : ce qu'il contient "
                          f"n'apparaîtrait nulle part. Les données vont dans {', '.join(sorted(read - {MAP_FILE}))} "
                          "(dans data/) ; renommez-le, déplacez son contenu dans l'un d'eux, ou retirez-le.")


def _renamed(name: str) -> str:
    """`name` as addresses are written: its words in lower case without accents, one "-" between them, never at an end
    ("Photo été 2.JPG" -> "photo-ete-2.jpg", "IMG_4521 (1).jpg" -> "img-4521-1.jpg": STAFF11 H5, H6)."""
    stem, dot, suffix = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    return "-".join(_words(stem)) + dot + "".join(_words(suffix))


def _words(text: str) -> list[str]:
    """The words of `text`, lower-case, without accents, ligatures spelled out (as the web editor names an upload:
    pcv/editor/photo_uploads.js); any other sign parts two words (« l’été » -> l, ete)."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return re.findall(r"[a-z0-9]+", "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))
