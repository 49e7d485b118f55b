"""The texts of data/strings.yaml that would carry one programme's names to another (PROGRAMME7 F8, PROGRAMME8 F2).

A programme's strings.yaml is the file most likely copied to the next programme. So that a copy carries no name,
no programme's file may spell its own names by hand: its organisation, its name and its acronym are written with
their placeholders ({organisation}, {programme}, {acronym}), in any case they are typed in. What a copy, or a
habit, could still bring is refused too: a web address no address of the data has, and a word in capitals (an
acronym, « CECI ») that neither the programme's data nor the engine's own texts write."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from pcv.data.yaml_source import YamlDocument
from pcv.problems import Problem

# The programme's names, each with what it is and the placeholder that says it from the data.
_OWN_NAMES = ((("organisation",), "le nom court de l'organisation", "{organisation}"),
              (("organisation_name", "name"), "le nom complet de l'organisation", "{organisation}"),
              (("name",), "le nom du programme", "{programme}"),
              (("acronym",), "le sigle du programme", "{acronym}"))

# A web address in a text (« ceci.org », « www.exemple.ca »), not a file name (« page.md »).
_HOST = re.compile(r"(?<![\w@./-])(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(?![\w/-])", re.I)
_FILE_SUFFIXES = {"md", "html", "htm", "js", "css", "py", "pdf", "csv", "json", "png", "jpg", "jpeg", "webp", "svg",
                  "txt", "yml", "yaml", "xml", "zip"}
_WORD = re.compile(r"\w+")


def _texts(value: Any) -> list[str]:
    """Every text of the data `value`."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return [value] if isinstance(value, str) else []


def _capitals(text: str) -> list[re.Match]:
    """The words of `text` in capitals, of two signs or more (« CECI », « ÉCHO », « G7 »): acronyms."""
    return [match for match in _WORD.finditer(text) if len(match[0]) > 1 and match[0].isupper()]


def _hosts(texts: list[str]) -> set[str]:
    """The hosts of every web address and email among `texts` (without « www. »)."""
    hosts = set()
    for text in (text.strip() for text in texts):
        if re.match(r"https?://", text, re.I):
            host = urlsplit(text).hostname or ""
        elif re.fullmatch(r"(?:mailto:)?[^@\s]+@[^@\s]+", text):
            host = text.rsplit("@", 1)[1]
        else:
            continue
        host = host.lower().removeprefix("www.")
        if "." in host:
            hosts.add(host)
    return hosts


def _own_names(programme: Any) -> list[tuple[str, str, str, str]]:
    """The programme's names in both languages, longest first: (name, what it is, its field, its placeholder)."""
    names = {}
    for path, label, placeholder in _OWN_NAMES:
        value = programme
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        for name in (value.values() if isinstance(value, dict) else ()):
            if isinstance(name, str) and len(name.strip()) > 1:
                names.setdefault(name.strip(), (label, ".".join(path), placeholder))
    return sorted(((name, *about) for name, about in names.items()), key=lambda item: -len(item[0]))


def written_name_problems(strings: YamlDocument, data: dict[str, Any], defaults: dict) -> list[Problem]:
    """A problem at each text of `strings` that spells by hand one of the programme's names (its other files as
    read: `data`), names a web address no address of `data` has, or an acronym that neither `data` nor the engine's
    texts (`defaults`) write; first, when any text names another site or acronym, one saying the file as a whole
    seems another programme's."""
    if not isinstance(strings.data, dict):
        return []
    programme = data.get("programme") if isinstance(data.get("programme"), dict) else {}
    names = _own_names(programme)
    texts = _texts(list(data.values()))
    hosts = _hosts(texts)
    known = {match[0] for text in texts + _texts(defaults) for match in _capitals(text)}
    problems, foreign = [], 0
    for key, text in strings.data.items():
        for lang, value in (text.items() if isinstance(text, dict) else ()):
            if not isinstance(value, str):
                continue
            own, spans = _own_name_messages(value, names)
            others = _acronym_messages(value, known, spans) + _host_messages(value, hosts)
            foreign += len(others)
            problems += [strings.problem_at((key, lang), message) for message in own + others]
    if foreign:  # the file as a whole: its other texts, which no check can tell from this programme's, go with it
        problems.insert(0, Problem("data/strings.yaml", 1, None, "ce fichier semble être celui d'un autre programme "
            f"({foreign} de ses textes nomment un site ou un sigle que les données de ce programme ne donnent pas). "
            "S'il a été copié avec le moteur, supprimez-le en entier (README, « A second programme », étape 1) : "
            "ses autres textes, qu'aucune vérification ne peut distinguer des vôtres, seraient publiés tels quels. "
            "Puis n'y remettez que les textes que ce programme dit à sa façon."))
    return problems


def _own_name_messages(value: str, names: list[tuple[str, str, str, str]]) -> tuple[list[str], list[tuple[int, int]]]:
    """A message for each of the programme's `names` that `value` spells, and where it spells them."""
    messages, spans = [], []
    for name, label, field, placeholder in names:
        found = [match.span() for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", value)
                 if not _within(match.start(), spans)]
        if found:
            spans += found
            messages.append(f"« {name} » est {label} (data/programme.yaml, {field}) : écrivez {placeholder} à sa "
                            "place, qui le dit depuis les données (et ne nommerait pas ce programme-ci si ce fichier "
                            "servait à un autre).")
    return messages, spans


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _acronym_messages(value: str, known: set[str], spans: list[tuple[int, int]]) -> list[str]:
    """A message for each acronym of `value` that is not `known`, outside the programme's own names (`spans`)."""
    words = dict.fromkeys(match[0] for match in _capitals(value) if not _within(match.start(), spans))
    return [f"« {word} » n'est écrit ni dans les données du programme (data/programme.yaml, data/partners.yaml, "
            "data/countries.yaml) ni dans les textes du site : ce texte a-t-il été écrit pour un autre programme ? "
            "Le sigle de ce programme s'écrit {acronym}, le nom de son organisation {organisation} ; un autre sigle "
            "juste s'écrit en toutes lettres (« Nations unies » pour « ONU »)."
            for word in words if word not in known]


def _host_messages(value: str, hosts: set[str]) -> list[str]:
    """What is wrong with the web addresses `value` names: one that none of `hosts` (the data's) is, or is under."""
    messages = []
    for match in _HOST.finditer(value):
        host = match.group(1).lower()
        if host.rsplit(".", 1)[1] in _FILE_SUFFIXES or any(
                known == host or known.endswith(f".{host}") or host.endswith(f".{known}") for known in hosts):
            continue
        messages.append(f"« {match.group(0)} » n'est l'adresse d'aucun site que donnent les données du programme "
                        "(data/programme.yaml, data/partners.yaml, data/countries.yaml) : ce texte a-t-il été écrit "
                        "pour un autre programme ? Récrivez-le "
                        "pour celui-ci, ou retirez-le pour garder le texte du site (pcv/text/interface.yaml) ; si "
                        "l'adresse est juste, donnez-la d'abord dans les données (par exemple organisation_website).")
    return messages
