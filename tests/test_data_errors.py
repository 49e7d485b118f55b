"""Every kind of bad edit to data/ stops `make build` with a French message (file, line,
column, field, what was expected, what was found), all problems at once, and the last
published site stays byte for byte as it was.

Bad edits are grouped by project copy (one build per group); each kind has its own test.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from programme_facts import FICTIF, ordinal
from project_edits import edit, replace_value, group_publisher, place_previous_site, reported_problems, tree_digest

from pcv.data.loading import DataProblems, load_site_data
from pcv.data.rules import COUNTRY_CODES
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.inspection.builds import ROOT, BuildResult, assemble_programme, build_site
from pcv.inspection.pages import LANGUAGES
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages
from pcv.problems import visible
from pcv.text.formatting import country_name

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

# The bad edits are made to a copy of programme-fictif (block-style YAML, as the web editor writes it): what
# they change, and where the problems are expected, is read from its files.
PROGRAMME, TARGETS = FICTIF.data.programme, FICTIF.data.programme.targets
START, END = PROGRAMME.period.start, PROGRAMME.period.end
ACRONYM_EN = f"  en: {PROGRAMME.acronym.en}\n"  # deleted by _invalid: the lines below it move up one
QUOTED, SHARE = FICTIF.target("number"), FICTIF.target("percent")
NAME_SOURCE = f"  source: {yaml.safe_load(FICTIF.text('data/programme.yaml'))['organisation_name']['source']}"
WEBSITE = PROGRAMME.organisation_website.url.fr
FIRST, SECOND, THIRD = FICTIF.data.countries[:3]
DESCRIBED = FICTIF.countries_with_activities()[0]
SECTOR = DESCRIBED.activities.sectors[0]
ENGINE_TEXTS = yaml.safe_load((ROOT / "pcv" / "text" / "interface.yaml").read_text(encoding="utf-8"))
# data/strings.yaml, which _invalid writes (the programme has none): a programme changing three engine texts.
STRINGS = [
    "",  # (a comment here would be refused: the web editor's next save would delete it)
    "home.themes.title:",
    "  fr: true",  # 3
    f"  en: {json.dumps(ENGINE_TEXTS['home.themes.title']['en'], ensure_ascii=False)}",
    "home.targets.title:",  # 5
    f"  fr: {json.dumps(ENGINE_TEXTS['home.targets.title']['fr'], ensure_ascii=False)}",
    f"  english: {json.dumps(ENGINE_TEXTS['home.targets.title']['en'], ensure_ascii=False)}",  # 7
    "home.trust.runs:",
    f"  fr: {json.dumps(ENGINE_TEXTS['home.trust.runs']['fr'], ensure_ascii=False)}",
    f"  en: {json.dumps(ENGINE_TEXTS['home.trust.runs']['en'].replace('{name}', '{nom}'), ensure_ascii=False)}",  # 10
    "home.themes.titel:",  # 11: a name the site does not read
    "  fr: Nos thèmes",
    "  en: Our themes",
]


def _block(target_id: str, text: str = FICTIF.text("data/programme.yaml")) -> re.Match:
    """The lines of the target `target_id` in data/programme.yaml (the fixture's, or `text`)."""
    return re.search(rf"^  - id: {re.escape(target_id)}\n(?:    .*\n)+", text, re.M)


def _nth_target(index: int) -> str:
    return f"{'1re' if index == 0 else f'{index + 1}e'} cible (targets)"


def _unreadable(project: Path) -> None:
    data = project / "data"
    edit(data / "programme.yaml", f"  start: {START}", f"\tstart: {START}")
    edit(data / "countries.yaml", f"  - code: {FIRST.code}\n", f"  - code: {FIRST.code}\n    code: {FIRST.code}\n")
    partners = data / "partners.yaml"
    partners.write_bytes(partners.read_text(encoding="utf-8").encode("cp1252"))  # "ANSI" in Windows editors
    (data / "strings.yaml").write_text(STRINGS[0] + "\n")


ACRONYM_FR = f"  fr: {PROGRAMME.acronym.fr}"
TOO_BIG = "# " + "x" * 600_000 + "\n"


def _unparsable(project: Path) -> None:
    data = project / "data"
    # The quote opened here closes nowhere, whatever staff wrote below it: no other " is left after it.
    text = (data / "programme.yaml").read_text(encoding="utf-8")
    at = text.index(ACRONYM_FR)
    (data / "programme.yaml").write_text(text[:at] + f'  fr: "{PROGRAMME.acronym.fr}'
                                         + text[at + len(ACRONYM_FR):].replace('"', ""), encoding="utf-8")
    with (data / "countries.yaml").open("a", encoding="utf-8") as file:
        file.write('a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]\n')
        for name, alias in zip("bcdef", "abcde"):
            file.write(f"{name}: &{name} [{', '.join([f'*{alias}'] * 10)}]\n")
    with (data / "partners.yaml").open("a", encoding="utf-8") as file:
        file.write(TOO_BIG)


def _added_targets(text: str) -> str:
    """data/programme.yaml with two targets more after the last one, as staff add one: copies of the first
    (as the fixture has it), one with words in its value and one with a format the site does not know."""
    first, block = TARGETS[0], _block(TARGETS[0].id).group()
    words = block.replace(f"id: {first.id}", "id: added-words").replace(f"value: {first.value}", "value: 15 000 personnes")
    unknown = block.replace(f"id: {first.id}", "id: added-format").replace(f"format: {first.format}", "format: compacte")
    last = _block(TARGETS[-1].id, text)
    return text[:last.end()] + words + unknown + text[last.end():]


def _invalid(project: Path) -> None:
    data = project / "data"
    edit(data / "programme.yaml", ACRONYM_EN, "")
    replace_value(data / "programme.yaml", NAME_SOURCE, '  source: ""')
    edit(data / "programme.yaml", f"    fr: {WEBSITE}\n", f"    fr: {WEBSITE.replace('https://', 'www.')}\n")
    edit(data / "programme.yaml", f"  end: {END}", f"  end: {START - 2}")
    edit(data / "programme.yaml", f"    value: {QUOTED.value}\n", f'    value: "{QUOTED.value}"\n')
    edit(data / "programme.yaml", f"    value: {SHARE.value}\n", f"    value: {SHARE.value + 100}\n")
    programme = data / "programme.yaml"
    programme.write_text(_added_targets(programme.read_text(encoding="utf-8")), encoding="utf-8")
    edit(data / "countries.yaml", f"          en: {SECTOR.en}\n", "")
    edit(data / "countries.yaml", f"  - code: {SECOND.code}\n", "  - code: GX\n")
    edit(data / "countries.yaml", f"  - code: {THIRD.code}\n    slug: {THIRD.slug}\n", f"  - slug: {THIRD.slug}\n")
    with (data / "countries.yaml").open("a", encoding="utf-8") as file:  # the first country, added again
        file.write(f"  - code: {FIRST.code}\n")
    edit(data / "partners.yaml", "        lang: ", "        langue: ")
    (data / "strings.yaml").write_text("\n".join(STRINGS) + "\n", encoding="utf-8")


def _line(name: str, start: str) -> int:
    return FICTIF.line_of(f"data/{name}", start)


def _first_non_ascii(name: str) -> tuple[int, int]:
    """Line and column of the first character of data/<name> outside ASCII."""
    lines = FICTIF.text(f"data/{name}").splitlines()
    return next((number, column) for number, line in enumerate(lines, 1)
                for column, char in enumerate(line, 1) if not char.isascii())


def _partner_with_lang() -> tuple[int, int]:
    """The 1-based positions of the first group and partner that give their name's language."""
    groups = yaml.safe_load(FICTIF.text("data/partners.yaml"))["groups"]
    return next((g, p) for g, group in enumerate(groups, 1)
                for p, partner in enumerate(group["organisations"], 1) if "lang" in partner)


# Lines of the fixture's data files; where _invalid deletes lines above one, it moves up.
TAB_LINE = _line("programme.yaml", f"start: {START}")
ACRONYM_LINE, QUOTE_LINE = _line("programme.yaml", "acronym:"), _line("programme.yaml", ACRONYM_FR.strip())
NAME_SOURCE_LINE, WEBSITE_LINE, PERIOD_END_LINE, TYPE_LINE, SHARE_LINE = (  # below acronym.en, deleted
    _line("programme.yaml", text) - 1 for text in (NAME_SOURCE.strip(), f"fr: {WEBSITE}", f"end: {END}",
                                                    f"value: {QUOTED.value}", f"value: {SHARE.value}"))
_FIELDS = [line.strip().split(":")[0] for line in _block(TARGETS[0].id).group().splitlines()]  # "- id", value…
_ADDED = _line("programme.yaml", f"- id: {TARGETS[-1].id}") + len(_block(TARGETS[-1].id).group().splitlines()) - 1
WORDS_LINE, FORMAT_LINE = _ADDED + _FIELDS.index("value"), _ADDED + len(_FIELDS) + _FIELDS.index("format")
FIRST_LINE = _line("countries.yaml", f"- code: {FIRST.code}")
SECTOR_LINE = _line("countries.yaml", f"- fr: {SECTOR.fr}")
SECOND_LINE = _line("countries.yaml", f"- code: {SECOND.code}") - 1  # below the sector's English, deleted
THIRD_LINE = _line("countries.yaml", f"- code: {THIRD.code}") - 1
ADDED_LINE = len(FICTIF.text("data/countries.yaml").splitlines()) - 1  # + 1 added - 2 deleted above
ALIAS_LINE = len(FICTIF.text("data/countries.yaml").splitlines()) + 1  # the first anchor appended (red team 22 C30)
NON_UTF8_LINE, NON_UTF8_COLUMN = _first_non_ascii("partners.yaml")
TOO_BIG_KIB = (len(FICTIF.text("data/partners.yaml").encode()) + len(TOO_BIG)) // 1024
LANG_GROUP, LANG_PARTNER = _partner_with_lang()
LANG_LINE = next(number for number, line in enumerate(FICTIF.text("data/partners.yaml").splitlines(), 1)
                 if line.startswith("        lang: "))  # a partner's (a group's source has its own, less indented)
PARTNER_FIELDS = ", ".join(json.loads((ROOT / "schemas" / "partners.schema.json").read_text(encoding="utf-8"))[
    "properties"]["groups"]["items"]["properties"]["organisations"]["items"]["properties"])

GROUPS: dict[str, tuple[Path, Callable[[Path], None]]] = {
    "unreadable": (FICTIF.folder, _unreadable), "unparsable": (FICTIF.folder, _unparsable),
    "invalid": (FICTIF.folder, _invalid)}

KINDS = [
    pytest.param("unreadable", f"data/programme.yaml, ligne {TAB_LINE}, colonne 1 : tabulation dans l'indentation. "
                 "Le YAML n'accepte que des espaces : remplacez la tabulation par des espaces.", id="tab"),
    pytest.param("unreadable", f"data/countries.yaml, ligne {FIRST_LINE + 1}, colonne 5, 1er pays (countries), champ « Code du pays » (code) : la clé « code » "
                 f"apparaît deux fois (déjà à la ligne {FIRST_LINE}). Gardez une seule des deux.", id="duplicate-key"),
    pytest.param("unreadable", f"data/partners.yaml, ligne {NON_UTF8_LINE}, colonne {NON_UTF8_COLUMN} : le fichier n'est pas encodé en UTF-8. "
                 "Enregistrez-le en UTF-8 dans votre éditeur (VS Code : « Enregistrer avec l'encodage »).",
                 id="not-utf8"),
    pytest.param("unreadable", "data/strings.yaml : le fichier ne contient aucune donnée (il est vide ou n'a que "
                 "des commentaires). Rétablissez son contenu (git restore).", id="empty"),
    pytest.param("unparsable", f"data/programme.yaml, ligne {QUOTE_LINE}, colonne 7 : guillemet ouvert ici et jamais fermé. "
                 "Ajoutez le guillemet qui ferme le texte.", id="syntax"),
    pytest.param("unparsable", f"data/countries.yaml, ligne {ALIAS_LINE} : le document dépasse 50000 valeurs une fois les alias (*) "
                 "développés. Supprimez les ancres (&) et alias (*) et écrivez les valeurs en entier.",
                 id="alias-expansion"),
    pytest.param("unparsable", f"data/partners.yaml : fichier trop gros ({TOO_BIG_KIB} Kio, limite 512 Kio). Vérifiez "
                 "qu'un collage n'a pas dupliqué son contenu.", id="too-big"),
    pytest.param("invalid", f"data/programme.yaml, ligne {ACRONYM_LINE}, colonne 1, champ « Sigle » → « Anglais » (acronym.en) : la version en anglais "
                 "manque. Ajoutez une ligne « en: … » avec le texte en anglais, alignée sur l'autre langue.",
                 id="missing-english"),
    pytest.param("invalid", f"data/programme.yaml, ligne {NAME_SOURCE_LINE}, colonne 11, champ « Nom complet de l'organisation » → « Source » (organisation_name.source) : le "
                 "texte est vide. Écrivez-le, ou retirez l'élément.", id="name-without-source"),
    pytest.param("invalid", f"data/programme.yaml, ligne {WEBSITE_LINE}, colonne 9, champ « Site Web de l'organisation » → « Adresse » → « Français » (organisation_website.url.fr) : "
                 f"l'adresse « {WEBSITE.replace('https://', 'www.')} » ne convient pas : ce n'est pas une adresse "
                 "complète commençant par https://. Écrivez l'adresse complète, commençant par https://, sans espace.",
                 id="website-not-an-address"),
    pytest.param("invalid", f"data/programme.yaml, ligne {PERIOD_END_LINE}, colonne 8, champ « Période du programme » → « Année de fin » (period.end) : la période finit en "
                 f"{START - 2}, avant de commencer (en {START}). Corrigez l'une des deux années : la fin vient après le "
                 "début.", id="period-ends-before-start"),
    pytest.param("invalid", f"data/programme.yaml, ligne {TYPE_LINE}, colonne 12, {_nth_target(TARGETS.index(QUOTED))}, champ « Valeur » (value) : on attend un "
                 f"nombre entier, on trouve le texte « {QUOTED.value} ». Retirez les guillemets.", id="wrong-type"),
    pytest.param("invalid", f"data/programme.yaml, ligne {SHARE_LINE}, colonne 12, {_nth_target(TARGETS.index(SHARE))}, champ « Valeur » (value) : on attend au "
                 f"plus 100, on trouve le nombre {SHARE.value + 100}. Un pourcentage (format: percent) ne peut pas dépasser 100.",
                 id="share-above-100"),
    pytest.param("invalid", f"data/programme.yaml, ligne {WORDS_LINE}, colonne 12, {_nth_target(len(TARGETS))}, champ « Valeur » (value) : on attend un "
                 "nombre entier, on trouve le texte « 15 000 personnes ». Écrivez seulement le nombre, en chiffres, "
                 "sans espace, séparateur ni unité (ex. 12500 ou 40).", id="number-with-words"),
    pytest.param("invalid", f"data/programme.yaml, ligne {FORMAT_LINE}, colonne 13, {_nth_target(len(TARGETS) + 1)}, champ « Présentation du nombre » (format) : on attend "
                 "l'une de ces valeurs : number, compact, percent ; on trouve le texte « compacte ».",
                 id="value-not-allowed"),
    pytest.param("invalid", f"data/countries.yaml, ligne {SECTOR_LINE}, colonne 11, "
                 f"{ordinal(FICTIF.data.countries.index(DESCRIBED))} pays (countries), 1er secteur (activities.sectors), champ « Anglais » (en) : la "
                 "version en anglais manque. Ajoutez une ligne « en: … » avec le texte en anglais, alignée sur l'autre "
                 "langue.", id="missing-english-in-list"),
    pytest.param("invalid", f"data/countries.yaml, ligne {SECOND_LINE}, colonne 11, 2e pays (countries), champ « Code du pays » (code) : « GX » n'est "
                 "pas un code de pays ISO 3166 connu. Utilisez le code à deux lettres du pays (ex. CA pour le "
                 "Canada, FR pour la France).", id="unknown-country-code"),
    pytest.param("invalid", f"data/countries.yaml, ligne {THIRD_LINE}, colonne 5, 3e pays (countries), champ « Code du pays » (code) : ce champ "
                 "obligatoire manque : remplissez-le dans l'éditeur, ou ajoutez dans le fichier une ligne « code: … ».", id="missing-field"),
    pytest.param("invalid", f"data/countries.yaml, ligne {ADDED_LINE}, colonne 11, {ordinal(len(FICTIF.data.countries))} pays "
                 f"(countries), champ « Code du pays » (code) : « {FIRST.code} » est déjà utilisé plus haut (1er pays (countries), "
                 f"champ « Code du pays » (code), ligne {FIRST_LINE}). Chaque « Code du pays » doit être unique : corrigez "
                 "l'un des deux.", id="duplicate-country-code"),
    pytest.param("invalid", f"data/partners.yaml, ligne {LANG_LINE}, colonne 9, {ordinal(LANG_GROUP - 1)} groupe (groups), "
                 f"{LANG_PARTNER}e partenaire (organisations), champ langue : champ inconnu « langue ». Vérifiez "
                 f"l'orthographe ; champs permis ici : {PARTNER_FIELDS}.", id="unknown-field"),
    pytest.param("invalid", "data/strings.yaml, ligne 3, colonne 7, champ « Accueil : titre des thèmes » → « Français » (home.themes.title.fr) : on attend un "
                 "texte, on trouve une valeur oui/non (true ou false sans guillemets). "
                 'Mettez le texte entre guillemets droits ("…").', id="true-read-as-boolean"),
    pytest.param("invalid", "data/strings.yaml, ligne 5, colonne 1, champ « Accueil : titre des cibles » → « Anglais » (home.targets.title.en) : la version "
                 "en anglais manque. Ajoutez une ligne « en: … » avec le texte en anglais, alignée sur l'autre langue.",
                 id="missing-english-string"),
    pytest.param("invalid", "data/strings.yaml, ligne 7, colonne 3, champ « Accueil : titre des cibles » → english (home.targets.title.english) : "
                 "champ inconnu « english ». Vérifiez l'orthographe ; champs permis ici : fr, en.", id="unknown-language"),
    pytest.param("invalid", "data/strings.yaml, ligne 10, colonne 7, champ « Accueil : qui mène le programme, dans le bandeau du haut » → « Anglais » (home.trust.runs.en) : le français "
                 "et l'anglais n'ont pas les mêmes repères entre accolades ({name}, {nom}). Écrivez les mêmes "
                 "dans les deux langues, sans les traduire.", id="placeholder-mismatch"),
    pytest.param("invalid", "data/strings.yaml, ligne 11, colonne 1, champ home.themes.titel : le site n'a pas de "
                 "texte nommé « home.themes.titel » : il serait ignoré. Vouliez-vous dire « home.themes.title » ? "
                 "Sinon, retirez-le (la liste des noms : pcv/text/interface.yaml).", id="unknown-string-name"),
]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, programme_site) -> Callable[[str], tuple[BuildResult, str]]:
    """Publish the programme copy of a group (once per module): the result and the previous site's digest."""
    return group_publisher(GROUPS, tmp_path_factory, programme_site)


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


def test_plain_mkdocs_build_stops_before_emptying_the_site_folder(tmp_path: Path, programme_site) -> None:
    """MkDocs runs on_config before it cleans site_dir: a data error leaves even `mkdocs build`'s folder intact."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    edit(project / "data" / "programme.yaml", f"  end: {END}", f"  end: {START - 2}")
    result = build_site(project, project / "site")
    assert result.returncode == 1 and len(reported_problems(result.output)) == 1
    assert tree_digest(project / "site") == before


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
        ("a:\n  title:\tGive", "ligne 2, colonne 9 : tabulation (souvent collée depuis un traitement de texte) : "
         "le YAML n'accepte ici que des espaces. Remplacez-la par une espace."),
        ("a:\n  - id: b\n     c: d", "ligne 3, colonne 7 : retrait décalé : cette ligne commence par 5 espaces, ce "
         "qui ne l'aligne sur aucune ligne au-dessus. Alignez son début exactement sous celui de la ligne 2 (4 espaces)"),
        ("a:\n  fr: 'L'éditeur du site'\n  en: y", "ligne 2, colonne 10 : ce texte est entre apostrophes droites "
         "('…') et en contient une autre, où le YAML croit que le texte finit. Entourez-le de guillemets droits"),
        ("a:\n  title: {{ targets.x }} de personnes", "ligne 2, colonne 26 : une valeur qui commence par « {{ » "
         "s'écrit entre apostrophes droites"),  # red team 19: told to check its indentation
        ("a:\n  title: {{ targets.x }}", "ligne 2, colonne 10, champ a.title : une valeur qui commence par « {{ » "
         "s'écrit entre apostrophes droites"),  # read as braces in braces: told « un nom de champ doit être un simple mot »
        ('a:\n  title: "Nos" partenaires', "ligne 2, colonne 16 : ce texte commence par « \"Nos\" », entre guillemets "
         "droits : le YAML lit ce qui est entre eux comme toute la valeur, et ne sait que faire de la suite. Pour citer, "
         "utilisez « … » en français et “…” en anglais : title: « Nos » partenaires"),  # STAFF12 M-e: « son indentation »
    ],
    ids=["colon-in-text", "star", "backtick", "indented-more", "indented-less", "missing-colon", "curly-quotes",
         "non-breaking-space", "question-mark-in-braces", "tab-after-colon", "list-item-child", "apostrophe-in-quotes",
         "placeholder-then-words", "placeholder-alone", "quoted-start"],
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
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    group = DESCRIBED.activities.target_groups[0].fr
    edit(project / "data" / "countries.yaml", f"        - fr: {group}\n", f"        - fr: {group} <script>alert(1)</script> &\n")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    page = page_address(read_pages(project / "docs")[0], "fr", FICTIF.page_of_country(DESCRIBED.code))
    html = (result.site / page / "index.html").read_text(encoding="utf-8")
    assert f">{group} &lt;script&gt;alert(1)&lt;/script&gt; &amp;<" in html  # an item, or the text of a list of one
    assert not re.search(r"<script>alert", html)


def _refused_after_a_target_group(tmp_path: Path, typed: str) -> tuple[int, DataProblems]:
    """The fixture programme's data with `typed` after its first target group's French name: the line it is on, and
    what loading the data raised."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    group = DESCRIBED.activities.target_groups[0].fr
    edit(data / "countries.yaml", f"        - fr: {group}\n", f"        - fr: {group} {typed}\n")
    line = (data / "countries.yaml").read_text(encoding="utf-8").splitlines().index(f"        - fr: {group} {typed}") + 1
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    return line, raised.value


@pytest.mark.parametrize(("typed", "sign"), [("&lt;", "<"), ("&amp;", "&"), ("&#233;", "é"), ("&#x202E", "\u202e")])
def test_an_html_code_in_a_data_text_is_refused_at_its_line(tmp_path: Path, typed: str, sign: str) -> None:
    """Red team 8 (low): data is text, shown as typed, so « &lt; » showed « &lt; » (in every tab, through the
    programme's label, with French spacing inside its « ; »), where the person meant « < »."""
    line, raised = _refused_after_a_target_group(tmp_path, f"{typed} R&D")
    assert [str(problem) for problem in raised.problems] == [str(problem) for problem in raised.problems
                                                             if f"ligne {line}," in problem.where]
    assert f"« {typed} » est un code HTML" in str(raised) and visible(f"(« {sign} »)") in str(raised)


def test_a_soft_hyphen_in_a_name_is_said_at_its_line(tmp_path: Path) -> None:
    """STAFF12 low: a soft hyphen (U+00AD, invisible) typed or pasted in a partner's name was accepted without a word,
    though search no longer found the name. Said at the name's line, with the name as she sees it."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    name = next(org["name"]["fr"] for group in yaml.safe_load(FICTIF.text("data/partners.yaml"))["groups"]
                for org in group["organisations"])
    cut = len(name) // 2
    edit(data / "partners.yaml", f"fr: {name}\n", f"fr: {name[:cut]}\u00ad{name[cut:]}\n")
    lines = (data / "partners.yaml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if "\u00ad" in text)
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(p.file, p.line) for p in raised.value.problems] == [("data/partners.yaml", line)]
    assert f"le nom « {name} » contient un trait d'union conditionnel invisible (U+00AD)" in str(raised.value)


@pytest.mark.parametrize(("key", "named"), [("home.themes.titl\u0435", "« е » (U+0435), une lettre cyrillique"),
                                          ("h\u03bfme.themes.title", "« ο » (U+03BF), une lettre grecque")])
def test_a_key_that_only_looks_right_says_which_sign_differs(tmp_path: Path, key: str, named: str) -> None:
    """Red team 10 (F10): a text's key typed with a Cyrillic « е » was quoted exactly like the right one, « qui n'a
    pas la forme attendue », and the person could not see why."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    (data / "strings.yaml").write_text(f"{key}:\n  fr: Nos thèmes\n  en: Our themes\n", encoding="utf-8")
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert {problem.line for problem in raised.value.problems} == {1}
    assert all(named in problem.message for problem in raised.value.problems), raised.value.problems


@pytest.mark.parametrize("typed", [str.lower, lambda code: f" {code}"])
def test_a_country_code_in_the_wrong_case_or_with_a_space_says_what_to_write(tmp_path: Path, typed) -> None:
    """Staff play-test 6: « ci » was said not to have the expected form, without the « CI » to write."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    edit(data / "countries.yaml", f"  - code: {SECOND.code}\n", f"  - code: '{typed(SECOND.code)}'\n")
    with pytest.raises(DataProblems, match=re.escape(f"qui n'a pas la forme attendue : écrivez « {SECOND.code} »")):
        load_site_data(data)


def test_a_figure_typed_in_a_targets_identifier_is_refused_at_its_line(tmp_path: Path) -> None:
    """Staff play-test 7 (F1): the editor shows « Identifiant » above « Valeur »; the new figure typed there was
    saved as the target's id, the open data's series renamed « 16500 » in silence and the figure unchanged."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    target = TARGETS[0]
    edit(data / "programme.yaml", f"  - id: {target.id}\n", f"  - id: '{target.value + 1}'\n")
    line = (data / "programme.yaml").read_text(encoding="utf-8").splitlines().index(f"  - id: '{target.value + 1}'") + 1
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(problem.line, "une lettre d'abord" in problem.message) for problem in raised.value.problems] == [(line, True)]


@pytest.mark.parametrize("code", ["EU", "UN", "ZZ", "XK"])
def test_a_code_that_names_no_country_is_refused(tmp_path: Path, code: str) -> None:
    """CLDR names groupings (EU, UN) and reserved codes (ZZ, XK) too; only ISO 3166-1 countries are accepted."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    edit(data / "countries.yaml", f"  - code: {SECOND.code}", f"  - code: {code}")
    with pytest.raises(DataProblems, match=f"« {code} » n'est pas un code de pays ISO 3166"):
        load_site_data(data)


def test_a_funder_listed_twice_is_refused_at_the_second(tmp_path: Path) -> None:
    """PROGRAMME11 F10 (N15): two funders of one name were both shown on the partners' page, without a word."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    text = (data / "partners.yaml").read_text(encoding="utf-8")
    funders, rest = text.split("\n\n", 1)  # the funders' list, then the groups
    (data / "partners.yaml").write_text(f"{funders}\n{funders.split(chr(10), 1)[1]}\n\n{rest}", encoding="utf-8")
    name = FICTIF.data.partners.funders[0].name.fr
    lines = (data / "partners.yaml").read_text(encoding="utf-8").splitlines()
    first, second = (number for number, line in enumerate(lines, 1) if line.strip() == f"fr: {name}")
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(p.line, p.message) for p in raised.value.problems] == [(second, (
        f"« {name} » est déjà utilisé plus haut (1er partenaire financier (funders), champ « Nom » → « Français » "
        f"(name.fr), ligne "
        f"{first}). Chaque « Nom » doit être unique : corrigez l'un des deux."))]


def test_a_partner_listed_twice_in_a_group_is_refused_at_the_second(tmp_path: Path) -> None:
    """STAFF10 M10: the same organisation twice in one group passed the editor and `make check`, and was shown twice
    on the partners' page (funders were already checked)."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    group = FICTIF.data.partners.groups[0]
    name = group.organisations[0].name
    text = (data / "partners.yaml").read_text(encoding="utf-8")
    entry = f"      - name:\n          fr: {name.fr}\n          en: {name.en}\n"
    assert text.count(entry) == 1, "the fixture's first organisation is written as expected"
    (data / "partners.yaml").write_text(text.replace(entry, entry * 2), encoding="utf-8")
    lines = (data / "partners.yaml").read_text(encoding="utf-8").splitlines()
    first, second = (number for number, line in enumerate(lines, 1) if line.strip() == f"fr: {name.fr}")
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(p.file, p.line) for p in raised.value.problems] == [("data/partners.yaml", second)]
    message = raised.value.problems[0].message
    assert message.startswith(f"« {name.fr} » est déjà utilisé plus haut (") and f"ligne {first})" in message, message
    assert message.endswith("doit être unique : corrigez l'un des deux."), message


def test_uk_is_told_to_be_gb(tmp_path: Path) -> None:
    """PROGRAMME11 F11: « code: UK » was refused without the code to write."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    edit(data / "countries.yaml", f"  - code: {SECOND.code}", "  - code: UK")
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [p.message for p in raised.value.problems] == [
        "« UK » n'est pas un code de pays ISO 3166 connu. Pour le Royaume-Uni, écrivez « GB »."]


def test_a_figure_with_decimals_is_told_how_to_write_it_whole(tmp_path: Path) -> None:
    """PROGRAMME11 F11: « value: 12.5 » for 12.5 million was told « on attend un nombre entier » and nothing more."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    first = TARGETS[0].value
    edit(data / "programme.yaml", f"    value: {first}\n", "    value: 12.5\n")
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [p.message for p in raised.value.problems] == [
        "on attend un nombre entier, on trouve le nombre 12.5. Écrivez un nombre entier, en chiffres : un nombre abrégé "
        "s'écrit en entier, le site l'abrège lui-même (12,5 millions s'écrit 12500000) ; un pourcentage s'arrondit "
        "(12,5 % s'écrit 13)."]


@pytest.mark.parametrize("value", [10**12, 999999999999999999999999999])
def test_a_figure_beyond_any_programme_s_is_refused(tmp_path: Path, value: int) -> None:
    """A figure shown as "1000000000000000 billions" is a slip: at most 999 billion (the formats stay right)."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    first = TARGETS[0].value
    edit(data / "programme.yaml", f"    value: {first}\n", f"    value: {value}\n")
    with pytest.raises(DataProblems, match=re.escape(f"champ « Valeur » (value) : on attend au plus 999999999999, on trouve le nombre {value}")):
        load_site_data(data)


def test_every_accepted_country_has_a_name_in_both_languages() -> None:
    for lang in LANGUAGES:
        names = {code: country_name(code, lang) for code in COUNTRY_CODES}  # a code CLDR lacks raises KeyError
        assert all(names.values()), [code for code, name in names.items() if not name]


def test_a_non_breaking_space_pasted_into_a_field_name_is_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FICTIF.folder / "data", data)
    edit(data / "countries.yaml", f"    slug: {FIRST.slug}\n", f"    slug\u00a0: {FIRST.slug}\n")
    with pytest.raises(DataProblems) as caught:
        load_site_data(data)
    line = _line("countries.yaml", f"slug: {FIRST.slug}")
    assert [str(p) for p in caught.value.problems if p.line == line] == [
        f"data/countries.yaml, ligne {line}, colonne 5, 1er pays (countries), champ slug\u00a0 : le nom de champ "
        "« slug\u00a0 » contient une espace insécable (U+00A0, souvent collée depuis Word ou un courriel), "
        "invisible. Effacez les espaces autour du nom et retapez « slug: » sans espace avant « : »."]


def test_a_comma_in_an_unquoted_text_between_braces_says_to_quote_the_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FICTIF.folder / "data", data)
    text = (data / "programme.yaml").read_text(encoding="utf-8")
    text = re.sub(r"^acronym:\n(?:  .*\n)+", "acronym: {fr: Des élèves, qui lisent., en: Pupils}\n", text, count=1, flags=re.M)
    (data / "programme.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataProblems) as caught:
        load_site_data(data)
    assert any("« qui lisent. » n'est pas un nom de champ" in p.message and "guillemets droits" in p.message
               for p in caught.value.problems), [str(p) for p in caught.value.problems]


def test_a_quote_not_closed_before_the_next_language_is_named_as_such(tmp_path: Path) -> None:
    """PROGRAMME10 F7: {fr: "Un titre ?, en: "A title"}, the closing quote after « ? » forgotten, was told that a text
    with « ? » must be between quotes, which it was; it is now told which quote is never closed, and where to close it."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    headline = FICTIF.data.programme.headline
    text = (data / "programme.yaml").read_text(encoding="utf-8")
    typed = f'headline: {{fr: "{headline.fr} ?, en: "{headline.en}?"}}\n'
    text = re.sub(r"^headline:\n(?:  .*\n)+", typed, text, count=1, flags=re.M)
    (data / "programme.yaml").write_text(text, encoding="utf-8")
    line = text.splitlines().index(typed.rstrip("\n")) + 1
    with pytest.raises(DataProblems) as caught:
        load_site_data(data)
    QUOTE = '"'  # noqa: N806
    shown = f"{headline.fr} ?" if len(headline.fr) + 2 <= 40 else "…" + f"{headline.fr} ?"[-40:].split(" ", 1)[-1]
    assert [str(p) for p in caught.value.problems] == [
        f"data/programme.yaml, ligne {line}, colonne {typed.index(headline.en) + 1} : le guillemet ouvert à la colonne "
        f"{typed.index(QUOTE) + 1} n'est jamais fermé avant « , en: » : le texte va jusqu'au guillemet qui ouvre celui "
        f"de « en », et la suite ne se lit plus. Ajoutez le guillemet qui ferme le texte juste avant la virgule : "
        f"\"{shown}\", en: \"…\"."]


# Red team 8 (high H1, medium M1): a schema's « $ » read by Python matched before a final line break, so a value typed
# as a block (« code: | » then « BJ ») passed the schema, skipped the rules and crashed our code (a country code),
# or was published with its line break (an id), or skipped the contrast rule (a colour). Each is named at its line.
@pytest.mark.parametrize(("file", "old", "new", "field"), [
    ("countries.yaml", f"  - code: {SECOND.code}\n", f"  - code: |\n      {SECOND.code}\n", "countries[1].code"),
    ("countries.yaml", f"  - code: {SECOND.code}\n", f"  - code: >\n      {SECOND.code}\n", "countries[1].code"),
    ("programme.yaml", "  - id: gardens\n", "  - id: |\n      gardens\n", "targets[0].id"),
    ("programme.yaml", "  colour: '#2e6b30'\n", "  colour: |\n    #fafafa\n", "brand.colour"),
])
def test_a_value_typed_as_a_block_is_named_at_its_line(tmp_path: Path, file: str, old: str, new: str,
                                                       field: str) -> None:
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    edit(data / file, old, new)
    line = _line(file, old.strip())
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(p.file, p.line, p.field) for p in raised.value.problems] == [(f"data/{file}", line, field)], \
        raised.value.problems
    assert "finit par un retour à la ligne (écrit en bloc, après « | » ou « > »)" in raised.value.problems[0].message


@pytest.mark.parametrize(("typed", "whole"), [("2.0e6", 2000000), ("15000.0", 15000), ("1e3", 1000)])
def test_a_whole_figure_written_as_a_decimal_is_refused_with_its_digits(tmp_path: Path, typed: str, whole: int) -> None:
    """Red team 12 L1: YAML reads 2.0e6 as 2000000.0, which JSON Schema's « integer » took: the open data published
    « 2000000.0 ». The figure is refused at its line, with the digits to write."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    first = TARGETS[0].value
    edit(data / "programme.yaml", f"    value: {first}\n", f"    value: {typed}\n")
    line = (data / "programme.yaml").read_text(encoding="utf-8").split("\n").index(f"    value: {typed}") + 1
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(p.line, f"on attend un nombre entier" in p.message and f"sans point ni exposant : {whole}." in p.message)
            for p in raised.value.problems] == [(line, True)], raised.value.problems


def test_a_verification_date_in_the_future_is_refused_at_its_line(tmp_path: Path) -> None:
    """Red team 12 L3: `as_of: 2062-11-29` (2026 mistyped) was published on the open data pages and in every file."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    future = (datetime.now(UTC) + timedelta(days=400)).date().isoformat()
    written = next(line for line in (data / "programme.yaml").read_text(encoding="utf-8").split("\n")
                   if line.startswith("as_of:"))
    edit(data / "programme.yaml", f"{written}\n", f"as_of: {future}\n")
    line = (data / "programme.yaml").read_text(encoding="utf-8").split("\n").index(f"as_of: {future}") + 1
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(p.line, f"la date de vérification {future} est dans le futur" in p.message)
            for p in raised.value.problems] == [(line, True)], raised.value.problems
    edit(data / "programme.yaml", f"as_of: {future}\n", f"as_of: {datetime.now(UTC).date().isoformat()}\n")
    load_site_data(data)  # today's date is a date of the past


def test_a_list_item_out_of_line_is_told_where_to_put_its_dash(tmp_path: Path) -> None:
    """Staff play-test 7 F7: « - volontariat.md » with 3 spaces in the menu was told to align under « - Où nous
    travaillons: » with 4 spaces (the column after its « - »), which made another error. Its « - » goes under the
    « - » of the item just below, at the number of spaces that item has."""
    lines = ["nav:", "  - Accueil: index.md", "  - Où nous travaillons:", "      - activites/index.md",
             "   - volontariat.md", "  - partenaires.md"]
    path = tmp_path / "x.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(UnreadableYaml) as raised:
        read_yaml(path, "data/x.yaml")
    slipped = next(number for number, line in enumerate(lines, 1) if re.match(r"   - ", line))
    below = next(number for number, line in enumerate(lines, 1) if number > slipped and re.match(r"  - ", line))
    message = raised.value.problem.message
    assert raised.value.problem.line == slipped
    assert f"sous celui de la ligne {below} (2 espaces avant le « - »)" in message, message
    fixed = [line if number != slipped else line[1:] for number, line in enumerate(lines, 1)]
    path.write_text("\n".join(fixed) + "\n", encoding="utf-8")
    assert read_yaml(path, "data/x.yaml").data["nav"][-2] == "volontariat.md"  # as the message says: read


def test_a_placeholder_its_template_does_not_give_is_said_by_the_check_too(tmp_path: Path) -> None:
    """PROGRAMME8 F7a: « {organisaton} » in both languages (so that they agree) passed `make check`, then the build
    refused it; the check now says it as the build does, from the values the text's templates give (« {end} » is
    given to the targets' title, not to the themes'), and keeps what they give."""
    from pcv.checks.site import all_problems
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / "data" / "strings.yaml").write_text(
        'home.themes.title:\n  fr: "Les thèmes de {organisaton}"\n  en: "{organisaton} themes"\n'
        'home.targets.title:\n  fr: "Nos {count} cibles d’ici {end}"\n  en: "Our {count} targets by {end}"\n'
        'home.countries.title:\n  fr: "Nos pays d’ici {end}"\n  en: "Our countries by {end}"\n', encoding="utf-8")
    said = [str(problem) for problem in all_problems(project) if problem.file == "data/strings.yaml"]
    assert said == [
        "data/strings.yaml, ligne 2, colonne 7, champ « Accueil : titre des thèmes » → « Français » "
        "(home.themes.title.fr) : le texte « home.themes.title » contient le repère {organisaton}, que le site ne "
        "connaît pas à cet endroit. Repères possibles : {organisation}, {programme}, {acronym}, {count}. Corrigez-le "
        "(en français et en anglais).",
        f"data/strings.yaml, ligne 8, colonne 7, champ « {_title('home.countries.title')} » → « Français » "
        "(home.countries.title.fr) : le texte « home.countries.title » contient le repère {end}, que le site ne "
        "connaît pas à cet endroit. Repères possibles : {organisation}, {programme}, {acronym}. Corrigez-le (en "
        "français et en anglais)."]


def _title(key: str) -> str:
    return json.loads((ROOT / "schemas" / "strings.schema.json").read_text(encoding="utf-8"))["properties"][key]["title"]


@pytest.mark.engine_only
@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_themes_with_one_anchor_are_refused_at_the_second(tmp_path: Path, lang: str) -> None:
    """PROGRAMME11 F2: two themes given the same anchor sent the second theme's card to the first one's section."""
    from pcv.checks.site import all_problems
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    first, second = FICTIF.data.programme.themes[:2]
    data = project / "data" / "programme.yaml"
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    typed = f"{lang}: {second.anchor.in_(lang)}\n"
    line = next(n for n, row in enumerate(lines, 1) if row.strip() + "\n" == typed
                and n > FICTIF.line_of("data/programme.yaml", f"- id: {second.id}"))
    lines[line - 1] = lines[line - 1].replace(second.anchor.in_(lang), first.anchor.in_(lang))
    data.write_text("".join(lines), encoding="utf-8")
    said = [str(p) for p in all_problems(project) if "déjà utilisé plus haut" in str(p)]
    assert len(said) == 1 and said[0].startswith(f"data/programme.yaml, ligne {line}, ") and \
        f"« {first.anchor.in_(lang)} » est déjà utilisé plus haut" in said[0], said


@pytest.mark.parametrize("typed", ["<!-- Marie Tremblay 514-555-1234 -->", "<!- Marie Tremblay", "< !-- Marie Tremblay"])
def test_a_comment_typed_in_a_data_text_is_refused_at_its_line(tmp_path: Path, typed: str) -> None:
    """Red team 22 (C65): data is shown as typed, so a note « hidden » in an HTML comment was published."""
    line, raised = _refused_after_a_target_group(tmp_path, typed)
    told = [problem for problem in raised.problems if "commentaire HTML" in problem.message]
    assert [problem.where for problem in told] == [problem.where for problem in told if f"ligne {line}," in problem.where]
    assert len(told) == 1 and "Marie" not in told[0].message and "Retirez-la" in told[0].message, raised.problems


@pytest.mark.parametrize("kept", ["|", "|-", "|+"])
def test_a_text_typed_as_two_paragraphs_is_refused_at_its_line(tmp_path: Path, kept: str) -> None:
    """Red team 23 M4: a blank line in a text typed as a block was published as one paragraph run on, without a word
    (every text of the data is one paragraph: its form in the web editor is one line)."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    statement = FICTIF.data.partners.funders[0].statement.fr
    edit(data / "partners.yaml", f"fr: {statement}\n", f"fr: {kept}\n        Premier paragraphe.\n\n        Second.\n")
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    said = [str(p) for p in raised.value.problems]
    assert len(said) == 1 and said[0].startswith(f"data/partners.yaml, ligne {_line('partners.yaml', f'fr: {statement}')}, "
                                                 "colonne 11, ") and said[0].endswith(
        "(statement.fr) : une ligne vide coupe ce texte en deux paragraphes, mais le site le montre d'un seul tenant. "
        "Gardez un seul paragraphe : retirez la ligne vide."), said
