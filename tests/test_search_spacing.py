"""Texts that a page shows apart stay apart in its search entry (VISITOR8 #9: « The programThe VCP gives… »,
« Gouvernement du Canadaintermédiaire », « CECICentre d’étude »): Material's indexer drops the tags between them."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from pcv.inspection.builds import FIXTURES
from pcv.publishing.search_index import shown_content, spaced

PROGRAMMES = (FIXTURES / "programme-fictif", FIXTURES / "programme-atelier")
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W_]+")
# A word's last letters, tags that may draw what follows apart (an element given a class, a block), the next word.
_JOINED = re.compile(r"([^\W_]+)((?:<(?:/?(?:p|li|dt|dd|div|h[1-6]|br|svg|section|ul|ol)\b|[a-z]+\s[^>]*class=)[^>]*>"
                     r"|</[a-z]+>|<[a-z]+>)+)([^\W_]+)")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(html.unescape(_TAG.sub("", text)).lower()))  # as the results show it


CASES = {
    "a note in a smaller line": ('<dd>Gouvernement du Canada<span class="more">par Affaires mondiales</span></dd>',
                                 {"canada", "par"}, {"canadapar"}),
    "a link and the line under it": ('<li><a href="../p/">The program</a><p>The VCP gives</p></li>',
                                     {"program", "the"}, {"programthe"}),
    "an icon": ('volontariat<svg class="i"><path d="M0"/></svg><span>sur ceci.org</span>', {"volontariat", "sur"},
                {"volontariatsur"}),
    "inline markup within a word": ("<p><strong>P</strong>CV, <a href='x'>Bénin</a>, <em>né</em>-e-s</p>",
                                    {"pcv", "bénin"}, {"p", "cv"}),
}


@pytest.mark.engine_only
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_texts_shown_apart_are_read_apart(case: tuple[str, set[str], set[str]]) -> None:
    content, present, absent = case
    words = _words(spaced(content))
    assert present <= words and not absent & words, words
    assert _TAG.sub("", spaced(content)).replace(" ", "") == _TAG.sub("", content).replace(" ", "")  # spaces only


@pytest.mark.engine_only
@pytest.mark.parametrize("programme", PROGRAMMES, ids=lambda folder: folder.name)
def test_no_search_entry_glues_two_texts_of_its_page(programme_site, programme: Path) -> None:
    """Wherever a page puts a word right against the next one's element (a class or a block between them), its
    entry in the search index has both words, not the two as one."""
    site = programme_site(programme)
    checked = 0
    for index in site.glob("**/search/search_index.json"):
        folder = index.parent.parent
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            page = (folder / doc["location"].split("#")[0] / "index.html").read_text(encoding="utf-8")
            article = re.search(r'<article class="md-content__inner[^"]*">(.*)</article>', page, re.S).group(1)
            words = _words(doc["text"])
            for before, tags, after in _JOINED.findall(article):
                if "class=" not in tags and not re.search(r"<(?:/?(?:p|li|dt|dd|div|h\d|br|svg|section|ul|ol))\b", tags):
                    continue  # inline markup only: one word
                glued = (before + after).lower()
                assert glued not in words, (doc["location"], before, after, tags)
                checked += 1
    assert checked, "no page puts two texts against each other: nothing checked"


@pytest.mark.engine_only
def test_a_term_and_its_definition_are_indexed_as_paragraphs() -> None:
    """VISITOR8 #9: « Le programme — Bénin, », « The program — Global »: the fact sheet's <dt>/<dd>, text the indexer
    keeps outside any <p> or <li>, ran on as one block, and a result showed the word found alone. Each is a paragraph
    of the entry, which a result shows whole."""
    from material.plugins.search.plugin import Parser

    article = ('<article class="md-content__inner md-typeset"><h1 id="t">T</h1><dl class="facts"><dt>Funded by</dt>\n'
               '<dd>Government of Canada<span class="more">through Global Affairs Canada</span></dd></dl></article>')
    parser = Parser()
    parser.feed(shown_content(article))
    parser.close()
    text = " ".join("".join(section.text) for section in parser.data)
    assert "<p>Funded by</p>" in text and "<p>Government of Canada through Global Affairs Canada</p>" in " ".join(
        text.split()), text
