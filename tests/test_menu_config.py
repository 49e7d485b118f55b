"""mkdocs.yml, where staff edit the menu, is read and checked by us before MkDocs reads it: a slip
ends in a French message at its line, with what to do, never PyYAML's English or a traceback."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from project_edits import edit, place_previous_site, publish, reported_problems, tree_digest

from pcv.checks.config_file import ConfigLoader, config_problems, menu_translation_problems
from pcv.checks.site import all_problems
from pcv.data.models import LANGUAGE_NAMES, LANGUAGES
from pcv.data.yaml_source import read_yaml
from pcv.inspection.builds import FIXTURES, ROOT, assemble_programme
from pcv.data.languages import ENGINE_SETTINGS, declared_languages

# The slips are made in the fictional programme's mkdocs.yml (tests/fixtures/programme-fictif), whose menu and
# names do not change when staff change the PCV's.
PROGRAMME = FIXTURES / "programme-fictif"


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return assemble_programme(PROGRAMME, tmp_path / "project")


def line_of(name: str, start: str) -> int:
    """The number of the first line of the programme's file `name` that starts with `start`, once indented."""
    lines = (PROGRAMME / name).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.lstrip().startswith(start))


def test_the_real_configuration_passes() -> None:
    assert config_problems(ROOT) == []


def test_mkdocs_own_tags_are_understood(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text('site_url: !ENV [PCV_SITE_URL, "http://127.0.0.1:8000/"]\n'
                                         "docs_dir: !relative $config_dir/docs\nnav:\n  - index.md\n",
                                         encoding="utf-8")
    assert read_yaml(tmp_path / "mkdocs.yml", "mkdocs.yml", ConfigLoader, by_both=True).data == {
        "site_url": ["PCV_SITE_URL", "http://127.0.0.1:8000/"], "docs_dir": "$config_dir/docs", "nav": ["index.md"]}


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("INHERIT: engine.yml", "INHERIT: engine.yml\nextra:\n  analytics:\n    provider: google\n    property: G-X",
     "champ extra.analytics : le réglage « extra.analytics » ferait écrire un script"),
    ("INHERIT: engine.yml", "INHERIT: engine.yml\nextra_javascript:\n  - https://evil.example/x.js",
     "champ extra_javascript : le réglage « extra_javascript » ferait écrire un script"),
    ("INHERIT: engine.yml", "INHERIT: engine.yml\ntheme:\n  custom_dir: docs", "champ theme.custom_dir : le réglage « theme.custom_dir » ferait"),
    ("INHERIT: engine.yml", "INHERIT: engine.yml\nstrict: false", "champ strict : le réglage « strict » a une autre valeur que celle du moteur"),
    ("INHERIT: engine.yml", "INHERIT: engine.yml\nuse_directory_urls: false", "champ use_directory_urls : le réglage "
     "« use_directory_urls » n'existe pas dans le moteur du site"),
    ("        site_name: Shared Gardens Program", "        site_name: SGP <b>",
     "champ site_name : « < » n'est pas permis dans « plugins.i18n.languages[1].site_name »"),
    ("INHERIT: engine.yml", "INHERIT: other.yml", "champ INHERIT : le réglage « INHERIT » a une autre valeur"),
])
def test_a_setting_staff_may_not_change_is_refused_at_its_line(project_copy: Path, old: str, new: str,
                                                               expected: str) -> None:
    edit(project_copy / "mkdocs.yml", old, new)
    assert [p for p in map(str, config_problems(project_copy)) if expected in p], config_problems(project_copy)


# MkDocs fills !ENV from the build's environment and !relative with a path: in a staff text that is published in
# every page (red team 7 high: !ENV in nav_translations), elsewhere it changes the engine or stops MkDocs in English
# (red team 7 medium: !relative in an engine key). Each is refused alone, at its line, whatever key holds it.
@pytest.mark.parametrize(("old", "new", "tag", "field"), [
    ("          Où nous travaillons: Where we work", "          Où nous travaillons: !ENV PCV_TEST_SECRET",
     "!ENV", "plugins.i18n.languages[1].nav_translations.Où nous travaillons"),
    ("          Où nous travaillons: Where we work", "          Où nous travaillons: !ENV [PCV_TEST_SECRET, Where]",
     "!ENV", "plugins.i18n.languages[1].nav_translations.Où nous travaillons"),
    ("          Où nous travaillons: Where we work", "          !ENV PCV_TEST_SECRET: Where we work",
     "!ENV", "plugins.i18n.languages[1].nav_translations.PCV_TEST_SECRET"),
    ("site_name: Programme Jardins partagés", "site_name: !relative $config_dir", "!relative", "site_name"),
    ("  - Où nous travaillons:\n", "  - !ENV PCV_TEST_SECRET:\n", "!ENV", "nav[4].PCV_TEST_SECRET"),
    ("  - programme.md\n", "  - !relative programme.md\n", "!relative", "nav[1]"),
    ("      - pays/perou.md\n", "      - Pérou: !relative pays/perou.md\n", "!relative", "nav[4].Où nous travaillons[1].Pérou"),
    ("INHERIT: engine.yml", "INHERIT: !relative engine.yml", "!relative", "INHERIT"),
    ("      - locale: fr", "      - locale: !relative fr", "!relative", "plugins.i18n.languages[0].locale"),
    ("        default: true", "        default: !ENV [PCV_DEFAULT, true]", "!ENV", "plugins.i18n.languages[0].default"),
    ("INHERIT: engine.yml", "INHERIT: engine.yml\ndocs_dir: !relative $config_dir/docs", "!relative", "docs_dir"),
    ("INHERIT: engine.yml", "INHERIT: engine.yml\nsite_url: !<!ENV> PCV_SITE_URL", "!ENV", "site_url"),
])
def test_mkdocs_tags_are_refused_alone_at_their_line(project_copy: Path, old: str, new: str, tag: str,
                                                     field: str) -> None:
    edit(project_copy / "mkdocs.yml", old, new)
    line = 1 + next(n for n, text in enumerate((project_copy / "mkdocs.yml").read_text(encoding="utf-8").split("\n"))
                    if tag in text)
    problems = config_problems(project_copy)
    assert len(problems) == 1, problems
    assert (problems[0].file, problems[0].line, problems[0].field) == ("mkdocs.yml", line, field), problems
    assert problems[0].message.startswith(f"« {tag} » n'est pas permis dans mkdocs.yml : MkDocs mettrait"), problems


def test_a_tag_in_the_menu_stops_make_build_in_french_and_keeps_the_site(project_copy: Path,
                                                                          built_site: Path) -> None:
    before = place_previous_site(project_copy, built_site)
    edit(project_copy / "mkdocs.yml", "  - programme.md\n", "  - !relative programme.md\n")
    result = publish(project_copy)
    assert result.returncode == 1
    assert reported_problems(result.output)[0].startswith(
        f"mkdocs.yml, ligne {line_of('mkdocs.yml', '- programme.md')}, colonne 5, 2e entrée du menu (nav) : "
        "« !relative » n'est pas permis"), result.output
    assert "Config value" not in result.output and "Traceback" not in result.output
    assert tree_digest(result.site) == before


def test_names_and_menu_titles_staff_may_change(project_copy: Path) -> None:
    edit(project_copy / "mkdocs.yml", "site_name: Programme Jardins partagés", "site_name: Les Jardins partagés")
    edit(project_copy / "mkdocs.yml", "          Où nous travaillons: Where we work", "          Où nous travaillons: Our countries")
    assert config_problems(project_copy) == []


def test_mkdocs_yml_cut_short_stops_make_build_before_mkdocs_and_keeps_the_site(project_copy: Path,
                                                                              built_site: Path) -> None:
    before = place_previous_site(project_copy, built_site)
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text[:text.index("plugins:")], encoding="utf-8")
    result = publish(project_copy)
    assert result.returncode == 1
    assert "mkdocs.yml : le réglage « plugins » manque" in result.output
    assert "Traceback" not in result.output and "sitemap.xml" not in result.output
    assert tree_digest(result.site) == before


def test_a_menu_line_out_of_alignment_is_named_with_the_line_to_align_under(project_copy: Path,
                                                                             built_site: Path) -> None:
    before = place_previous_site(project_copy, built_site)
    edit(project_copy / "mkdocs.yml", "\n  - partenaires-locaux.md\n", "\n - partenaires-locaux.md\n")
    result = publish(project_copy)
    assert result.returncode == 1
    line = line_of("mkdocs.yml", "- partenaires-locaux.md")
    (problem,) = reported_problems(result.output)
    prefix = (f"mkdocs.yml, ligne {line}, colonne 2 : retrait décalé : le « - » de cette ligne vient après 1 espace, "
              "ce qui ne l'aligne sur aucun élément de la liste. Mettez son « - » exactement sous celui de la ligne ")
    assert problem.startswith(prefix), problem
    # The line named is another item of the menu at its level, its « - » after the 2 spaces the message says (staff
    # play-test 7 F7: the line named had its « - » after 2 spaces, the message said 4).
    named = int(problem.removeprefix(prefix).split(" ", 1)[0])
    lines = (project_copy / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    assert re.match(r"  - \S", lines[named - 1]) and "(2 espaces avant le « - »)" in problem, problem
    assert "Traceback" not in result.output and "while parsing" not in result.output
    assert tree_digest(result.site) == before


def test_a_menu_entry_that_names_no_page_says_which_entry(project_copy: Path) -> None:
    edit(project_copy / "mkdocs.yml", "\n  - partenaires-locaux.md\n", "\n  - partenaires-locaux.md:\n")
    problems = config_problems(project_copy)
    assert [str(p) for p in problems] == [
        f"mkdocs.yml, ligne {line_of('mkdocs.yml', '- partenaires-locaux.md')}, colonne 5, 6e entrée du menu (nav), "
        "champ partenaires-locaux.md : la 6e entrée du menu, « partenaires-locaux.md », n'a ni page ni liste de pages "
        "(on trouve une valeur vide). Mettez les pages de la section sur les lignes suivantes, chacune « - page.md », "
        "indentée de deux espaces de plus que « - partenaires-locaux.md: »."]


def test_a_section_title_without_its_colon_is_said_at_its_line_alone(project_copy: Path) -> None:
    """STAFF11 H9: « - Où nous travaillons » without its « : » made YAML read the lines under it as one text; the check
    said a page « Où nous travaillons - pays/index.md - … » did not exist, at the menu's first line, then that each
    of the section's pages was not in the menu. The cause, once, at its line, with the line to write."""
    edit(project_copy / "mkdocs.yml", "\n  - Où nous travaillons:\n", "\n  - Où nous travaillons\n")
    problems = [str(p) for p in all_problems(project_copy)]
    assert problems == [
        f"mkdocs.yml, ligne {line_of('mkdocs.yml', '- Où nous travaillons:')} : la section « Où nous travaillons » n'a "
        "pas de « : » à la fin de sa ligne : sans lui, les lignes en dessous (« - pays/index.md » et les suivantes) "
        "sont lues comme la suite de son nom, et leurs pages sortent du menu. Écrivez « - Où nous travaillons: »."], \
        problems


def test_a_language_name_deleted_is_named_not_an_mkdocs_abort(project_copy: Path) -> None:
    edit(project_copy / "mkdocs.yml", "        name: English\n", "")
    problems = [str(p) for p in config_problems(project_copy)]
    assert len(problems) == 1 and "cette langue n'a plus de « name: »" in problems[0], problems
    assert problems[0].startswith(f"mkdocs.yml, ligne {line_of('mkdocs.yml', '- locale: en')}, "), problems


def test_an_address_in_the_menu_is_named_not_a_template_error(project_copy: Path) -> None:
    edit(project_copy / "mkdocs.yml", "  - donnees-ouvertes.md\n", "  - donnees-ouvertes.md\n  - Exemplia: https://example.org/\n")
    problems = [str(p) for p in config_problems(project_copy)]
    assert len(problems) == 1 and "« https://example.org/ », n'est pas une page du site" in problems[0], problems


def test_markup_in_a_menu_title_is_refused_at_its_line(project_copy: Path) -> None:
    edit(project_copy / "mkdocs.yml", "  - Où nous travaillons:\n", "  - Où nous travaillons<img src=x onerror=alert(1)>:\n")
    problems = [str(p) for p in config_problems(project_copy)]
    assert any(p.startswith(f"mkdocs.yml, ligne {line_of('mkdocs.yml', '- Où nous travaillons:')}, colonne 5") and
               "« < » n'est pas permis dans le titre" in p for p in problems), problems


def test_engine_yml_may_not_write_another_host_s_script_either(project_copy: Path) -> None:
    edit(project_copy / "engine.yml", "extra:\n", "extra:\n  analytics:\n    provider: google\n    property: G-X\n")
    problems = [str(p) for p in config_problems(project_copy)]
    assert len(problems) == 1 and problems[0].startswith("engine.yml, ligne ") and "« extra.analytics »" in problems[0]


def test_a_translated_menu_title_that_names_no_section_is_named_at_its_line(project_copy: Path) -> None:
    """A section renamed in `nav:` but not under `nav_translations:` (or the reverse): the stray key is named at its
    line with the section it may stand for; a key like no section is to be removed. A key left by a section removed
    from the menu is harmless alone: no problem."""
    config = read_yaml(project_copy / "mkdocs.yml", "mkdocs.yml", ConfigLoader).data
    english = next(language for language in config["plugins"]["i18n"]["languages"] if not language.get("default"))
    title, translation = next(iter(english["nav_translations"].items()))
    edit(project_copy / "mkdocs.yml", f"          {title}: {translation}",
         f"          {title[:-1]}: {translation}\n          Zzz: Zzz")
    line = line_of("mkdocs.yml", f"{title}: ")
    problems = [str(p) for p in menu_translation_problems(project_copy)]
    assert any(f"ligne {line}, colonne 11," in p and f" : « {title[:-1]} », sous « nav_translations: » de la langue "
               f"{english['locale']}, ne nomme aucune section du menu. Vouliez-vous écrire « {title} »" in p
               for p in problems), problems
    assert any(f"ligne {line + 1}, colonne 11," in p and " : « Zzz », sous" in p and "Retirez cette ligne" in p
               for p in problems), problems
    assert any(f"« {title} » n'a pas de traduction" in p for p in problems), problems
    edit(project_copy / "mkdocs.yml", f"          {title[:-1]}: {translation}", f"          {title}: {translation}")
    assert list(menu_translation_problems(project_copy)) == []


@pytest.mark.parametrize(("typed", "named"), [
    (lambda title: unicodedata.normalize("NFD", title), "écrit en deux caractères"),
    (lambda title: title.replace(" ", "\u00a0", 1), "une espace insécable (U+00A0"),
    (lambda title: title.replace("e", "\u0435", 1).replace("o", "\u043e", 1), "une lettre cyrillique"),
])
def test_a_menu_title_that_only_looks_like_its_translation_s_says_which_sign_differs(
        project_copy: Path, typed: Callable[[str], str], named: str) -> None:
    """Red team 10 (F9, F10): a section title typed with « ù » as two signs (macOS), a no-break space (Word) or a
    Cyrillic letter looked exactly like its key under nav_translations; both messages quoted the same-looking
    title twice and pointed at nav_translations. The title's own line under « nav: » now says which sign it is."""
    config = read_yaml(project_copy / "mkdocs.yml", "mkdocs.yml", ConfigLoader).data
    english = next(language for language in config["plugins"]["i18n"]["languages"] if not language.get("default"))
    title = next(title for title in english["nav_translations"] if typed(title) != title)
    edit(project_copy / "mkdocs.yml", f"  - {title}:\n", f"  - {typed(title)}:\n")
    line = line_of("mkdocs.yml", f"- {title}:")
    problems = [str(p) for p in menu_translation_problems(project_copy)]
    assert any(p.startswith(f"mkdocs.yml, ligne {line}, colonne 5,") and "n'a pas de traduction" in p and named in p
               for p in problems), problems
    assert all(named in p for p in problems), problems


@pytest.mark.parametrize(("typed", "expected"), [
    ("https://gitlab.com/exemplia/jardins", "n'est pas celle d'un dépôt GitHub"),
    ("https://github.com/exemplia", "n'est pas celle d'un dépôt GitHub"),
    ("http://github.com/exemplia/jardins", "n'est pas celle d'un dépôt GitHub"),
    ("https://jeton@github.com/exemplia/jardins", "ne se lit pas : elle contient un nom ou un mot de passe"),
    ("github.com/exemplia/jardins", "ne se lit pas"),
])
def test_the_programme_s_repository_is_a_github_address_or_refused_at_its_line(project_copy: Path, typed: str,
                                                                               expected: str) -> None:
    """`repo_url`, the programme's own setting (where its web editor saves), is checked before any build."""
    url = read_yaml(project_copy / "mkdocs.yml", "mkdocs.yml", ConfigLoader).data["repo_url"]
    edit(project_copy / "mkdocs.yml", f"repo_url: {url}", f"repo_url: {typed}")
    problems = config_problems(project_copy)
    assert len(problems) == 1, problems
    assert (problems[0].file, problems[0].line, problems[0].field) == ("mkdocs.yml", line_of("mkdocs.yml", "repo_url:"),
                                                                       "repo_url"), problems
    assert f"l'adresse du dépôt « {typed} » {expected}" in problems[0].message
    assert "https://github.com/compte/depot" in problems[0].message


def test_a_programme_may_name_its_repository_or_none(project_copy: Path) -> None:
    url = read_yaml(project_copy / "mkdocs.yml", "mkdocs.yml", ConfigLoader).data["repo_url"]
    edit(project_copy / "mkdocs.yml", f"repo_url: {url}", "repo_url: https://github.com/autre-compte/autre-depot.git")
    assert config_problems(project_copy) == []
    edit(project_copy / "mkdocs.yml", "repo_url: https://github.com/autre-compte/autre-depot.git\n", "")
    assert config_problems(project_copy) == []


LISTED = next(line.split("- ", 1)[1] for line in (PROGRAMME / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
              if re.fullmatch(r"\s+- [a-z0-9-]+/[a-z0-9-]+\.md", line))


@pytest.mark.parametrize("written", [f"./{LISTED}", f".//{LISTED}", f"autre/../{LISTED}", f"/{LISTED}",
                                     LISTED.replace("/", "//")])
def test_a_page_written_otherwise_in_the_menu_is_told_how_to_write_it(project_copy: Path, written: str) -> None:
    """Red team 12 M3: « ./contact.md » in the menu was said to exist in neither language, and the page not to be in
    the menu: each spelling of a listed page's path is one true message at its line, naming the path to write."""
    edit(project_copy / "mkdocs.yml", f"- {LISTED}\n", f"- {written}\n")
    line = 1 + (project_copy / "mkdocs.yml").read_text(encoding="utf-8").split("\n").index(f"      - {written}")
    problems = all_problems(project_copy)
    assert [(problem.file, problem.line) for problem in problems] == [("mkdocs.yml", line)], problems
    assert f"« {written} »" in problems[0].message and f"écrivez « {LISTED} »" in problems[0].message, problems


def test_a_menu_entry_outside_the_pages_folder_is_said_so_not_hidden(project_copy: Path) -> None:
    """Red team 23 M6: « ../README.md » was said to be a hidden file, to rename without its dot."""
    edit(project_copy / "mkdocs.yml", f"- {LISTED}\n", f"- {LISTED}\n      - ../README.md\n")
    line = 1 + (project_copy / "mkdocs.yml").read_text(encoding="utf-8").split("\n").index("      - ../README.md")
    assert [str(p) for p in all_problems(project_copy)] == [
        f"mkdocs.yml, ligne {line} : le menu (nav) contient « ../README.md », qui ne serait pas publiée : elle est hors "
        "de docs/fr/ (« .. » remonte d'un dossier), et le menu ne nomme que les pages de docs/fr/ et docs/en/. "
        "Déplacez-la dans docs/fr/ (sa traduction dans docs/en/), et cette ligne du menu avec elle."]


def test_an_english_site_name_missing_is_refused_with_the_line_to_add(project_copy: Path) -> None:
    """PROGRAMME10 F4: without the English `site_name`, every English page showed the French name in its header and
    its og:site_name, and the build said nothing. Refused at the language's line, with the French name it would show
    and the line to add; the same for `site_description`."""
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    english = re.search(r"^        site_name: (.*)\n", text, re.M)
    french = re.search(r"^site_name: (.*)$", text, re.M).group(1)
    config.write_text(text.replace(english.group(0), ""), encoding="utf-8")
    problems = [str(p) for p in all_problems(project_copy)]
    assert problems == [
        f"mkdocs.yml, ligne {line_of('mkdocs.yml', '- locale: en')}, colonne 9, 2e langue (plugins.i18n.languages) : "
        "la langue en (anglais) n'a pas de « site_name » (le nom du site, dans l'en-tête de chaque page et ses partages) : ses "
        f"pages montreraient celui du français, « {french} ». Ajoutez sous « - locale: en » la ligne « site_name: … » "
        "(en anglais), alignée sur « name: »."], problems


def test_default_moved_to_another_language_is_said_as_such_once(project_copy: Path) -> None:
    """PROGRAMME10 F7: « default: true » moved from French to English was refused as a setting that « ferait écrire un
    script ou un contenu d'un autre site », plus a line-less « le fichier a sans doute été coupé par un collage »."""
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    first, other = re.findall(r"^      - locale: (\w+)\n", text, re.M)[:2]
    default = re.search(rf"      - locale: {first}\n(?:        .*\n)*?(        default: true\n)", text).group(1)
    text = text.replace(default, "", 1)
    text = re.sub(rf"(      - locale: {other}\n)", rf"\1{default}", text, count=1)
    config.write_text(text, encoding="utf-8")
    line = text.splitlines().index(default.rstrip("\n")) + 1
    assert [str(p) for p in all_problems(project_copy)] == [
        f"mkdocs.yml, ligne {line}, colonne 9, 2e langue (plugins.i18n.languages), champ default : « default: true » "
        f"est sous la langue {other} : la langue d'origine du site est la première, {first}, servie à « / » (ses pages "
        "sont les originaux, les autres leurs traductions), et c'est elle seule qui garde « default: true ». Retirez "
        f"cette ligne et remettez « default: true » sous « - locale: {first} »."]


def test_a_language_removed_or_moved_is_said_as_such_once(project_copy: Path) -> None:
    """PROGRAMME11 F7: the English language's block removed from mkdocs.yml was refused as a setting that « ferait
    écrire un script ou un contenu d'un autre site »; it is the site's second language, missing. Its two blocks swapped
    are said out of order."""
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    blocks = re.findall(r"^      - locale: \w+\n(?:        .*\n)*", text, re.M)
    first, other = (re.match(r"      - locale: (\w+)", block).group(1) for block in blocks[:2])
    line = text.splitlines().index("    languages:") + 1
    names = LANGUAGE_NAMES
    needed = (f"le site est en {names[first]} ({first}) puis {names[other]} ({other}), dans cet ordre (la première "
              "langue est celle des originaux, servie à « / »).")
    config.write_text(text.replace(blocks[1], ""), encoding="utf-8")
    assert [str(p) for p in all_problems(project_copy)] == [
        f"mkdocs.yml, ligne {line}, colonne 5, champ plugins.i18n.languages : la langue « {other} » ({names[other]}) "
        f"manque dans « plugins.i18n.languages » : {needed} Rétablissez son bloc, avec ses lignes name, site_name, "
        "site_description et nav_translations : git restore mkdocs.yml, puis refaites votre changement du menu."]
    config.write_text(text.replace(blocks[0] + blocks[1], blocks[1] + blocks[0]), encoding="utf-8")
    assert [str(p) for p in all_problems(project_copy)] == [
        f"mkdocs.yml, ligne {line}, colonne 5, champ plugins.i18n.languages : les langues sont dans l'ordre {other}, "
        f"{first} dans « plugins.i18n.languages » : {needed} Remettez le bloc « - locale: {first} » en premier."]


@pytest.mark.engine_only
def test_the_languages_are_the_engine_s_plugin_list_read_once(tmp_path: Path) -> None:
    """Issue 17: the languages were a literal in pcv.data.models beside the i18n plugin's list; they are read from
    the plugin's list the engine declares (the built ones, the default first, whatever the order written), which
    every module without a MkDocs configuration uses (LANGUAGES) and every programme's mkdocs.yml is held to."""
    listed = yaml.safe_load(ENGINE_SETTINGS.read_text(encoding="utf-8"))["plugins"]["i18n"]["languages"]
    default = next(language["locale"] for language in listed if language.get("default"))
    others = [language for language in listed if not language.get("default")]
    settings = tmp_path / "engine_settings.yml"
    reordered = [*others, {"locale": "xx", "build": False}, next(lang for lang in listed if lang.get("default"))]
    settings.write_text(yaml.safe_dump({"plugins": {"i18n": {"languages": reordered}}}), encoding="utf-8")
    assert declared_languages(settings) == (default, *(language["locale"] for language in others))
    assert LANGUAGES == declared_languages() == (default, *(language["locale"] for language in others))
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)


def test_a_menu_entry_with_another_letter_case_is_told_the_page_s_name(project_copy: Path) -> None:
    """PROGRAMME11 F11: « - pays/Perou.md » in the menu was told to restore docs/fr/pays/Perou.md with git, a file that
    never existed, and that pays/perou.md was not in the menu."""
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = re.search(r"^ *- ((?:[\w-]+/)*)([a-z][\w-]*\.md)$", text, re.M)
    page = entry.group(1) + entry.group(2)
    typed = entry.group(1) + entry.group(2).capitalize()
    config.write_text(text.replace(entry.group(0), entry.group(0).replace(page, typed)), encoding="utf-8")
    line = text[:entry.start()].count("\n") + 1
    assert [str(p) for p in all_problems(project_copy)] == [
        f"mkdocs.yml, ligne {line} : le menu (nav) contient « {typed} », mais la page s'écrit « {page} » (docs/fr/"
        f"{page}) : les majuscules et les minuscules d'un nom de fichier comptent. Écrivez « {page} »."]


def test_default_on_both_languages_is_said_at_the_second(project_copy: Path) -> None:
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    other = re.findall(r"^      - locale: (\w+)\n", text, re.M)[1]
    text = text.replace(f"      - locale: {other}\n", f"      - locale: {other}\n        default: true\n", 1)
    config.write_text(text, encoding="utf-8")
    problems = [str(p) for p in all_problems(project_copy)]
    assert len(problems) == 1 and f"« default: true » est sous la langue {other} :" in problems[0] \
        and problems[0].endswith("Retirez cette ligne."), problems
