"""Load every file of data/, check it against its schema (schema_problems.py) and the rules that
a schema cannot express (rules.py), and return the validated `SiteData`.

All problems of all files are reported together, in French, each with its
file, line, column, field, what was expected and what was found.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators

from pcv.data.building import build_site_data
from pcv.data.cleared_fields import without_cleared_fields
from pcv.data.models import SiteData
from pcv.data.name_signs import soft_hyphen_problems
from pcv.data.rules import RULES, typed_text_problems
from pcv.data.schema_problems import schema_problems
from pcv.data.foreign_texts import written_name_problems
from pcv.data.string_keys import unknown_key_problems
from pcv.data.yaml_source import UnreadableYaml, YamlDocument, read_yaml
from pcv.field_labels import SCHEMA_DIR  # part of the code, like the rules below
from pcv.problems import Problem
from pcv.safety.link_address import https_link_problem

DATA_FILES = ("programme", "countries", "partners", "strings")
OPTIONAL_FILES = ("strings",)  # without it, the engine's interface texts as they are
DEFAULT_STRINGS = Path(__file__).resolve().parents[1] / "text" / "interface.yaml"  # the engine's texts


# The schemas' formats: the standard ones, and "https-url", an address the site may write and link to.
FORMAT_CHECKER = FormatChecker()
FORMAT_CHECKER.checks("date", raises=ValueError)(Draft202012Validator.FORMAT_CHECKER.checkers["date"][0])
FORMAT_CHECKER.checks("https-url")(lambda value: not isinstance(value, str) or not https_link_problem(value))


class DataProblems(Exception):
    """The data has problems; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(f"- {p}" for p in problems))


def data_folder(config_file_path: str) -> Path:
    """The project's data/ folder, beside its mkdocs.yml."""
    return Path(config_file_path).parent / "data"


def load_site_data(data_dir: Path) -> SiteData:
    """The validated data of `data_dir` (a build reads it once: pcv/build/); `DataProblems` lists what is wrong."""
    problems: list[Problem] = []
    documents: dict[str, YamlDocument] = {}
    for stem in DATA_FILES:
        path = data_dir / f"{stem}.yaml"
        name = f"data/{stem}.yaml"
        if not path.exists():
            if stem in OPTIONAL_FILES:
                continue
            problems.append(Problem(name, None, None, "fichier introuvable. Rétablissez-le (git restore)."))
            continue
        try:
            document = read_yaml(path, name, edited=True)
        except UnreadableYaml as exc:
            problems.append(exc.problem)
            continue
        validator = _validator(stem)
        document = replace(document, data=without_cleared_fields(document.data, validator.schema))
        documents[stem] = document
        found = list(schema_problems(document, validator))
        found += (RULES[stem](document) if stem in RULES else []) + typed_text_problems(document)
        found += soft_hyphen_problems(document)
        if stem == "strings":
            found += unknown_key_problems(document, documents["programme"].data if "programme" in documents else None,
                                          SCHEMA_DIR / "strings.schema.json", default_strings())
            found += written_name_problems(document, {stem: doc.data for stem, doc in documents.items()
                                                      if stem != "strings"}, default_strings())
        problems.extend(sorted(found, key=lambda p: (p.line or 0, p.column or 0)))
    if problems:
        raise DataProblems(problems)
    raw = {stem: doc.data for stem, doc in documents.items()}
    return build_site_data({"strings": {}, **raw}, default_strings())


def default_strings() -> dict:
    """The engine's interface texts (pcv/text/interface.yaml), which a programme's strings.yaml overrides
    (read with the data, once per run)."""
    return read_yaml(DEFAULT_STRINGS, "pcv/text/interface.yaml").data


def _pattern(validator, pattern: str, instance, _schema):
    """A schema's `pattern` as JSON Schema (and the web editor's JavaScript) reads it: « $ » is the text's end.
    Python's « $ » also matches before a final line break, so « BJ » typed as a block (« code: | ») was a code."""
    if validator.is_type(instance, "string") and not re.search(re.sub(r"(?<!\\)\$", r"\\Z", pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


# JSON Schema's « integer » takes 2.0e6 (a number whose fraction is zero): YAML reads it as a float, and the open data
# would publish 2000000.0. A whole number is written as one.
_WHOLE = Draft202012Validator.TYPE_CHECKER.redefine(
    "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool))
SchemaValidator = validators.extend(Draft202012Validator, {"pattern": _pattern}, type_checker=_WHOLE)


def _validator(stem: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / f"{stem}.schema.json").read_text(encoding="utf-8"))
    return SchemaValidator(schema, format_checker=FORMAT_CHECKER)
