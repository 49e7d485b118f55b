"""English left in French, said as a note (PROGRAMME10 F8: a theme's English title « Soins prénatals », an English page
titled « Faire un stage », a menu section translated « Le programme: Le programme », all published without a word).

A text whose English is its French word for word, and reads French (an accent, or one of French's commonest small
words), is noted at its line, at INFO: never refused, since a name is the same in both languages (« Université
Laval », « La Paz »); names and places are not looked at."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from pcv.checks.copied_text import french_sentences, reads
from pcv.data.yaml_source import UnreadableYaml, YamlDocument, read_yaml
from pcv.pages.front_matter import PENDING, meta_line
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.problems import visible

log = logging.getLogger("mkdocs.hooks.checks")
_FRENCH = re.compile(r"[éèêëàâùûçôîïœ]|\b(?:le|la|les|des|du|une|et|pour|avec|nos|notre|aux|au|dans|sur|faire)\b",
                     re.I)
_NAMES = {"name", "places", "organisation", "organisation_name", "acronym"}  # the same in both languages, often
_DATA = ("programme", "countries", "strings")  # partners.yaml is names
_NOTE = "une traduction oubliée ? (une note seulement : si c'est voulu, rien à faire)"


def log_untranslated(root: Path, pages: dict[tuple[str, str], MarkdownPage]) -> None:
    """An INFO line for each data text, English page title and menu section title whose English is its French."""
    first, other = LANGUAGES[0], LANGUAGES[1]
    for stem in _DATA:
        path = root / "data" / f"{stem}.yaml"
        try:
            document = read_yaml(path, f"data/{stem}.yaml") if path.is_file() else None
        except UnreadableYaml:
            continue  # said by the data's check
        if document is not None:
            _data_notes(document, document.data, ())
    for (lang, path), page in sorted(pages.items()):
        original = pages.get((first, path))
        title = page.meta.get("title")
        if lang == other and original and page.meta.get("translation") != PENDING and isinstance(title, str) \
                and title == original.meta.get("title") and _FRENCH.search(title):
            log.info(f"{visible(page.name)}, ligne {meta_line(page, 'title')} : le titre anglais est celui de la "
                     f"page française, « {visible(title)} » : {_NOTE}.")
        for line, sentence in french_sentences(page) if lang == other and page.meta.get("translation") != PENDING \
                and not reads(page, first) else ():  # (a page all French is said by the checks)
            log.info(f"{visible(page.name)}, ligne {line} : ce texte de la page anglaise est en français, « "
                     f"{visible(sentence[:120])} » : {_NOTE}.")  # STAFF12 M-a: its description, a sentence
    _menu_notes(root)


def _data_notes(document: YamlDocument, value: Any, location: tuple) -> None:
    if isinstance(value, dict):
        texts = value.get(LANGUAGES[0]), value.get(LANGUAGES[1])
        if isinstance(texts[0], str) and texts[0] == texts[1] and _FRENCH.search(texts[0]):
            line = document.values.get((*location, LANGUAGES[1]), (None,))[0]
            log.info(f"{document.name}, ligne {line} : le texte anglais est le français, « {visible(texts[0])} » : "
                     f"{_NOTE}.")
        for key, item in value.items():
            if key not in _NAMES:
                _data_notes(document, item, (*location, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _data_notes(document, item, (*location, index))


def _menu_notes(root: Path) -> None:
    """A menu section's English title that is its French one (« Le programme: Le programme »)."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8") if (root / "mkdocs.yml").is_file() else ""
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() == "nav_translations:":
            inside, indent = True, len(line) - len(line.lstrip())
            continue
        if inside and line.strip() and len(line) - len(line.lstrip()) <= indent:
            inside = False
        pair = re.fullmatch(r"\s+(.+?):\s+(.+?)\s*", line) if inside else None
        if pair and pair.group(1).strip("'\"") == pair.group(2).strip("'\"") and _FRENCH.search(pair.group(1)):
            log.info(f"mkdocs.yml, ligne {number} : la section de menu « {visible(pair.group(1))} » a pour titre "
                     f"anglais le même, en français : {_NOTE}.")
