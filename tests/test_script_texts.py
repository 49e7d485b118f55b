"""Material's texts for its script (`<script id="__config">`, JSON) are plain text: what staff typed in
data/strings.yaml, not its HTML codes, which the script would show as typed (red team 11, M2)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pcv.inspection.builds import build_site
from pcv.inspection.pages import html_file, page_url

TYPED = {"fr": "Rien pour l'instant, essayez eau & climat <ou> \"sol\"", "en": "Nothing yet, try water & climate"}


def test_the_site_s_texts_for_material_s_script_are_written_as_typed(project_copy: Path) -> None:
    strings = project_copy / "data" / "strings.yaml"
    own = strings.read_text(encoding="utf-8").rstrip("\n") if strings.exists() else ""  # optional: a programme may have none
    strings.write_text(own + "\ntheme.search.result.none:\n"
                       + "".join(f"  {lang}: {json.dumps(text)}\n" for lang, text in TYPED.items()), encoding="utf-8")
    result = build_site(project_copy, project_copy / "site")
    assert result.returncode == 0, result.output
    for lang, text in TYPED.items():
        page = html_file(project_copy / "site", page_url("index.md", lang)).read_text(encoding="utf-8")
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page, re.DOTALL).group(1)
        assert "<" not in config and json.loads(config)["translations"]["search.result.none"] == text
