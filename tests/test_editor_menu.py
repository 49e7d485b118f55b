"""« Menu du site », the web editor's form of mkdocs.yml's menu (staff play-test 8 F5: reordering the menu or renaming
a section meant editing `nav:` and `nav_translations:` by hand on GitHub). Its format (pcv/editor/menu_form.js) is
run here under Node, on the live mkdocs.yml (whatever menu staff gave it) and on small fixture files: it reads the
menu, writes back only the menu's lines, refuses a mistake in French, and says at which line a menu it cannot show is."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest
import yaml

from pcv.editor.config import EditorSettings, Language, editor_config
from pcv.editor.menu_field import MENU_FILE, TEXT_FIELD, UNREAD_FIELD
from pcv.inspection.builds import ROOT
from pcv.pages.country_menu import menu_paths

FORMAT = ROOT / "pcv" / "editor" / "menu_form.js"
pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node introuvable : format du menu non testé")


def _run(call: str, argument: Any) -> Any:
    """`call` (a function of menu_form.js: read, write, problems) on `argument`, under Node; its result, or the
    message it throws as {"error": …}."""
    script = (f"const m = require({json.dumps(str(FORMAT))}); let input = ''; process.stdin.on('data', c => input += c);"
              f"process.stdin.on('end', () => {{ let out; try {{ out = m.{call}(JSON.parse(input)); }} "
              "catch (e) { out = { error: String(e.message || e) }; } process.stdout.write(JSON.stringify(out)); });")
    done = subprocess.run(["node", "-e", script], input=json.dumps(argument), capture_output=True, text=True, check=True,
                          cwd=FORMAT.parent)  # started outside the project: it reads `argument` alone
    return json.loads(done.stdout)


def _menu(text: str) -> tuple[Any, dict[str, dict]]:
    """The menu of a mkdocs.yml text and each language's nav_translations, as the build reads them."""
    config = yaml.safe_load(text)
    return config["nav"], {lang["locale"]: lang.get("nav_translations") for lang in config["plugins"]["i18n"]["languages"]}


def _settings_but_menu(text: str) -> dict:
    config = yaml.safe_load(text)
    del config["nav"]
    for language in config["plugins"]["i18n"]["languages"]:
        language.pop("nav_translations", None)
    return config


def _as_nav(entries: list[dict], first: str) -> list:
    return [entry["page"] if entry["type"] == "page" else {entry["titre"][first]: entry["pages"]} for entry in entries]


def test_the_live_menu_is_read_as_the_build_reads_it_and_written_back_unchanged() -> None:
    text = (ROOT / MENU_FILE).read_text(encoding="utf-8")
    nav, translations = _menu(text)
    data = _run("read", text)
    assert data[UNREAD_FIELD] == "" and data[TEXT_FIELD] == text
    assert _as_nav(data["entrees"], "fr") == nav
    for entry in data["entrees"]:
        if entry["type"] == "section":
            assert entry["titre"]["en"] == translations["en"][entry["titre"]["fr"]]
    assert _run("write", data) == text


def test_entries_reordered_and_a_section_renamed_in_both_languages_change_only_the_menu() -> None:
    """The order of the form is the menu's; a section's new names are its title under « nav: » and its line under
    « nav_translations: »; every other line (comments included) is kept."""
    text = (ROOT / MENU_FILE).read_text(encoding="utf-8")
    data = _run("read", text)
    data["entrees"].reverse()
    section = next(entry for entry in data["entrees"] if entry["type"] == "section")
    section["titre"] = {"fr": "Nos pays : où nous sommes", "en": "Our countries"}
    section["pages"].reverse()
    written = _run("write", data)
    nav, translations = _menu(written)
    assert nav == _as_nav(data["entrees"], "fr")
    assert translations["en"] == {e["titre"]["fr"]: e["titre"]["en"] for e in data["entrees"] if e["type"] == "section"}
    assert _settings_but_menu(written) == _settings_but_menu(text)
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert [line for line in written.splitlines() if line.lstrip().startswith("#")] == comments


FIXTURE = """\
# Un programme d'essai
site_name: Essai
plugins:
  i18n:
    languages:
      - locale: fr
        default: true
      - locale: en
        name: English
nav:
  - index.md
  - Nous: a.md
"""


@pytest.mark.engine_only
def test_a_menu_the_form_cannot_show_is_said_with_its_line_and_never_saved_over() -> None:
    data = _run("read", FIXTURE)
    line = FIXTURE.splitlines().index("  - Nous: a.md") + 1
    assert data[UNREAD_FIELD].startswith(f"mkdocs.yml, ligne {line} (« - Nous: a.md ») : ")
    assert data["entrees"] == []
    refused = _run("write", data)
    assert refused["error"].startswith(data[UNREAD_FIELD]) and "GitHub" in refused["error"]


@pytest.mark.engine_only
def test_a_section_added_to_a_language_without_translations_gets_its_block() -> None:
    data = _run("read", FIXTURE.replace("  - Nous: a.md\n", "  - a.md\n"))
    data["entrees"].append({"type": "section", "titre": {"fr": "Oui", "en": "No"}, "pages": ["b.md"]})
    nav, translations = _menu(_run("write", data))
    assert nav == ["index.md", "a.md", {"Oui": ["b.md"]}]
    assert translations == {"fr": None, "en": {"Oui": "No"}}  # « No » stays a text (YAML 1.1 would read false)


@pytest.mark.engine_only
@pytest.mark.parametrize(("entries", "said"), [
    ([{"type": "section", "titre": {"fr": "Nos pays", "en": ""}, "pages": ["b.md"]}],
     "Entrée n° 2 (section « Nos pays ») : son nom en anglais est vide."),
    ([{"type": "section", "titre": {"fr": "Nos pays", "en": "Our countries"}, "pages": []}],
     "Entrée n° 2 (section « Nos pays ») : elle n'a aucune page."),
    ([{"type": "page", "page": "index.md"}],
     "Entrée n° 2 : la page « index.md » est déjà dans le menu (entrée n° 1)"),
    ([{"type": "page", "page": ""}], "Entrée n° 2 : aucune page n'est choisie."),
    ([{"type": "section", "titre": {"fr": "A", "en": "B"}, "pages": ["b.md", None]}],
     "Entrée n° 2 (section « A ») : une de ses pages n'est pas choisie."),
    ([{"type": "section", "titre": {"fr": "A", "en": "B"}, "pages": ["b.md"]},
      {"type": "section", "titre": {"fr": "A", "en": "C"}, "pages": ["c.md"]}],
     "Entrée n° 3 : deux sections s'appellent « A » (entrées n° 2 et 3)"),
])
def test_a_mistake_in_the_form_is_refused_in_french_with_its_entry(entries: list[dict], said: str) -> None:
    data = _run("read", FIXTURE.replace("  - Nous: a.md\n", ""))
    data["entrees"] += entries
    assert any(problem.startswith(said) for problem in _run("problems", data)), _run("problems", data)
    assert said in _run("write", data)["error"]


def test_the_editor_offers_the_menu_form_on_mkdocs_yml_with_every_page_to_choose() -> None:
    config = editor_config(ROOT, [Language("fr", "Français"), Language("en", "English")],
                           EditorSettings("ceci-pcv/site", "main", None, 8081), None)
    collection = next(c for c in config["collections"] if c["name"] == "menu")
    assert collection["format"] == "pcv_menu"  # Decap reads a file with its collection's format
    menu = next(f for f in collection["files"] if f["file"] == MENU_FILE)
    entries = next(f for f in menu["fields"] if f["name"] == "entrees")
    page = next(t for t in entries["types"] if t["name"] == "page")["fields"][0]
    pages = {option["value"] for option in page["options"]}
    nav, _ = _menu((ROOT / MENU_FILE).read_text(encoding="utf-8"))
    assert set(menu_paths(nav)) <= pages


NAMES = ["Nos pays : ici", "L'équipe « terrain »", "Oui", "No", "2030", "#1 des pays", "- tiret",
         "Où nous travaillons ?", " espace", ".inf", "-.Inf", ".NaN", "="]  # the last four: red team 20 M2


@pytest.mark.engine_only
def test_section_names_staff_may_type_are_written_so_that_yaml_reads_them_back_as_typed() -> None:
    data = _run("read", FIXTURE.replace("  - Nous: a.md\n", ""))
    data["entrees"] += [{"type": "section", "titre": {"fr": name, "en": f"{name} (en)"}, "pages": [f"{i}.md"]}
                        for i, name in enumerate(NAMES)]
    written = _run("write", data)
    nav, translations = _menu(written)
    assert nav[1:] == [{name.strip(): [f"{i}.md"]} for i, name in enumerate(NAMES)]
    assert translations["en"] == {name.strip(): f"{name} (en)".strip() for name in NAMES}
    assert _as_nav(_run("read", written)["entrees"], "fr") == nav  # and the form reads it again


@pytest.mark.engine_only
def test_a_file_with_windows_line_ends_is_read_and_written_with_them() -> None:
    text = FIXTURE.replace("  - Nous: a.md\n", "  - a.md\n").replace("\n", "\r\n")
    data = _run("read", text)
    assert data[UNREAD_FIELD] == "" and _as_nav(data["entrees"], "fr") == ["index.md", "a.md"]
    assert _run("write", data) == text
    data["entrees"].reverse()
    written = _run("write", data)
    assert "\n" not in written.replace("\r\n", "") and _menu(written)[0] == ["a.md", "index.md"]


MENU = """\
# Un programme d'essai
site_name: Essai
plugins:
  i18n:
    languages:
      - locale: fr
        default: true
      - locale: en
        name: English
        nav_translations:
          Nous: Us
          Eux: Them

# Le menu
nav:
  - index.md
  - Nous:
      - a.md
      - b.md
  - Eux:
      - c.md
  - d.md
  - e.md
"""


@pytest.mark.engine_only
@pytest.mark.parametrize(("shape", "line"), [
    (MENU.replace("  - d.md\n", "# pages de fin\n  - d.md\n"), "# pages de fin"),  # red team 20 C1
    (MENU.replace("      - b.md\n", "# note\n      - b.md\n"), "# note"),  # M1
    (MENU.replace("      - b.md\n", "      # note\n      - b.md\n"), "      # note"),
    (MENU.replace("          Eux: Them\n", "# note\n          Eux: Them\n"), "# note"),  # M1
    (MENU.replace("          Eux: Them\n", "          # note\n          Eux: Them\n"), "          # note"),
    (MENU.replace("      - locale: en\n        name: English\n", "      - name: English\n        locale: en\n"),
     "      - name: English"),  # M1
])
def test_a_comment_inside_the_menu_or_a_language_not_led_by_its_locale_is_said_and_never_saved_over(
        shape: str, line: str) -> None:
    """YAML reads on past a comment (at any column) and a language item may give its locale second: the form would
    show part of the menu or miss a language, then write a changed menu. It says the line and refuses to save."""
    data = _run("read", shape)
    number = shape.splitlines().index(line) + 1
    assert data[UNREAD_FIELD].startswith(f"mkdocs.yml, ligne {number} (« {line.strip()} ») : "), data[UNREAD_FIELD]
    assert data["entrees"] == []
    assert _run("write", data)["error"].startswith(data[UNREAD_FIELD])


@pytest.mark.engine_only
def test_comments_around_the_menu_and_inside_a_language_are_kept_and_the_whole_menu_read() -> None:
    shape = (MENU.replace("        name: English\n", "# l'anglais\n        name: English\n")
             .replace("# Le menu\n", "# Le menu\n        # fin des langues\n") + "# après le menu\n\nextra: {}\n")
    data = _run("read", shape)
    assert data[UNREAD_FIELD] == ""
    nav, translations = _menu(shape)
    assert _as_nav(data["entrees"], "fr") == nav
    assert {e["titre"]["fr"]: e["titre"]["en"] for e in data["entrees"] if e["type"] == "section"} == translations["en"]
    assert _run("write", data) == shape
    data["entrees"].reverse()
    written = _run("write", data)
    assert _menu(written)[0] == nav[::-1] and _menu(written)[1] == translations
    assert [l for l in written.splitlines() if "#" in l] == [l for l in shape.splitlines() if "#" in l]


@pytest.mark.engine_only
def test_a_section_name_the_build_refuses_is_refused_before_anything_is_written() -> None:
    """Red team 20 M2: « R&D », « Genre <et> climat » or a name longer than the build allows were written, committed,
    then refused by the build only. The form now says each, in French, with its entry; a name at the limit passes."""
    from pcv.checks.config_allowlist import _RAW, STAFF
    longest = STAFF[("plugins", "i18n", "languages", "*", "nav_translations")]
    signs = _RAW.pattern.strip("[]").replace("\\", "")
    assert len(signs) >= 6
    base = _run("read", FIXTURE.replace("  - Nous: a.md\n", ""))
    for language, other in (("fr", "en"), ("en", "fr")):
        for name, said in [*((f"A{sign}B", f"« {sign} » n'est pas permis dans son nom en ") for sign in signs),
                           ("x" * (longest + 1), f"est trop long ({longest + 1} caractères, au plus {longest})")]:
            data = dict(base, entrees=base["entrees"] + [{"type": "section", "titre": {language: name, other: "Nom"},
                                                           "pages": ["b.md"]}])
            found = _run("problems", data)
            assert any(p.startswith("Entrée n° 2 (section « ") and said in p for p in found), (name, found)
            assert said in _run("write", data)["error"]
    data = dict(base, entrees=base["entrees"] + [{"type": "section", "titre": {"fr": "x" * longest, "en": "R et D"},
                                                   "pages": ["b.md"]}])
    assert _run("problems", data) == []


@pytest.mark.engine_only
@pytest.mark.parametrize(("language", "other", "instead"), [("fr", "en", "« et »"), ("en", "fr", "« and »")])
def test_an_ampersand_in_a_section_name_is_told_the_word_of_that_language(language: str, other: str,
                                                                          instead: str) -> None:
    """STAFF10 M15: « & » in the English name of a section was told « Écrivez « et » », a French word."""
    base = _run("read", FIXTURE.replace("  - Nous: a.md\n", ""))
    data = dict(base, entrees=base["entrees"] + [{"type": "section", "titre": {language: "R & D", other: "Nom"},
                                                   "pages": ["b.md"]}])
    said = [p for p in _run("problems", data) if "« & »" in p]
    assert len(said) == 1 and said[0].endswith(f"Écrivez {instead}."), said
