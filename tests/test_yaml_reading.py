"""YAML is read by the 1.2 core schema, stricter: what a person typed is what the site uses, or a French message.

Data files, front matter and mkdocs.yml (pcv/data/yaml_schema.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcv.checks.config_file import config_problems
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.pages.markdown import read_page
from tests.project_edits import edit


@pytest.mark.engine_only
@pytest.mark.parametrize(("typed", "read"), [
    ("NO", "NO"), ("no", "no"), ("yes", "yes"), ("on", "on"), ("Off", "Off"), ("y", "y"), ("1:30", "1:30"),
    ("2026-11-29", "2026-11-29"), ("1_000", "1_000"), ("0x1F", "0x1F"), ("0o17", "0o17"), (".inf", ".inf"),
    ("15000", 15000), ("-3", -3), ("0", 0), ("1.5", 1.5), ("true", True), ("false", False), ("~", None), ("", None),
])
def test_plain_values_are_read_by_the_yaml_1_2_core_schema(tmp_path: Path, typed: str, read: object) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(f"code: {typed}\n", encoding="utf-8")
    value = read_yaml(path, "data/x.yaml").data["code"]
    assert value == read and type(value) is type(read)


@pytest.mark.engine_only
@pytest.mark.parametrize(("text", "expected"), [
    ("a: 1\nvalue: 015000\n", "data/x.yaml, ligne 2, colonne 8 : « 015000 » commence par un zéro"),
    ("title:\n  fr: Nos thèmes #1 du programme\n", "data/x.yaml, ligne 2, colonne 18 : « #1 du programme » suit ici "
     "un texte sans guillemets"),
    ("text: Une description\n  longue #2 de deux lignes\n", "data/x.yaml, ligne 2, colonne 10 : « #2 de deux"),
    ("a: 1\nx: [1,\n", "data/x.yaml, ligne 2, colonne 4 : « [ » ouvert ici et jamais fermé"),
    ("a: 1\nx: [1\n", "data/x.yaml, ligne 2, colonne 4 : « [ » ouvert ici et jamais fermé"),
    ("a: 1\nx: {b: 1\n", "data/x.yaml, ligne 2, colonne 4 : « { » ouvert ici et jamais fermé"),
    # Red team 10 (F13): past 4,300 digits PyYAML's int() raised ValueError, blamed on our code (data, front matter)
    # or a traceback (mkdocs.yml); past MAX_DIGITS no figure is meant
    ("a: 1\nvalue: " + "9" * 5000 + "\n", "data/x.yaml, ligne 2, colonne 8 : « 99999"),
    ("a: 1\nvalue: -" + "9" * 101 + "\n", "data/x.yaml, ligne 2, colonne 8 : « -9999"),
])
def test_a_value_read_otherwise_than_typed_is_refused_at_its_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UnreadableYaml) as caught:
        read_yaml(path, "data/x.yaml")
    assert str(caught.value.problem).startswith(expected)


@pytest.mark.engine_only
def test_a_comment_after_a_number_or_on_its_own_line_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("# note\nvalue: 12  # in CAD\ntext: \"Nos thèmes #1\"\nlong: >-\n  Texte #2\n", encoding="utf-8")
    assert read_yaml(path, "data/x.yaml").data == {"value": 12, "text": "Nos thèmes #1", "long": "Texte #2"}


@pytest.mark.engine_only
@pytest.mark.parametrize(("line", "expected"), [
    ("title: Nos thèmes #1", "ligne 2, colonne 19 : « #1 » suit ici un texte sans guillemets"),
    ("title: 0123", "ligne 2, colonne 8 : « 0123 » commence par un zéro"),
    ("title: " + "7" * 4400, "ligne 2, colonne 8 : « 7777777777777777777777777777777777777… » est un nombre de 4400"),
    ("title: !!python/name:os.getcwd", "ligne 2, colonne 8 : l'étiquette « !!python/name:os.getcwd » n'est pas acceptée"),
    ("title: !ENV HOME", "ligne 2, colonne 8 : étiquette « !ENV » inconnue ici (« !ENV » et « !relative » ne servent"),
    ("title: !relative $docs_dir", "ligne 2, colonne 8 : étiquette « !relative » inconnue ici"),
])
def test_front_matter_is_read_by_the_same_rules(tmp_path: Path, line: str, expected: str) -> None:
    file = tmp_path / "x.md"
    file.write_text(f"---\n{line}\ndescription: x\n---\n\nTexte.\n", encoding="utf-8")
    _, problem = read_page(file, "fr", "x.md")
    assert str(problem).startswith(f"docs/fr/x.md, {expected}")


def test_mkdocs_yml_values_mkdocs_reads_otherwise_are_refused(project_copy: Path) -> None:
    edit(project_copy / "mkdocs.yml", "INHERIT: engine.yml", "INHERIT: engine.yml\nstrict: yes")
    problems = config_problems(project_copy)
    assert [str(p) for p in problems] == [
        f"mkdocs.yml, ligne {_line(project_copy, 'strict:')}, colonne 9 : « yes » est lu comme une valeur oui/non "
        "par MkDocs et comme un texte par nos vérifications. Si c'est un texte, mettez-le entre guillemets droits "
        "(\"…\") ; pour oui/non, écrivez true ou false."]


def test_a_number_too_long_to_read_in_mkdocs_yml_is_a_french_problem_at_its_line(project_copy: Path) -> None:
    """Red team 10 (F13): `make build` and `make serve` printed PyYAML's traceback (4,300 digits at most)."""
    edit(project_copy / "mkdocs.yml", "INHERIT: engine.yml", "INHERIT: engine.yml\nstrict: " + "9" * 5000)
    problems = [str(p) for p in config_problems(project_copy)]
    assert len(problems) == 1 and problems[0].startswith(
        f"mkdocs.yml, ligne {_line(project_copy, 'strict:')}, colonne 9 : « 999"), problems
    assert "nombre de 5000 chiffres" in problems[0]


@pytest.mark.parametrize("tagged", ["!!binary UENW", "!!python/name:os.getcwd", "!!timestamp 2026-01-01"])
def test_an_explicit_tag_in_mkdocs_yml_is_a_french_problem_at_its_line(project_copy: Path, tagged: str) -> None:
    """A tag other than those a plain value is read as raised KeyError in our reader (a traceback from make build)."""
    text = (project_copy / "mkdocs.yml").read_text(encoding="utf-8")
    site_name = next(line for line in text.splitlines() if line.startswith("site_name:"))
    edit(project_copy / "mkdocs.yml", site_name, f"site_name: {tagged}")
    problems = [str(p) for p in config_problems(project_copy)]
    assert len(problems) == 1 and problems[0].startswith(f"mkdocs.yml, ligne {_line(project_copy, 'site_name:')}, "), \
        problems


@pytest.mark.engine_only
@pytest.mark.parametrize(("value", "tag"), [
    ("!!binary aGVsbG8=", "!!binary"), ("!!bool yes", "!!bool"), ("!!float 1_0", "!!float"), ("!!null x", "!!null"),
    ("!<tag:yaml.org,2002:binary> aGVsbG8=", "!!binary"), ("!!set {x}", "!!set"), ("!!timestamp 2026-01-01", "!!timestamp"),
])
def test_a_standard_tag_written_in_data_is_refused_by_name_at_its_line(tmp_path: Path, value: str, tag: str) -> None:
    """Red team 5 M5: `!!binary` gave « on attend un texte, on trouve b'hello' »; `!!bool yes` was true, silently."""
    path = tmp_path / "x.yaml"
    path.write_text(f"a: 1\nsource: {value}\n", encoding="utf-8")
    with pytest.raises(UnreadableYaml) as caught:
        read_yaml(path, "data/x.yaml")
    assert str(caught.value.problem).startswith(f"data/x.yaml, ligne 2, colonne 9 : l'étiquette « {tag} » n'est pas "
                                                "acceptée dans ce fichier")


def _line(project: Path, start: str) -> int:
    lines = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(start))


@pytest.mark.engine_only
@pytest.mark.parametrize("control", ["\u202e", "\u2066", "\u2028", "\u200f", "\u061c", "\u200b", "\u2060", "\ufdd0",
                                     "\U0010ffff",  # (red team 10: F5, F6, F7; red team 11, M4: the class, below)
                                     "\U000e0041", "\u2061", "\u2064", "\u180e", "\u3164", "\u115f", "\ue000",
                                     "\U000f0001", "\u0378", "\ufeff", "\u00ad\u2062",
                                     "\u034f", "\u180b", "\u17b4", "a\ufe0e", "\U000e0100"])  # (red team 12, M1)
def test_invisible_controls_that_reorder_or_break_text_are_refused(tmp_path: Path, control: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(f"a: 1\ntext: abc{control}def\n", encoding="utf-8")
    with pytest.raises(UnreadableYaml) as caught:
        read_yaml(path, "data/x.yaml")
    column = 10 + len(control) - 1
    assert str(caught.value.problem).startswith(f"data/x.yaml, ligne 2, colonne {column} : caractère de contrôle "
                                                f"invisible (U+{ord(control[-1]):04X})")


@pytest.mark.engine_only
def test_the_signs_french_typography_and_emoji_need_are_text(tmp_path: Path) -> None:
    """No-break and narrow no-break spaces, the soft hyphen, an emoji joined by U+200D (a woman farmer), and the
    byte order mark Notepad writes first."""
    path = tmp_path / "x.yaml"
    text = "Prix\u00a0: 1\u202f000\u00a0$, pro\u00adgramme \U0001f469\u200d\U0001f33e\ufe0f"
    path.write_text(f"\ufefftext: '{text}'\n", encoding="utf-8")
    assert read_yaml(path, "data/x.yaml").data == {"text": text}


@pytest.mark.engine_only
@pytest.mark.parametrize(("escape", "code"), [("\\u202e", "202E"), ("\\e", "001B"), ("\\0", "0000"), ("\\L", "2028"),
                                              ("\\x85", "0085"), ("\\U000E0041", "E0041"),
                                              ("\\u2061", "2061")])
def test_a_control_written_as_an_escape_is_refused_as_if_typed(tmp_path: Path, escape: str, code: str) -> None:
    """The file's check refuses an invisible control typed as such; a double-quoted text writes it from « \\ »."""
    path = tmp_path / "x.yaml"
    path.write_text(f'a: 1\ntext: {{fr: "abc{escape}def"}}\n', encoding="utf-8")
    with pytest.raises(UnreadableYaml) as caught:
        read_yaml(path, "data/x.yaml")
    assert str(caught.value.problem).startswith(f"data/x.yaml, ligne 2, colonne 12 : ce texte entre guillemets contient "
                                                f"le caractère de contrôle invisible U+{code}")


@pytest.mark.engine_only
def test_line_breaks_and_tabs_written_as_escapes_are_text(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text('text: "a\\nb\\tc"\n', encoding="utf-8")
    assert read_yaml(path, "data/x.yaml").data == {"text": "a\nb\tc"}


@pytest.mark.engine_only
@pytest.mark.parametrize("item", ["", "- "])
@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_quote_left_open_over_the_next_fields_is_named_at_its_line_alone(tmp_path: Path, quote: str, item: str) -> None:
    """A quote opened and never closed on its line, with a later text's quote further down: YAML reads one long text
    to there, and the fields in between would be said missing (staff play-test 7 F5: five « champ obligatoire …
    manque » without a line, the quote never named). The quote is named at its line, with the line that closes it,
    and nothing else is said of the file."""
    inner = " " * len(item)  # in a list item, its next field is set under the first one's name
    lines = ["headline:", f"  {item}fr: {quote}Amplifier le potentiel : les femmes au cœur du changement",
             f"  {inner}en: Amplifying potential", "period:", "  start: 2020", "brand:",
             f"  colour: {quote}#8a1538{quote}"]
    path = tmp_path / "x.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opened = next(number for number, line in enumerate(lines, 1) if quote in line)
    closed = next(number for number, line in enumerate(lines, 1) if number > opened and quote in line)
    with pytest.raises(UnreadableYaml) as raised:
        read_yaml(path, "data/x.yaml")
    problem = raised.value.problem
    assert (problem.line, problem.column) == (opened, lines[opened - 1].index(quote) + 1)
    assert problem.message.startswith("guillemet ouvert ici et jamais fermé")  # as the guide's table says it
    assert f"jusqu'au guillemet {quote} de la ligne {closed}" in problem.message
    assert f"à la fin de la ligne {opened}" in problem.message and lines[opened].strip() in problem.message


@pytest.mark.engine_only
@pytest.mark.parametrize("text", [
    'title:\n  fr: "Un texte long que l\'éditeur coupe\n    sur deux lignes: avec un deux-points"\n',
    'title:\n  fr: "Un texte\n  sur deux lignes"\n',
    'title:\n  - fr: "Un texte long que l\'éditeur coupe\n      sur deux lignes: avec un deux-points"\n',
])
def test_a_text_in_quotes_on_several_lines_of_its_own_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    title = read_yaml(path, "data/x.yaml").data["title"]
    assert (title[0] if isinstance(title, list) else title)["fr"].startswith("Un texte")


@pytest.mark.engine_only
@pytest.mark.parametrize("nested", ["  b: " + "[" * 5000 + "]" * 5000, "  b: " + "{a: " * 3000 + "1" + "}" * 3000])
def test_data_nested_too_deep_is_refused_at_its_line(tmp_path: Path, nested: str) -> None:
    """Red team 22 C32: hundreds of levels of « [ » were refused, but the file was named without a line."""
    file = tmp_path / "strings.yaml"
    file.write_text(f"a: 1\nc: 2\nd:\n{nested}\ne: 3\n", encoding="utf-8")
    with pytest.raises(UnreadableYaml) as raised:
        read_yaml(file, "data/strings.yaml", edited=True)
    assert str(raised.value.problem).startswith("data/strings.yaml, ligne 4 : données imbriquées trop profondément")
