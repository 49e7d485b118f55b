"""A data file's problems against its JSON Schema (schemas/), each said in French: what was expected, what
was found, at the field's line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from pcv.data.models import LANGUAGE_NAMES
from pcv.data.yaml_source import NBSP_NAME, YamlDocument, field_path, value_in_words
from pcv.problems import Problem
from pcv.look_alike import look_alike_note
from pcv.safety.link_address import https_link_problem

EXPECTED = {
    "string": "un texte",
    "integer": "un nombre entier",
    "number": "un nombre",
    "boolean": "oui ou non (true ou false)",
    "object": "des champs « nom: valeur », indentés sous ce champ",
    "array": "une liste, une ligne « - … » par élément",
}


def schema_problems(document: YamlDocument, validator: Draft202012Validator) -> Iterator[Problem]:
    for error in _leaf_errors(validator.iter_errors(document.data)):
        location = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = list(error.schema.get("properties", {}))
            for key in (k for k in error.instance if k not in allowed):
                yield document.problem_at(location + (key,), _unknown_field(str(key), allowed), at_key=True)
        elif error.validator == "required":
            key = re.match(r"'(.+)' is a required property", error.message).group(1)
            titled = "title" in error.schema.get("properties", {}).get(key, {})  # the problem's place names it
            problem = document.problem_at(location, _missing(key, titled), at_key=True)
            yield replace(problem, field=field_path(location + (key,)),
                          **({"line": None, "column": None} if not location else {}))
        elif "propertyNames" in error.absolute_schema_path:
            yield document.problem_at(location + (error.instance,), _explain(error), at_key=True)
        elif not (error.validator == "pattern" and error.schema.get("format") == "https-url"):  # said by its format
            yield document.problem_at(location, _explain(error))


def _unknown_field(key: str, allowed: list[str]) -> str:
    if "\u00a0" in key:
        return (f"le nom de champ « {key} » contient une {NBSP_NAME}, invisible. Effacez les espaces autour "
                f"du nom et retapez « {key.replace(chr(0xa0), ' ').strip()}: » sans espace avant « : ».")
    if " " in key.strip():  # no field name has a space: the rest of a text cut at a comma between « { } »
        return (f"« {key} » n'est pas un nom de champ : c'est sans doute la suite d'un texte coupé par une virgule "
                "entre « { } ». Mettez tout le texte entre guillemets droits, par exemple {fr: \"Des élèves, qui "
                "lisent.\", en: …}, ou écrivez chaque langue sur sa ligne, sans accolades.")
    return (f"champ inconnu « {key} ». Vérifiez l'orthographe ; champs permis ici : {', '.join(allowed)}."
            + look_alike_note(key))


def _leaf_errors(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    """The most precise errors: an error with sub-errors (anyOf, oneOf) is reported by them."""
    for error in errors:
        if error.context:
            yield from _leaf_errors(error.context)
        else:
            yield error


def _missing(key: str, titled: bool = False) -> str:
    """What to add; a field the editor's form labels (its place says « champ « Publics visés » (…) ») is filled
    there first (STAFF13: only « Ajoutez une ligne « target_groups: … » », a file's edit, was said)."""
    language = LANGUAGE_NAMES.get(key)
    if language:
        return (f"la version en {language} manque. Ajoutez une ligne « {key}: … » "
                f"avec le texte en {language}, alignée sur l'autre langue.")
    if titled:
        return (f"ce champ obligatoire manque : remplissez-le dans l'éditeur, ou ajoutez dans le fichier une ligne "
                f"« {key}: … ».")
    return f"le champ obligatoire « {key} » manque. Ajoutez une ligne « {key}: … »."


def _type_hint(expected: str, value: Any) -> str:
    if value is None:
        return " Écrivez la valeur après « : »."
    if expected == "integer" and isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return f" Écrivez-le en chiffres, sans point ni exposant : {int(value)}."
    if expected == "integer" and isinstance(value, float) and abs(value) < 1e15:  # PROGRAMME11 F11: 12.5 (millions?)
        return (" Écrivez un nombre entier, en chiffres : un nombre abrégé s'écrit en entier, le site l'abrège "
                "lui-même (12,5 millions s'écrit 12500000) ; un pourcentage s'arrondit (12,5 % s'écrit 13).")
    if expected == "integer" and isinstance(value, str) and value.strip().isdigit():
        return " Retirez les guillemets."
    if expected == "integer" and isinstance(value, str) and re.search(r"\d", value):
        return " Écrivez seulement le nombre, en chiffres, sans espace, séparateur ni unité (ex. 12500 ou 40)."
    if expected == "string" and isinstance(value, (bool, int, float)):
        return ' Mettez le texte entre guillemets droits ("…").'
    return ""


def _fixed(value: object, pattern: str) -> str:
    """« : écrivez « CI » » when `value` has the form `pattern` asks once its case or its outer spaces are changed."""
    if not isinstance(value, str):
        return ""
    for fixed in (value.strip(), value.strip().upper(), value.strip().lower()):
        if fixed != value and re.search(pattern, fixed):
            return f" : écrivez « {fixed} »"
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
        case "pattern" if isinstance(error.instance, str) and error.instance.endswith("\n"):
            return (f"on trouve {found}, qui finit par un retour à la ligne (écrit en bloc, après « | » ou « > »). "
                    f"Écrivez la valeur sur la ligne du champ, sans « | » ni « > ». {hint}").rstrip()
        case "pattern":
            return (f"on trouve {found}, qui n'a pas la forme attendue{_fixed(error.instance, expected_value)}. "
                    f"{hint}".rstrip() + (look_alike_note(error.instance) if isinstance(error.instance, str) else ""))
        case "format" if expected_value == "https-url" and isinstance(error.instance, str):
            return f"l'adresse « {error.instance} » ne convient pas : {https_link_problem(error.instance)}. {hint}".rstrip()
        case "format":
            return f"on trouve {found}, qui n'est pas valide. {hint}".rstrip()
        case "minItems":
            return "la liste est vide. Ajoutez au moins un élément (une ligne « - … »)."
        case "maxItems":
            return f"liste trop longue : {len(error.instance)} éléments, au plus {expected_value}."
        case _:
            return f"{error.message}."
