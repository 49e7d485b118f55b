"""The web editor (/admin/) is the programme's, not the PCV's (PROGRAMME7 F4): its boxes take the programme's brand
colour from the data (a CSS variable on the editor's page), and the hints staff read in it (the schemas' titles and
descriptions, the editor's scripts, the engine's messages) give examples of no programme: none of the project's
programme's countries, ids, figures or names, whichever programme it is (`make other-programme` swaps it)."""

from __future__ import annotations

import ast
import html
import json
import re
from pathlib import Path

import pytest
import yaml

from pcv.data.loading import load_site_data
from pcv.editor.admin import NEUTRAL, publish_editor
from pcv.inspection.builds import FIXTURES, ROOT
from pcv.text.formatting import country_name, format_figure

FICTIF = FIXTURES / "programme-fictif"
SCRIPTS = sorted((ROOT / "pcv" / "editor").glob("*.js"))
_NOT_TEXT = {"$ref", "$id", "$schema", "pattern", "format", "type", "const", "enum", "propertyNames"}


@pytest.mark.engine_only
def test_the_editor_s_boxes_take_the_programme_s_colour(tmp_path: Path) -> None:
    """The boxes that say what to correct (their thick border) are var(--pcv-brand), which the editor's page sets
    from the data; the scripts' other colours are Decap's own (its buttons' blue) and neutral ones."""
    code = "\n".join(script.read_text(encoding="utf-8") for script in SCRIPTS)
    borders = re.findall(r"4px solid (var\([^)]*\)|[^\";,]+)", code)
    assert borders and set(borders) == {"var(--pcv-brand, #1f2328)"}
    colours = set(re.findall(r"#[0-9a-fA-F]{6}\b", re.sub(r"var\(--pcv-brand, #[0-9a-f]{6}\)", "", code)))
    assert colours <= {"#1f2328", "#fff4f4", "#3a69c7"}, colours  # text, a box's background, Decap's blue
    colour = yaml.safe_load((FICTIF / "data" / "programme.yaml").read_text(encoding="utf-8"))["brand"]["colour"]
    for data, expected in ((load_site_data(FICTIF / "data"), colour), (None, NEUTRAL)):  # None: data/ has problems
        admin = publish_editor(ROOT, tmp_path / str(bool(data)), "", data=data, locale="fr")
        page = (admin / "index.html").read_text(encoding="utf-8")
        assert re.search(r"<html [^>]*\bstyle=\"--pcv-brand: ([^\"]*)\"", page).group(1) == html.escape(expected)


def test_the_editor_s_scripts_hold_no_programme_s_colour() -> None:
    colour = load_site_data(ROOT / "data").programme.brand.colour.lower()
    assert [script.name for script in SCRIPTS if colour in script.read_text(encoding="utf-8").lower()] == []


def _programme_words() -> re.Pattern:
    """What is the project's programme's own: its countries (names, page names), its ids that are not plain words
    (« pouvoir-economique »), its targets' figures as written, its organisation and acronym."""
    data = load_site_data(ROOT / "data")
    programme = data.programme
    words = {country_name(c.code, lang) for c in data.countries for lang in ("fr", "en")}
    words |= {c.slug for c in data.countries if c.slug}
    # ids that are plain words (a call « don », a theme « climat ») are any programme's words (PROGRAMME9 F2: « don »
    # was found in the schema's « faire un don »)
    words |= {item.id for item in (*programme.themes, *programme.targets, *programme.calls_to_action) if "-" in item.id}
    words |= {format_figure(t.value, t.format, lang).replace("\u00a0", " ").replace("\u202f", " ")
              for t in programme.targets for lang in ("fr", "en") if t.value >= 100 or t.format == "percent"}
    words |= {text.in_(lang) for text in (programme.organisation, programme.acronym) for lang in ("fr", "en")}
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")(?![\w-]|\.[a-z])")


def _schema_texts(value: object, key: str = ""):
    if isinstance(value, dict):
        for name, item in value.items():
            if name not in _NOT_TEXT:
                yield from _schema_texts(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _schema_texts(item, key)
    elif isinstance(value, str):
        yield value


def _python_texts(path: Path):
    """The string constants of a module but its docstrings (what it may show staff)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documented = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree) if isinstance(node, documented) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_the_editor_s_hints_and_the_engine_s_messages_name_nothing_of_the_project_s_programme() -> None:
    words = _programme_words()
    found = []
    for schema in sorted((ROOT / "schemas").glob("*.json")):
        for text in _schema_texts(json.loads(schema.read_text(encoding="utf-8"))):
            if match := words.search(text.replace("\u00a0", " ").replace("\u202f", " ")):
                found.append(f"{schema.name}: « {match.group(0)} » in « {text[:80]}… »")
    for module in sorted((ROOT / "pcv").rglob("*.py")):
        for line, text in _python_texts(module):
            if match := words.search(text.replace("\u00a0", " ").replace("\u202f", " ")):
                found.append(f"{module.relative_to(ROOT)}:{line}: « {match.group(0)} »")
    for script in SCRIPTS:
        for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), 1):
            code = re.sub(r"(^|\s)//.*$", "", line)  # a comment is for the engine's readers, not for staff
            if match := words.search(code.replace("\u00a0", " ").replace("\u202f", " ")):
                found.append(f"{script.relative_to(ROOT)}:{number}: « {match.group(0)} »")
    assert found == []
