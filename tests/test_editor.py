"""The web editor (/admin/): its forms come from the schemas the build checks the data with, its
configuration from the project, and it is published with the site but kept out of what visitors,
search and crawlers see."""

from __future__ import annotations

import html
import json
import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from project_edits import data_of
from pcv.data.cleared_fields import without_cleared_fields
from pcv.data.loading import DATA_FILES, SCHEMA_DIR, default_strings, load_site_data
from pcv.data.models import LANGUAGE_NAMES
from pcv.data.rules import COUNTRY_CODES
from pcv.data.string_keys import call_ids, strings_schema
from pcv.editor import section_pages as section_pages_module
from pcv.editor.admin import SCRIPTS, publish_editor
from pcv.editor.data_forms import data_forms, engine_texts
from pcv.editor.config import EditorSettings, EditorSettingsProblem, Language, editor_config, editor_settings
from pcv.editor.page_form import FILE_GUARD, page_fields
from pcv.editor.repository import github_repository
from pcv.editor.fields import DATE_PATTERN, UnsupportedSchema, form_fields, plain_hint
from pcv.checks.config_file import menu_translation_problems
from pcv.checks.project import nav_paths
from pcv.editor.places import CLOSED_ON_SAVE, UNREADABLE, editor_place, editor_problem
from pcv.inspection.builds import FIXTURES, ROOT, build_site, copy_project
from pcv.inspection.pages import LANGUAGES, elements
from pcv.pages.front_matter import FIELDS as FRONT_MATTER
from pcv.field_labels import PAGE_LABELS
from pcv.pages.markdown import read_page
from pcv.problems import Problem, field_in_words
from pcv.text.formatting import country_name
from pcv.text.plain_words import plain_words

TEXT = {"type": "object", "description": "Un texte bilingue.", "required": ["fr", "en"],
        "properties": {"fr": {"title": "Français", "type": "string"}, "en": {"title": "Anglais", "type": "string"}}}
TEXT_FIELDS = [{"name": "fr", "label": "Français", "widget": "string"},
               {"name": "en", "label": "Anglais", "widget": "string"}]


def test_a_schema_becomes_form_fields_with_its_titles_as_labels_and_descriptions_as_hints() -> None:
    schema = {
        "type": "object", "required": ["name", "count", "kind", "items"],
        "properties": {
            "name": {"$ref": "#/$defs/text", "title": "Nom", "description": "Le nom, dans les deux langues."},
            "count": {"title": "Nombre", "type": "integer", "minimum": 0, "maximum": 10},
            "kind": {"enum": ["a", "b"]},
            "day": {"title": "Jour", "type": "string", "format": "date"},
            "code": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "Deux majuscules."},
            "items": {"type": "array", "minItems": 1, "maxItems": 5, "items": {"$ref": "#/$defs/text"}},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
        "$defs": {"text": TEXT},
    }
    assert form_fields(schema) == [
        {"name": "name", "label": "Nom", "hint": "Le nom, dans les deux langues.",
         "widget": "object", "collapsed": False, "fields": TEXT_FIELDS},
        {"name": "count", "label": "Nombre", "widget": "number", "value_type": "int", "min": 0, "max": 10},
        {"name": "kind", "label": "kind", "widget": "select", "options": ["a", "b"]},
        {"name": "day", "label": "Jour", "required": False, "widget": "past_date",  # typed as written, no picker
         "pattern": [DATE_PATTERN, "Écrivez la date sous la forme AAAA-MM-JJ (mois de 01 à 12, jour de 01 à 31), "
                                   "par exemple 2026-11-29."]},
        {"name": "code", "label": "code", "required": False, "hint": "Deux majuscules.",
         "widget": "string", "pattern": ["^[A-Z]{2}$", "Deux majuscules."]},
        {"name": "items", "label": "items", "widget": "list", "min": 1, "max": 5, "summary": "{{fields.fr}}",
         "fields": TEXT_FIELDS},
        {"name": "tags", "label": "tags", "required": False, "widget": "list",
         "field": {"name": "item", "label": "item", "widget": "string"}},
    ]


def test_the_date_fields_example_is_a_date_the_form_and_the_build_accept() -> None:
    """STAFF10 M11: the form's example date (2027-03-01) was itself refused as being in the future."""
    field = form_fields({"type": "object", "properties": {"day": {"type": "string", "format": "date"}}})[0]
    example = re.findall(r"\d{4}-\d{2}-\d{2}", field["pattern"][1])
    assert len(example) == 1 and re.fullmatch(DATE_PATTERN, example[0]), field
    assert date.fromisoformat(example[0]) <= date.today()


@pytest.mark.parametrize(("item", "summary"), [
    ({"name": {"$ref": "#/$defs/text"}, "lang": {"type": "string"}}, "{{fields.name.fr}}"),
    ({"id": {"type": "string"}, "label": {"$ref": "#/$defs/text"}}, "{{fields.label.fr}}"),
    ({"code": {"type": "string"}, "slug": {"type": "string"}}, "{{fields.slug}} ({{fields.code}})"),
])
def test_a_folded_list_item_is_summarised_by_its_french_name(item: dict, summary: str) -> None:
    schema = {"type": "object", "properties": {"list": {"type": "array", "items": {"type": "object", "properties": item}}},
              "$defs": {"text": TEXT}}
    assert form_fields(schema)[0]["summary"] == summary


def test_keys_required_but_not_listed_get_the_form_of_additional_properties() -> None:
    schema = {"type": "object", "required": ["home.title"], "additionalProperties": {"$ref": "#/$defs/text"},
              "$defs": {"text": TEXT}}
    assert form_fields(schema) == [{"name": "home.title", "label": "home.title", "widget": "object",
                                    "collapsed": False, "fields": TEXT_FIELDS}]


def test_nothing_is_required_within_an_optional_object() -> None:
    """Decap checks the fields of an object a file lacks as if it were there: required fields inside
    an optional object would forbid saving a country without activities. The build checks them."""
    schema = {"type": "object", "required": ["country"], "properties": {"country": {
        "type": "object", "required": ["code"], "properties": {
            "code": {"type": "string"},
            "activities": {"type": "object", "required": ["groups"], "properties": {
                "groups": {"type": "array", "items": {"$ref": "#/$defs/text"}}}}}}},
        "$defs": {"text": TEXT}}
    (country,) = form_fields(schema)
    code, activities = country["fields"]
    assert "required" not in code and activities["required"] is False
    (groups,) = activities["fields"]
    assert groups["required"] is False
    assert groups["fields"] == TEXT_FIELDS  # a text present in a list is still checked in full


def test_a_bound_the_schema_sets_when_another_field_has_a_value_is_carried_to_the_field() -> None:
    """STAFF11 H10: a percentage of 175 was accepted by the form (the schema's « at most 100 when the format is percent »
    is an if/then Decap's number field cannot read), then refused by the build. The field carries it (bound_if), with
    the schema's words for it; the form refuses it at the field (shown_values.js)."""
    schema = {"type": "object", "properties": {
        "value": {"title": "Valeur", "type": "integer", "minimum": 0},
        "format": {"title": "Présentation", "enum": ["number", "percent"]}},
        "if": {"properties": {"format": {"const": "percent"}}},
        "then": {"properties": {"value": {"maximum": 100, "description": "Un pourcentage ne dépasse pas 100."}}}}
    value, form = form_fields(schema)
    assert value["bound_if"] == {"field": "format", "equals": "percent", "max": 100,
                                 "message": "Un pourcentage ne dépasse pas 100."}
    assert "bound_if" not in form and value["min"] == 0 and "max" not in value


def test_the_targets_value_field_refuses_a_percentage_over_100_as_the_build_does() -> None:
    fields = next(f for f in data_forms() if f["name"] == "programme")["fields"]
    value = next(f for f in next(f for f in fields if f["name"] == "targets")["fields"] if f["name"] == "value")
    assert (value["bound_if"]["field"], value["bound_if"]["equals"], value["bound_if"]["max"]) == ("format", "percent", 100)


def test_choices_turn_a_text_field_into_a_list_to_choose_from() -> None:
    schema = {"type": "object", "properties": {"countries": {"type": "array", "items": {
        "type": "object", "properties": {"code": {"title": "Code", "type": "string", "pattern": "^[A-Z]{2}$"}}}}}}
    options = [{"label": "Bénin (BJ)", "value": "BJ"}]
    (countries,) = form_fields(schema, {("countries", "code"): options})
    assert countries["fields"] == [{"name": "code", "label": "Code", "required": False,
                                    "widget": "select", "options": options}]


def test_the_forms_date_refuses_a_month_or_day_no_calendar_has_and_takes_every_real_day() -> None:
    """STAFF8 F10: « 2026-13-01 » passed the form and only the build refused it."""
    day, last = date(2024, 1, 1), date(2024, 12, 31)  # a leap year: every month and day a date has
    while day <= last:
        assert re.fullmatch(DATE_PATTERN, day.isoformat()), day
        day += timedelta(days=1)
    for typed in ("2026-13-01", "2026-00-10", "2026-12-32", "2026-12-00", "2026-1-05", "1er décembre 2026"):
        assert not re.fullmatch(DATE_PATTERN, typed), typed


def test_hints_show_descriptions_as_written_not_as_markdown() -> None:
    """Decap renders hints as Markdown: a description's `<nom>` or `*` must reach the reader unchanged."""
    (field,) = form_fields({"type": "object", "properties": {"slug": {
        "type": "string", "description": "Page docs/fr/<nom>.md, *sans* accents [ex. benin]."}}})
    assert field["hint"] == r"Page docs/fr/\<nom\>.md, \*sans\* accents \[ex. benin\]."


@pytest.mark.parametrize("node", [{"oneOf": [{"type": "string"}, {"type": "integer"}]}, {"$ref": "other.json#/x"}])
def test_a_schema_the_form_cannot_show_is_refused(node: dict) -> None:
    with pytest.raises(UnsupportedSchema):
        form_fields({"type": "object", "properties": {"x": node}})


@pytest.mark.parametrize(("key", "value", "accepted"), [
    ("title", "Le programme", True), ("title", "x" * 61, False), ("title", 'Le "programme"', False),
    ("description", "Une phrase.", True), ("description", "<b>Une</b> phrase.", False),
    ("slug", "open-data", True), ("slug", "Open data", False),
])
def test_page_forms_refuse_what_the_front_matter_check_refuses(key: str, value: str, accepted: bool) -> None:
    (field,) = [f for f in page_fields() if f["name"] == key]
    assert bool(re.fullmatch(field["pattern"][0], value)) == accepted
    assert field.get("required", True) == FRONT_MATTER[key].required


def _schema(stem: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{stem}.schema.json").read_text(encoding="utf-8"))


def _assert_keys_follow_fields(value: Any, field: dict[str, Any], where: str) -> None:
    """Every key of `value` has a field, so the form shows all of it (in whatever order the file has them:
    Decap keeps the order of a list item's keys, and the build accepts any)."""
    if isinstance(value, dict):
        names = [f["name"] for f in field["fields"]]
        assert [key for key in value if key not in names] == [], f"{where}: no field for these keys"
        for sub in field["fields"]:
            if sub["name"] in value:
                _assert_keys_follow_fields(value[sub["name"]], sub, f"{where}.{sub['name']}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _assert_keys_follow_fields(item, field if "fields" in field else field["field"], f"{where}[{index}]")


@pytest.mark.parametrize("path", [p for p in (ROOT / "data", FIXTURES / "programme-fictif" / "data",
                                                FIXTURES / "programme-atelier" / "data")
                                   for p in (p / f"{stem}.yaml" for stem in DATA_FILES) if p.exists()],
                         ids=lambda path: path.relative_to(ROOT).as_posix())
def test_each_data_file_has_a_field_for_every_key(path: Path) -> None:
    """The project's data files and the fixture programmes' (a programme may leave out data/strings.yaml)."""
    stem = path.stem
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    _assert_keys_follow_fields(data, {"fields": form_fields(_schema(stem))}, f"data/{stem}.yaml")


def test_editor_settings_say_in_french_what_is_wrong() -> None:
    with pytest.raises(EditorSettingsProblem, match="PCV_EDITOR_AUTH_URL vaut « http://relais.example »"):
        editor_settings("https://github.com/ceci-pcv/site", "edit/main/docs/", {"PCV_EDITOR_AUTH_URL": "http://relais.example"})
    with pytest.raises(EditorSettingsProblem, match="n'est pas celle d'un dépôt GitHub"):
        editor_settings("https://gitlab.com/ceci/site", "edit/main/docs/", {})
    for port in ("80a", "²", "٨٠٨١", "99999", "0"):
        with pytest.raises(EditorSettingsProblem, match=f"PCV_EDITOR_PORT vaut « {port} »"):
            editor_settings("https://github.com/ceci-pcv/site", "edit/main/docs/", {"PCV_EDITOR_PORT": port})
    for name, value in (("PCV_EDITOR_PORT", "8\n::error::x\x1b[2J"), ("PCV_EDITOR_AUTH_URL", "https://a.example/\n::error::x\x1b[2J")):
        with pytest.raises(EditorSettingsProblem) as raised:  # quoted with its line break and escape as codes
            editor_settings("https://github.com/ceci-pcv/site", "edit/main/docs/", {name: value})
        assert "\n" not in str(raised.value) and "\x1b" not in str(raised.value) and "x\\x1b[2J »" in str(raised.value)
    settings = editor_settings("https://github.com/example/fork.git", "edit/staff/docs/",
                               {"PCV_EDITOR_AUTH_URL": "https://relais.example", "PCV_EDITOR_PORT": "9090"})
    assert (settings.repo, settings.branch, settings.auth_url, settings.local_port) == (
        "example/fork", "staff", "https://relais.example", 9090)


# The built /admin/ ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def config(built_site: Path) -> dict[str, Any]:
    return yaml.safe_load((built_site / "admin" / "config.yml").read_text(encoding="utf-8"))


def test_editor_is_french_with_both_languages_side_by_side(config: dict[str, Any]) -> None:
    assert config["locale"] == "fr"
    assert config["i18n"] == {"structure": "multiple_folders", "locales": list(LANGUAGES), "default_locale": "fr"}
    repository = os.environ.get("PCV_REPO_URL") or yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))[
        "repo_url"]  # the environment's first, as the build reads them (make other-programme gives one)
    assert config["backend"] == {"name": "github", "repo": github_repository(repository), "branch": "main"}
    assert config["local_backend"] == {"url": "http://127.0.0.1:8081/api/v1"}
    assert config["publish_mode"] == "editorial_workflow"  # on GitHub, a pull request per change


def test_photos_uploaded_in_the_editor_go_beside_the_pages_never_among_the_sites_own_images(
        config: dict[str, Any]) -> None:
    """Linked relatively, an uploaded photo is published like one added by hand (WebP sizes, checks, any site
    path); one copy, in the first language's folder, serves both languages (test_photos.py builds it); the logo,
    favicon and share images cannot be deleted from the media library."""
    assert (config["media_folder"], config["public_folder"]) == (f"docs/{LANGUAGES[0]}/images", "images")
    sections = [c for c in config["collections"] if c.get("folder", "").count("/") >= 2]
    assert sections and all((c["media_folder"], c["public_folder"]) == (
        f"/docs/{LANGUAGES[0]}/{c['folder'].split('/', 2)[2]}/images", "images") for c in sections)


def test_every_data_file_is_edited_through_the_form_of_its_schema(config: dict[str, Any]) -> None:
    (data,) = [c for c in config["collections"] if c["name"] == "donnees"]
    assert [(f["name"], f["file"]) for f in data["files"]] == [(stem, f"data/{stem}.yaml") for stem in DATA_FILES]
    for file in data["files"]:
        assert file["label"] == _schema(file["name"])["title"]
        assert file["fields"][0] == FILE_GUARD  # first: an unreadable file is said, never saved over
        if file["name"] != "countries":  # the interface texts': with those of each call the programme makes
            calls = call_ids(yaml.safe_load((ROOT / "data" / "programme.yaml").read_text(encoding="utf-8")))
            schema = strings_schema(_schema("strings"), calls) if file["name"] == "strings" else _schema(file["name"])
            assert file["fields"][1:] == (engine_texts if file["name"] == "strings" else list)(form_fields(schema))


def test_each_interface_text_shows_what_the_site_writes_while_it_is_empty(config: dict[str, Any]) -> None:
    """STAFF12 M-b: an interface text never changed showed two empty fields: she could not see what the button said.
    Each language's field says the engine's wording (pcv/text/interface.yaml), what the site shows while it is empty."""
    (data,) = [c for c in config["collections"] if c["name"] == "donnees"]
    (strings,) = [f for f in data["files"] if f["name"] == "strings"]
    shown = {field["name"]: {sub["name"]: sub.get("hint", "") for sub in field["fields"]} for field in strings["fields"][1:]}
    defaults = default_strings()
    common = [key for key in shown if key in defaults]
    assert len(common) > 10
    for key in common:
        for lang in LANGUAGES:
            assert plain_hint(f"« {defaults[key][lang]} »") in shown[key][lang], (key, lang, shown[key])


def test_each_list_s_add_button_names_one_item_with_its_article(config: dict[str, Any]) -> None:
    """STAFF12: « Ajouter cibles chiffrées » (the list's plural title, no item name): Decap writes « Ajouter » and the
    list's `label_singular`, which is each list's item, with its article (« une cible chiffrée »)."""
    (data,) = [c for c in config["collections"] if c["name"] == "donnees"]

    def lists(fields: list[dict]) -> list[dict]:
        return [found for field in fields for found in ([field] if field.get("widget") == "list" and "fields" in field
                                                        else []) + lists(field.get("fields", []))]
    found = [field for file in data["files"] for field in lists(file["fields"])]
    assert len(found) > 3
    for field in found:
        assert re.fullmatch(r"(un|une) [a-zà-ÿ].*", field.get("label_singular", "")), (field["name"], field.get("label_singular"))


def test_a_country_is_chosen_by_its_french_name_among_the_codes_the_build_accepts(config: dict[str, Any]) -> None:
    (data,) = [c for c in config["collections"] if c["name"] == "donnees"]
    (countries,) = [f for f in data["files"] if f["name"] == "countries"]
    (code,) = [f for f in countries["fields"][1]["fields"] if f["name"] == "code"]
    options = {option["value"]: option["label"] for option in code["options"]}
    assert code["widget"] == "select" and set(options) == COUNTRY_CODES
    assert options["BJ"] == "Bénin (BJ)" and options["PE"] == "Pérou (PE)"
    (without_choices,) = form_fields(_schema("countries"))
    assert [f for f in countries["fields"][1]["fields"] if f["name"] != "code"] == [
        f for f in without_choices["fields"] if f["name"] != "code"]


def _collection_of(config: dict[str, Any], lang: str, path: str) -> dict[str, Any]:
    """The collection that edits docs/<lang>/<path>, as Decap finds it (multiple_folders: folder/lang/file)."""
    folder, _, name = f"docs/{lang}/{path}".rpartition("/")
    matches = [c for c in config["collections"] if "folder" in c and (
        (c.get("i18n") and folder == f"{c['folder']}/{lang}") or (not c.get("i18n") and folder == c["folder"]))]
    assert len(matches) == 1, f"docs/{lang}/{path} is edited by {len(matches)} collections"
    return matches[0]


def test_every_page_of_both_languages_is_in_the_editor_top_level_pages_side_by_side(config: dict[str, Any]) -> None:
    for lang in LANGUAGES:
        for page in sorted((ROOT / "docs" / lang).rglob("*.md")):
            path = page.relative_to(ROOT / "docs" / lang).as_posix()
            collection = _collection_of(config, lang, path)
            assert bool(collection.get("i18n")) == ("/" not in path), path
            body = next(f for f in collection["fields"] if f["name"] == "body")
            assert body["widget"] == "page_text"  # as typed (Decap's rich-text mode rewrites admonitions), with photos
            assert body["sanitize_preview"] is True  # a <script> in a page does not run in the editor


@pytest.mark.parametrize("programme", [ROOT, FIXTURES / "programme-fictif", FIXTURES / "programme-atelier"],
                         ids=lambda folder: folder.name)
def test_the_editor_is_named_from_the_programme(programme: Path, tmp_path: Path) -> None:
    """/admin/'s tab title and sign-in screen name the programme of the data, and no other programme."""
    data = load_site_data(programme / "data")
    admin = publish_editor(ROOT, tmp_path, "", data=data, locale=LANGUAGES[0])
    title = re.search(r"<title>(.*?)</title>", (admin / "index.html").read_text(encoding="utf-8")).group(1)
    signin = (admin / "signin.svg").read_text(encoding="utf-8")
    name = data.programme.name.in_(LANGUAGES[0])
    assert html.unescape(title) == f"Éditeur du site – {name}" and f">{html.escape(name)}</text>" in signin
    others = [other_data.programme for other_data in (load_site_data(other / "data") for other in
              (ROOT, FIXTURES / "programme-fictif", FIXTURES / "programme-atelier"))
              if other_data.programme.name != data.programme.name]  # make other-programme: ROOT is a fixture's
    for other in others:
        for text in (other.name.in_(LANGUAGES[0]), f">{other.acronym.in_(LANGUAGES[0])}<", f" {other.acronym.in_(LANGUAGES[0])}<"):
            assert text not in title + signin, text


def test_admin_is_kept_out_of_sitemaps_search_and_crawlers(built_site: Path) -> None:
    for sitemap in (built_site / "sitemap.xml", built_site / "en" / "sitemap.xml"):
        assert "/admin/" not in sitemap.read_text(encoding="utf-8")
    assert not (built_site / "admin" / "sitemap.xml").exists()
    indexes = list(built_site.rglob("search_index.json"))
    assert len(indexes) == len(LANGUAGES)
    for index in indexes:
        assert not [d for d in json.loads(index.read_text(encoding="utf-8"))["docs"] if "admin" in d["location"]]
    page = (built_site / "admin" / "index.html").read_text(encoding="utf-8")
    tags = elements(page)
    assert ("meta", {"name": "robots", "content": "noindex, nofollow"}, False) in tags
    scripts = [a["src"] for tag, a, _ in tags if tag == "script"]
    assert all((built_site / "admin" / src).is_file() for src in scripts), scripts
    # Decap held before it loads, started once every script of ours is in (the French texts, the widgets).
    assert scripts.index("hold_start.js") + 1 == scripts.index("decap-cms.js") and scripts[-1] == "start.js", scripts
    assert sorted(scripts) == sorted(["decap-cms.js", *SCRIPTS])
    assert (built_site / "admin" / "problems.js").is_file()
    assert '<html lang="fr" data-signin="absent" data-pages="pages ' in page, "no sign-in relay: the page says so online"
    assert (built_site / "admin" / "decap-cms.js").is_file()
    assert not list((built_site / "admin").glob("*.map"))
    policy = next(a["content"] for tag, a, _ in tags
                  if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["script-src"][0] == "'self'" and not any(s.startswith(("http", "*", "'unsafe-inline'"))
                                                                for s in directives["script-src"])
    assert all(source in ("'self'", "data:", "blob:", "https://avatars.githubusercontent.com")
               for source in directives["img-src"]), "a page's image from another host is not loaded in the preview"
    assert directives["form-action"] == ["'none'"] and directives["object-src"] == ["'none'"]


def test_without_decap_the_site_builds_and_the_pages_workflow_requires_it(tmp_path: Path) -> None:
    """A copy has no node_modules: Python alone builds the site, with no /admin/; PCV_EDITOR_REQUIRED=1
    (the Pages workflow) stops the build with a French message instead."""
    project = copy_project(tmp_path / "project")
    plain = build_site(project, tmp_path / "plain")
    assert plain.returncode == 0, plain.output
    assert not (plain.site / "admin").exists() and (plain.site / "index.html").is_file()
    required = build_site(project, tmp_path / "required", PCV_EDITOR_REQUIRED="1")
    assert required.returncode == 1
    assert "Éditeur web : /admin/ n'a pas pu être publié : node_modules/decap-cms/dist/decap-cms.js est introuvable." \
        in required.output
    assert "Traceback" not in required.output


def test_a_country_page_chooses_its_country_among_the_data_by_its_name_in_either_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once pages carry `country:` (found by the country they describe), the section's form asks for it; each
    choice names the country in every language, the page's own first, so an English page finds « Peru » (STAFF10
    M4: only the French names were listed)."""
    if "country" not in section_pages_module.FRONT_MATTER:
        monkeypatch.setitem(section_pages_module.FRONT_MATTER, "country", section_pages_module.FRONT_MATTER["slug"])
    languages = [Language("fr", "Français"), Language("en", "English")]
    codes = [c["code"] for c in data_of(ROOT / "data" / "countries.yaml")["countries"]]
    for collection in section_pages_module.section_pages(ROOT / "docs", languages):
        lang = next(lang for lang in languages if collection["name"].endswith(f"-{lang.locale}"))
        field = next(f for f in collection["fields"] if f["name"] == "country")
        assert field["widget"] == "page_country" and sorted(o["value"] for o in field["options"]) == sorted(codes)
        for option in field["options"]:
            label, code = option["label"], option["value"]
            assert label.startswith(country_name(code, lang.locale)) and label.endswith(f" ({code})"), label
            assert all(plain_words(country_name(code, other.locale)) <= plain_words(label) for other in languages)


def test_an_optional_field_cleared_in_the_editor_is_as_if_absent_a_required_one_is_reported() -> None:
    """Decap writes a cleared choice as null and a cleared text as "": an optional field so left is dropped
    before the checks (pcv/data/cleared_fields.py); a required one is still missing."""
    schema = _schema("partners")
    data = {"groups": [{"title": {"fr": "Groupe", "en": "Group"}, "source": None, "organisations": [
        {"name": {"fr": "", "en": "X"}, "lang": None, "source": ""}]}]}
    assert without_cleared_fields(data, schema) == {"groups": [{"title": {"fr": "Groupe", "en": "Group"},
                                                                "organisations": [{"name": {"fr": "", "en": "X"}}]}]}


def test_each_partner_has_its_own_optional_source_in_its_form(config: dict[str, Any]) -> None:
    (data,) = [c for c in config["collections"] if c["name"] == "donnees"]
    (partners,) = [f for f in data["files"] if f["name"] == "partners"]
    (groups,) = [f for f in partners["fields"] if f["name"] == "groups"]
    (organisations,) = [f for f in groups["fields"] if f["name"] == "organisations"]
    assert organisations["summary"] == "{{fields.name.fr}}" and groups["summary"] == "{{fields.title.fr}}"
    (source,) = [f for f in organisations["fields"] if f["name"] == "source"]
    assert (source["widget"], source["required"]) == ("string", False)
    (lang,) = [f for f in organisations["fields"] if f["name"] == "lang"]
    assert lang["options"] == [{"label": "français (fr)", "value": "fr"}, {"label": "anglais (en)", "value": "en"}]


def test_a_problem_of_a_page_says_where_it_is_in_the_editors_form(tmp_path: Path) -> None:
    """The editor shows the front matter as fields and counts the text's lines from its own first line."""
    page = tmp_path / "docs" / "fr" / "approche.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: Notre approche\ndescription: Une phrase.\ncountry: bj\n---\n\n# Notre approche\n\n"
                    "Nous mobilisons 15 000 personnes.\n", encoding="utf-8")
    places = [editor_place(Problem("docs/fr/approche.md", line, 1, "…"), tmp_path) for line in (2, 4, 9)]
    assert places == ["dans l'éditeur : champ « Titre »", "dans l'éditeur : champ « Pays de la page »",
                      "dans l'éditeur : « Texte de la page », ligne 4"]
    assert editor_place(Problem("data/programme.yaml", 3, 1, "…"), tmp_path) is None  # no field: no place
    page.write_text("---\ntitle: Notre approche\n\n# Notre approche\n", encoding="utf-8")  # never closed
    assert editor_place(Problem("docs/fr/approche.md", 1, 1, "…"), tmp_path) == CLOSED_ON_SAVE  # shown closed
    page.write_text("---\ntitle: Notre approche\n# Notre approche\nLes volontaires partagent leurs compétences.\n", encoding="utf-8")
    assert editor_place(Problem("docs/fr/approche.md", 1, 1, "…"), tmp_path) == UNREADABLE  # no field list to close


def test_a_field_of_a_page_is_named_once_in_the_editors_list_and_in_the_files_place(tmp_path: Path) -> None:
    """STAFF9 F6: the editor said « champ « Fin de l'adresse (slug) » (slug) (dans l'éditeur : champ « Fin de l'adresse
    (slug) ») » : the file's place says the field's label without its key when the label holds it, and the editor's
    list gives the file and line, then the field where the form shows it."""
    page = tmp_path / "docs" / "en" / "perou.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: Peru\ndescription: A sentence.\nslug: perou\n---\n\n# Peru\n", encoding="utf-8")
    problem = Problem("docs/en/perou.md", 4, 1, "…", "slug")
    assert problem.where == f"docs/en/perou.md, ligne 4, colonne 1, champ « {PAGE_LABELS['slug']} »"
    shown = editor_problem(problem, tmp_path, [])
    assert (shown["where"], shown["editor"]) == ("docs/en/perou.md, ligne 4, colonne 1",
                                                 f"dans l'éditeur : champ « {PAGE_LABELS['slug']} »")
    other = Problem("docs/en/perou.md", None, None, "…", "slug")  # no line: no place in the form, the field said
    assert editor_problem(other, tmp_path, [])["where"] == other.where
    assert field_in_words("countries[2].code", "data/countries.yaml").endswith("» (code)")  # a label without its key

@pytest.mark.parametrize("sign", ["\u200b", "\u2060", "\ufeff"])
def test_an_invisible_sign_pasted_in_a_page_is_named_at_its_field_or_text_line_after_its_words(
        tmp_path: Path, sign: str) -> None:
    """STAFF8 F2: a zero-width space pasted from Word makes the build refuse the page; the editor's place said the
    text looked empty, not to save it, and to go to GitHub, though the editor shows the page whole and saving it
    again is the fix. The place is now the field, or the text's line, and the words the sign follows."""
    page = tmp_path / "docs" / "fr" / "aspirations.md"
    page.parent.mkdir(parents=True)
    front = "---\ntitle: Nos aspirations\ndescription: Une phrase.\n---\n"
    body = "\n# Nos aspirations\n\nAu cœur du programme.\n"
    for text, field in ((front.replace("Nos aspirations", f"Nos{sign} aspirations") + body, "title"),
                        (front + body.replace("cœur du", f"cœur{sign} du"), None)):
        page.write_text(text, encoding="utf-8")
        problem = read_page(page, "fr", "aspirations.md")[1]
        assert problem is not None and f"U+{ord(sign):04X}" in problem.message  # the build names the sign
        place = editor_place(problem, tmp_path)
        assert place != UNREADABLE and f"U+{ord(sign):04X}" in place
        line = text.split("\n")[problem.line - 1]
        words = line[:line.index(sign)].split(":")[-1].split()[-2:]
        assert f"juste après « {' '.join(words)} »" in place
        where = (f"champ « {PAGE_LABELS[field]} »" if field else
                 f"« {PAGE_LABELS['body']} », ligne {problem.line - front.count(chr(10))}")
        assert place.startswith(f"dans l'éditeur : {where},")


@pytest.mark.parametrize("text", ["---\n---\n\n# Nos aspirations\n\nAu cœur du programme.\n", ""])
def test_an_empty_header_or_file_gets_no_place_in_the_editor_that_says_its_text_looks_empty(
        tmp_path: Path, text: str) -> None:
    """PROGRAMME11 F6, F8: the editor shows such a page with its fields empty, to fill in as the message says; the place
    for an unreadable header (« le texte de cette page paraît vide : ne l'enregistrez pas ») would be wrong."""
    page = tmp_path / "docs" / "en" / "aspirations.md"
    page.parent.mkdir(parents=True)
    page.write_text(text, encoding="utf-8")
    problem = read_page(page, "en", "aspirations.md")[1]
    assert problem is not None and problem.line == 1
    assert editor_place(problem, tmp_path) is None


def test_the_title_hint_says_a_heading_in_the_text_does_not_follow_it(config: dict[str, Any]) -> None:
    """STAFF8 F9: « Titre » renamed the menu entry, and the page still opened with its old « # … » heading."""
    (pages,) = [c for c in config["collections"] if c["name"] == "pages"]
    (title,) = [f for f in pages["fields"] if f["name"] == "title"]
    hint = title["hint"].replace("\u00a0", " ").replace("\u202f", " ")  # (French spacing)
    assert f"« {PAGE_LABELS['body']} »" in hint and "« # … »" in hint, hint


def test_a_problem_of_a_data_file_says_which_form_item_and_field(config: dict[str, Any]) -> None:
    """« 6e pays (countries), champ code » is, in the editor, the 6th item of the countries form's list, by labels."""
    (data,) = [c for c in config["collections"] if c["name"] == "donnees"]
    (countries,) = [f for f in data["files"] if f["name"] == "countries"]
    (items,) = countries["fields"][1:]
    code = next(f for f in items["fields"] if f["name"] == "code")
    assert editor_place(Problem("data/countries.yaml", 121, 11, "…", "countries[5].code"), Path(".")) == (
        f"dans l'éditeur : « {countries['label']} » → « {items['label']} », 6e élément → « {code['label']} »")


def _leaves(fields: list[dict[str, Any]], path: str = "", labels: tuple[str, ...] = ()) -> list[tuple[str, tuple]]:
    """Each field of a form, as a problem's path names it (first item of each list), with its labels on the way."""
    found = []
    for field in fields:
        name = f"{path}.{field['name']}" if path else field["name"]
        found.append((name, labels + (field["label"],)))
        inner = field.get("fields") or []
        if field.get("widget") == "list" and inner:
            found += _leaves(inner, f"{name}[0]", ())
        else:
            found += _leaves(inner, name, labels + (field["label"],))
    return found


def test_every_field_of_every_form_has_a_french_label_and_problems_name_it_so(config: dict[str, Any]) -> None:
    """A message names a field by the label staff see in the form, then by its key: « Activités » (activities);
    no form shows a key as its label (the addresses' « fr » and « en » did)."""
    (data,) = [c for c in config["collections"] if c["name"] == "donnees"]
    forms = [(form["file"], form["fields"][1:]) for form in data["files"]]  # after the file's guard, which writes nothing
    section = next(c for c in config["collections"] if c.get("folder", "").count("/") >= 2)
    forms.append((f"{section['folder']}/page.md", section["fields"][1:]))
    for file, fields in forms:
        for path, labels in _leaves(fields):
            assert labels[-1] != path.rsplit(".", 1)[-1].split("[")[0], (file, path)
            words = field_in_words(path, file)
            assert all(f"« {label} »" in words for label in labels), (file, path, words)


def test_a_new_page_chooses_its_place_in_the_menu_among_the_menus_pages(config: dict[str, Any], built_site: Path) -> None:
    """« Place dans le menu » (Pages): each page of the menu, by its French title, in the menu's order."""
    (pages,) = [c for c in config["collections"] if c["name"] == "pages"]
    (field,) = [f for f in pages["fields"] if f["name"] == "menu_after"]
    assert field["label"] == "Place dans le menu" and field["widget"] == "menu_place" and field["i18n"] is False
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    listed = [path for path in nav_paths(nav) if (ROOT / "docs" / LANGUAGES[0] / path).is_file()]
    values = [option["value"] for option in field["options"]]
    assert [value for value in values if value in listed] == listed
    for value in values:  # the others: pages the build places in the menu (a country's, one placed from the editor)
        assert value in listed or {"country", "menu_after"} & set(_page_meta(value)), value
    title = _page_meta(listed[1])["title"]
    assert field["options"][values.index(listed[1])]["label"].startswith(f"après « {title} »")


def _page_meta(path: str) -> dict[str, Any]:
    return read_page(ROOT / "docs" / LANGUAGES[0] / path, LANGUAGES[0], path)[0].meta


def test_page_form_hints_speak_of_the_form_not_of_the_files_syntax() -> None:
    """STAFF8 F11: « Fin de l'adresse » explained itself as « slug: act/open-data », « Pays de la page » as a « code
    ISO »; in the form she types the value alone, and chooses a country by its name."""
    config = editor_config(ROOT, [Language("fr", "Français"), Language("en", "English")],
                           EditorSettings("ceci-pcv/site", "main", None, 8081), None)
    hints = {(collection["name"], field["name"]): field.get("hint", "") for collection in config["collections"]
             if "folder" in collection for field in collection["fields"]}
    assert hints
    for (collection, name), hint in hints.items():
        for key in FRONT_MATTER:
            assert f"{key}:" not in hint, (collection, name, hint)
        assert "ISO" not in hint, (collection, name, hint)


def test_a_problem_of_the_menu_says_where_it_is_in_the_menu_form(tmp_path: Path) -> None:
    """STAFF8 F5/F11: a section renamed in French only was said at « 2e élément (plugins.i18n.languages), champ
    nav_translations », and nowhere in the editor; it is now in words, with its place in « Menu du site »."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    title = next(next(iter(entry)) for entry in yaml.safe_load(text)["nav"] if isinstance(entry, dict))
    (tmp_path / "mkdocs.yml").write_text(text.replace(f"  - {title}:\n", f"  - {title} et plus:\n"), encoding="utf-8")
    problems = list(menu_translation_problems(tmp_path))
    assert problems and all("élément" not in str(p) and "2e langue (plugins.i18n.languages)" in str(p) for p in problems)
    places = [editor_place(p, tmp_path) for p in problems]
    assert places[0] == f"dans l'éditeur : « Menu du site », la section, champ « En {LANGUAGE_NAMES[LANGUAGES[1]]} »"
    assert f"la section « {title} »" in places[1]
    assert editor_place(Problem("mkdocs.yml", 40, 5, "x", "nav[3]"), tmp_path) == \
        "dans l'éditeur : « Menu du site », entrée n° 4"


def test_data_form_hints_name_forms_not_files_codes_or_page_headers() -> None:
    """STAFF8 F11 (jargon): the forms of the programme, its countries and partners name another form by its title
    (« Les pays du programme »), not its file (countries.yaml), and say no « ISO 3166 », « fr_CA » or « role: themes »;
    only a call's identifier names the page header the technical team writes."""
    def hints(fields: list[dict], where: str) -> list[tuple[str, str]]:
        found = []
        for field in fields:
            found.append((f"{where}/{field['name']}", field.get("hint", "")))
            found += hints(field.get("fields", []) + ([field["field"]] if "field" in field else []), f"{where}/{field['name']}")
        return found
    every = [item for form in data_forms() if form["name"] != "strings" for item in hints(form["fields"], form["name"])]
    assert every
    for where, hint in every:
        assert not re.search(r"\.yaml|ISO|\w_\w", hint), (where, hint)
        assert "role:" not in hint or where == "programme/calls_to_action/id", (where, hint)
