"""Every page's front matter is valid YAML with a title and a description.

A colon followed by a space in an unquoted value breaks the YAML; MkDocs then
says nothing, shows the front matter as text and names the page after its file.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from site_pages import LANGUAGES, shared_page_paths


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", shared_page_paths())
def test_front_matter_has_title_and_description(path: str, lang: str) -> None:
    text = (ROOT / "docs" / lang / path).read_text(encoding="utf-8")
    assert text.startswith("---\n"), "the page starts without front matter"
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert isinstance(meta, dict), "the front matter is not a list of « key: value »"
    assert meta.get("title") and meta.get("description")
