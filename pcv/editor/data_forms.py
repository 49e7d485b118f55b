"""The editor's forms for the data files (data/*.yaml), made from their schemas: a country is chosen by its French
name among the codes the build accepts."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from pcv.data.loading import DATA_FILES, SCHEMA_DIR, default_strings
from pcv.data.string_keys import call_ids, strings_schema
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.data.rules import COUNTRY_CODES
from pcv.editor.fields import Field, form_fields, plain_hint
from pcv.editor.page_form import FILE_GUARD
from pcv.text.formatting import country_name


def data_forms(data_dir: Path | None = None) -> list[dict[str, Any]]:
    """The form of each data file: its label (the schema's title), file and fields; the interface texts' with a
    field for each text of the calls to action of the programme in `data_dir` (none without it)."""
    choices = {"countries": {("countries", "code"): _country_options()}}
    files = []
    for stem in DATA_FILES:
        schema = data_schema(stem, data_dir)
        fields = form_fields(schema, choices.get(stem))
        files.append({"name": stem, "label": schema.get("title", stem), "file": f"data/{stem}.yaml",
                      "editor": {"preview": False},  # written in its collection's format (config.py)
                      "fields": [FILE_GUARD, *(engine_texts(fields) if stem == "strings" else fields)]})
    return files


def engine_texts(fields: list[Field]) -> list[Field]:
    """The interface texts' `fields`, each language's with the engine's own wording as its hint (pcv/text/interface.yaml:
    what the site shows while the field is empty; STAFF12 M-b: she could not see what a button said)."""
    defaults = default_strings()

    def said(field: Field) -> Field:
        texts = defaults[field["name"]]
        return field | {"fields": [sub | {"hint": plain_hint(f"Laissé vide, le site écrit : « {texts[sub['name']]} »")}
                                   for sub in field["fields"]]}
    return [said(field) if isinstance(defaults.get(field["name"]), dict) and "fields" in field else field
            for field in fields]


def data_schema(stem: str, data_dir: Path | None = None) -> dict[str, Any]:
    """The schema of data/`stem`.yaml as the editor's form shows it (strings: with the calls' texts, read from the
    programme of `data_dir`)."""
    schema = json.loads((SCHEMA_DIR / f"{stem}.schema.json").read_text(encoding="utf-8"))
    if stem != "strings" or data_dir is None:
        return schema
    try:
        programme = read_yaml(data_dir / "programme.yaml", "data/programme.yaml").data
    except (OSError, UnreadableYaml):  # the build says what is wrong with it
        programme = None
    return strings_schema(schema, call_ids(programme))


def _country_options() -> list[Field]:
    """Every code the build accepts (ISO 3166-1), by French name: a country is chosen, not typed."""
    names = {code: country_name(code, "fr") for code in COUNTRY_CODES}
    return [{"label": f"{names[code]} ({code})", "value": code}
            for code in sorted(names, key=lambda code: french_order(names[code]))]


def french_order(name: str) -> str:
    """Alphabetical order as a French reader expects it: accents ignored (Égypte among the E)."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).casefold()
