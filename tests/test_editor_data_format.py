"""The web editor's format of the data files (pcv/editor/data_format.js, STAFF12 M-d): a one-text change in
« Textes de l'interface » rewrote and reordered the whole of data/strings.yaml once it had been written by hand. The
format the editor's configuration names for the data files is run here under Node, as the editor runs it, on the live
data file written the way a person writes by hand (quotes Decap would not write, keys in another order, a text on one
long line): a change writes that text's lines only."""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from pcv.data.yaml_source import parse_yaml
from pcv.editor.config import EditorSettings, Language, editor_config, form_keys
from pcv.inspection.builds import ROOT

FORMAT = ROOT / "pcv" / "editor" / "data_format.js"
pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node introuvable : format des données non testé")


def _data_collection() -> dict[str, Any]:
    config = editor_config(ROOT, [Language("fr", "Français"), Language("en", "English")],
                           EditorSettings("ceci-pcv/site", "main", None, 8081), None)
    return next(c for c in config["collections"] if any(f["file"].startswith("data/") for f in c.get("files", ())))


def _saved(text: str, change: str, keys: list[str]) -> str:
    """`text` read by the format the editor gives the data files, the JavaScript `change` made to its `data`, then
    written back as the editor writes it (Decap's own YAML format when the collection names none of ours)."""
    ours = _data_collection().get("format") == "pcv_yaml"
    script = (f"const m = require({json.dumps(str(FORMAT))}).made(require('yaml')); let input = '';"
              "process.stdin.on('data', c => input += c); process.stdin.on('end', () => {"
              " const {text, keys} = JSON.parse(input); const own = " + json.dumps(ours) + ";"
              " const data = own ? m.fromFile(text) : require('yaml').parse(text);"
              f" {change};"
              " process.stdout.write(own ? m.toFile(data, keys, {}) : m.written(data, keys, {})); });")
    done = subprocess.run(["node", "-e", script], input=json.dumps({"text": text, "keys": keys}), capture_output=True,
                          text=True, check=True, cwd=ROOT, timeout=60)
    return done.stdout


def _by_hand(text: str) -> str:
    """The file as a person writes it by hand: its texts in the reverse order, the first on one line, quoted."""
    parts = re.split(r"(?m)^(?=\S)", text)
    parts = [p for p in parts if p][::-1]
    first = yaml.safe_load(parts[0])
    key, texts = next(iter(first.items()))
    parts[0] = f"{key}:\n" + "".join(f"  {lang}: {json.dumps(value, ensure_ascii=False)}\n" for lang, value in texts.items())
    return "".join(parts)


def _changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def _lines_of(text: str, key: str) -> list[str]:
    """The lines of first-level `key` in `text`: its own and the indented ones under it."""
    return re.search(rf"(?m)^{re.escape(key)}:\n(?:[ ].*\n)*", text).group(0).splitlines()


def test_one_text_changed_in_the_editor_changes_only_its_lines_in_a_file_written_by_hand() -> None:
    text = _by_hand((ROOT / "data" / "strings.yaml").read_text(encoding="utf-8"))
    data = yaml.safe_load(text)
    key = list(data)[len(data) // 2]  # a text in the middle of the file
    lang = next(iter(data[key]))
    saved = _saved(text, f"data[{json.dumps(key)}][{json.dumps(lang)}] += ' (modifié)'", form_keys(ROOT, "data/strings.yaml"))
    data[key][lang] += " (modifié)"
    assert yaml.safe_load(saved) == data
    changed = _changed_lines(text, saved)
    assert changed and [line for line in changed if line[1:] not in _lines_of(text if line[0] == "-" else saved, key)] == []


def test_a_text_added_goes_where_the_form_shows_it_and_a_text_removed_takes_only_its_lines() -> None:
    text = _by_hand((ROOT / "data" / "strings.yaml").read_text(encoding="utf-8"))
    keys = form_keys(ROOT, "data/strings.yaml")
    data = yaml.safe_load(text)
    new = next(key for key in keys if key not in data and any(k in data for k in keys[:keys.index(key)]))
    gone = list(data)[len(data) // 2]
    saved = _saved(text, f"data[{json.dumps(new)}] = {{fr: 'Nouveau', en: 'New'}}; delete data[{json.dumps(gone)}]", keys)
    after = next(key for key in reversed(keys[:keys.index(new)]) if key in data and key != gone)  # the form's order
    order = [key for key in data if key != gone]
    order.insert(order.index(after) + 1, new)
    assert list(yaml.safe_load(saved)) == order  # the others where they were
    changed = _changed_lines(text, saved)
    assert [line[1:] for line in changed if line[0] == "+"] == [f"{new}:", "  fr: Nouveau", "  en: New"]
    assert [line[1:] for line in changed if line[0] == "-"] == _lines_of(text, gone)


def test_a_name_typed_english_first_is_written_in_the_order_of_the_file() -> None:
    """STAFF12: a partner's name typed English first was saved « en: » above « fr: », unlike every other."""
    text = (ROOT / "data" / "partners.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    group = next(index for index, group in enumerate(data.get("groups") or []) if group.get("organisations"))
    named = {"en": "Example partner", "fr": "Partenaire exemple"}  # typed English first
    saved = _saved(text, f"data.groups[{group}].organisations.push({{name: {json.dumps(named)}}})",
                   form_keys(ROOT, "data/partners.yaml"))
    data["groups"][group]["organisations"].append({"name": named})
    assert yaml.safe_load(saved) == data
    first = next(iter(next(org["name"] for g in data["groups"] for org in g["organisations"])))  # the file's order
    entry = ["- name:", f"{first}: {named[first]}", *(f"{k}: {v}" for k, v in named.items() if k != first)]
    added = Counter(saved.splitlines()) - Counter(text.splitlines())  # not a diff: its alignment depends on the file
    assert sorted(line.strip() for line in added.elements()) == sorted(entry)
    lines = [line.strip() for line in saved.splitlines()]
    assert any(lines[i:i + len(entry)] == entry for i in range(len(lines))), "the entry's lines together, in order"


def test_a_file_whose_keys_its_lines_do_not_separate_is_written_as_decap_writes_it() -> None:
    text = "{a: 1, b: 2}\n"
    assert _saved(text, "data.b = 3", ["a", "b"]) == "a: 1\nb: 3\n"


def test_a_text_with_a_tab_is_saved_as_the_build_reads_it() -> None:
    """Red team 24: yaml 1.x writes a text holding a tab (pasted from a word processor) unquoted, which the build's YAML
    reader refuses: « tabulation… le YAML n'accepte ici que des espaces », for a paste the person made in a form."""
    text = (ROOT / "data" / "strings.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text, "data/strings.yaml").data
    key = list(data)[0]
    lang = next(iter(data[key]))
    saved = _saved(text, f"data[{json.dumps(key)}][{json.dumps(lang)}] = 'Deux\\tmots'", form_keys(ROOT, "data/strings.yaml"))
    assert parse_yaml(saved, "data/strings.yaml").data[key][lang] == "Deux\tmots"
