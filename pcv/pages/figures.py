"""The data's figures in pages: `{{ targets.canadians }}` shows one, typing it by hand is refused.

A page says `{{ targets.canadians }}` and the reader sees "15 000" (fr) or
"15,000" (en), taken from data/programme.yaml. A figure of the data typed by
hand (15 000, 15,000, 15000, 2 millions, 75 %, 2020…) is found by
`typed_figures` so the build can refuse it: it would drift from the data.
A number that only happens to equal one ("l'Agenda 2030") is kept as written
with `{{ "2030" }}`, which shows 2030. Other numbers are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pcv.data.models import SiteData
from pcv.text.formatting import format_figure, format_period

INSERT_FIGURE = "Insérer un chiffre des données"  # the editor's list of the figures, above a page's text (page_text.js)
PLACEHOLDER = re.compile(r"\{\{\s*([\w.-]+)\s*\}\}")  # ids may hold hyphens (schemas/: $defs.id)
# {{ "2030" }}, {{ "50 %" }}, {{ "2 millions" }}: a number kept as written (with the units _TYPED_NUMBER reads), and
# only that (red team 17 F1: {{ "img" }} wrote a tag's name that the checks, reading the page before its placeholders
# are filled, never saw); anything else in quotes is an unknown placeholder, said at its line.
AS_WRITTEN = re.compile(r'\{\{\s*"(\d[\d \u00a0\u202f.,]*'
                        r'(?:[ \u00a0\u202f]?(?i:%|pour[ \u00a0\u202f]cent|percent|millions?))?)"\s*\}\}')
_SPACE = "[ \u00a0\u202f]"
_TYPED_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<digits>\d{{1,3}}(?:(?:{_SPACE}|[.,])\d{{3}})+|\d+)"
    rf"(?:[.,](?P<tenths>\d)(?={_SPACE}?millions?(?!\w)))?"  # 2,5 millions, 2.5 million
    rf"(?:{_SPACE}?(?P<unit>%|pour{_SPACE}cent|percent|millions?)(?!\w))?(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DataFigure:
    placeholder: str  # "targets.canadians"
    value: int
    kind: str  # "number", "compact", "percent" (as in programme.yaml) or "year"
    source: str  # where it is in data/, for messages
    previous_of: int | None = None  # set for a value the figure had before: its value now
    since: int | None = None  # and then the time (seconds) of the first commit where the figure had that value
    label: str = ""  # what it is, in French: "l'année où le programme commence", a target's label


# What the figures that are not targets are, in French (messages, the editor's list of figures).
LABELS = {"period.start": "l'année où le programme commence", "period.end": "l'année où le programme finit",
          "period": "la période du programme", "countries.count": "le nombre de pays du programme"}


def data_figures(data: SiteData) -> list[DataFigure]:
    """The figures of the data that pages must not repeat by hand."""
    period = data.programme.period
    figures = [
        DataFigure(name, getattr(period, name[7:]), "year", f"data/programme.yaml, {name}", label=LABELS[name])
        for name in ("period.start", "period.end")
    ]
    figures += [
        DataFigure(f"targets.{t.id}", t.value, t.format, f"data/programme.yaml, targets, id « {t.id} »",
                   label=f"la cible « {format_figure(t.value, t.format, 'fr')} {t.label.in_('fr')} »")
        for t in data.programme.targets
    ]
    return figures


def figure_labels(data: SiteData) -> dict[str, str]:
    """Each placeholder as the editor's list of the figures to insert shows it, in French: "15 000 Canadiens…",
    "2020 : l'année où le programme commence" (a no-break space before the colon)."""
    texts = figure_texts(data, "fr")
    targets = {f"targets.{t.id}": f"{texts[f'targets.{t.id}']} {t.label.in_('fr')}" for t in data.programme.targets}
    return {name: targets.get(name) or f"{text}\u00a0: {LABELS[name]}" for name, text in texts.items()}


def figure_texts(data: SiteData, lang: str) -> dict[str, str]:
    """What each placeholder shows in `lang`."""
    texts = {f.placeholder: format_figure(f.value, f.kind, lang) if f.kind != "year" else str(f.value)
             for f in data_figures(data)}
    texts["period"] = format_period(data.programme.period)
    texts["countries.count"] = format_figure(len(data.countries), "number", lang)
    return texts


def as_written(text: str) -> str:
    """`text` with each `{{ "…" }}` replaced by what it keeps as written (in a page's title or description)."""
    return AS_WRITTEN.sub(lambda m: m.group(1), text)


def without_kept_numbers(line: str) -> str:
    """`line` with what `{{ "…" }}` keeps as written blanked out (same length, so columns stay right)."""
    return AS_WRITTEN.sub(lambda m: " " * len(m.group(0)), line)


# What a reader never sees as a figure: a link's or a photo's address (« ](…) », a reference « [x]: … », « <https:…> »,
# a bare address, an HTML href or src) and an attribute list (« { #bilan-2020 } »), but « {{ … }} ».
_NOT_SHOWN = re.compile(r"\]\([^)]*\)|^\s{0,3}\[[^\]]+\]:.*$|<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>"
                        r"|\b(?:https?|mailto|tel):\S+|\b(?:href|src)\s*=\s*(?:\"[^\"]*\"|'[^']*')"
                        r"|(?<!\{)\{(?!\{)[^{}]*\}(?!\})")


def without_addresses(line: str) -> str:
    """`line` with the addresses and attribute lists a reader does not see as text blanked out (same length)."""
    return _NOT_SHOWN.sub(lambda m: " " * len(m.group(0)), line)


def typed_figures(line: str, figures: list[DataFigure]) -> Iterator[tuple[int, str, DataFigure]]:
    """(column, text as typed, figure) of each figure of the data typed in `line`."""
    for match in _TYPED_NUMBER.finditer(line):
        digits = re.sub(r"\D", "", match.group("digits"))
        if len(digits) > 18:  # no figure of the data is that long (a pasted reference number, say)
            continue
        value = int(digits)
        unit = (match.group("unit") or "").lower()
        percent = unit in ("%", "percent") or unit.startswith("pour")
        if unit.startswith("million"):
            value = value * 1_000_000 + int(match.group("tenths") or 0) * 100_000
        for figure in figures:
            if figure.value == value and (figure.kind == "percent") == percent and (
                figure.kind != "year" or match.group("digits").isdigit()
            ):
                yield match.start() + 1, match.group(0), figure
                break
