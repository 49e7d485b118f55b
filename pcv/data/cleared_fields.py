"""Optional fields left empty are absent: the web editor writes a field it clears as `null` (a choice) or `""`
(a text), where a person would remove the line. Each is dropped before the checks and the build, which then see
the file as if the line were not there; an empty required field is kept, and reported."""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def without_cleared_fields(data: Any, schema: Schema) -> Any:
    """`data` without the optional properties, at any depth that `schema` describes, whose value is null or ""."""
    return _cleaned(data, schema, schema)


def _cleaned(value: Any, node: Schema, root: Schema) -> Any:
    node = _resolved(node, root)
    if isinstance(value, dict) and isinstance(node.get("properties"), dict):
        required = node.get("required", [])
        properties = node["properties"]
        return {key: _cleaned(item, properties[key], root) if key in properties else item
                for key, item in value.items()
                if key in required or key not in properties or item not in (None, "")}
    if isinstance(value, list) and isinstance(node.get("items"), dict):
        return [_cleaned(item, node["items"], root) for item in value]
    return value


def _resolved(node: Schema, root: Schema) -> Schema:
    """`node`, or the local definition it refers to (`#/$defs/…`)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = root
        for part in node["$ref"][2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = {**target, **{key: item for key, item in node.items() if key != "$ref"}}
    return node if isinstance(node, dict) else {}
