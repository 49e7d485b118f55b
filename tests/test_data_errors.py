"""Every kind of bad edit to data/ stops `make build` with a French message (file, line,
column, field, what was expected, what was found), all problems at once, and the last
published site stays byte for byte as it was.

Bad edits are grouped by project copy (one build per group); each kind has its own test.
"""

from __future__ import annotations

import json

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from live_data import DATA, target
from project_edits import edit, replace_value, group_publisher, line_of, place_previous_site, reported_problems, tree_digest

from pcv.data.loading import DataProblems, load_site_data
from pcv.data.rules import COUNTRY_CODES
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.inspection.builds import ROOT, BuildResult, build_site, copy_project
from pcv.inspection.pages import LANGUAGES
from pcv.text.formatting import country_name


# The targets and period that _invalid breaks, as the data has them today.
START, END = DATA.programme.period.start, DATA.programme.period.end
COMPACT, SHARE = target("compact"), target("percent")
QUOTED, WORDS = target("number"), target("number", after=target("number").id)


def _nth_target(item) -> str:
    index = DATA.programme.targets.index(item)
    return f"{'1re' if index == 0 else f'{index + 1}e'} cible (targets)"


def _unreadable(project: Path) -> None:
    data = project / "data"
    edit(data / "programme.yaml", f"  start: {START}", f"\tstart: {START}")
    edit(data / "countries.yaml", "  - code: BJ\n", "  - code: BJ\n    code: BJ\n")
    partners = data / "partners.yaml"
    partners.write_bytes(partners.read_text(encoding="utf-8").encode("cp1252"))  # "ANSI" in Windows editors
    (data / "strings.yaml").write_text("# yaml-language-server: $schema=../schemas/strings.schema.json\n")


def _unparsable(project: Path) -> None:
    data = project / "data"
    # The quote opened here closes nowhere, whatever staff wrote below it: no other " is left after it.
    text = (data / "programme.yaml").read_text(encoding="utf-8")
    at = text.index("  fr: PCV")
    (data / "programme.yaml").write_text(text[:at] + '  fr: "PCV' + text[at + 9:].replace('"', ""), encoding="utf-8")
    with (data / "countries.yaml").open("a", encoding="utf-8") as file:
        file.write('a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]\n')
        for name, alias in zip("bcdef", "abcde"):
            file.write(f"{name}: &{name} [{', '.join([f'*{alias}'] * 10)}]\n")
    with (data / "partners.yaml").open("a", encoding="utf-8") as file:
        file.write("# " + "x" * 600_000 + "\n")


def _invalid(project: Path) -> None:
    data = project / "data"
    edit(data / "programme.yaml", "  en: VCP\n", "")
    replace_value(data / "programme.yaml", "  source: Page « Historique »", '  source: ""  # Page « Historique »')
    edit(data / "programme.yaml", "    fr: https://ceci.org/fr\n", "    fr: www.ceci.org/fr\n")
    edit(data / "programme.yaml", f"  end: {END}", f"  end: {START - 2}")
    edit(data / "programme.yaml", "    format: compact", "    format: compacte")
    edit(data / "programme.yaml", f"    value: {SHARE.value}\n", f"    value: {SHARE.value + 100}\n")
    edit(data / "programme.yaml", f"    value: {QUOTED.value}\n", f'    value: "{QUOTED.value}"\n')
    edit(data / "programme.yaml", f"    value: {WORDS.value}\n", "    value: 15 000 personnes\n")
    edit(data / "countries.yaml", "  - code: GT", "  - code: GX")
    edit(data / "countries.yaml", "          en: Departments\n", "")
    edit(data / "countries.yaml", "  - code: SN\n    slug: senegal\n", "  - slug: senegal\n")
    edit(data / "countries.yaml", "  - code: RW", "  - code: BJ")
    edit(data / "partners.yaml", "      lang: en", "      langue: en")
    edit(data / "strings.yaml", "  en: CECI volunteers share", "  english: CECI volunteers share")
    edit(data / "strings.yaml", "  fr: Programme de coopération volontaire du CECI", "  fr: true")
    edit(data / "strings.yaml", "  en: A program of {organisation} ({name})", "  en: A program of {organisation} ({nom})")


def _line(name: str, start: str) -> int:
    return line_of(f"data/{name}", start)


def _first_non_ascii(name: str) -> tuple[int, int]:
    """Line and column of the first character of data/<name> outside ASCII."""
    lines = (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()
    return next((number, column) for number, line in enumerate(lines, 1)
                for column, char in enumerate(line, 1) if not char.isascii())


# Lines of the real data files; where _invalid deletes lines above one, it moves up.
TAB_LINE = _line("programme.yaml", f"start: {START}")
ACRONYM_LINE, QUOTE_LINE = _line("programme.yaml", "acronym:"), _line("programme.yaml", "fr: PCV")
NAME_SOURCE_LINE, WEBSITE_LINE = (  # below "en: VCP", deleted
    _line("programme.yaml", text) - 1 for text in ("source: Page « Historique »", "fr: https://ceci.org/fr"))
PERIOD_END_LINE, FORMAT_LINE, SHARE_LINE, TYPE_LINE, WORDS_LINE = (  # below "en: VCP", deleted
    _line("programme.yaml", text) - 1 for text in (f"end: {END}", "format: compact", f"value: {SHARE.value}",
                                                    f"value: {QUOTED.value}", f"value: {WORDS.value}"))
BENIN_LINE, GUATEMALA_LINE = _line("countries.yaml", "- code: BJ"), _line("countries.yaml", "- code: GT")
REGIONS_LABEL_LINE = _line("countries.yaml", "en: Departments") - 2
SENEGAL_LINE = _line("countries.yaml", "- code: SN") - 1  # below "en: Departments", deleted
RWANDA_LINE = _line("countries.yaml", "- code: RW") - 2  # below "en: Departments" and "code: SN", deleted
NON_UTF8_LINE, NON_UTF8_COLUMN = _first_non_ascii("partners.yaml")
LANG_LINE = _line("partners.yaml", "lang: en")
LANG_PARTNER = 1 + [p.get("lang") for p in yaml.safe_load((ROOT / "data" / "partners.yaml").read_text(
    encoding="utf-8"))["groups"][0]["organisations"]].index("en")
LABEL_FR_LINE = _line("strings.yaml", "fr: Programme de coopération volontaire du CECI")
SUMMARY_LINE = _line("strings.yaml", "home.hero.summary:")
SUMMARY_EN_LINE = _line("strings.yaml", "en: CECI volunteers share")  # below a French text that may be folded
RUNS_EN_LINE = _line("strings.yaml", "en: A program of {organisation} ({name})")

GROUPS: dict[str, Callable[[Path], None]] = {"unreadable": _unreadable, "unparsable": _unparsable, "invalid": _invalid}

KINDS = [
    pytest.param("unreadable", f"data/programme.yaml, ligne {TAB_LINE}, colonne 1 : tabulation dans l'indentation. "
                 "Le YAML n'accepte que des espaces : remplacez la tabulation par des espaces.", id="tab"),
    pytest.param("unreadable", f"data/countries.yaml, ligne {BENIN_LINE + 1}, colonne 5, 1er pays (countries), champ code : la clé « code » "
                 f"apparaît deux fois (déjà à la ligne {BENIN_LINE}). Gardez une seule des deux.", id="duplicate-key"),
    pytest.param("unreadable", f"data/partners.yaml, ligne {NON_UTF8_LINE}, colonne {NON_UTF8_COLUMN} : le fichier n'est pas encodé en UTF-8. "
                 "Enregistrez-le en UTF-8 dans votre éditeur (VS Code : « Enregistrer avec l'encodage »).",
                 id="not-utf8"),
    pytest.param("unreadable", "data/strings.yaml : le fichier ne contient aucune donnée (il est vide ou n'a que "
                 "des commentaires). Rétablissez son contenu (git restore).", id="empty"),
    pytest.param("unparsable", f"data/programme.yaml, ligne {QUOTE_LINE}, colonne 7 : guillemet ouvert ici et jamais fermé. "
                 "Ajoutez le guillemet qui ferme le texte.", id="syntax"),
    pytest.param("unparsable", "data/countries.yaml : le document dépasse 50000 valeurs une fois les alias (*) "
                 "développés. Supprimez les ancres (&) et alias (*) et écrivez les valeurs en entier.",
                 id="alias-expansion"),
    pytest.param("unparsable", "data/partners.yaml : fichier trop gros (587 Kio, limite 512 Kio). Vérifiez "
                 "qu'un collage n'a pas dupliqué son contenu.", id="too-big"),
    pytest.param("invalid", f"data/programme.yaml, ligne {ACRONYM_LINE}, colonne 1, champ acronym.en : la version en anglais "
                 "manque. Ajoutez une ligne « en: … » avec le texte en anglais, alignée sur l'autre langue.",
                 id="missing-english"),
    pytest.param("invalid", f"data/programme.yaml, ligne {NAME_SOURCE_LINE}, colonne 11, champ organisation_name.source : le "
                 "texte est vide. Écrivez-le, ou retirez l'élément.", id="name-without-source"),
    pytest.param("invalid", f"data/programme.yaml, ligne {WEBSITE_LINE}, colonne 9, champ organisation_website.url.fr : on "
                 "trouve le texte « www.ceci.org/fr », qui n'a pas la forme attendue. Écrivez l'adresse complète, "
                 "commençant par https://, sans espace.", id="website-not-an-address"),
    pytest.param("invalid", f"data/programme.yaml, ligne {PERIOD_END_LINE}, colonne 8, champ period.end : la période finit en "
                 f"{START - 2}, avant de commencer (en {START}). Corrigez l'une des deux années : la fin vient après le "
                 "début.", id="period-ends-before-start"),
    pytest.param("invalid", f"data/programme.yaml, ligne {FORMAT_LINE}, colonne 13, {_nth_target(COMPACT)}, champ format : on attend "
                 "l'une de ces valeurs : number, compact, percent ; on trouve le texte « compacte ».",
                 id="value-not-allowed"),
    pytest.param("invalid", f"data/programme.yaml, ligne {SHARE_LINE}, colonne 12, {_nth_target(SHARE)}, champ value : on attend au "
                 f"plus 100, on trouve le nombre {SHARE.value + 100}. Un pourcentage (format: percent) ne peut pas dépasser 100.",
                 id="share-above-100"),
    pytest.param("invalid", f"data/programme.yaml, ligne {TYPE_LINE}, colonne 12, {_nth_target(QUOTED)}, champ value : on attend un "
                 f"nombre entier, on trouve le texte « {QUOTED.value} ». Retirez les guillemets.", id="wrong-type"),
    pytest.param("invalid", f"data/programme.yaml, ligne {WORDS_LINE}, colonne 12, {_nth_target(WORDS)}, champ value : on attend un "
                 "nombre entier, on trouve le texte « 15 000 personnes ». Écrivez seulement le nombre, en chiffres, "
                 "sans espace, séparateur ni unité (ex. 15000 ou 75).", id="number-with-words"),
    pytest.param("invalid", f"data/countries.yaml, ligne {GUATEMALA_LINE}, colonne 11, 3e pays (countries), champ code : « GX » n'est "
                 "pas un code de pays ISO 3166 connu. Utilisez le code à deux lettres du pays (ex. CA pour le "
                 "Canada, FR pour la France).", id="unknown-country-code"),
    pytest.param("invalid", f"data/countries.yaml, ligne {REGIONS_LABEL_LINE}, colonne 9, 3e pays (countries), champ "
                 "activities.regions.label.en : la version en anglais manque. Ajoutez une ligne « en: … » avec le texte en "
                 "anglais, alignée sur l'autre langue.", id="missing-english-in-list"),
    pytest.param("invalid", f"data/countries.yaml, ligne {SENEGAL_LINE}, colonne 5, 4e pays (countries), champ code : le champ "
                 "obligatoire « code » manque. Ajoutez une ligne « code: … ».", id="missing-field"),
    pytest.param("invalid", f"data/countries.yaml, ligne {RWANDA_LINE}, colonne 11, 7e pays (countries), champ code : « BJ » est "
                 f"déjà utilisé plus haut (1er pays (countries), champ code, ligne {BENIN_LINE}). Chaque code doit être unique : corrigez l'un "
                 "des deux.", id="duplicate-country-code"),
    pytest.param("invalid", f"data/partners.yaml, ligne {LANG_LINE}, colonne 9, 1er élément (groups), {LANG_PARTNER}e partenaire "
                 "(organisations), champ langue : champ inconnu « langue ». Vérifiez l'orthographe ; champs permis ici : name, lang, source.",
                 id="unknown-field"),
    pytest.param("invalid", f"data/strings.yaml, ligne {LABEL_FR_LINE}, colonne 7, champ home.hero.label.fr : on attend un "
                 "texte, on trouve une valeur oui/non (true ou false sans guillemets). "
                 'Mettez le texte entre guillemets droits ("…").', id="true-read-as-boolean"),
    pytest.param("invalid", f"data/strings.yaml, ligne {SUMMARY_LINE}, colonne 1, champ home.hero.summary.en : la version "
                 "en anglais manque. Ajoutez une ligne « en: … » avec le texte en anglais, alignée sur l'autre langue.",
                 id="missing-english-string"),
    pytest.param("invalid", f"data/strings.yaml, ligne {SUMMARY_EN_LINE}, colonne 3, champ home.hero.summary.english : "
                 "champ inconnu « english ». Vérifiez l'orthographe ; champs permis ici : fr, en.", id="unknown-language"),
    pytest.param("invalid", f"data/strings.yaml, ligne {RUNS_EN_LINE}, colonne 7, champ home.trust.runs.en : le français "
                 "et l'anglais n'ont pas les mêmes repères entre accolades ({name}, {nom}). Écrivez les mêmes "
                 "dans les deux langues, sans les traduire.", id="placeholder-mismatch"),
]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, built_site: Path) -> Callable[[str], tuple[BuildResult, str]]:
    """Publish the project copy of a group (once per module): the result and the previous site's digest."""
    return group_publisher(GROUPS, tmp_path_factory, built_site)


@pytest.mark.parametrize(("group", "expected"), KINDS)
def test_bad_data_is_reported_and_the_last_site_kept(group: str, expected: str, published) -> None:
    result, before = published(group)
    assert result.returncode == 1
    assert expected in reported_problems(result.output), result.output
    assert tree_digest(result.site) == before
    assert not list(result.site.parent.glob(".site-*"))


@pytest.mark.parametrize("group", GROUPS)
def test_every_problem_of_a_build_is_reported_together(group: str, published) -> None:
    result, _ = published(group)
    expected = [kind.values[1] for kind in KINDS if kind.values[0] == group]
    assert reported_problems(result.output) == expected
    assert f"La construction est arrêtée : {len(expected)} problèmes à corriger." in result.output
    assert "n'a pas été modifié" in result.output
    assert "Traceback" not in result.output


def test_plain_mkdocs_build_stops_before_emptying_the_site_folder(project_copy: Path, built_site: Path) -> None:
    """MkDocs runs on_config before it cleans site_dir: a data error leaves even `mkdocs build`'s folder intact."""
    before = place_previous_site(project_copy, built_site)
    edit(project_copy / "data" / "programme.yaml", f"  end: {END}", f"  end: {START - 2}")
    result = build_site(project_copy, project_copy / "site")
    assert result.returncode == 1 and len(reported_problems(result.output)) == 1
    assert tree_digest(project_copy / "site") == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fr: Note : les femmes", "ligne 1, colonne 10 : « : » inattendu. Si cette ligne est un champ, alignez"),
        ("fr: *Les* femmes", "ligne 1, colonne 5 : un texte qui commence par « * », « & » ou « ! » doit être"),
        ("fr: `code`", "ligne 1, colonne 5 : un texte qui commence par « @ », « ` » ou « % » doit être"),
        ("a:\n  fr: x\n   en: y", "ligne 3, colonne 6 : retrait décalé : cette ligne commence par 3 espaces, ce "
         "qui ne l'aligne sur aucune ligne au-dessus. Alignez son début exactement sous celui de la ligne 2 (2 espaces)"),
        ("a:\n  fr: x\n en: y", "ligne 3, colonne 2 : retrait décalé : cette ligne commence par 1 espace, ce qui "
         "ne l'aligne sur aucune ligne au-dessus. Alignez son début exactement sous celui de la ligne 2 (2 espaces)"),
        ("a:\n  fr x\n  en: y", "ligne 3, colonne 5 : « : » inattendu."),
        ("a:\n  fr: “Note : les femmes”", "ligne 2, colonne 13 : ce texte commence par le guillemet typographique "
         "« “ », que le YAML ne lit pas comme un guillemet (il vient souvent d'un copier-coller depuis Word). "
         "Entourez le texte de guillemets droits"),
        ("a:\n  fr: x\n\u00a0 en: y", "ligne 3, colonne 1 : espace insécable (U+00A0, souvent collée depuis Word "
         "ou un courriel) dans l'indentation"),
        ("a:\n  - id: b\n    title: {fr: Prêter un hydrophone ?, en: Lend one?}", "ligne 3, colonne 38 : entre "
         "« { } », un texte qui contient « ? », « : », « , » ou « # » doit être entre guillemets droits"),
        ("a:\n  - id: b\n     c: d", "ligne 3, colonne 7 : retrait décalé : cette ligne commence par 5 espaces, ce "
         "qui ne l'aligne sur aucune ligne au-dessus. Alignez son début exactement sous celui de la ligne 2 (4 espaces)"),
    ],
    ids=["colon-in-text", "star", "backtick", "indented-more", "indented-less", "missing-colon", "curly-quotes",
         "non-breaking-space", "question-mark-in-braces", "list-item-child"],
)
def test_yaml_syntax_errors_say_what_to_do(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(UnreadableYaml) as caught:
        read_yaml(path, "data/x.yaml")
    assert str(caught.value.problem).startswith(f"data/x.yaml, {expected}")


def test_every_interface_text_of_the_engine_is_a_labelled_optional_field() -> None:
    """The engine has a text for every key (pcv/text/interface.yaml), valid against the schema, which labels
    each for the editor and requires none: a programme's data/strings.yaml says only what it changes."""
    schema = json.loads((ROOT / "schemas" / "strings.schema.json").read_text(encoding="utf-8"))
    engine = yaml.safe_load((ROOT / "pcv" / "text" / "interface.yaml").read_text(encoding="utf-8"))
    assert not schema["required"]
    assert [key for key in engine if "title" not in schema["properties"].get(key, {})] == []
    assert list(Draft202012Validator(schema).iter_errors(engine)) == []


def test_script_typed_in_data_shows_as_text(tmp_path: Path) -> None:
    """Text from data/ is escaped: a <script> typed in a YAML field is shown, never run."""
    project = copy_project(tmp_path / "project")
    edit(project / "data" / "countries.yaml", "        - fr: Femmes et jeunes femmes\n",
         "        - fr: Femmes <script>alert(1)</script> & jeunes femmes\n")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    html = (result.site / "activites" / "benin" / "index.html").read_text(encoding="utf-8")
    assert "<li>Femmes &lt;script&gt;alert(1)&lt;/script&gt; &amp; jeunes femmes</li>" in html
    assert not re.search(r"<script>alert", html)


@pytest.mark.parametrize("code", ["EU", "UN", "ZZ", "XK"])
def test_a_code_that_names_no_country_is_refused(tmp_path: Path, code: str) -> None:
    """CLDR names groupings (EU, UN) and reserved codes (ZZ, XK) too; only ISO 3166-1 countries are accepted."""
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    edit(data / "countries.yaml", "  - code: GT", f"  - code: {code}")
    with pytest.raises(DataProblems, match=f"« {code} » n'est pas un code de pays ISO 3166"):
        load_site_data(data)


@pytest.mark.parametrize("value", [10**12, 999999999999999999999999999])
def test_a_figure_beyond_any_programme_s_is_refused(tmp_path: Path, value: int) -> None:
    """A figure shown as "1000000000000000 billions" is a slip: at most 999 billion (the formats stay right)."""
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    first = load_site_data(ROOT / "data").programme.targets[0].value
    edit(data / "programme.yaml", f"    value: {first}\n", f"    value: {value}\n")
    with pytest.raises(DataProblems, match=f"champ value : on attend au plus 999999999999, on trouve le nombre {value}"):
        load_site_data(data)


def test_every_accepted_country_has_a_name_in_both_languages() -> None:
    for lang in LANGUAGES:
        names = {code: country_name(code, lang) for code in COUNTRY_CODES}  # a code CLDR lacks raises KeyError
        assert all(names.values()), [code for code, name in names.items() if not name]


def test_a_non_breaking_space_pasted_into_a_field_name_is_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    edit(data / "countries.yaml", "    slug: benin\n", "    slug\u00a0: benin\n")
    with pytest.raises(DataProblems) as caught:
        load_site_data(data)
    line = line_of("data/countries.yaml", "slug: benin")
    assert [str(p) for p in caught.value.problems if p.line == line] == [
        f"data/countries.yaml, ligne {line}, colonne 5, 1er pays (countries), champ slug\u00a0 : le nom de champ "
        "« slug\u00a0 » contient une espace insécable (U+00A0, souvent collée depuis Word ou un courriel), "
        "invisible. Effacez les espaces autour du nom et retapez « slug: » sans espace avant « : »."]


def test_a_comma_in_an_unquoted_text_between_braces_says_to_quote_the_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    text = (data / "programme.yaml").read_text(encoding="utf-8")
    text = re.sub(r"^acronym:\n(?:  .*\n)+", "acronym: {fr: Des élèves, qui lisent., en: Pupils}\n", text, count=1, flags=re.M)
    (data / "programme.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataProblems) as caught:
        load_site_data(data)
    assert any("« qui lisent. » n'est pas un nom de champ" in p.message and "guillemets droits" in p.message
               for p in caught.value.problems), [str(p) for p in caught.value.problems]
