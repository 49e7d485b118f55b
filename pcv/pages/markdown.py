"""Read the Markdown pages of docs/<lang>/: front matter, body, and which lines are prose.

Front matter is read as MkDocs reads it (a YAML block between two `---`
lines), but a block MkDocs would silently show as text is reported instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pcv.data.models import LANGUAGES
from pcv.data.yaml_source import UnreadableYaml, decoded_text, parse_yaml
from pcv.pages.figures import as_written
from pcv.pages.page_header import header_problem
from pcv.problems import Problem

MAX_BYTES = 1024 * 1024
# Python-Markdown takes time growing with the square of some inputs (unclosed "<" anywhere in a
# page, unmatched "[" in a paragraph): within these limits a page takes it seconds at most.
MAX_LINE = 5000  # characters
MAX_COUNTS = {"<": 500, "[": 2000, "`": 1000, "*": 2000, "_": 2000, "&": 1000, "\\": 1000, "|": 2000}  # per page
# (each pair of "`", "*" or "_" makes an element, which every later step of the build reads: 200 lines of "`a``b"
# within every other bound made a page of ~300,000 <code> elements and took 100 s more to build; the PCV's pages
# hold 28 "*" at most; "&" (entities) and "\\" (escapes) cost the square of their number in one paragraph: 80 lines
# of 800 "&#x41;" took 17 s of CPU, 48,000 "\\" 4.4 s; the PCV's pages hold none)
# ("|" separates a table's cells, each ~20 µs: 200 rows of 2,500 cells took 10 s; the PCV's pages hold none)
# Its time also grows with the square of the headings, rules and underlines in one block of lines without
# a blank line between them, in a quote or a list as well (40,000 took 438 s; 8,000 « > a » « > --- » 10 s;
# benchmarks/markdown_cost.py measures it).
MAX_STARTS = 100
# And with the lines times their depth in quotes and lists (1,000 lines of « > - » ever deeper took 14 s; 16,000 at
# 16 levels 5 s): a page has at most MAX_LINES lines, each at most MAX_DEPTH columns of « > », list marks and
# indentation before its text (the PCV's pages: 40 lines, 4 columns; at the bounds, the costliest shape takes 1 s).
MAX_LINES = 5000
MAX_DEPTH = 24
# The search index finds each heading's section by a walk of the whole table of contents: time grows with
# the square of a page's headings (8,000 took 30 s).
MAX_HEADINGS = 300
_HEADING = re.compile(r" {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)")
_BLOCK_START = re.compile(r" {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[*_-][ \t]*){3,}$|=+[ \t]*$)")
_CONTAINER = re.compile(r"[ \t>]*")  # the quotes and indentation before a line's text
_LIST_MARKS = re.compile(r"(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)+")
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)  # as mkdocs.utils.meta
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True)
class MarkdownPage:
    lang: str
    path: str  # shared by both languages: "activites/benin.md"
    text: str  # the whole file
    meta: dict[str, Any] = field(default_factory=dict)
    front_matter_lines: int = 0  # lines taken by the front matter, delimiters included
    body: str = ""  # the Markdown after the front matter, as MkDocs gives it to Markdown

    @property
    def title(self) -> str | None:
        """The title readers see (in the menu, the tab, the web editor's choices): `title:` with what `{{ "…" }}`
        keeps as written (pcv/pages/figures.py); None without one."""
        title = self.meta.get("title")
        return as_written(title) if isinstance(title, str) and title.strip() else None

    @property
    def name(self) -> str:
        """The file as staff see it: "docs/fr/activites/benin.md"."""
        return f"docs/{self.lang}/{self.path}"

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of every line, front matter included."""
        return enumerate(self.text.split("\n"), start=1)  # as an editor counts them (not at U+2028)

    def prose_lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of the body, with code blocks and `code spans` blanked out."""
        fence = None
        for number, line in self.lines():
            if number <= self.front_matter_lines:
                continue
            opening = _FENCE.match(line)
            if fence:
                if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                    fence = None
                continue
            if opening:
                fence = opening.group(1)
                continue
            yield number, _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)


HIDDEN = "son nom, ou celui d'un de ses dossiers, commence par « . » : c'est un fichier caché, que MkDocs ne publie pas"


def is_hidden(path: str) -> bool:
    """A file or folder whose name starts with « . » (`.brouillon.md`, `.notes/a.md`): MkDocs excludes it."""
    return any(part.startswith(".") for part in path.split("/"))


def not_a_page(path: str) -> str | None:
    """Why MkDocs would not build the .md file at `path` (in a language folder) as the page it names, or None."""
    if path.split("/")[0] == "..":  # red team 23 M6: « ../README.md » in the menu was said to be a hidden file
        return ("elle est hors de docs/fr/ (« .. » remonte d'un dossier), et le menu ne nomme que les pages de docs/fr/ "
                "et docs/en/. Déplacez-la dans docs/fr/ (sa traduction dans docs/en/)")
    if is_hidden(path):
        return f"{HIDDEN}. Renommez la page sans ce point"
    if path.rsplit("/", 1)[-1] == "README.md":
        return ("MkDocs fait d'un « README.md » la page d'accueil de son dossier (index.md), ou l'écarte s'il y en a "
                "une. Renommez la page")
    return None


def read_pages(docs_dir: Path) -> tuple[dict[tuple[str, str], MarkdownPage], list[Problem]]:
    """Every page of every language folder, keyed by (language, shared path), and their problems
    (a build reads them once: pcv/build/)."""
    pages: dict[tuple[str, str], MarkdownPage] = {}
    problems: list[Problem] = []
    for lang in LANGUAGES:
        folder = docs_dir / lang
        for file in sorted(folder.rglob("*.md")):
            if not_a_page(file.relative_to(folder).as_posix()):
                continue  # MkDocs does not build it as this page (pcv/checks/docs_files.py names it)
            path = unicodedata.normalize("NFC", file.relative_to(folder).as_posix())  # as typed in links and the menu
            page, problem = read_page(file, lang, path)
            pages[(lang, path)] = page
            if problem:
                problems.append(problem)
    return pages, problems


def shown_titles(pages: dict[tuple[str, str], MarkdownPage]) -> dict[tuple[str, str], str]:
    """The title each page shows, by (shared path, language): its own or, while it awaits
    translation (no title of its own), its original's."""
    by_path: dict[str, list[MarkdownPage]] = {}
    for (_, path), page in pages.items():
        by_path.setdefault(path, []).append(page)
    titles: dict[tuple[str, str], str] = {}
    for (lang, path), page in pages.items():
        versions = [page, *(other for other in by_path[path] if other is not page)]
        title = next((v.title for v in versions if v.title), None)
        if title:
            titles[(path, lang)] = title
    return titles


def shape_problem(text: str, name: str) -> Problem | None:
    """A line too long, or too many "<" or "[" in the page, for Markdown to read it in reasonable time."""
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE:
            return Problem(name, number, None, f"ligne trop longue ({len(line)} caractères, au plus {MAX_LINE}). "
                           "Coupez-la en paragraphes (une ligne vide entre deux paragraphes) ; vérifiez qu'un "
                           "collage n'a pas dupliqué du texte.")
    if problem := _block_problem(text, name):
        return problem
    for char, limit in MAX_COUNTS.items():
        if text.count(char) > limit:
            line = text.count("\n", 0, _nth(text, char, limit + 1)) + 1
            why = ("Une page s'écrit en Markdown, pas en HTML" if char in "<[&" else
                   "Chaque « \\ » protège le signe qui le suit" if char == "\\" else
                   "Chaque « | » sépare deux cellules d'un tableau" if char == "|" else
                   f"Chaque paire de « {char} » met du texte en forme (code, italique ou gras)")
            return Problem(name, line, None, f"trop de « {char} » dans la page ({text.count(char)}, au plus "
                           f"{limit}). {why} : retirez ceux qui ne servent pas, ou partagez la page en plusieurs.")
    return None


def _block_problem(text: str, name: str) -> Problem | None:
    """More than `MAX_LINES` lines, a line deeper than `MAX_DEPTH`, more than `MAX_STARTS` headings or rules in
    one block of lines (in a quote or a list as well), or `MAX_HEADINGS` in the page, outside code."""
    starts, first, fence, headings = 0, 1, None, 0
    for number, line in enumerate(text.split("\n"), start=1):
        if number > MAX_LINES:
            return Problem(name, number, None, f"plus de {MAX_LINES} lignes dans la page : elle serait très longue à "
                           "construire (et à lire). Partagez-la en plusieurs pages ; vérifiez qu'un collage n'a pas "
                           "dupliqué du texte.")
        opening = _FENCE.match(line)
        if opening and (fence is None or opening.group(1)[0] == fence[0]):
            fence = None if fence else opening.group(1)
        if fence:
            starts, first = 0, number + 1
            continue
        inner = line[_CONTAINER.match(line).end():]
        if (depth := _depth(line)) > MAX_DEPTH:
            return Problem(name, number, 1, f"ligne trop en retrait ({depth} colonnes de « > », de marques de liste "
                           f"et d'espaces avant le texte, au plus {MAX_DEPTH}) : des citations ou des listes imbriquées "
                           "si profondément seraient très longues à construire. Retirez des niveaux.")
        if not inner.strip():
            starts, first = 0, number + 1
        elif any(_BLOCK_START.match(start) for start in (line, inner, _LIST_MARKS.sub("", inner, count=1))):
            starts += 1
            headings += any(_HEADING.match(start) for start in (line, inner, _LIST_MARKS.sub("", inner, count=1)))
            if headings > MAX_HEADINGS:
                return Problem(name, number, 1, f"plus de {MAX_HEADINGS} titres dans la page : elle serait très longue "
                               "à construire (et à lire). Partagez-la en plusieurs pages.")
            if starts > MAX_STARTS:
                return Problem(name, number, 1, f"plus de {MAX_STARTS} titres ou traits dans un seul bloc de lignes "
                               f"(depuis la ligne {first}) sans ligne vide entre eux : la page serait très longue à "
                               "construire. Laissez une ligne vide avant et après chaque titre.")
    return None


def _depth(line: str) -> int:
    """The columns of quotes, list marks and indentation before the text of `line` (a tab counts 4)."""
    prefix = _CONTAINER.match(line).group()
    marks = _LIST_MARKS.match(line, len(prefix))
    while marks:
        prefix = line[:marks.end()] + _CONTAINER.match(line, marks.end()).group()
        marks = _LIST_MARKS.match(line, len(prefix))
    return len(prefix.expandtabs(4))


def _nth(text: str, char: str, n: int) -> int:
    """The position of the n-th `char` of `text`."""
    position = -1
    for _ in range(n):
        position = text.find(char, position + 1)
    return position


def read_page(file: Path, lang: str, path: str) -> tuple[MarkdownPage, Problem | None]:
    """The page in `file`, and what is wrong with its encoding or front matter, if anything."""
    name = f"docs/{lang}/{path}"
    try:
        text = decoded_text(file, name, MAX_BYTES).removeprefix("\ufeff").replace("\r\n", "\n")
    except UnreadableYaml as exc:
        return MarkdownPage(lang, path, ""), exc.problem
    if problem := shape_problem(text, name):
        return MarkdownPage(lang, path, ""), problem
    match = FRONT_MATTER.match(text)
    if not match or not re.search(r"^[ \t]*[^#\s]", match.group(1), re.MULTILINE):  # no header, or no field in it
        return MarkdownPage(lang, path, text, body=text), header_problem(text, name, lang)
    try:  # read by YAML 1.2, as the web editor writes it; the build gives MkDocs this reading (pcv/build/page_steps.py)
        meta = parse_yaml(match.group(1), name, first_line=2, edited=True).data
    except UnreadableYaml as exc:
        return MarkdownPage(lang, path, text, body=text), exc.problem
    if not isinstance(meta, dict):
        return MarkdownPage(lang, path, text, body=text), Problem(name, 2, 1,
            "l'en-tête doit contenir des champs « nom: valeur », "
            "par exemple « title: Notre approche ».")
    lines = text.count("\n", 0, match.end())
    return MarkdownPage(lang, path, text, meta, lines, text[match.end():].lstrip("\n")), None

