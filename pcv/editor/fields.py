"""Decap CMS form fields from a JSON Schema, so that a data file's form and the build's checks of it
come from one source: each property's `title` is the field's label, its `description` the hint.

What a form cannot express (an `if`/`then`, a rule in `pcv.data.loading`) the build still checks,
and says in French what to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pcv.data.models import LANGUAGE_NAMES

Schema = dict[str, Any]
Field = dict[str, Any]
FieldPath = tuple[str, ...]  # names of the properties from the document's root, list items skipped


class UnsupportedSchema(ValueError):
    """A schema construct that has no form widget here."""


def form_fields(schema: Schema, choices: dict[FieldPath, list[Field]] | None = None) -> list[Field]:
    """The fields of a form for a document valid against the object `schema`, in its properties' order
    (Decap writes a saved file's keys in the order of its fields).

    `choices` turns the text fields at these paths into lists to choose from ({"label", "value"}
    options): the values a rule of the build accepts where the schema only gives a form.
    """
    return _object_fields(schema, _Context(schema, choices or {}), (), optional=False)


@dataclass(frozen=True)
class _Context:
    root: Schema  # the whole schema, where local references point
    choices: dict[FieldPath, list[Field]]


def _resolve(node: Schema, context: _Context) -> Schema:
    """`node` with its local `$ref` replaced by the definition's constraints. Label and hint are the
    node's own: a definition's description speaks of the definition ("a text in French and English"),
    not of the field that uses it."""
    while "$ref" in node:
        reference = node["$ref"]
        if not reference.startswith("#/"):
            raise UnsupportedSchema(f"only local references (#/…) are supported, not {reference}")
        target = context.root
        for part in reference[2:].split("/"):
            target = target[part]
        constraints = {key: value for key, value in target.items() if key not in ("title", "description")}
        node = {**constraints, **{key: value for key, value in node.items() if key != "$ref"}}
    return node


def _object_fields(node: Schema, context: _Context, path: FieldPath, *, optional: bool) -> list[Field]:
    """The fields of an object's properties. Within an `optional` object none is required: Decap
    checks the fields of an object the file does not have (Côte d'Ivoire's absent activities) as if
    it were there, and would refuse to save; the build still checks a present object in full."""
    node = _resolve(node, context)
    properties = node.get("properties", {})
    required = node.get("required", [])
    extra = node.get("additionalProperties")
    names = list(properties) + [name for name in required if name not in properties]
    fields = [_field(name, properties.get(name) or (extra if isinstance(extra, dict) else {}), context,
                     path + (name,), name in required and not optional) for name in names]
    return [field | _bound_if(node, field["name"]) for field in fields]


def _bound_if(node: Schema, name: str) -> Field:
    """The bound the object's `if`/`then` sets on its number `name` when another of its fields has one value (a
    target's value at most 100 when its format is percent), for the form to refuse what the build will (STAFF11 H10:
    175 % was accepted by the form, Decap's number field knowing only fixed bounds): `bound_if` (shown_values.js)."""
    condition = node.get("if", {}).get("properties", {})
    then = node.get("then", {}).get("properties", {}).get(name, {})
    bounds = {short: then[key] for short, key in (("min", "minimum"), ("max", "maximum")) if key in then}
    if len(condition) != 1 or "const" not in next(iter(condition.values())) or not bounds:
        return {}
    (other, rule), = condition.items()
    return {"bound_if": {"field": other, "equals": rule["const"], **bounds, "message": then.get("description", "")}}


def _field(name: str, node: Schema, context: _Context, path: FieldPath, required: bool) -> Field:
    node = _resolve(node, context)
    field: Field = {"name": name, "label": node.get("title", name)}
    if not required:
        field["required"] = False
    if "description" in node:
        field["hint"] = plain_hint(node["description"])
    if path in context.choices:
        return field | {"widget": "select", "options": context.choices[path]}
    return field | _widget(node, context, path, required)


# A date as the form accepts it: its month and day possible (2026-13-01 was accepted, then refused by the build:
# staff play-test 8 F10); a day the month lacks (02-30) and a date in the future, the field's widget (past_date.js).
DATE_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"


def plain_hint(text: str) -> str:
    """`text` shown as written: Decap renders hints as Markdown (a `<nom>` would vanish, `*x*` slant); the spaces
    French puts inside « » and before : ; ? ! unbreakable, so that a sign never starts or ends a line alone."""
    text = re.sub(r"(?<=«) | (?=[»:;?!])", "\u00a0", text)
    return re.sub(r"([\\`*_\[\]<>~|])", r"\\\1", text)


def _widget(node: Schema, context: _Context, path: FieldPath, required: bool) -> Field:
    kind = node.get("type")
    if "enum" in node:
        labels = node.get("enumDescriptions") or [None] * len(node["enum"])
        return {"widget": "select", "options": [_option(value, label) for value, label in zip(node["enum"], labels)]}
    if kind == "object":
        return {"widget": "object", "collapsed": False,
                "fields": _object_fields(node, context, path, optional=not required)}
    if kind == "array":
        return _list(node, context, path)
    if kind in ("integer", "number"):
        bounds = {name: node[key] for name, key in (("min", "minimum"), ("max", "maximum")) if key in node}
        return {"widget": "number", "value_type": "int" if kind == "integer" else "float", **bounds}
    if kind == "boolean":
        return {"widget": "boolean"}
    if kind == "string" and node.get("format") == "date":  # typed as the file and the hint write it, no picker; a date
        # of the data says when something was done: past_date.js refuses a day the month lacks and a future date
        return {"widget": "past_date", "pattern": [DATE_PATTERN, "Écrivez la date sous la forme AAAA-MM-JJ (mois de 01 à "
                                                              "12, jour de 01 à 31), par exemple 2026-11-29."]}
    if kind == "string":
        if "pattern" in node:
            message = node.get("description", "Cette valeur n'a pas la forme attendue.")
            return {"widget": "string", "pattern": [node["pattern"], message]}
        return {"widget": "string"}
    raise UnsupportedSchema(f"no form widget for the schema {node}")


def _option(value: Any, label: str | None = None) -> Any:
    """A choice as the form shows it: by the schema's words for it (`enumDescriptions`, which Visual Studio Code
    shows too), a language by its name (« français (fr) »), anything else as written."""
    if label:
        return {"label": f"{label} ({value})", "value": value}
    return {"label": f"{LANGUAGE_NAMES[value]} ({value})", "value": value} if value in LANGUAGE_NAMES else value


def _list(node: Schema, context: _Context, path: FieldPath) -> Field:
    items = _resolve(node.get("items", {}), context)
    bounds = {name: node[key] for name, key in (("min", "minItems"), ("max", "maxItems")) if key in node}
    if items.get("type") == "object":
        fields = _object_fields(items, context, path, optional=False)
        # « Ajouter une organisation » rather than « Ajouter organisations » (STAFF12: « Ajouter cibles chiffrées »): one
        # item, with its article, as the schema names it (`x-item`); list_items.js takes it out of « 1 une organisation ».
        singular = {"label_singular": node["x-item"]} if node.get("x-item") else {}
        return {"widget": "list", **bounds, **singular, **_summary(fields), "fields": fields}
    return {"widget": "list", **bounds, "field": _field("item", items, context, path, True)}


def _summary(fields: list[Field]) -> Field:
    """What a folded list item shows: its French name or label (a partner, a target), or its slug and
    code (a country), rather than Decap's dump of the item."""
    names = {field["name"]: field for field in fields}
    if "code" in names and "slug" in names:  # a country, whose name is optional (list_items.js names it from its code)
        return {"summary": "{{fields.slug}} ({{fields.code}})"}
    for key in ("name", "label", "title"):
        sub = names.get(key, {}).get("fields") or []
        if any(f["name"] == "fr" for f in sub):
            return {"summary": f"{{{{fields.{key}.fr}}}}"}
        if key in names and "fields" not in names[key]:
            return {"summary": f"{{{{fields.{key}}}}}"}
    if "fr" in names:
        return {"summary": "{{fields.fr}}"}
    if "slug" in names:
        return {"summary": "{{fields.slug}}"}
    return {}
