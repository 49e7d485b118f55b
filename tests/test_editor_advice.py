"""What the editor says about a problem, where staff work in it: a page that exists in one language only is
written in the editor's collection that shows it (« + Page » or the other column), not as the file's lines that
`make check` and GitHub give (staff play-test 4)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from pcv.checks.page_set import PENDING_PAGE, parity_problems
from pcv.data.models import LANGUAGE_NAMES
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES
from pcv.pages.markdown import read_page
from pcv.preview.editor_problems import problems_json


def test_a_page_missing_in_one_language_says_which_collection_and_button_in_the_editor(
    built_site: Path, tmp_path: Path
) -> None:
    docs = shutil.copytree(ROOT / "docs", tmp_path / "docs")
    original, other = LANGUAGES
    pages = {(lang, file.relative_to(docs / lang).as_posix()): file for lang in LANGUAGES for file in (docs / lang).rglob("*.md")}
    read = {key: read_page(file, key[0], key[1])[0] for key, file in pages.items()}
    # A country's page, in a folder, if the programme has one (make other-programme's may have none), and a top page.
    country = next((path for (lang, path), page in sorted(read.items()) if lang == original and "country" in page.meta),
                   None)
    top = next((path for (lang, path), page in sorted(read.items())  # a top-level page; the home if it is the only one
                if lang == original and "/" not in path and path != "index.md" and page.meta.get("title")), "index.md")
    removed = [path for path in (country, top) if path]
    for path in removed:
        pages.pop((other, path)).unlink()
        read.pop((other, path))
    problems = sorted(parity_problems(read), key=lambda problem: problem.file)
    assert [problem.file for problem in problems] == sorted(f"docs/{other}/{path}" for path in removed)
    collections = yaml.safe_load((built_site / "admin" / "config.yml").read_text(encoding="utf-8"))["collections"]
    shown = {p["where"]: p["message"] for p in json.loads(problems_json(problems, [], tmp_path, built_site / "admin"))["problems"]}
    for problem in problems:
        assert PENDING_PAGE in problem.message  # make check and GitHub: the file's lines
        message = shown[problem.where]
        assert "---" not in message and "translation:" not in message, message
        title = read[(original, problem.file.split("/", 2)[2])].meta["title"]
        assert message.startswith(f"ce fichier manque : la page « {title} » n'a pas de version en ")
    if country:
        folder = f"docs/{other}/{country.rsplit('/', 1)[0]}"
        section = next(c["label"] for c in collections if c["folder"] == folder)
        assert f"Collections, « {section} », bouton « + Page »" in shown[f"docs/{other}/{country}"]
        # or, the page deleted on purpose in one language's list, the other's too (STAFF12: only that language's goes)
        kept = next(c["label"] for c in collections if c["folder"] == f"docs/{original}/{country.rsplit('/', 1)[0]}")
        assert (f"Si vous venez de la supprimer, supprimez aussi sa version en {LANGUAGE_NAMES[original]} : Collections, "
                f"« {kept} », la page « {read[(original, country)].meta['title']} », bouton « Supprimer l'entrée »"
                in shown[f"docs/{other}/{country}"])
    both = next(c["label"] for c in collections if c["folder"] == "docs" and c.get("i18n"))
    assert f"Collections, « {both} », la page « {read[(original, top)].meta['title']} »" in shown[f"docs/{other}/{top}"]
