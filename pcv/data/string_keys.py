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
from urllib.parse import urlsplit

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


# A web address in a text (« ceci.org », « www.exemple.ca »), not a file name (« page.md »).
_HOST = re.compile(r"(?<![\w@./-])(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(?![\w/-])", re.I)
_FILE_SUFFIXES = {"md", "html", "htm", "js", "css", "py", "pdf", "csv", "json", "png", "jpg", "jpeg", "webp", "svg",
                  "txt", "yml", "yaml", "xml", "zip"}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]+")  # a short name in capitals (« CECI »): a word no sentence says otherwise


def _data_hosts(value: Any) -> set[str]:
    """The hosts of every web address and email of the data `value` (without « www. »)."""
    if isinstance(value, dict):
        return {host for item in value.values() for host in _data_hosts(item)}
    if isinstance(value, list):
        return {host for item in value for host in _data_hosts(item)}
    if not isinstance(value, str):
        return set()
    text = value.strip()
    if re.match(r"https?://", text, re.I):
        host = urlsplit(text).hostname or ""
    elif re.fullmatch(r"(?:mailto:)?[^@\s]+@[^@\s]+", text):
        host = text.rsplit("@", 1)[1]
    else:
        return set()
    host = host.lower().removeprefix("www.")
    return {host} if "." in host else set()


def written_name_problems(strings: YamlDocument, data: dict[str, Any]) -> list[Problem]:
    """A problem at each text of `strings` that spells by hand the organisation's short name in capitals (« CECI »:
    {organisation} says it from the data), or names a web address that no address of the programme's `data` (its
    other files as read) has: a data/strings.yaml kept from another programme would publish its name and its site
    (PROGRAMME7 F8)."""
    if not isinstance(strings.data, dict):
        return []
    programme = data.get("programme") if isinstance(data.get("programme"), dict) else {}
    organisation = programme.get("organisation") if isinstance(programme.get("organisation"), dict) else {}
    hosts = _data_hosts(list(data.values()))
    problems = []
    for key, text in strings.data.items():
        for lang, value in (text.items() if isinstance(text, dict) else ()):
            if not isinstance(value, str):
                continue
            name = organisation.get(lang)
            if (isinstance(name, str) and _ACRONYM.fullmatch(name)
                    and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", value)):
                problems.append(strings.problem_at((key, lang),
                    f"« {name} » est le nom court de l'organisation (data/programme.yaml, organisation) : écrivez "
                    "{organisation} à sa place, qui le dit depuis les données (et ne nommerait pas une autre "
                    "organisation si ce fichier servait à un autre programme)."))
            for match in _HOST.finditer(value):
                host = match.group(1).lower()
                if host.rsplit(".", 1)[1] in _FILE_SUFFIXES or any(
                        known == host or known.endswith(f".{host}") or host.endswith(f".{known}") for known in hosts):
                    continue
                problems.append(strings.problem_at((key, lang),
                    f"« {match.group(0)} » n'est l'adresse d'aucun site que donnent les données du programme "
                    "(data/programme.yaml, data/partners.yaml, data/countries.yaml) : ce texte a-t-il été écrit pour "
                    "un autre programme ? Récrivez-le pour celui-ci, ou retirez-le pour garder le texte du site "
                    "(pcv/text/interface.yaml) ; si l'adresse est juste, donnez-la d'abord dans les données (par "
                    "exemple organisation_website)."))
    foreign = sum("n'est l'adresse d'aucun site" in problem.message for problem in problems)
    if foreign:  # the file as a whole: its other texts, which no check can tell from this programme's, go with it
        problems.insert(0, Problem("data/strings.yaml", 1, None, "ce fichier semble être celui d'un autre programme "
            f"({foreign} de ses textes nomment un site que les données de ce programme ne donnent pas). "
            "S'il a été copié avec le moteur, supprimez-le en entier (README, « A second programme », étape 1) : "
            "ses autres textes, qu'aucune vérification ne peut distinguer des vôtres, seraient publiés tels quels. "
            "Puis n'y remettez que les textes que ce programme dit à sa façon."))
    return problems
