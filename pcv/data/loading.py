"""Load every file of data/, check it against its schema and the rules that
a schema cannot express, and return the validated `SiteData`.

All problems of all files are reported together, in French, each with its
file, line, column, field, what was expected and what was found.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pycountry
from string import Formatter

from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from pcv.data.models import SiteData, build_site_data
from pcv.data.yaml_source import (NBSP_NAME, Problem, UnreadableYaml, YamlDocument, field_in_words, field_path,
                                  read_yaml, value_in_words)
from pcv.safety.urls import absolute_http_problem

DATA_FILES = ("programme", "countries", "partners", "strings")
OPTIONAL_FILES = ("strings",)  # without it, the engine's interface texts as they are
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"  # part of the code, like the rules below
DEFAULT_STRINGS = Path(__file__).resolve().parents[1] / "text" / "interface.yaml"  # the engine's texts
# ISO 3166-1 countries (pycountry); CLDR also names groupings (EU, UN) and
# reserved or private codes (ZZ, XK), which are not countries.
COUNTRY_CODES = frozenset(country.alpha_2 for country in pycountry.countries)
LANGUAGE_NAMES = {"fr": "français", "en": "anglais"}
EXPECTED = {
    "string": "un texte",
    "integer": "un nombre entier",
    "number": "un nombre",
    "boolean": "oui ou non (true ou false)",
    "object": "des champs « nom: valeur », indentés sous ce champ",
    "array": "une liste, une ligne « - … » par élément",
}


# The schemas' formats: the standard ones, and "https-url", an address the site may write and link to.
FORMAT_CHECKER = FormatChecker()
FORMAT_CHECKER.checks("date", raises=ValueError)(Draft202012Validator.FORMAT_CHECKER.checkers["date"][0])
FORMAT_CHECKER.checks("https-url")(
    lambda value: not isinstance(value, str) or (value.startswith("https://") and not absolute_http_problem(value)))


class DataProblems(Exception):
    """The data has problems; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(f"- {p}" for p in problems))


def data_folder(config_file_path: str) -> Path:
    """The project's data/ folder, beside its mkdocs.yml."""
    return Path(config_file_path).parent / "data"


def data_stamps(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when a data file changes: path, modification time and size of each."""
    return tuple(file_stamp(data_dir / f"{stem}.yaml") for stem in DATA_FILES)


def load_site_data(data_dir: Path) -> SiteData:
    """The validated data of `data_dir`, read once until one of its files changes."""
    return _load(data_dir, data_stamps(data_dir))


def file_stamp(path: Path) -> tuple[str, int, int]:
    """`path`, its modification time and size (-1, -1 if missing): what a cache of its content is keyed by."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return (str(path), -1, -1)
    return (str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load(data_dir: Path, _stamps: tuple) -> SiteData:
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
            document = read_yaml(path, name)
        except UnreadableYaml as exc:
            problems.append(exc.problem)
            continue
        documents[stem] = document
        found = list(_schema_problems(document, _validator(stem)))
        found += _RULES.get(stem, _no_rules)(document)
        problems.extend(sorted(found, key=lambda p: (p.line or 0, p.column or 0)))
    if problems:
        raise DataProblems(problems)
    raw = {stem: doc.data for stem, doc in documents.items()}
    return build_site_data({"strings": {}, **raw}, default_strings())


@functools.cache
def default_strings() -> dict[str, Any]:
    """The engine's interface texts (pcv/text/interface.yaml), which a programme's strings.yaml overrides."""
    return read_yaml(DEFAULT_STRINGS, "pcv/text/interface.yaml").data


@functools.cache
def _validator(stem: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / f"{stem}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FORMAT_CHECKER)


def _schema_problems(document: YamlDocument, validator: Draft202012Validator) -> Iterator[Problem]:
    for error in _leaf_errors(validator.iter_errors(document.data)):
        location = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = list(error.schema.get("properties", {}))
            for key in (k for k in error.instance if k not in allowed):
                yield document.problem_at(location + (key,), _unknown_field(str(key), allowed), at_key=True)
        elif error.validator == "required":
            key = re.match(r"'(.+)' is a required property", error.message).group(1)
            problem = document.problem_at(location, _missing(key), at_key=True)
            yield replace(problem, field=field_path(location + (key,)),
                          **({"line": None, "column": None} if not location else {}))
        elif "propertyNames" in error.absolute_schema_path:
            yield document.problem_at(location + (error.instance,), _explain(error), at_key=True)
        else:
            yield document.problem_at(location, _explain(error))


def _unknown_field(key: str, allowed: list[str]) -> str:
    if "\u00a0" in key:
        return (f"le nom de champ « {key} » contient une {NBSP_NAME}, invisible. Effacez les espaces autour "
                f"du nom et retapez « {key.replace(chr(0xa0), ' ').strip()}: » sans espace avant « : ».")
    return f"champ inconnu « {key} ». Vérifiez l'orthographe ; champs permis ici : {', '.join(allowed)}."


def _leaf_errors(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    """The most precise errors: an error with sub-errors (anyOf, oneOf) is reported by them."""
    for error in errors:
        if error.context:
            yield from _leaf_errors(error.context)
        else:
            yield error


def _missing(key: str) -> str:
    language = LANGUAGE_NAMES.get(key)
    if language:
        return (f"la version en {language} manque. Ajoutez une ligne « {key}: … » "
                f"avec le texte en {language}, alignée sur l'autre langue.")
    return f"le champ obligatoire « {key} » manque. Ajoutez une ligne « {key}: … »."


def _type_hint(expected: str, value: Any) -> str:
    if value is None:
        return " Écrivez la valeur après « : »."
    if expected == "integer" and isinstance(value, str) and value.strip().isdigit():
        return " Retirez les guillemets."
    if expected == "integer" and isinstance(value, str) and re.search(r"\d", value):
        return " Écrivez seulement le nombre, en chiffres, sans espace, séparateur ni unité (ex. 15000 ou 75)."
    if expected == "string" and isinstance(value, (bool, int, float)):
        return ' Mettez le texte entre guillemets droits ("…").'
    return ""


def _explain(error: ValidationError) -> str:
    """A French explanation of one schema error: what was expected, what was found."""
    found = value_in_words(error.instance)
    hint = error.schema.get("description", "")
    expected_value = error.validator_value
    match error.validator:
        case "type":
            expected = EXPECTED.get(str(expected_value), str(expected_value))
            return f"on attend {expected}, on trouve {found}.{_type_hint(str(expected_value), error.instance)}"
        case "enum":
            return f"on attend l'une de ces valeurs : {', '.join(map(str, expected_value))} ; on trouve {found}."
        case "maximum":
            return f"on attend au plus {expected_value}, on trouve {found}. {hint}".rstrip()
        case "minimum":
            return f"on attend au moins {expected_value}, on trouve {found}. {hint}".rstrip()
        case "minLength":
            return "le texte est vide. Écrivez-le, ou retirez l'élément."
        case "maxLength":
            return f"texte trop long : {len(error.instance)} caractères, au plus {expected_value}."
        case "pattern":
            return f"on trouve {found}, qui n'a pas la forme attendue. {hint}".rstrip()
        case "format":
            return f"on trouve {found}, qui n'est pas valide. {hint}".rstrip()
        case "minItems":
            return "la liste est vide. Ajoutez au moins un élément (une ligne « - … »)."
        case "maxItems":
            return f"liste trop longue : {len(error.instance)} éléments, au plus {expected_value}."
        case _:
            return f"{error.message}."


def _no_rules(_document: YamlDocument) -> list[Problem]:
    return []


def _dicts(value: Any) -> list[tuple[int, dict]]:
    """The (index, item) of a list's items that are mappings; nothing if `value` is not a list."""
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)] if isinstance(value, list) else []


def _programme_rules(document: YamlDocument) -> list[Problem]:
    """The period must end after it starts; target and theme ids are unique."""
    problems = []
    period = document.data.get("period") if isinstance(document.data, dict) else None
    if isinstance(period, dict):
        start, end = period.get("start"), period.get("end")
        if type(start) is int and type(end) is int and end < start:
            problems.append(document.problem_at(("period", "end"),
                f"la période finit en {end}, avant de commencer (en {start}). "
                "Corrigez l'une des deux années : la fin vient après le début."))
    if isinstance(document.data, dict):
        problems += _duplicates(document, ("targets",), "id")
        problems += _duplicates(document, ("themes",), "id")
        problems += _duplicates(document, ("calls_to_action",), "id")
    return problems


def _countries_rules(document: YamlDocument) -> list[Problem]:
    """Country codes are ISO 3166-1 countries and unique, slugs are unique."""
    if not isinstance(document.data, dict):
        return []
    problems = _duplicates(document, ("countries",), "code") + _duplicates(document, ("countries",), "slug")
    for index, country in _dicts(document.data.get("countries")):
        code = country.get("code")
        if isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code) and code not in COUNTRY_CODES:
            problems.append(document.problem_at(("countries", index, "code"),
                f"« {code} » n'est pas un code de pays ISO 3166 connu. "
                "Utilisez le code à deux lettres du pays (ex. BJ pour le Bénin, BO pour la Bolivie)."))
    return problems


def _strings_rules(document: YamlDocument) -> list[Problem]:
    """Each text's {placeholders} are plain words, the same in French and in English."""
    problems = []
    for key, text in document.data.items() if isinstance(document.data, dict) else ():
        if not (isinstance(text, dict) and all(isinstance(text.get(lang), str) for lang in LANGUAGE_NAMES)):
            continue
        found = {lang: _placeholders(text[lang]) for lang in LANGUAGE_NAMES}
        wrong = [document.problem_at((key, lang), problem) for lang, (_, problem) in found.items() if problem]
        fr, en = (names for names, _ in found.values())
        if not wrong and fr != en:
            shown = ", ".join(f"{{{name}}}" for name in sorted(fr ^ en))
            wrong.append(document.problem_at((key, "en"),
                f"le français et l'anglais n'ont pas les mêmes repères entre accolades ({shown}). "
                "Écrivez les mêmes dans les deux langues, sans les traduire."))
        problems += wrong
    return problems


def _placeholders(text: str) -> tuple[set[str], str | None]:
    """The {placeholders} of an interface text, and what is wrong with them, if anything."""
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(text) if name is not None]
    except ValueError:
        return set(), ("accolade « { » ou « } » seule. Un repère s'écrit entre deux accolades, comme {end} ; "
                       "pour afficher une accolade, doublez-la ({{ ou }}).")
    for name, spec, conversion in fields:
        if not re.fullmatch(r"[a-z_]+", name) or spec or conversion:
            return set(), (f"repère « {{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}} » "
                           "non permis : un repère est un simple mot entre accolades, comme {end}, sans point ni "
                           "crochet.")
    return {name for name, _, _ in fields}, None


_RULES = {"programme": _programme_rules, "countries": _countries_rules, "strings": _strings_rules}


def _duplicates(document: YamlDocument, location: tuple[str, ...], field: str) -> list[Problem]:
    """Items of the list at `location` whose `field` repeats an earlier item's."""
    problems = []
    first: dict[Any, int] = {}
    for index, item in _dicts(document.data.get(location[0])):
        value = item.get(field)
        if not isinstance(value, str):
            continue
        if value in first:
            earlier = location + (first[value], field)
            line = document.values.get(earlier, (None,))[0]
            problems.append(document.problem_at(location + (index, field),
                f"« {value} » est déjà utilisé plus haut ({field_in_words(field_path(earlier))}{f', ligne {line}' if line else ''}). "
                f"Chaque {field} doit être unique : corrigez l'un des deux."))
        else:
            first[value] = index
    return problems
