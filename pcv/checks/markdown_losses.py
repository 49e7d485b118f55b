"""What Python-Markdown would drop or reshape without a word, refused at its line.

Markdown drops the cells of a table row beyond its heading's count,
`<?…?>` processing instructions and `<![CDATA[…]]>` blocks (the sanitiser
removes what is left of them), a link reference definition `[x]: adresse`
that no link uses (or the first of two with one name), and reads a footnote
`[^1]: …` (no footnotes here) as a link; a line starting with `#word` (a
heading, the `#` gone) or a heading ending in `C#` (the `#` gone); a character reference (`&#x202e;`)
to a sign the file's own check refuses typed (an invisible control) is refused
too; lines starting with Word's bullet « • » (one paragraph, run together: STAFF10 M6); a page awaiting translation shows its original, not the
text it holds. (What would take it unbounded time is refused before, by
pcv/pages/markdown.py's `shape_problem`.)
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from pcv.data.yaml_schema import CONTROL
from pcv.pages.front_matter import PENDING
from pcv.pages.markdown import MarkdownPage
from pcv.problems import Problem

_SEPARATOR = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_LOST = {"<?": "une instruction « <?…?> »", "<![CDATA[": "un bloc « <![CDATA[…]]> »"}
# HTML reads any number of leading zeros, and a reference without its « ; » too.
_REFERENCE = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]+)|0*([0-9]+));?")
_NAMED = re.compile(r"&[A-Za-z][A-Za-z0-9]*;?")
_MARKERS = r" {0,3}(?:(?:[-*+]|[0-9]+[.)])[ \t]+|>[ \t]?)*"  # list items and quotations before a line's text
_HASHTAG = re.compile(_MARKERS + r"(#{1,6})[^#\s]")  # Python-Markdown makes a heading of it, with no space
_HASH_TAIL = re.compile(_MARKERS + r"#{1,6}[ \t].*[^\s#\\](#+)[ \t]*$")  # "# Langage C#": the last « # » dropped
_FOOTNOTE = re.compile(r" {0,3}\[\^[^\]]*\]:")
_BULLET = re.compile(r"[ \t]*([•◦▪‣●○■□➢➤►✓✔])[ \t\u00a0]*\S")  # a list pasted from Word, which Markdown runs together
# A definition on any line of a paragraph or a quotation; opening a list item, in a block that opens a list.
_DEFINITION = re.compile(r" {0,3}\[([^\[\]^][^\[\]]*)\]:[ \t]*\S")
_QUOTED = re.compile(r" {0,3}(?:>[ \t]?)+\[([^\[\]^][^\[\]]*)\]:[ \t]*\S")  # a quotation opens anywhere
_CONTAINER = re.compile(r" {0,3}(?:[-*+]|[0-9]+[.)])[ \t]")
_IN_BLOCK = re.compile(r" {0,3}(?:(?:[-*+]|[0-9]+[.)])[ \t]+)+\[([^\[\]^][^\[\]]*)\]:[ \t]*\S")
# A link « [texte][nom] » (or « [texte][] ») whose name no definition gives is shown as typed, brackets included; a
# link « [texte]() » leads back to the page itself (red team 23 M7).
# (A definition may write its address on the next line: a line that ends as one begins gives its name too.)
_NAMED_HERE = re.compile(r" {0,3}(?:>[ \t]?)*(?:(?:[-*+]|[0-9]+[.)])[ \t]+)*\[([^\[\]^][^\[\]]*)\]:[ \t]*$")
_USE = re.compile(r"(?<!\\)\[([^\[\]]+)\]\[([^\[\]]*)\]")
_EMPTY = re.compile(r"(?<!\\)\[[^\[\]]*\]\([ \t]*(?:<[ \t]*>)?[ \t]*\)")


def _code(reference: re.Match) -> int:
    """The code point a character reference names (past Unicode's last, 0x110000, for a longer one)."""
    hexadecimal, decimal = reference.groups()
    if len(hexadecimal or decimal) > 8:
        return 0x110000
    return int(hexadecimal, 16) if hexadecimal else int(decimal)


def loss_problems(page: MarkdownPage) -> Iterator[Problem]:
    """Each place of `page` whose text Markdown would drop or reshape, or that the site would not show."""
    if page.meta.get("translation") == PENDING and page.body.strip():
        yield Problem(page.name, page.front_matter_lines + 1, None, "cette page est marquée « translation: pending » "
                      "(en attente de traduction) mais a son propre texte : le site montrerait l'original à sa place. "
                      "Si la traduction est faite, retirez la ligne « translation: pending » de l'en-tête ; sinon, "
                      "retirez le texte.")
    lines = list(page.prose_lines())
    yield from _reference_problems(page, lines)
    for index, (number, line) in enumerate(lines):
        for marker, what in _LOST.items():
            if (column := line.find(marker)) >= 0:
                yield Problem(page.name, number, column + 1, f"{what} ne s'affiche pas sur le site : son texte "
                              "disparaîtrait. Écrivez-le comme du texte, sans « <? » ni « <![CDATA[ ».")
        for reference in _REFERENCE.finditer(line):
            code = _code(reference)
            if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or CONTROL.match(chr(code)):
                yield Problem(page.name, number, reference.start() + 1, f"« {reference.group()} » écrit un caractère "
                              "de contrôle invisible : il ne s'affiche pas, ou change l'ordre du texte autour. "
                              "Retirez-le.")
        for reference in _NAMED.finditer(line):  # « &rlm; », « &ZeroWidthSpace; »
            if CONTROL.search(html.unescape(reference.group())):
                yield Problem(page.name, number, reference.start() + 1, f"« {reference.group()} » écrit un caractère "
                              "de contrôle invisible : il ne s'affiche pas, ou change l'ordre du texte autour. "
                              "Retirez-le.")
        if hashtag := _HASHTAG.match(line):
            yield Problem(page.name, number, hashtag.start(1) + 1, f"« {line[hashtag.start(1):].split()[0][:30]} » en début de "
                          "ligne ferait de la ligne un titre, sans le « # ». Pour un titre, mettez une espace après "
                          "les « # » ; pour un mot-dièse, écrivez « \\# » (« \\#climat »).")
        elif tail := _HASH_TAIL.match(line):
            yield Problem(page.name, number, tail.start(1) + 1, "le « # » à la fin de ce titre disparaîtrait (Markdown "
                          "le lit comme une fin de titre). Écrivez « \\# » (« C\\# »).")
        for empty in _EMPTY.finditer(line):
            yield Problem(page.name, number, empty.start() + 1, f"le lien « {empty.group()} » n'a pas d'adresse entre "
                          "ses parenthèses : il ramènerait le lecteur sur cette même page. Écrivez l'adresse "
                          "(« [texte](https://…) » ou « [texte](page.md) »), ou retirez les crochets et les parenthèses.")
        if _FOOTNOTE.match(line):
            yield Problem(page.name, number, 1, "les notes de bas de page (« [^1]: … ») ne sont pas disponibles sur "
                          "ce site : cette ligne serait lue comme un lien. Écrivez la note dans le texte, entre "
                          "parenthèses.")
        if (bullet := _BULLET.match(line)) and not (index and _BULLET.match(lines[index - 1][1])):
            yield Problem(page.name, number, bullet.start(1) + 1, f"« {bullet.group(1)} » en début de ligne ne fait "
                          "pas une liste : le site collerait ces lignes en un seul paragraphe. Écrivez « - » (un tiret "
                          "et une espace) à sa place au début de chaque ligne, avec une ligne vide avant la liste.")
        block_start = index == 0 or not lines[index - 1][1].strip() or lines[index - 1][0] != number - 1
        if block_start and index + 1 < len(lines) and _SEPARATOR.match(lines[index + 1][1]) and "|" in line:
            yield from _table_problems(page, lines, index)


def _cells(line: str) -> int:
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return len(_CELL_BORDER.split(row))


def _table_problems(page: MarkdownPage, lines: list[tuple[int, str]], header: int) -> Iterator[Problem]:
    """Rows of the table whose header is at `header` that have more cells than it (Markdown drops them)."""
    columns = _cells(lines[header][1])
    for number, line in lines[header + 2:]:
        if not line.strip() or "|" not in line:
            return
        if _cells(line) > columns:
            yield Problem(page.name, number, 1, f"cette ligne du tableau a {_cells(line)} cellules, mais son en-tête "
                          f"(ligne {lines[header][0]}) n'en a que {columns} : les cellules en trop disparaîtraient. "
                          "Ajoutez une colonne à l'en-tête, ou retirez le « | » en trop.")


def _name(label: str) -> str:
    """A link's name as Markdown compares them: « [Deux  Mots] » is « [deux mots] »."""
    return " ".join(label.split()).lower()


def _reference_problems(page: MarkdownPage, lines: list[tuple[int, str]]) -> Iterator[Problem]:
    """Link reference definitions that no `[…]` of the page names, or that a later one with its name replaces; links
    « [texte][nom] » that no definition names."""
    definitions, defined, previous, in_container = [], set(), (0, ""), False
    for number, line in lines:
        if not previous[1].strip() or previous[0] != number - 1 or (previous[0] in defined and not in_container):
            in_container = bool(_CONTAINER.match(line))  # a block that opens a list
        if match := _DEFINITION.match(line) or _QUOTED.match(line) or (in_container and _IN_BLOCK.match(line)):
            definitions.append((number, match.group(1)))
            defined.add(number)
        previous = (number, line)
    names = {_name(label) for _, label in definitions}
    names |= {_name(match.group(1)) for _, line in lines if (match := _NAMED_HERE.match(line))}
    for number, line in lines:
        for use in _USE.finditer(line) if number not in defined else ():
            if _name(label := use.group(2) or use.group(1)) not in names:
                yield Problem(page.name, number, use.start() + 1, f"le lien « {use.group()} » renvoie à « [{label}] », "
                              "qu'aucune ligne de la page ne définit : le site l'afficherait tel quel, crochets compris. "
                              f"Ajoutez en fin de page une ligne « [{label}]: adresse », ou écrivez le lien "
                              f"« [{use.group(1)}](adresse) ».")
    text = " ".join(line for number, line in lines if number not in defined).lower()
    last = {label.lower(): number for number, label in definitions}
    for number, label in definitions:
        if last[label.lower()] != number:
            yield Problem(page.name, number, 1, f"le lien « [{label}] » est défini de nouveau ligne "
                          f"{last[label.lower()]} : cette définition-ci serait ignorée. Gardez-en une seule.")
        elif f"[{label.lower()}]" not in text:
            yield Problem(page.name, number, 1, f"aucun lien de la page n'utilise « [{label}] » : cette ligne "
                          f"disparaîtrait du site, adresse comprise. Utilisez-la dans le texte (« [texte][{label}] »), "
                          "ou écrivez l'adresse comme un lien (« [texte](adresse) »).")
