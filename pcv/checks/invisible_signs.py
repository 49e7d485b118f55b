"""The last gate of what a page shows: no invisible control sign (bidirectional overrides, C0 and C1 controls, line
separators) leaves in a published page, whatever channel brought it; the checks before it name the line where
they can."""

from __future__ import annotations

import re

from pcv.data.yaml_schema import CONTROL
from pcv.problems import Problem


# The only signs that the class refuses or keeps by the sign before them (an emoji's presentation selectors)
_BY_CONTEXT = frozenset("\ufe0e\ufe0f")
# Signs no part of CONTROL matches (printable ASCII, tab, line feed, carriage return): most of a page, left out
# before its different signs are gathered (stdlib `re` strips them at C speed; each sign then tried once)
_PLAIN = re.compile(r"[\t\n\r\x20-\x7e]+")


def control_sign_problem(html: str, source: str) -> Problem | None:
    """The problem of the first control sign in the page `html` built from `source`, or None."""
    signs = set(_PLAIN.sub("", html))  # a page of 60 kB has a few hundred different signs: each tried once, not at every place
    if _BY_CONTEXT.isdisjoint(signs) and not CONTROL.search("".join(signs)):
        return None
    found = CONTROL.search(html)
    if found is None:
        return None
    return Problem(source, None, None, f"la page publiée contiendrait un caractère de contrôle invisible "
                   f"(U+{ord(found.group()):04X}) : il ne s'affiche pas, ou change l'ordre du texte autour. Cherchez "
                   "dans ce fichier, ou dans les données qu'il affiche, une référence « &#…; » ou un caractère collé "
                   "d'ailleurs, et retirez-le.")
