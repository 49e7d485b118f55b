"""Decap CMS form fields from a JSON Schema, so that a data file's form and the build's checks of it
come from one source: each property's `title` is the field's label, its `description` the hint.

What a form cannot express (an `if`/`then`, a rule in `pcv.data.loading`) the build still checks,
and says in French what to fix.
"""

from __future__ import annotations

import re
from typing import Any

Schema = dict[str, Any]
Field = dict[str, Any]


class UnsupportedSchema(ValueError):
    """A schema construct that has no form widget here."""


def form_fields(schema: Schema) -> list[Field]:
    """The fields of a form for a document valid against the object `schema`, in its properties' order
    (Decap writes a saved file's keys in the order of its fields)."""
    return _object_fields(schema, schema)


def _resolve(node: Schema, root: Schema) -> Schema:
    """`node` with its local `$ref` replaced by the definition's constraints. Label and hint are the
    node's own: a definition's description speaks of the definition ("a text in French and English"),
    not of the field that uses it."""
    while "$ref" in node:
        reference = node["$ref"]
        if not reference.startswith("#/"):
            raise UnsupportedSchema(f"only local references (#/…) are supported, not {reference}")
        target = root
        for part in reference[2:].split("/"):
            target = target[part]
        constraints = {key: value for key, value in target.items() if key not in ("title", "description")}
        node = {**constraints, **{key: value for key, value in node.items() if key != "$ref"}}
    return node


def _object_fields(node: Schema, root: Schema) -> list[Field]:
    node = _resolve(node, root)
    properties = node.get("properties", {})
    required = node.get("required", [])
    extra = node.get("additionalProperties")
    names = list(properties) + [name for name in required if name not in properties]
    return [_field(name, properties.get(name) or (extra if isinstance(extra, dict) else {}), root,
                   name in required) for name in names]


def _field(name: str, node: Schema, root: Schema, required: bool) -> Field:
    node = _resolve(node, root)
    field: Field = {"name": name, "label": node.get("title", name)}
    if not required:
        field["required"] = False
    if "description" in node:
        field["hint"] = plain_hint(node["description"])
    return field | _widget(node, root)


def plain_hint(text: str) -> str:
    """`text` shown as written: Decap renders hints as Markdown (a `<nom>` would vanish, `*x*` slant)."""
    return re.sub(r"([\\`*_\[\]<>~|])", r"\\\1", text)


def _widget(node: Schema, root: Schema) -> Field:
    kind = node.get("type")
    if "enum" in node:
        return {"widget": "select", "options": list(node["enum"])}
    if kind == "object":
        return {"widget": "object", "collapsed": False, "fields": _object_fields(node, root)}
    if kind == "array":
        return _list(node, root)
    if kind in ("integer", "number"):
        bounds = {name: node[key] for name, key in (("min", "minimum"), ("max", "maximum")) if key in node}
        return {"widget": "number", "value_type": "int" if kind == "integer" else "float", **bounds}
    if kind == "boolean":
        return {"widget": "boolean"}
    if kind == "string" and node.get("format") == "date":
        return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD",
                "time_format": False, "picker_utc": True}
    if kind == "string":
        if "pattern" in node:
            message = node.get("description", "Cette valeur n'a pas la forme attendue.")
            return {"widget": "string", "pattern": [node["pattern"], message]}
        return {"widget": "string"}
    raise UnsupportedSchema(f"no form widget for the schema {node}")


def _list(node: Schema, root: Schema) -> Field:
    items = _resolve(node.get("items", {}), root)
    bounds = {name: node[key] for name, key in (("min", "minItems"), ("max", "maxItems")) if key in node}
    if items.get("type") == "object":
        return {"widget": "list", **bounds, "fields": _object_fields(items, root)}
    return {"widget": "list", **bounds, "field": _field("item", items, root, True)}
