"""Both languages read as a native editor writes them: French spacing in every French text a reader
meets (pages, attributes, sharing tags, the search index), and English addresses in English words."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from pcv.inspection.french_text import french_texts, spacing_faults
from pcv.text.plain_words import plain_words
from pcv.inspection.pages import LANGUAGES, elements, html_file, page_url, shared_page_paths

PAGES = shared_page_paths()
_HIDDEN = re.compile(r"<(script|style|svg)\b.*?</\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def test_the_check_finds_each_kind_of_fault() -> None:
    page = ('<html lang="fr"><p><strong>Note</strong> : 50 % de 1 280 «mots » et « mots» ? Oui! Voici: 75%</p>'
            '<a title="Précédent: x"></a><meta property="og:description" content="Dit : oui">'
            '<p lang="en">Fine: yes 1 280 50 %</p><p>Bien\u00a0: 1\u00a0280, 50\u00a0%, «\u00a0oui\u00a0»\u202f? 12:30 '
            '<code>a : b</code>\u00a0: ok</p></html>')
    faults = [fault.split(" — ")[0] for text in french_texts(page) for fault in spacing_faults(text)]
    assert sorted(faults) == sorted([
        "espace ordinaire avant la ponctuation",  # </strong> :
        "espace ordinaire avant la ponctuation",  # 50 %
        "espace ordinaire dans un nombre",  # 1 280
        "pas d'espace après «", "espace ordinaire avant la ponctuation",  # «mots »
        "espace ordinaire après «", "pas d'espace avant »",  # « mots»
        "espace ordinaire avant la ponctuation",  # ?
        "pas d'espace avant ; ! ?",  # Oui!
        "pas d'espace avant :",  # Voici:
        "pas d'espace avant %",  # 75%
        "pas d'espace avant :",  # title="Précédent: x"
        "espace ordinaire avant la ponctuation",  # content="Dit : oui"
    ])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_french_text_tags_and_attributes_have_french_spacing(built_site: Path, path: str, lang: str) -> None:
    """French pages, and what English pages mark as French (names, an original awaiting translation)."""
    page = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
    faults = [fault for text in french_texts(page) for fault in spacing_faults(text)]
    assert not faults, f"/{page_url(path, lang)} :\n" + "\n".join(faults)


def test_not_found_page_has_french_spacing(built_site: Path) -> None:
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert not [fault for text in french_texts(page) for fault in spacing_faults(text)]


def test_french_search_index_has_french_spacing(built_site: Path) -> None:
    """Readers see its titles and snippets in the search results."""
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    faults = []
    for doc in docs:
        for field in ("title", "text"):
            text = html.unescape(_TAG.sub("", re.sub(r"<code>.*?</code>", "x", doc[field], flags=re.DOTALL)))
            faults += [f"{doc['location']} ({field}) : {fault}" for fault in spacing_faults(text)]
    assert not faults, "\n".join(faults)


def _page_words(page: str) -> set[str]:
    return plain_words(html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", page))))


@pytest.mark.parametrize("path", PAGES)
def test_english_addresses_and_anchors_use_no_french_word(built_site: Path, path: str) -> None:
    """A word of an English page's address or of its headings' anchors that the French page uses and the
    English page does not is a French word ("activites", "pouvoir-economique"). The site's own ids
    (pcv-…, in templates) are code, the same in both languages."""
    english = html_file(built_site, page_url(path, "en")).read_text(encoding="utf-8")
    french = html_file(built_site, page_url(path, "fr")).read_text(encoding="utf-8")
    anchors = [a["id"] for tag, a, in_article in elements(english)
               if in_article and re.fullmatch(r"h[1-6]", tag) and "id" in a and not a["id"].startswith("pcv-")]
    words = plain_words(" ".join([page_url(path, "en").removeprefix("en/"), *anchors]).replace("-", " "))
    assert not sorted(words & _page_words(french) - _page_words(english)), (page_url(path, "en"), anchors)
