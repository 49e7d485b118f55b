"""Placeholder text left where the real text should be (« TODO », « À COMPLÉTER », « Lorem ipsum »…): refused in the
data and in the pages, at its line (PROGRAMME10 F2: « À COMPLÉTER » on a theme's card, « TODO » on the English
home page, « Lorem ipsum » in a target's label and the open data files, all published in silence).

Whole words only, so that a real word holding one passes (« TODOS », « XXXL », « fixmeup »), and only the forms a
real text does not take: « TODO », « FIXME », « TBD » and « XXX » in capitals; « Lorem ipsum » in any case;
« À COMPLÉTER », « À PRÉCISER », « À DÉFINIR », « À RÉDIGER », « À TRADUIRE » in capitals; in lower case (« le
formulaire à compléter » is a real sentence, and so is « le formulaire (à compléter) ») only as a whole text, between
square brackets, or in parentheses with a capital (« À compléter », « [à préciser] », « (À compléter) »). « XXX » in
capitals stays refused though a Roman 30 may be written so (red team 20): the French ordinal, « XXXe », passes."""

from __future__ import annotations

import re

# (« É » may come as « E » and its accent apart, as text copied on a Mac often is; the space may be a no-break one)
_E = r"(?:É|E\u0301?)"
_VERB = rf"(?:COMPL{_E}TER|PR{_E}CISER|D{_E}FINIR|R{_E}DIGER|TRADUIRE)"
_TO_DO = rf"(?:À|A\u0300?)[ \u00a0\u202f]{_VERB}"
_WORDS = re.compile(rf"(?<![\w-])(?:TODO|FIXME|TBD|XXX|(?i:lorem ipsum|lorem)|{_TO_DO})(?![\w-])")
_TO_DO_ANY_CASE = f"(?i:{_TO_DO})"
_CAPITAL_FIRST = rf"(?:À|A\u0300?)[ \u00a0\u202f](?i:{_VERB})"  # « (À compléter) », not « (à compléter) »
_BRACKETED = re.compile(rf"\[\s*{_TO_DO_ANY_CASE}\s*[.…]*\s*\]|\(\s*{_CAPITAL_FIRST}\s*[.…]*\s*\)")
_WHOLE = re.compile(rf"[\s\W]*({_TO_DO_ANY_CASE})[\s.…:!]*")


def unfinished(text: str) -> list[tuple[int, str]]:
    """The (position, text) of each placeholder text in `text`, in order."""
    found = [(match.start(), match.group(0)) for pattern in (_WORDS, _BRACKETED) for match in pattern.finditer(text)]
    whole = _WHOLE.fullmatch(text)
    if whole and not found:
        found.append((whole.start(1), whole.group(1)))
    return sorted(dict(found).items())


def unfinished_message(typed: str, where: str) -> str:
    """What to say of the placeholder text `typed`; `where` goes on with where it would be published and what to
    write in its place (« sur la page. Remplacez-le… »)."""
    return f"« {typed} » est un texte provisoire : il serait publié tel quel{where}"
