"""Words as an address writes them: lower-case, without accents ("Pérou" -> "perou")."""

from __future__ import annotations

import re
import unicodedata


def plain_word_list(text: str) -> list[str]:
    """The words of `text` in order, lower-case and without accents ("Activités du Pérou" -> activites, du, perou)."""
    letters = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", letters)


def plain_words(text: str) -> set[str]:
    """The words of `text`, lower-case and without accents ("Activités" -> "activites")."""
    return set(plain_word_list(text))
