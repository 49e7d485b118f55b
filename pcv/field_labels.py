"""The French labels of the fields staff meet, as the web editor's forms show them, for the messages that name a
field: a data file's fields by their schema's `title` (schemas/), a page's front matter by its form's label.

In data/countries.yaml, "countries[4].activities" is « Pays » → « Activités »; a key with no label (a misspelled
one, a front-matter key the form does not show) is named as written.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schemas"  # part of the code, like the rules of pcv.data

# A page's form (pcv/editor/config.py), field by field.
PAGE_LABELS = {"title": "Titre", "description": "Description", "slug": "Fin de l'adresse (slug)",
               "country": "Pays de la page", "menu_after": "Place dans le menu", "body": "Texte de la page", "translation": "Traduction en attente",
               "translation_reviewed": "Traduction relue"}
# mkdocs.yml's keys staff meet, by what they are (the menu: « Menu du site » in the editor, pcv/editor/menu_form.js).
CONFIG_LABELS = {"nav_translations": "noms des sections du menu dans cette langue"}
# The texts named after a call to action's id (overrides/call-to-action.html, overrides/contact.html): the title and
# hint of their field in the editor's form, where it comes after the text named third, « {id} » the call's id.
CALL_KEYS = {
    "{id}.where.title": ("Page de l'appel « {id} » : titre des cartes des pays",
                         "Si ce texte existe, la page de l'appel « {id} » se termine par les pays qui ont une page, "
                         "sous ce titre.", "call.link.where"),
    "{id}.handoff": ("Page de l'appel « {id} » : ce qui attend sous le bouton",
                     "Si ce texte existe, il dit sous le bouton de la page de l'appel « {id} » ce que la personne "
                     "trouvera sur l'autre site (seulement ce que la source dit de cette page).", "call.link.where"),
    "contact.{id}.text": ("Nous joindre : texte de la carte de l'appel « {id} »",
                          "Page pour nous joindre : texte de la carte de l'appel « {id} » (sans lui, le texte de "
                          "l'appel, programme.yaml).", "contact.organisation.link"),
}
_DATA = re.compile(r"data/([a-z_]+)\.yaml")
_PAGE = re.compile(r"docs/[^/]+/.+\.md")
Schema = dict[str, Any]


def labelled_keys(file: str, groups: list[str]) -> list[list[tuple[str, str | None]]]:
    """The keys of each group of a field's path (["targets", "label.fr"] for "targets[3].label.fr"), each with its
    label in the form of `file`, or None: [[("targets", "Cibles chiffrées")], [("label", "Libellé"), ("fr",
    "Français")]]. A key may hold dots (data/strings.yaml's): each is the longest property name at its place."""
    match = _DATA.fullmatch(file)
    root = _schema(match.group(1)) if match else None
    node, found = root, []
    for group in groups:
        keys, rest = [], group
        while rest:
            names = node.get("properties", {}) if node else {}
            if node is root and file == "data/strings.yaml":
                names = {**_call_texts(rest), **names}
            key = max((name for name in names if rest == name or rest.startswith(name + ".")), key=len, default=None)
            key = key or rest.split(".", 1)[0]
            rest = rest[len(key) + 1:]
            node = _resolve(names[key], root) if key in names and root else None
            label = PAGE_LABELS.get(key) if _PAGE.fullmatch(file) and not found and not keys else \
                CONFIG_LABELS.get(key) if file == "mkdocs.yml" else None
            keys.append((key, node.get("title") if node else label))
        found.append(keys)
        if node and isinstance(node.get("items"), dict):
            node = _resolve(node["items"], root)
    return found


def _call_texts(key: str) -> dict[str, Schema]:
    """The property of data/strings.yaml that `key` begins with if it is a call to action's text (CALL_KEYS)."""
    for template, (title, hint, _) in CALL_KEYS.items():
        pattern = re.escape(template).replace(re.escape("{id}"), "([a-z][a-z0-9-]*)")
        if match := re.match(rf"{pattern}(?=\.|$)", key):
            return {match.group(0): {"$ref": "#/$defs/text", "title": title.format(id=match.group(1))}}
    return {}


@cache
def _schema(stem: str) -> Schema | None:
    try:
        return json.loads((SCHEMA_DIR / f"{stem}.schema.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _resolve(node: Schema, root: Schema | None) -> Schema:
    """`node` with its local `$ref` followed; its label is its own, not the definition's (as in the form)."""
    while root and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = root
        for part in node["$ref"][2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        constraints = {key: value for key, value in target.items() if key not in ("title", "description")}
        node = {**constraints, **{key: value for key, value in node.items() if key != "$ref"}}
    return node
