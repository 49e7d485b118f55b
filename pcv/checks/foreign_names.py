"""Another programme's names typed into this programme's data (PROGRAMME10 F3: « Comme au PCV du CECI, … » in a
theme's summary of another programme, published on its home page).

The check of data/strings.yaml (pcv/data/foreign_texts.py) refuses there any acronym and web address the data does
not give. The data's own texts name things too, so here the test is wider: a word in capitals (« CECI ») or a web
address (« ceci.org ») in a text of data/programme.yaml or data/countries.yaml, or a funder's statement in
data/partners.yaml, that nothing else of this programme writes (its names, its partners' names, any address of
its data, its pages, the engine's texts) was brought from elsewhere. Codes (« BJ »), one-word values and `source` fields (which cite a document) are left alone.

Pages are not judged this way: a page names what it explains, « ONU », « ODD », « COVID-19 », « un.org », often in
one page only, and nothing in a programme's files can tell those from another programme's names (the engine names
no programme), so a refusal there would be unsound. What a copied page most often keeps, the other programme's
figures and links to its own pages, is refused by the figure and link checks; its addresses on other sites are said
« À vérifier » (pcv/checks/outside_addresses.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pcv.data.foreign_texts import _FILE_SUFFIXES, _HOST, _capitals, _hosts, _texts
from pcv.data.yaml_source import UnreadableYaml, YamlDocument, read_yaml
from pcv.pages.markdown import MarkdownPage
from pcv.problems import Problem

CHECKED = ("programme", "countries")  # partners.yaml is made of names, each naming itself: only its statements are
_NAMES = ("name", "acronym", "organisation", "organisation_name")  # data/programme.yaml's fields that are names
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>()\]]+|\]\((?!#)[^)\s]+", re.I)


def foreign_name_problems(data_dir: Path, pages: dict[tuple[str, str], MarkdownPage], defaults: dict) -> list[Problem]:
    """A problem at each text of the data files CHECKED naming an acronym or a web address that nothing else of the
    programme (its data's names and addresses, `pages`, the engine's texts `defaults`) writes."""
    documents: dict[str, YamlDocument] = {}
    for stem in (*CHECKED, "partners", "strings"):
        path = data_dir / f"{stem}.yaml"
        try:
            documents[stem] = read_yaml(path, f"data/{stem}.yaml") if path.is_file() else None
        except UnreadableYaml:
            return []  # said by the data's check
    programme = documents["programme"].data if documents["programme"] else {}
    partners = documents["partners"].data if documents["partners"] else {}
    names = _texts([programme.get(field) for field in _NAMES if isinstance(programme, dict)]) + _texts(
        _without(partners, "statement"))
    pages_text = "\n".join(page.text for page in pages.values())
    known = {match[0] for text in [*names, *_texts(defaults), pages_text] for match in _capitals(text)}
    every = _texts([document.data for document in documents.values() if document])
    hosts = _hosts(every + [address.lstrip("](") for address in _ADDRESS.findall(pages_text)])
    problems = []
    for stem in CHECKED:
        if documents[stem] is not None:
            problems += _document_problems(documents[stem], known, hosts)
    if documents["partners"] is not None:  # its funders' statements: prose, among names
        problems += _document_problems(documents["partners"], known, hosts, only="statement")
    return problems


def _without(value: Any, key: str) -> Any:
    """`value` without the fields named `key`, at any depth."""
    if isinstance(value, dict):
        return {k: _without(item, key) for k, item in value.items() if k != key}
    return [_without(item, key) for item in value] if isinstance(value, list) else value


def _document_problems(document: YamlDocument, known: set[str], hosts: set[str], only: str | None = None) -> list[Problem]:
    """What `document`'s texts name that is not `known` (nor among `hosts`); only its fields named `only`, if given."""
    problems = []

    def walk(value: Any, location: tuple) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key != "source" and (location or key not in _NAMES):
                    walk(item, (*location, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*location, index))
        elif isinstance(value, str) and len(value.split()) > 1 and (only is None or only in location):
            words = [word for word in dict.fromkeys(match[0] for match in _capitals(value)) if word not in known]
            messages = [_acronym_message(words)] * bool(words) + _host_messages(value, hosts)
            problems.extend(document.problem_at(location, message) for message in messages[:1])

    walk(document.data, ())
    return problems


def _host_messages(value: str, hosts: set[str]) -> list[str]:
    """A message for each web address of `value` that is none of `hosts` (the data's and the pages'), nor under one."""
    return [f"« {match.group(0)} » n'est l'adresse d'aucun site que donnent les données ou les pages de ce programme : "
            "ce texte a-t-il été écrit pour un autre programme ? Récrivez-le pour celui-ci ; si l'adresse est juste, "
            "donnez-la aussi dans une page, comme lien."
            for match in _HOST.finditer(value) if (host := match.group(1).lower()).rsplit(".", 1)[1] not in
            _FILE_SUFFIXES and not any(known == host or known.endswith(f".{host}") or host.endswith(f".{known}")
                                       for known in hosts)]


def _acronym_message(words: list[str]) -> str:
    shown = ", ".join(f"« {word} »" for word in words)
    verb = "n'est écrit" if len(words) == 1 else "ne sont écrits"
    return (f"{shown} {verb} nulle part ailleurs dans ce programme : ni dans ses noms (data/programme.yaml), ni "
            "dans ceux de ses partenaires (data/partners.yaml), ni dans ses pages, ni dans les textes du site. Ce "
            "texte a-t-il été écrit pour un autre programme ? Récrivez-le pour celui-ci ; si un sigle est juste, "
            "écrivez-le en toutes lettres (« Nations unies » pour « ONU »), ou employez-le aussi dans la page qui en "
            "parle.")
