"""Load every file of data/, check it against its schema and the rules that
a schema cannot express, and return the validated `SiteData`.

All problems of all files are reported together, in French, each with its
file, line and what to do.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from babel import Locale
from jsonschema import Draft202012Validator, ValidationError

from models import SiteData, build_site_data
from yaml_source import Problem, UnreadableYaml, YamlDocument, read_yaml

DATA_FILES = ("programme", "countries", "partners", "strings")
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
KNOWN_TERRITORIES = frozenset(Locale.parse("fr_CA").territories)


class DataProblems(Exception):
    """The data has problems; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(f"- {p}" for p in problems))


def load_site_data(data_dir: Path) -> SiteData:
    """The validated data of `data_dir`, read once until one of its files changes."""
    stamps = tuple(_stamp(data_dir / f"{stem}.yaml") for stem in DATA_FILES)
    return _load(data_dir, stamps)


def _stamp(path: Path) -> tuple[str, int, int]:
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
            problems.append(Problem(name, None, None, "fichier introuvable. Rétablissez-le (git restore)."))
            continue
        try:
            document = read_yaml(path, name)
        except UnreadableYaml as exc:
            problems.append(exc.problem)
            continue
        schema_problems = list(_schema_problems(document, _validator(stem)))
        problems.extend(schema_problems)
        if not schema_problems:
            documents[stem] = document
    if not problems:
        problems.extend(_rule_problems(documents))
    if problems:
        raise DataProblems(problems)
    return build_site_data({stem: doc.data for stem, doc in documents.items()})


@functools.cache
def _validator(stem: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / f"{stem}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _schema_problems(document: YamlDocument, validator: Draft202012Validator) -> Iterator[Problem]:
    errors = sorted(validator.iter_errors(document.data), key=lambda e: list(map(str, e.absolute_path)))
    for error in _leaf_errors(errors):
        location = tuple(error.absolute_path)
        yield document.problem_at(location, _explain(error))


def _leaf_errors(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    """The most precise errors: those of `if/then` are reported by their sub-error."""
    for error in errors:
        if error.validator == "if" or not error.context:
            yield error
        else:
            yield from _leaf_errors(error.context)


def _path(location: Iterable[Any]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(racine du fichier)"


def _explain(error: ValidationError) -> str:
    """A French explanation of a schema error, with the field and what to do."""
    field = _path(error.absolute_path)
    found = json.dumps(error.instance, ensure_ascii=False)[:80]
    match error.validator:
        case "required":
            missing = error.message.split("'")[1]
            language = {"fr": "français", "en": "anglais"}.get(missing)
            if language:
                return (f"{field} : la version en {language} ({missing}) manque. "
                        f"Ajoutez une ligne « {missing}: … » avec le texte en {language}.")
            return f"{field} : le champ « {missing} » manque. Ajoutez-le."
        case "additionalProperties":
            allowed = ", ".join(error.schema.get("properties", {})) or "aucune"
            return (f"{field} : clé inconnue dans {error.message.split('(')[-1].rstrip(')')}. "
                    f"Vérifiez l'orthographe ; clés permises : {allowed}.")
        case "type":
            expected = {"string": "un texte", "integer": "un nombre entier", "object": "une liste de champs « clé: valeur »",
                        "array": "une liste d'éléments « - … »"}.get(str(error.validator_value), str(error.validator_value))
            return f"{field} : on attend {expected}, pas {found}."
        case "enum":
            choices = ", ".join(map(str, error.validator_value))
            return f"{field} : {found} n'est pas permis. Choisissez parmi : {choices}."
        case "maximum":
            return f"{field} : {found} dépasse le maximum permis ({error.validator_value})."
        case "minimum":
            return f"{field} : {found} est sous le minimum permis ({error.validator_value})."
        case "minLength":
            return f"{field} : le texte est vide. Écrivez-le ou retirez l'élément."
        case "maxLength":
            return f"{field} : texte trop long (plus de {error.validator_value} caractères)."
        case "pattern":
            hint = error.schema.get("description", f"forme attendue : {error.validator_value}")
            return f"{field} : {found} n'a pas la forme attendue. {hint}"
        case "format":
            hint = error.schema.get("description", f"forme attendue : {error.validator_value}")
            return f"{field} : {found} n'est pas valide. {hint}"
        case "minItems":
            return f"{field} : la liste est vide. Ajoutez au moins un élément."
        case "maxItems":
            return f"{field} : liste trop longue (plus de {error.validator_value} éléments)."
        case _:
            return f"{field} : {error.message}"


def _rule_problems(documents: dict[str, YamlDocument]) -> Iterator[Problem]:
    """Checks across values that the schemas cannot express."""
    programme, countries = documents["programme"], documents["countries"]
    period = programme.data["period"]
    if period["end"] < period["start"]:
        yield programme.problem_at(("period", "end"),
            f"period : la période finit ({period['end']}) avant de commencer ({period['start']}). "
            "Corrigez l'une des deux années.")
    yield from _duplicates(programme, "targets", "id")
    yield from _duplicates(programme, "themes", "id")
    yield from _duplicates(countries, "countries", "code")
    yield from _duplicates(countries, "countries", "slug")
    for index, country in enumerate(countries.data["countries"]):
        if country["code"] not in KNOWN_TERRITORIES:
            yield countries.problem_at(("countries", index, "code"),
                f"countries[{index}].code : « {country['code']} » n'est pas un code de pays ISO 3166 connu. "
                "Utilisez le code à deux lettres du pays (ex. BJ pour le Bénin).")


def _duplicates(document: YamlDocument, key: str, field: str) -> Iterator[Problem]:
    values = [item[field] for item in document.data[key]]
    for value, count in Counter(values).items():
        if count > 1:
            index = max(i for i, v in enumerate(values) if v == value)
            yield document.problem_at((key, index, field),
                f"{key}[{index}].{field} : « {value} » apparaît {count} fois. Chaque {field} doit être unique.")
