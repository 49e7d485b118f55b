"""The names data/strings.yaml may give its texts: a name the site never reads (a typo, « home.hero.labell ») would be
ignored without a word, the engine's wording shown instead; it is a problem at its line, naming the closest name."""

from __future__ import annotations

import difflib
import functools
import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

from pcv.data.yaml_source import YamlDocument
from pcv.field_labels import CALL_KEYS
from pcv.problems import Problem
from pcv.look_alike import look_alike_note

# A text that goes with a count has its singular beside it, « <name>.one », or, for two texts named before that rule,
# the name SINGULAR gives (pcv/text/plural.py chooses between them).
SINGULAR = {"figure.countries": "figure.country", "partners.funders.title": "partners.funder.title"}


def singular_key(key: str) -> str:
    """The name of the singular form of the text `key`."""
    return SINGULAR.get(key, f"{key}.one")


_THEME_KEY = re.compile(r'^\s*"([a-z0-9_.]+)":', re.M)  # a text of Material's (partials/languages/en.html)


def unknown_key_problems(strings: YamlDocument, programme: Any, schema: Path, defaults: dict) -> list[Problem]:
    """A problem at each name of `strings` the site reads nowhere: neither the engine's (`defaults`, the schema
    `schema`), nor a call to action's of `programme` (its raw data), nor « theme. » and a text of Material's."""
    if not isinstance(strings.data, dict):
        return []
    ids = call_ids(programme)
    known = {*defaults, *json.loads(schema.read_text(encoding="utf-8"))["properties"],
             *(key.format(id=call_id) for key in CALL_KEYS for call_id in ids),
             *(f"theme.{key}" for key in _theme_keys())}
    problems = []
    for key in strings.data:
        if not isinstance(key, str) or key in known:
            continue
        call = _call_of(key)
        if call and not isinstance(programme, dict):
            continue  # data/programme.yaml could not be read: its calls are unknown, its slip is said there
        if call:
            problems.append(strings.problem_at((key,), f"« {key} » est un texte de l'appel à l'action « {call} », "
                "que data/programme.yaml n'a pas (« Appels à l'action », calls_to_action). Si l'appel a été retiré, "
                "retirez aussi ce texte ; sinon, remettez l'appel dans data/programme.yaml." + look_alike_note(key),
                at_key=True))
        else:
            guess = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f"Vouliez-vous dire « {guess[0]} » ? " if guess else ""
            problems.append(strings.problem_at((key,), f"le site n'a pas de texte nommé « {key} » : il serait ignoré. "
                                               f"{hint}Sinon, retirez-le (la liste des noms : pcv/text/interface.yaml)."
                                               + look_alike_note(key), at_key=True))
    return problems


@functools.cache
def _theme_keys() -> frozenset[str]:
    """The names of Material's own texts, which « theme.<name> » replaces."""
    template = files("material") / "templates" / "partials" / "languages" / "en.html"
    return frozenset(_THEME_KEY.findall(template.read_text(encoding="utf-8")))


def with_own_singulars(defaults: dict, own: dict) -> dict:
    """The programme's texts `own`, each text it words its own way without a singular given that singular too: its
    wording for every count, rather than the engine's singular beside its own plural."""
    return {**own, **{singular_key(key): value for key, value in own.items()
                      if singular_key(key) in defaults and singular_key(key) not in own}}


_CALL_KEYS = [re.compile(re.escape(key).replace(re.escape("{id}"), "(?P<id>[a-z][a-z0-9-]*)")) for key in CALL_KEYS]


def _call_of(key: str) -> str | None:
    """The id of the call to action whose text `key` would be (« volunteer.where.title »: volunteer), if any."""
    return next((match["id"] for pattern in _CALL_KEYS if (match := pattern.fullmatch(key))), None)


def call_ids(programme: Any) -> list[str]:
    """The ids of the calls to action of `programme` (data/programme.yaml as read, valid or not)."""
    calls = programme.get("calls_to_action") if isinstance(programme, dict) else None
    return [call["id"] for call in calls or () if isinstance(call, dict) and isinstance(call.get("id"), str)]


def strings_schema(schema: dict, ids: list[str]) -> dict:
    """The schema of data/strings.yaml (`schema`) with the texts of the calls to action `ids` among its properties:
    the editor's form has a field for each, and none for a call the programme does not make."""
    properties = {}
    for key, value in schema["properties"].items():
        properties[key] = value
        for template, (title, hint, after) in CALL_KEYS.items():
            if key == after:
                properties |= {template.format(id=call): {"$ref": "#/$defs/text", "title": title.format(id=call),
                                                          "description": hint.format(id=call)} for call in ids}
    return {**schema, "properties": properties}
