"""The links and images a page's text writes, read as Markdown reads them: across lines too.

`[texte](adresse)`, `![description](images/photo.jpg)` and a reference `[r]: adresse` may have their address on the
line after « ]( » or « ]: »: Markdown reads it there, and so must the checks (red team 17 F7: a photo's address on the
next line passed every check and stopped the build on MkDocs' English warning). Code is not read (it is shown as
typed); the lines are the file's, so a message names the line where the address is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from pathlib import Path

from pcv.pages.markdown import MarkdownPage

# Spaces, and at most one line break (a blank line ends a paragraph), as Markdown allows before an address.
_BEFORE = r"[ \t]*\n?[ \t]*"
# A link's or an image's address (group 1), or a reference's (group 2), not a footnote's (« [^1]: »).
_LINK = re.compile(rf"\]\({_BEFORE}<?([^)\s>]+)|^[ \t]{{0,3}}\[(?!\^)[^\]\n]+\]:{_BEFORE}<?([^\s>]+)", re.MULTILINE)
# An image's description goes on over lines of one paragraph, no further (and not past MAX_ALT signs: each « ![ »
# without its « ] » would otherwise read to the end of the page, in time growing with the square of their number).
MAX_ALT = 1000
_IMAGE = re.compile(rf"!\[((?:[^\]\n]|\n(?![ \t]*\n)){{0,{MAX_ALT}}})\]\({_BEFORE}<?([^)\s>]+)")


def file_part(address: str) -> str:
    """The file an address names, without its « ?… » and « #… » (« images/a.jpg?v=2 » -> « images/a.jpg »)."""
    return re.split(r"[#?]", address, maxsplit=1)[0]


def folder_advice(target: str, pages: Path, shared: str) -> str | None:
    """What to write for a link `target` to a folder of the language folder `pages` (`shared` from it), or None when
    it names none (red team 23 M8: « activites/ » was said to lead to a missing file, to add under docs/fr/activites)."""
    if shared.split("/")[0] == ".." or not (pages / shared).is_dir():
        return None
    typed = file_part(target)
    name = (f"« {typed.rstrip('/')}/index.md{target[len(typed):]} », la page de ce dossier"
            if (pages / shared / "index.md").is_file() else "celui d'une de ses pages")
    return (f"le lien « {target} » mène au dossier docs/{pages.name}/{shared}, pas à une page : un lien donne le nom "
            f"d'un fichier .md. Écrivez {name}.")


def prose(page: MarkdownPage) -> str:
    """The page's file with all but its prose blanked (the front matter and code blocks emptied, code spans as
    spaces): its lines are the file's."""
    lines = [""] * (page.text.count("\n") + 1)
    for number, line in page.prose_lines():
        lines[number - 1] = line
    return "\n".join(lines)


class _Places:
    """(line, column), 1-based, of an offset in a text."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def of(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def links(page: MarkdownPage) -> Iterator[tuple[int, int, str]]:
    """(line, column, address) of each link, image and reference of the page's text, where its address is written."""
    text = prose(page)
    places = _Places(text)
    for match in _LINK.finditer(text):
        group = 1 if match.group(1) else 2
        yield *places.of(match.start(group)), match.group(group)


def images(page: MarkdownPage) -> Iterator[tuple[int, int, str, str]]:
    """The page's Markdown images: (line, column of « ![ », alt text, file)."""
    text = prose(page)
    places = _Places(text)
    for match in _IMAGE.finditer(text):
        yield *places.of(match.start()), " ".join(match.group(1).split()), match.group(2)
