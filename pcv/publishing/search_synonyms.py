"""Words a search treats as one (strings « search.synonyms »: « bénévole » finds the volunteers' page, VISITOR12 #10).

People search with their own word for a thing the site names with another: « bénévole » or « bénévolat », the
usual Québec words, for the programme's « volontaire ». Each group of words of a language's « search.synonyms »
(groups parted by « / », words by commas) finds the pages having any of them: a page with one of its words is
given the others (pcv/publishing/search_index.py adds them to its variants)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable


def fold(word: str) -> str:
    """`word` without its accents: "sénégal" -> "senegal", "cœur" -> "cœur" (a ligature is a letter)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def synonym_groups(text: str) -> list[frozenset[str]]:
    """The groups of `text` ("bénévole, bénévolat, volontaire / …"), each word in lower case; none for ""."""
    groups = (frozenset(w.strip().lower() for w in group.split(",") if w.strip()) for group in text.split("/"))
    return [group for group in groups if len(group) > 1]


def synonyms_of(words: set[str], groups: list[frozenset[str]], stem: Callable[[str], str]) -> set[str]:
    """The words of every group that has a form of one of `words` (its `stem`, accents aside: « apprentis » is in
    « apprenti, stagiaire »), with their forms without accents."""
    stems = {fold(stem(word)) for word in words}
    found = set().union(*(group for group in groups if stems & {fold(stem(word)) for word in group}))
    return found | {fold(word) for word in found}
