"""Signs that look like others: what makes a name that looks right differ from the one expected, said in French.

A title typed on macOS may write « ù » as « u » and an accent (two signs), a text pasted from Word may hold a
no-break space, a key typed with a Russian keyboard a Cyrillic « е »: the text looks exactly as expected, yet
it is not the same, and a message quoting it cannot show why. `look_alike_note` says which sign it is.
"""

from __future__ import annotations

import re
import unicodedata

SPACES = {"\u00a0": "une espace insécable (U+00A0, souvent collée depuis Word ou un courriel)",
          "\u202f": "une espace fine insécable (U+202F)"}
SCRIPTS = {"CYRILLIC": "cyrillique", "GREEK": "grecque", "ARMENIAN": "arménienne", "CHEROKEE": "cherokee",
           "COPTIC": "copte", "FULLWIDTH": "pleine chasse"}
_CLUSTER = re.compile(r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.DOTALL)


def odd_signs(text: str) -> list[str]:
    """What in `text` looks like another sign, each said once, in French (none for a plain text)."""
    found = []
    for cluster in dict.fromkeys(_CLUSTER.findall(text)):  # a letter and its accents, as separate signs
        count = {2: "deux", 3: "trois"}.get(len(cluster), str(len(cluster)))
        found.append(f"« {unicodedata.normalize('NFC', cluster)} » écrit en {count} caractères (une lettre puis son "
                     "accent, comme macOS le fait parfois)")
    latin = any(sign.isalpha() and unicodedata.name(sign, "").startswith("LATIN") for sign in text)
    for sign in dict.fromkeys(text):
        code = f"U+{ord(sign):04X}"
        if sign in SPACES or (sign != " " and unicodedata.category(sign) == "Zs"):
            found.append(SPACES.get(sign, f"une espace spéciale ({code})"))
        elif unicodedata.category(sign) == "Cf":
            found.append(f"un signe invisible ({code})")
        elif latin and sign.isalpha() and (script := unicodedata.name(sign, "").split(" ")[0]) in SCRIPTS:
            found.append(f"« {sign} » ({code}), une lettre {SCRIPTS[script]} qui ressemble à une lettre latine")
    return found


def look_alike_note(text: str) -> str:
    """ " Ce texte contient …, qui ressemble à … : retapez-le au clavier." for a text with odd signs; "" otherwise."""
    found = odd_signs(text)
    if not found:
        return ""
    return (f" Attention : « {text} » contient {', '.join(found)} ; il ressemble au texte attendu sans être le même. "
            "Retapez-le au clavier.")


def looks_like(typed: str, expected: str) -> bool:
    """`typed` would read as `expected`: the same once spaces and invisible signs are left out and accents composed,
    differing only where `typed` has a sign outside ASCII (« titіe » with a Ukrainian « і » for « title »)."""
    shown = "".join(sign for sign in unicodedata.normalize("NFC", typed)
                    if unicodedata.category(sign) not in ("Zs", "Cf"))
    return typed != expected and len(shown) == len(expected) and all(
        a == b or not a.isascii() for a, b in zip(shown, expected))
