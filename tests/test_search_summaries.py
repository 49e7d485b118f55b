"""A search result's summary is its page's description, not the first things the page draws."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from pcv.inspection.pages import LANGUAGES, shared_page_paths
from pcv.publishing.search_snippets import blocks

_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).replace("\u202f", " ").replace("\u00a0", " ").split())


def test_each_page_s_entry_starts_with_its_description(built_site: Path) -> None:
    checked = 0
    for index in (built_site / "search" / "search_index.json", built_site / "en" / "search" / "search_index.json"):
        folder = index.parent.parent
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            if "#" in doc["location"]:
                continue
            page = (folder / doc["location"] / "index.html").read_text(encoding="utf-8")
            description = _plain(_DESCRIPTION.search(page).group(1))
            assert description and _plain(doc["text"]).startswith(description), (doc["location"], doc["text"][:200])
            checked += 1
    assert checked == len(LANGUAGES) * len(shared_page_paths())  # every page, in each language


def test_no_page_s_entry_holds_another_page_s_description_or_the_home_s_list_of_countries(built_site: Path) -> None:
    """VISITOR12 #10: « climate » listed the approach's summary twice, as « Our approach » and as « The program »
    (whose boxes leading on showed it); a country's name listed the home page, its summary the home's list of the
    programme's countries."""
    for index in (built_site / "search" / "search_index.json", built_site / "en" / "search" / "search_index.json"):
        folder = index.parent.parent
        docs = [doc for doc in json.loads(index.read_text(encoding="utf-8"))["docs"] if "#" not in doc["location"]]
        pages = {doc["location"]: (folder / doc["location"] / "index.html").read_text(encoding="utf-8") for doc in docs}
        descriptions = {location: _plain(_DESCRIPTION.search(page).group(1)) for location, page in pages.items()}
        for doc in docs:
            text = _plain(doc["text"])
            for location, description in descriptions.items():
                assert location == doc["location"] or description not in text, (doc["location"], location)
        home = pages[""]
        listed = re.search(r'<ol class="pcv-where__list">(.*?)</ol>', home, re.S)
        if listed:  # its names in their order, whatever parts them
            names = [_plain(name) for name in re.findall(r"<li[^>]*>(.*?)</li>", listed.group(1), re.S)]
            home_text = next(_plain(doc["text"]) for doc in docs if doc["location"] == "")
            assert not re.search(r"\W+".join(map(re.escape, names)), home_text), home_text


def test_a_result_shows_sentences_from_the_page_not_a_label_alone(built_site: Path) -> None:
    """VISITOR13 #5: « Contact us — Partnerships, » (a heading's words), « Rwanda — Local partners » (a fact's title):
    a result shows the first block of its page's text holding a word typed, and those blocks were labels. No block of an
    entry's text is a page's term defined (<dt>) or a heading the indexer keeps no tag of (no id): they are searched, not
    shown (pcv/publishing/search_snippets.py)."""
    heading = re.compile(r"<(dt|h[2-6])((?:\s[^>]*)?)>(.*?)</\1>", re.S)
    checked = 0
    for index in (built_site / "search" / "search_index.json", built_site / "en" / "search" / "search_index.json"):
        folder = index.parent.parent
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            page = (folder / doc["location"] / "index.html").read_text(encoding="utf-8")
            article = page[page.index("<article"):page.index("</article>")]
            labels = {_plain(text) for tag, attributes, text in heading.findall(article)
                      if tag == "dt" or " id=" not in attributes} - {""}
            shown = {_plain(block) for block in blocks(doc["text"])}
            assert not shown & labels, (doc["location"], shown & labels)
            checked += len(labels)
    assert checked  # pages have such labels
