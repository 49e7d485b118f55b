"""Whatever is typed in a page, the data, the files or the environment, the build publishes no
script, no event handler and nothing from another host: it stops with a French message naming
the file and the line, and the last published site is kept. Each class of attack is closed by a
mechanism (see the README's "Safe by construction"), and each is tried here as an attacker or a
careless edit would.

Hostile edits are grouped by project copy (one build per group); each kind has its own test.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from cpu_time import in_child_processes, in_this_thread
from programme_facts import ATELIER, FICTIF
from project_edits import edit, group_publisher, place_previous_site, reported_problems, tree_digest

from pcv.data.loading import DataProblems, load_site_data
from pcv.inspection.builds import ROOT, BuildResult, assemble_programme, build_site
from pcv.pages.markdown import MAX_DEPTH, MarkdownPage
from pcv.checks.page_html import page_html_problems
from pcv.pages.front_matter import KINDS as PAGE_FIELDS
from pcv.data.rules import FORMULA_AFTER_SEPARATOR
from pcv.publishing.open_data import FORMULA_STARTS, data_files, inert_cell

# The hostile edits are made to a copy of programme-fictif: the pages and lines they change are read from it.
PROGRAMME_PAGE, THEMES, PARTNERS = (FICTIF.page_with_role(role) for role in ("programme", "themes", "partners"))
HEADING = {lang: next(line for line in FICTIF.text(f"docs/{lang}/{PROGRAMME_PAGE}").splitlines() if line.startswith("# "))
           for lang in ("fr", "en")}
HEADING_FR = FICTIF.line_of(f"docs/fr/{PROGRAMME_PAGE}", HEADING["fr"])
TITLE_EN, THEMES_TITLE_EN = (FICTIF.field(f"docs/en/{page}", "title")
                             for page in (PROGRAMME_PAGE, THEMES))
LONG_TITLE = "Our approach " * 25
SOURCE_URL = next(line for line in FICTIF.text("data/partners.yaml").splitlines() if line.strip().startswith("url: "))
PLAIN_PAGE = "aspirations.md"  # a page with no role, in both languages
SECOND = FICTIF.data.countries[1]


def _strings_end() -> int:
    """The number of lines of the programme's data/strings.yaml (the tests add texts after them; none if it has none)."""
    strings = FICTIF.folder / "data" / "strings.yaml"
    return len(strings.read_text(encoding="utf-8").splitlines()) if strings.exists() else 0


# The hostile Markdown added under the French heading, and the line (from the heading) of each attack.
HOSTILE_MARKDOWN = [
    "",
    "Un paragraphe.",
    '{: autofocus onfocus="alert(1)" }',  # +3: attribute list
    "",
    "<img",
    'src="photo.png" onerror="alert(2)">',  # +6: a tag split over two lines
    "",
    '<img/src="photo.png"/onerror=alert(3)>',  # +8: "/" in place of spaces (Markdown shows it as text)
    "",
    "<div>",
    "`<img src=photo.png onerror=alert(4)>`",  # +11: a tag in backticks, inside an HTML block
    "</div>",
    "",
    '<a href="&#106;avascript:alert(5)">lien</a>',  # +14: an entity-encoded javascript: link
    "",
    "Voir [ce lien][r].",
    "",
    "[r]: javascript:alert(6)",  # +18: a reference-style link
    "",
    "Un autre paragraphe.",
    '{: style="background-image:url(https://evil.example/a.png)" }',  # +21: CSS from another host
    "",
    '<img src="photo.png" srcset="https://evil.example/b.png 2x" alt="">',  # +23: srcset
    "",
    "![image][i]",
    "",
    "[i]: https://evil.example/c.png",  # +27: a reference-style image from another host
    "",
    "Voir [le site](https://example.org@evil.example/fr).",  # +29: a link whose host hides behind a name
    "",
]


def _markup(project: Path) -> None:
    docs, data = project / "docs", project / "data"
    edit(docs / "fr" / PROGRAMME_PAGE, f"{HEADING['fr']}\n", f"{HEADING['fr']}\n" + "\n".join(HOSTILE_MARKDOWN) + "\n")
    edit(docs / "en" / PROGRAMME_PAGE, f"title: {TITLE_EN}\n",
         f"title: {TITLE_EN}\nstatus: new\nauthor: 'x\" autofocus onfocus=\"alert(7)'\n")
    edit(docs / "en" / THEMES, f"title: {THEMES_TITLE_EN}\n", f"title: {LONG_TITLE}\n")
    edit(data / "partners.yaml", SOURCE_URL, SOURCE_URL.split("url: ")[0] + "url: javascript:alert(8)")
    edit(data / "programme.yaml", f"fr: {FICTIF.data.programme.organisation_website.url.fr}",
         "fr: https://evil.example\\@example.org/fr")
    with (data / "strings.yaml").open("a", encoding="utf-8") as strings:  # the programme's own title, wrong
        strings.write("home.themes.title:\n  fr: Nos thèmes {\n  en: Our {start.__class__}\n")


def _files(project: Path) -> None:
    docs, data = project / "docs", project / "data"
    outside = project.parent / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: Secret\ndescription: x\n---\n", encoding="utf-8")
    (docs / "fr" / "lien.md").symlink_to(outside / "secret.md")
    (docs / "en" / "ailleurs").symlink_to(outside, target_is_directory=True)
    shutil.copy(docs / "fr" / THEMES, docs / "fr" / THEMES.capitalize())
    (docs / "fr" / 'photo"onerror=x.png').write_bytes(b"")
    edit(docs / "fr" / PLAIN_PAGE, "title: ", "title: \x00")
    edit(data / "countries.yaml", f"  - code: {SECOND.code}", f"  - code: {SECOND.code[0]}\x07{SECOND.code[1:]}")


DEEP_QUOTES = "Texte\r" + ("> " * 40 + "mot\r") * 3  # 3 lines for Markdown, 40 quotes deep; one line for an editor
DATA_LINE = f"  - code: {SECOND.code}"


def _line_endings(project: Path) -> None:
    docs, data = project / "docs", project / "data"
    edit(docs / "fr" / PROGRAMME_PAGE, f"{HEADING['fr']}\n", f"{HEADING['fr']}\n{DEEP_QUOTES}\n")
    themes = docs / "fr" / THEMES  # its headings are the anchors of data/programme.yaml's themes
    themes.write_bytes(themes.read_bytes().replace(b"\n", b"\r"))  # saved with an old Mac's line endings
    edit(data / "countries.yaml", DATA_LINE, DATA_LINE.replace(":", ":\r"))


GROUPS: dict[str, tuple[Path, Callable[[Path], None]]] = {"markup": (FICTIF.folder, _markup),
                                                          "files": (FICTIF.folder, _files),
                                                          "line_endings": (FICTIF.folder, _line_endings)}

PROGRAMME_FR = f"docs/fr/{PROGRAMME_PAGE}"
EVENT = "attribut HTML « {} » interdit : il exécuterait un script. Retirez-le."
SCRIPT_LINK = ("lien « javascript:alert({}) » refusé : son début « javascript: » n'est pas permis ; un lien mène à une "
               "adresse (https://…), à un courriel (mailto:), à un téléphone (tel:) ou à une page du site (page.md).")
KINDS = [
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 3}, colonne 4 : attribut HTML « autofocus » interdit "
                 "sur <p>. Retirez-le ; attributs permis : class, dir, id, lang, title.", id="attribute-list-autofocus"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 3}, colonne 14 : " + EVENT.format("onfocus"),
                 id="attribute-list-handler"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 6}, colonne 17 : " + EVENT.format("onerror"),
                 id="tag-split-over-two-lines"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 11}, colonne 21 : " + EVENT.format("onerror"),
                 id="tag-in-backticks-in-html-block"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 14}, colonne 10 : " + SCRIPT_LINK.format(5),
                 id="entity-encoded-script-link"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 18}, colonne 6 : " + SCRIPT_LINK.format(6),
                 id="reference-style-script-link"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 21}, colonne 4 : attribut HTML « style » interdit : "
                 "la mise en forme vient de la feuille de style du site, et un style peut charger une image d'un "
                 "autre site. Retirez-le.", id="style-from-another-host"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 23}, colonne 22 : attribut HTML « srcset » interdit "
                 "sur <img>. Retirez-le ; attributs permis : alt, class, decoding, dir, height, id, lang, loading, "
                 "src, title, width.", id="srcset"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 27}, colonne 6 : image d'un autre site "
                 "(https://evil.example/c.png) : le site ne charge rien depuis un autre site, pour la vie privée "
                 "de ses lecteurs. Enregistrez l'image dans docs/ et liez-la par son nom de fichier.",
                 id="reference-style-image-from-another-host"),
    pytest.param("markup", f"{PROGRAMME_FR}, ligne {HEADING_FR + 29}, colonne 16 : lien "
                 "« https://example.org@evil.example/fr » refusé : « example.org@ » est un nom d'utilisateur, pas le "
                 "site : le lien mène à « evil.example ». Retirez tout ce qui précède « @ » dans le nom de site.",
                 id="link-hiding-its-host"),
    pytest.param("markup", f"data/programme.yaml, ligne {FICTIF.line_of('data/programme.yaml', 'fr: https://')}, "
                 "colonne 9, champ « Site Web de l'organisation » → « Adresse » → « Français » "
                 "(organisation_website.url.fr) : l'adresse « https://evil.example\\@example.org/fr » ne convient "
                 "pas : elle contient « \\ », qu'un navigateur lit « / » (et d'autres programmes autrement) : écrivez « / ». "
                 "Écrivez l'adresse complète, commençant par https://, sans espace.", id="data-address-hiding-its-host"),
    pytest.param("markup", f"docs/en/{PROGRAMME_PAGE}, ligne {FICTIF.line_of(f'docs/en/{PROGRAMME_PAGE}', 'title:') + 1}, colonne 1, champ status : champ d'en-tête inconnu "
                 f"« status ». Champs permis dans une page : {', '.join(PAGE_FIELDS['page'])}. (Material en lit d'autres, comme status, icon ou author : le site ne les "
                 "accepte pas.)", id="material-key-status"),
    pytest.param("markup", f"docs/en/{PROGRAMME_PAGE}, ligne {FICTIF.line_of(f'docs/en/{PROGRAMME_PAGE}', 'title:') + 2}, colonne 1, champ author : champ d'en-tête inconnu "
                 f"« author ». Champs permis dans une page : {', '.join(PAGE_FIELDS['page'])}. (Material en lit d'autres, comme status, icon ou author : le site ne les "
                 "accepte pas.)", id="material-key-author-breaking-out"),
    pytest.param("markup", f"docs/en/{THEMES}, ligne {FICTIF.line_of(f'docs/en/{THEMES}', 'title:')}, colonne 1, champ « Titre » (title) : « title » est trop long : {len(LONG_TITLE.strip())} "
                 "caractères, au plus 60 (le titre de la page : menu, onglet du navigateur). Raccourcissez-le.",
                 id="title-too-long"),
    pytest.param("markup", f"data/partners.yaml, ligne {FICTIF.line_of('data/partners.yaml', SOURCE_URL.strip())}, "
                 f"colonne {SOURCE_URL.index('url: ') + 6}, "
                 "1er groupe (groups), champ « Source de la liste » → « Adresse de la page source » (source.url) : l'adresse « javascript:alert(8) » ne convient pas : ce n'est pas une "
                 "adresse complète commençant par https://. "
                 "L'adresse complète de la source, en https:// (par exemple https://exemple.org/partenaires), sans "
                 "espace ni guillemet : elle devient un lien sur le site.", id="script-url-in-data"),
    pytest.param("markup", f"data/strings.yaml, ligne {_strings_end() + 2}, colonne 7, "
                 "champ « Accueil : titre des thèmes » → « Français » (home.themes.title.fr) : accolade « { » ou « } » seule. Un repère s'écrit entre deux "
                 "accolades, comme {end} ; pour afficher une accolade, doublez-la ({{ ou }}).", id="lone-brace"),
    pytest.param("markup", f"data/strings.yaml, ligne {_strings_end() + 3}, colonne 7, "
                 "champ « Accueil : titre des thèmes » → « Anglais » (home.themes.title.en) : repère « {start.__class__} » non permis : un repère est un simple "
                 "mot entre accolades, comme {end}, sans point ni crochet.", id="placeholder-attribute"),
    pytest.param("files", "docs/fr/lien.md : c'est un lien symbolique (vers {outside}/secret.md) : le site ne publie "
                 "que les fichiers du projet lui-même. Remplacez-le par une copie du fichier, ou supprimez-le.",
                 id="symlink-to-a-file"),
    pytest.param("files", "docs/en/ailleurs : c'est un lien symbolique (vers {outside}) : le site ne publie que les "
                 "fichiers du projet lui-même. Remplacez-le par une copie du fichier, ou supprimez-le.",
                 id="symlink-to-a-folder"),
    pytest.param("files", f"docs/fr/{THEMES} : ce nom et « docs/fr/{THEMES.capitalize()} » ne diffèrent que par les "
                 "majuscules ou la façon d'écrire les accents : sur Windows et macOS ce serait le même fichier, et la "
                 "même adresse sur le site. Renommez ou supprimez l'un des deux.", id="names-equal-but-for-case"),
    pytest.param("files", "docs/fr/photo\"onerror=x.png : le nom contient « \" », qu'une adresse du site ne peut "
                 "pas contenir. Renommez-le avec des lettres, des chiffres et des tirets.", id="quote-in-a-file-name"),
    pytest.param("files", f"docs/fr/{PLAIN_PAGE}, ligne {FICTIF.line_of(f'docs/fr/{PLAIN_PAGE}', 'title: ')}, colonne 8 : "
                 "caractère de contrôle invisible (U+0000), souvent laissé par un copier-coller. Supprimez-le "
                 "(retapez le texte autour si besoin).", id="nul-in-a-page"),
    pytest.param("files", f"data/countries.yaml, ligne {FICTIF.line_of('data/countries.yaml', f'- code: {SECOND.code}')}, colonne 12 : "
                 "caractère de contrôle invisible (U+0007), souvent laissé par un copier-coller. Supprimez-le "
                 "(retapez le texte autour si besoin).", id="control-character-in-data"),
]

LINE_ENDINGS = ("Enregistrez le fichier avec des fins de ligne ordinaires (dans VS Code : cliquez « CRLF » ou « LF » en "
                "bas à droite de la fenêtre, choisissez « LF », puis enregistrez).")
LONE_CR = ("retour chariot seul (U+000D, sans saut de ligne après), souvent laissé par un copier-coller : Markdown et "
           "YAML y voient une fin de ligne, les vérifications du site non. " + LINE_ENDINGS)
KINDS += [
    pytest.param("line_endings", f"{PROGRAMME_FR}, ligne {HEADING_FR + 1}, colonne 6 : {LONE_CR}",
                 id="lone-carriage-return-in-a-page"),
    pytest.param("line_endings", f"data/countries.yaml, ligne {FICTIF.line_of('data/countries.yaml', DATA_LINE.strip())}, "
                 f"colonne {DATA_LINE.index(':') + 2} : {LONE_CR}", id="lone-carriage-return-in-data"),
    pytest.param("line_endings", f"docs/fr/{THEMES} : les lignes de ce fichier finissent par un retour chariot seul "
                 "(la fin de ligne des anciens Mac), que le site ne lit pas. " + LINE_ENDINGS,
                 id="page-saved-with-carriage-returns-only"),
]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, programme_site) -> Callable[[str], tuple[BuildResult, str]]:
    return group_publisher(GROUPS, tmp_path_factory, programme_site)


@pytest.mark.engine_only
@pytest.mark.parametrize(("group", "expected"), KINDS)
def test_hostile_input_is_refused_with_its_file_and_line(group: str, expected: str, published) -> None:
    result, before = published(group)
    outside = result.site.parent.parent / "outside"
    assert result.returncode == 1
    assert expected.replace("{outside}", str(outside)) in reported_problems(result.output), result.output
    assert tree_digest(result.site) == before
    assert "Traceback" not in result.output


@pytest.mark.engine_only
def test_a_page_saved_with_carriage_returns_only_is_said_once(published) -> None:
    """Red team 23 M5: it was told it had no header, after its headings were missed as the data's anchors."""
    problems = reported_problems(published("line_endings")[0].output)
    assert [p for p in problems if THEMES in p or "programme.yaml" in p] == [p for p in problems if "retour chariot" in p
                                                                             and THEMES in p], problems


@pytest.mark.engine_only
def test_nothing_hostile_reaches_the_html_of_a_page_that_is_refused(published) -> None:
    """The sanitiser cleans a page's HTML even before the checks' verdict (on_page_content)."""
    result, _ = published("markup")
    assert "alert(" not in result.output.split("La construction est arrêtée")[0]


@pytest.mark.parametrize(
    ("variable", "value", "found"),
    [
        ("PCV_SITE_URL", 'https://pcv.example.org/"><script>alert(1)</script>', "elle contient le caractère « \" »"),
        ("PCV_SITE_URL", "javascript:alert(1)//", "ce n'est pas une adresse complète en https://"),
        ("PCV_REPO_URL", "https://github.com/ceci pcv/site", "elle contient une espace"),
        ("PCV_SITE_URL", "https://deploy:token@pcv.example.org/", "elle contient un nom ou un mot de passe"),
        ("PCV_REPO_URL", "https://x-access-token@github.com/ceci-pcv/site", "elle contient un nom ou un mot de passe"),
        ("PCV_SITE_URL", "https://pcv.example.org/?utm=x", "elle contient « ? »"),
        ("PCV_SITE_URL", "https://pcv.example.org/#top", "elle contient « # »"),
        ("PCV_SITE_URL", "https://pcv.example.org:99999/", "son nom de site ou son port"),
        ("PCV_SITE_URL", "https://[::1/", "son nom de site ou son port"),
        ("PCV_SITE_URL", "https://pcv.example.org/pcv/..;/x/", "son chemin « /pcv/..;/x/ » a un dossier qui commence "
         "par « . »"),
        ("PCV_SITE_URL", "https://pcv.example.org/%2e%2e/", "son chemin « /%2e%2e/ » contient « % »"),
        ("PCV_SITE_URL", "https://exämple.org/", "hors ASCII"),
        ("PCV_SITE_URL", "https://pcv.ceci.org|x^/", "son nom de site « pcv.ceci.org|x^ » ne se lit pas"),
        ("SOURCE_DATE_EPOCH", "abc", "ce n'est pas un moment passé depuis 2005 écrit en chiffres"),
    ],
    ids=["quote", "script-scheme", "space", "credentials", "token", "query", "fragment", "port", "ipv6",
         "dot-segment", "encoded-dots", "unicode", "host", "build-date"],
)
def test_a_bad_address_in_the_environment_is_named_before_anything_is_built(tmp_path: Path, variable: str,
                                                                            value: str, found: str) -> None:
    result = build_site(ROOT, tmp_path / "site", **{variable: value})
    assert result.returncode == 1
    assert f"La variable d'environnement {variable} (" in result.output and found in result.output, result.output
    assert "Config value" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "site").exists() and list(tmp_path.iterdir()) == []


def _unknown_placeholder(project: Path) -> None:
    with (project / "data" / "strings.yaml").open("a", encoding="utf-8") as strings:
        strings.write("home.themes.title:\n  fr: Nos thèmes {total}\n  en: Our themes {total}\n")


PARTNERS_CONTENT = "{% block page_body %}"  # the line of overrides/partners.html a template error is written after


def _partners_content_line() -> int:
    lines = (ROOT / "overrides" / "partners.html").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if PARTNERS_CONTENT in line)


def _template_error(project: Path) -> None:
    edit(project / "overrides" / "partners.html", PARTNERS_CONTENT, PARTNERS_CONTENT + "{{ pcv.funders[0].nope.name }}")


def _lists_nested_deep(project: Path) -> None:
    deep = "".join("    " * depth + "- x\n" for depth in range(400))
    page = project / "docs" / "en" / PLAIN_PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\n" + deep, encoding="utf-8")


@pytest.mark.engine_only
@pytest.mark.parametrize(
    ("break_it", "expected"),
    [
        (_unknown_placeholder, f"data/strings.yaml, ligne {_strings_end() + 2}, champ « Accueil : "
         "titre des thèmes » → « Français » (home.themes.title.fr) : le texte « home.themes.title » contient le repère {total}, que le site ne connaît "
         "pas à cet endroit. Repères possibles : {organisation}, {programme}, {acronym}, {count}. Corrigez-le (en français et en "
         "anglais)."),
        (_template_error, f"docs/fr/{PARTNERS} : la construction de cette page s'est arrêtée : erreur inattendue "
         "(détail technique : UndefinedError : 'pcv.view_records.FunderView object' has no attribute 'nope') (gabarit "
         f"overrides/partners.html, ligne {_partners_content_line()})."),
        # the 7th level of the list is the first deeper than MAX_DEPTH columns (6 × 4 spaces and « - »)
        (_lists_nested_deep, f"docs/en/{PLAIN_PAGE}, ligne {FICTIF.text(f'docs/en/{PLAIN_PAGE}').count(chr(10)) + 8}, "
         f"colonne 1 : ligne trop en retrait (26 colonnes de « > », de marques de liste et d'espaces avant le texte, "
         f"au plus {MAX_DEPTH}) : des citations ou des listes imbriquées si profondément seraient très longues à "
         "construire. Retirez des niveaux."),
    ],
    ids=["unknown-placeholder", "template-error", "lists-nested-deep"],
)
def test_an_error_during_the_build_is_a_french_problem_not_a_traceback(tmp_path: Path, programme_site,
                                                                         break_it, expected: str) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    break_it(project)
    result = build_site(project, project / "site")
    assert result.returncode == 1
    assert any(problem.startswith(expected) for problem in reported_problems(result.output)), result.output
    assert "Traceback" not in result.output and "Error building page" not in result.output
    assert tree_digest(project / "site") == before


@pytest.mark.engine_only
def test_a_1_mb_line_and_a_5_mb_page_are_refused_in_seconds(tmp_path: Path) -> None:
    """Python-Markdown takes time growing with the square of some inputs: the page's shape is checked first."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    fr = project / "docs" / "fr"
    with (fr / THEMES).open("a", encoding="utf-8") as page:
        page.write("\n" + "<a " * 333_333 + "\n")
    (fr / PLAIN_PAGE).write_text("---\ntitle: x\ndescription: x\n---\n\n" + "[lien " * 900_000, encoding="utf-8")
    result, seconds = in_child_processes(lambda: build_site(project, project / "site"))
    assert result.returncode == 1
    problems = reported_problems(result.output)
    assert any(p.startswith(f"docs/fr/{THEMES}, ligne ") and "ligne trop longue (999999 caractères" in p
               for p in problems), result.output
    assert any(p.startswith(f"docs/fr/{PLAIN_PAGE} : fichier trop gros (5273 Kio") for p in problems), result.output
    assert seconds < 30, f"{seconds:.1f} s of CPU"


@pytest.mark.engine_only
@pytest.mark.parametrize("pattern", ["<a ", "[", "![](", "`", "{{ ", "15 000 ", "&#", "<img onerror=x "])
def test_each_check_of_a_page_takes_time_in_proportion_to_it(pattern: str) -> None:
    """The checks that read a page's text and HTML, on a 1 MB line (Markdown is kept out: see above)."""
    line = pattern * (1_000_000 // len(pattern))
    page = MarkdownPage("fr", "programme.md", f"---\ntitle: x\n---\n{line}\n", {"title": "x"}, 3, line)
    html = f"<p>{line}</p>"
    _, seconds = in_this_thread(lambda: (list(page_html_problems(page, lambda _page: html)),
                                         list(page.prose_lines())))
    assert seconds < 10


@pytest.mark.engine_only
@pytest.mark.parametrize("cell", [' =HYPERLINK("https://evil.example")', "\u00a0+1", "\n-1", "  @SUM(A1)", "＝1+1",
                                  " ＋1", "\u3000=1"])
def test_a_formula_after_spaces_or_in_full_width_is_neutralised(cell: str) -> None:
    assert inert_cell(cell) == f"'{cell}"
    assert inert_cell(f"Cible {cell}") == f"Cible {cell}"


@pytest.mark.engine_only
def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    """OWASP's CSV injection guidance: a cell starting with = + - @ tab or CR gets a leading quote."""
    data = shutil.copytree(ATELIER.folder / "data", tmp_path / "data")  # 7 targets: a formula in each label
    formulas = ['=HYPERLINK("https://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
    programme = yaml.safe_load((data / "programme.yaml").read_text(encoding="utf-8"))
    for target, fr, en in zip(programme["targets"], formulas[::2], formulas[1::2]):
        target["label"] = {"fr": fr, "en": en}
    (data / "programme.yaml").write_text(yaml.safe_dump(programme, allow_unicode=True, sort_keys=False), encoding="utf-8")
    site_data = load_site_data(data)
    targets = next(file for file in data_files(site_data) if file.names["fr"].endswith("-cibles.csv"))
    rows = list(csv.DictReader(io.StringIO(targets.render(site_data).decode("utf-8-sig"))))
    cells = [(row["label_fr"], row["label_en"]) for row in rows[:3]]
    assert cells == [(f"'{fr}", f"'{en}") for fr, en in zip(formulas[::2], formulas[1::2])]
    assert all(row["value"].isdigit() for row in rows)


@pytest.mark.engine_only
@pytest.mark.parametrize("label", ["de personnes ;=1+2*3; verront", "des femmes, +1", "x ; @SUM(A1)", "a;\t-2+3",
                                   "a, ＝1+1", "a\n=1+2", "des femmes;\u3000=1+1", "a ;\u00a0\u2003-1"])
def test_a_formula_after_a_separator_in_a_label_is_refused_at_its_line(tmp_path: Path, label: str) -> None:
    """Red team 8 (critical): Excel in French splits a .csv at « ; », so « ;=1+2 » inside a label started a cell
    that it runs as a formula, past inert_cell (which sees the comma-separated cell's start only)."""
    data = shutil.copytree(ATELIER.folder / "data", tmp_path / "data")
    first = ATELIER.data.programme.targets[0].label.fr
    edit(data / "programme.yaml", f"fr: {first},", f"fr: {json.dumps(label, ensure_ascii=False)},")
    line = next(n for n, text in enumerate(ATELIER.text("data/programme.yaml").splitlines(), 1) if f"fr: {first}," in text)
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    assert [(p.file, p.line, p.field) for p in raised.value.problems] == [
        ("data/programme.yaml", line, "targets[0].label.fr")], raised.value.problems
    assert "lirait ce qui suit comme une formule" in raised.value.problems[0].message


@pytest.mark.engine_only
def test_a_label_is_refused_for_every_piece_the_csv_gate_would_neutralise_as_a_cell() -> None:
    """Red team 10 (F2): the rule allowed only ASCII spaces between « ; » and « = », while inert_cell reads a cell
    as a formula after any space: « ;\u3000=1+1 » was published. Both read spaces alike, every space Unicode has."""
    spaces = [chr(code) for code in range(0x110000) if chr(code).isspace()]
    for space in spaces:
        for sign in set(FORMULA_STARTS) - {"\t", "\r"}:  # those two are separators themselves
            piece = f"{space}{space}{sign}1"
            if inert_cell(piece) != piece:
                for separator in ";,\t\r\n":
                    assert FORMULA_AFTER_SEPARATOR.search(f"a{separator}{piece}"), (separator, piece)


def test_the_sanitiser_runs_after_every_other_step_of_a_page(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    from pcv.build import html_steps, page_steps, stages

    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    for event in ("post_page", "post_template", "page_content"):
        handlers = config.plugins.events[event]
        last = handlers[-1]
        assert os.path.basename(last.__code__.co_filename) == "pcv_site.py", [h.__module__ for h in handlers]
        assert last.__name__.endswith("_leaving") and all(h.__name__ != last.__name__ for h in handlers[:-1])
    assert stages.PAGE_LEAVING[0] is html_steps.sanitise  # then only the policy added and the 404 pages kept
    assert stages.CONTENT_LEAVING[-1] is page_steps.clean_content
