"""A browser test reads what it expects from the data and pages it is built from, never a name typed in the test:
test_staff_changes.py reruns every other test that reads the live content after staff's changes, but not the browser
tests (Chromium), so a partner, a region or a country page named in one failed CI once staff removed it (red team 22
C74: « Equitas » in test_search.py). Here every text of tests/browser/ (docstrings and comments aside) is held
against the names the live data and pages hold today."""

from __future__ import annotations

import ast
from pathlib import Path

from live_data import DATA

from pcv.data.models import LANGUAGES, Text
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import country_pages
from pcv.text.formatting import country_name

MIN_LENGTH = 4  # shorter names (« Mali », « Togo » are 4) are too often parts of other words


def _live_names() -> set[str]:
    """What staff may remove or rename: countries (names, pages), partners, funders, regions, sectors, groups."""
    texts: list[Text | None] = [group.title for group in DATA.partners.groups]
    texts += [o.name for group in DATA.partners.groups for o in group.organisations]
    texts += [text for funder in DATA.partners.funders for text in (funder.name, funder.intermediary)]
    for country in DATA.countries:
        texts.append(Text(*(country_name(country.code, lang) for lang in LANGUAGES)))
        if activities := country.activities:
            texts += [*activities.sectors, *activities.aims, *activities.target_groups, *activities.local_partners]
            texts += [*activities.regions.places] if activities.regions else []
    names = {text.in_(lang) for text in texts if text for lang in LANGUAGES}
    names |= {name for path in country_pages().values() for name in (path, Path(path).stem)}
    return {name for name in names if len(name) >= MIN_LENGTH}


def _texts(tree: ast.Module) -> list[ast.Constant]:
    """The string constants of a module, its docstrings left out."""
    documented = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree) if isinstance(node, documented) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def test_no_browser_test_names_what_staff_may_change() -> None:
    names = _live_names()
    assert names, "the live data names nothing"
    found = [f"{file.relative_to(ROOT)}:{node.lineno} « {name} »" for file in sorted((ROOT / "tests" / "browser").glob("*.py"))
             for node in _texts(ast.parse(file.read_text(encoding="utf-8")))
             for name in sorted(names) if name.casefold() in node.value.casefold()]
    assert found == [], "read these from the data or the pages (tests/live_data.py), not typed in the test: " + \
        ", ".join(found)
