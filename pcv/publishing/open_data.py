"""The open data files: the programme's figures and countries, from data/ (pure, testable).

Each file says when the data was last checked (`as_of`, data/programme.yaml)
and the programme's period. Its name in each language is made from the
programme's acronym in that language ("pcv-cibles.csv", "vcp-targets.csv"). Country names come from their ISO 3166-1
alpha-2 code through CLDR, as on the site's pages.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

from pcv.data.models import LANGUAGES, SiteData, Text
from pcv.text.formatting import named_country

FOLDERS = {"fr": "donnees", "en": "data"}  # in each language's folder: /donnees/…, /en/data/…
TARGET_COLUMNS = ("id", "value", "format", "label_fr", "label_en", "period_start", "period_end", "as_of")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")  # full-width ones too (Excel reads them)
COUNTRY_COLUMNS = ("iso_3166_1_alpha_2", "name_fr", "name_en", "period_start", "period_end", "as_of")


def as_json(data: SiteData) -> dict[str, Any]:
    """Everything the open data publishes, as one JSON document."""
    programme = data.programme
    return {
        "as_of": programme.as_of,
        "programme": {
            "name": _both(programme.name),
            "acronym": _both(programme.acronym),
            "organisation": _both(programme.organisation),
        },
        "period": {"start": programme.period.start, "end": programme.period.end},
        "targets": [
            {"id": t.id, "value": t.value, "format": t.format, "label": _both(t.label)}
            for t in programme.targets
        ],
        "countries": [
            {"iso_3166_1_alpha_2": c.code, "name": {lang: named_country(c, lang) for lang in LANGUAGES}}
            for c in data.countries
        ],
    }


def _json_file(data: SiteData) -> bytes:
    return (json.dumps(as_json(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _targets_file(data: SiteData) -> bytes:
    rows = [[t.id, t.value, t.format, t.label.fr, t.label.en, *_when(data)] for t in data.programme.targets]
    return _csv(TARGET_COLUMNS, rows)


def _countries_file(data: SiteData) -> bytes:
    rows = [[c.code, named_country(c, "fr"), named_country(c, "en"), *_when(data)] for c in data.countries]
    return _csv(COUNTRY_COLUMNS, rows)


@dataclass(frozen=True)
class DataFile:
    """One open data file: the same bilingual content under a name in each language."""

    names: dict[str, str]  # file name in each language's folder
    format: str  # "JSON" or "CSV"
    content_key: str  # the strings.yaml key that says what it holds
    render: Callable[[SiteData], bytes]

    def path(self, lang: str, prefix: str) -> str:
        """Its path from the site root, in the folder of the language whose pages are under `prefix`."""
        return f"{prefix}{FOLDERS[lang]}/{self.names[lang]}"


# The files, by what follows the acronym in their name in each language, their format, content, and whether the
# data has any (no targets: no file of targets, a header alone offered as data).
_FILES = (
    ({"fr": ".json", "en": ".json"}, "JSON", "opendata.file.all", _json_file, lambda data: True),
    ({"fr": "-cibles.csv", "en": "-targets.csv"}, "CSV", "opendata.file.targets", _targets_file,
     lambda data: bool(data.programme.targets)),
    ({"fr": "-pays.csv", "en": "-countries.csv"}, "CSV", "opendata.file.countries", _countries_file,
     lambda data: bool(data.countries)),
)


def file_stem(name: str) -> str:
    """A file name's first part from a programme's acronym: "VCP" -> "vcp", "Éco Plus" -> "eco-plus"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "donnees"


def data_files(data: SiteData) -> tuple[DataFile, ...]:
    """The open data files of the programme that hold something, named after its acronym in each language."""
    stems = {lang: file_stem(data.programme.acronym.in_(lang)) for lang in LANGUAGES}
    return tuple(DataFile({lang: stems[lang] + endings[lang] for lang in LANGUAGES}, format, key, render)
                 for endings, format, key, render, holds in _FILES if holds(data))


@dataclass(frozen=True)
class ListedFile:
    """An open data file as a page of one language lists it."""

    name: str
    path: str  # from the site root
    format: str
    content_key: str


@dataclass(frozen=True)
class OpenData:
    """What the templates show of the open data: the files and when the data was last checked."""

    files: tuple[ListedFile, ...]
    as_of: str  # in the language of the page: "29 novembre 2026"


def listed_files(data: SiteData, lang: str, prefix: str) -> tuple[ListedFile, ...]:
    """The open data files under their names in `lang`."""
    return tuple(ListedFile(f.names[lang], f.path(lang, prefix), f.format, f.content_key) for f in data_files(data))


def _both(text: Text) -> dict[str, str]:
    return {lang: text.in_(lang) for lang in LANGUAGES}


def _when(data: SiteData) -> list[Any]:
    period = data.programme.period
    return [period.start, period.end, data.programme.as_of]


def _csv(columns: tuple[str, ...], rows: list[list[Any]]) -> bytes:
    """RFC 4180 CSV (comma, CRLF, quotes where needed), UTF-8 with a BOM so Excel reads the accents;
    no cell a spreadsheet would read as a formula."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([[inert_cell(value) for value in row] for row in rows])
    return out.getvalue().encode("utf-8-sig")


def inert_cell(value: Any) -> Any:
    """A text a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
    return, after spaces if any) with a single quote before it, as OWASP's CSV-injection guidance says;
    others as they are."""
    formula = isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS))
    return f"'{value}" if formula else value
