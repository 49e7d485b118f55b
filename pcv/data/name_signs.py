"""A soft hyphen (U+00AD) in a name of the data (STAFF12 low: typed, or pasted from a document, in a partner's name, it
was accepted without a word). In a page's text it is a hint where French may break a long word, and stays allowed
(pcv/invisible_signs.py); in a name it hyphenates nothing, the site's search no longer finds the name, and the open
data and the duplicate check carry it. Said at the name's line: the person cannot see it, so retyping is the advice."""

from __future__ import annotations

from typing import Any

from pcv.data.yaml_source import YamlDocument
from pcv.problems import Problem

SOFT_HYPHEN = "\u00ad"


def soft_hyphen_problems(document: YamlDocument) -> list[Problem]:
    """Each text of a `name` field of `document` (a country's, a partner's, the programme's) that holds a soft hyphen."""
    problems: list[Problem] = []

    def walk(value: Any, location: tuple, named: bool) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*location, key), named or key == "name")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*location, index), named)
        elif named and isinstance(value, str) and SOFT_HYPHEN in value:
            shown = value.replace(SOFT_HYPHEN, "")
            problems.append(document.problem_at(location,
                f"le nom « {shown} » contient un trait d'union conditionnel invisible (U+00AD), sans doute collé "
                "d'un document : il ne se voit pas, mais la recherche du site ne trouve plus ce nom, et les données "
                "ouvertes le gardent. Retapez le nom au clavier, sans le coller (dans l'éditeur web : effacez tout le "
                "champ, puis tapez le nom)."))

    walk(document.data, (), False)
    return problems
