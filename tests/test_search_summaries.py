"""A search result's summary is its page's description, not the first things the page draws."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from pcv.inspection.pages import LANGUAGES, shared_page_paths

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
