"""Every kind of bad edit to the pages stops `make build` with a French message naming the
file, the line and what to do, all problems at once, and the last published site is kept.

Bad edits are grouped by project copy (one build per group); each kind has its own test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from live_data import DATA, countries_with_activities, country_without_activities, ordinal, target, typed
from project_edits import edit, group_publisher, line_of, reported_problems, tree_digest

from pcv.checks.project import RESERVED_FOLDERS
from pcv.inspection.builds import BuildResult
from pcv.pages.figures import DataFigure, typed_figures

NAV_LINE = line_of("mkdocs.yml", "nav:")
# The page templates the message lists: those of overrides/ but the base and not-found ones.
PAGE_TEMPLATES = ", ".join(sorted(p.name for p in (Path(__file__).parent.parent / "overrides").glob("*.html")
                                  if p.name not in ("main.html", "404.html")))
ADDED_MENU_LINE = line_of("mkdocs.yml", "- partenaires.md") + 3  # "evenements.md", added by _pages (which also adds a country line above)
# The pages group removes the page of the last country with activities, copies the first one's page to a
# country without activities and to one that does not exist.
REMOVED, MODEL, BARE = countries_with_activities()[-1], countries_with_activities()[0], country_without_activities()
REMOVED_SLUG_LINE, BARE_SLUG_LINE = (line_of("data/countries.yaml", f"slug: {c.slug}") for c in (REMOVED, BARE))
SLUGS_WITH_PAGES = ", ".join(sorted(c.slug for c in countries_with_activities()))
# The figures the text group types by hand, as the data has them today.
NUMBER, OTHER_NUMBER = target("number"), target("number", after=target("number").id)
PEOPLE, WOMEN, END = target("compact"), target("percent"), DATA.programme.period.end
FR_FIGURES = f"D'ici {END}, {typed(NUMBER, 'fr')} Canadien-ne-s, {typed(PEOPLE, 'fr')} de personnes, dont {typed(WOMEN, 'fr')} de femmes."
EN_FIGURES = (f"By {END}, {typed(NUMBER, 'en')} Canadians and {typed(OTHER_NUMBER, 'en')} partners ({typed(WOMEN, 'en')}). "
              '<img src="x" onerror="alert(1)">')
# Lines of the pages that _text edits: its text goes 2, 4, 6… lines below each page's heading.
HEADING_EN, HEADING_FR = line_of("docs/en/programme.md", "# The program"), line_of("docs/fr/programme.md", "# Le programme")
DESCRIPTION_EN = line_of("docs/en/programme.md", "description:")
COUNTRY_LINE = line_of(f"docs/fr/activites/{MODEL.slug}.md", "country:")
CODES = ", ".join(c.code for c in DATA.countries)


def _typed(lang: str, line: int, text: str, figure: object) -> str:
    """The problem of a data figure typed by hand in `text`, at `line` of docs/<lang>/programme.md."""
    if isinstance(figure, int):  # the period's end
        written, name, source = str(figure), "period.end", "period.end"
    else:
        written, name, source = typed(figure, lang), f"targets.{figure.id}", f"targets, id « {figure.id} »"
    return (f"docs/{lang}/programme.md, ligne {line}, colonne {text.index(written) + 1} : « {written} » est un chiffre "
            f"des données (data/programme.yaml, {source}). Si c'est ce chiffre, écrivez {{{{ {name} }}}} à la place : le "
            "site l'affichera depuis les données, dans le format de la langue. S'il dit autre chose (une année, un nom "
            f"comme « Agenda 2030 »), gardez-le tel quel en l'écrivant {{{{ \"{written}\" }}}}.")


def _pages(project: Path) -> None:
    docs, nav = project / "docs", project / "mkdocs.yml"
    for lang in ("fr", "en"):
        shutil.copy(docs / lang / "activites" / f"{MODEL.slug}.md", docs / lang / "activites" / "perou.md")
        edit(docs / lang / "activites" / "perou.md", f"country: {MODEL.code}", "country: PE")
        shutil.copy(docs / lang / "activites" / f"{MODEL.slug}.md", docs / lang / "activites" / f"{BARE.slug}.md")
        (docs / lang / "activites" / f"{REMOVED.slug}.md").unlink()
        shutil.copy(docs / lang / "volontariat.md", docs / lang / "presse.md")
    edit(nav, f"      - activites/{REMOVED.slug}.md\n",
         f"      - activites/perou.md\n      - activites/{BARE.slug}.md\n")
    edit(nav, "  - partenaires.md\n", "  - partenaires.md\n  - actualites.md\n  - evenements.md\n")
    (docs / "fr" / "actualites.md").write_text("---\ntitle: Actualités\n---\n\n# Actualités\n", encoding="utf-8")
    edit(docs / "en" / "approche.md", "title: Our approach", "title: Our approach: themes")
    edit(docs / "en" / "volontariat.md", "title: Become a volunteer", "title: Become a volunteer\ntranslation: done")
    edit(docs / "fr" / "programme.md", "title: Le programme", "title: Le programme\ntranslation: pending")
    edit(docs / "fr" / "aspirations.md", "\n---\n\n# Nos aspirations", "\n\n# Nos aspirations")
    edit(docs / "fr" / "partenaires.md", "template: partners.html", "template: partenaires.html")


# The first line after the front matter of docs/fr/programme.md (which the group "pages" lengthens by one line)
PROGRAMME_FR_BODY = line_of("docs/fr/programme.md", "# ") - 1


def _text(project: Path) -> None:
    fr, en = project / "docs" / "fr", project / "docs" / "en"
    edit(fr / "programme.md", "# Le programme\n",
         "# Le programme\n\n<script>alert('bonjour')</script>\n\n"
         f"{FR_FIGURES}\n\n"
         "Avec {{ cibles.canadiens }} volontaires. Voir [notre approche](aproche.md).\n\n"
         "![Logo du CECI](https://ceci.org/logo.png)\n")
    edit(en / "programme.md", "description: The VCP", "description: The {{ targets.canadians }} VCP")
    edit(fr / "aspirations.md", "title: Nos aspirations", "title: 12")
    accessibility = en / "accessibilite.md"
    accessibility.write_text(accessibility.read_text(encoding="utf-8").split("---\n", 2)[2], encoding="utf-8")
    edit(en / "aspirations.md", "title: Our aspirations", "title: Our <em>aspirations</em>")
    edit(en / "programme.md", "# The program\n",
         f"# The program\n\n{EN_FIGURES}\n\n"
         "[Click](javascript:alert(1)) or see `<script>` in code, 1 500 times, in 20 countries.\n")


def _addresses(project: Path) -> None:
    fr, en = project / "docs" / "fr", project / "docs" / "en"
    edit(en / "partenaires.md", "slug: partners", "slug: Our Partners")
    edit(en / "aspirations.md", "title: Our aspirations", "title: Our aspirations\nslug: approach")
    edit(en / "index.md", "title: Home", "title: Home\nslug: home")
    edit(fr / "programme.md", "title: Le programme", "title: Le programme\nslug: en")
    edit(fr / "aspirations.md", "title: Nos aspirations", "title: Nos aspirations\nslug: 42")


GROUPS: dict[str, Callable[[Path], None]] = {"pages": _pages, "text": _text, "addresses": _addresses}
SLUG_LINE = {name: line_of(name, "title:") + 1 for name in ("docs/en/aspirations.md", "docs/en/index.md",
                                                              "docs/fr/programme.md", "docs/fr/aspirations.md")}

KINDS = [
    pytest.param("addresses", f"docs/en/aspirations.md, ligne {SLUG_LINE['docs/en/aspirations.md']}, colonne 1, champ slug : "
                 "l'adresse « approach/ » est déjà celle de docs/en/approche.md. Donnez à l'une des deux pages un autre "
                 "slug.", id="address-taken"),
    pytest.param("addresses", f"docs/en/approche.md, ligne {line_of('docs/en/approche.md', 'slug:')}, colonne 1, champ slug : l'adresse « approach/ » est aussi celle de "
                 "docs/en/aspirations.md. Donnez à l'une des deux pages un autre slug.", id="address-taken-other-side"),
    pytest.param("addresses", f"docs/en/index.md, ligne {SLUG_LINE['docs/en/index.md']}, colonne 1, champ slug : champ "
                 "d'en-tête inconnu « slug ». Champs permis dans la page d'accueil : title, description, template, "
                 "translation, translated_from, translation_reviewed, hide. (Material en lit d'autres, comme status, icon ou author : le site "
                 "ne les accepte pas.)", id="slug-on-home"),
    pytest.param("addresses", f"docs/en/partenaires.md, ligne {line_of('docs/en/partenaires.md', 'slug:')}, colonne 1, champ "
                 "slug : « slug » : on trouve le texte « Our Partners », qui n'a pas la forme attendue (la fin de "
                 "l'adresse de la page dans sa langue). Lettres minuscules sans accent, chiffres et traits d'union, par "
                 "exemple « slug: open-data » ; pour nommer aussi le dossier de la page, « slug: act/open-data ». "
                 "Un slug fait de chiffres seuls s'écrit entre guillemets droits (\"2030\").",
                 id="slug-characters"),
    pytest.param("addresses", f"docs/fr/aspirations.md, ligne {SLUG_LINE['docs/fr/aspirations.md']}, colonne 1, champ slug : "
                 "« slug » doit être un texte, on trouve le nombre 42. Mettez le texte entre guillemets droits (\"…\").",
                 id="slug-not-a-text"),
    pytest.param("addresses", f"docs/fr/programme.md, ligne {SLUG_LINE['docs/fr/programme.md']}, colonne 1, champ slug : "
                 f"l'adresse « en/ » est réservée au site (dossiers {', '.join(sorted(RESERVED_FOLDERS))}). Choisissez un "
                 "autre slug.", id="slug-reserved"),
    pytest.param("pages", f"data/countries.yaml, ligne {REMOVED_SLUG_LINE}, {ordinal(DATA.countries.index(REMOVED))} pays (countries), "
                 f"champ activities : le pays « {REMOVED.code} » a des activités mais pas de page. Créez sa page en "
                 f"français et en anglais, avec « country: {REMOVED.code} » dans son en-tête (dans l'éditeur web : « Pays "
                 "de la page »), ou retirez ses activities.",
                 id="country-without-page"),
    pytest.param("pages", f"docs/en/activites/perou.md, ligne {COUNTRY_LINE}, colonne 1, champ country : le pays « PE » "
                 f"n'est pas dans data/countries.yaml. Écrivez le code d'un pays du programme ({CODES}), ou ajoutez le "
                 "pays à data/countries.yaml.", id="country-page-without-country"),
    pytest.param("pages", f"docs/en/activites/{BARE.slug}.md, ligne {COUNTRY_LINE}, colonne 1, champ country : le pays "
                 f"« {MODEL.code} » a déjà sa page : docs/en/activites/{MODEL.slug}.md. Une seule page par pays : retirez "
                 "cette ligne de l'une des deux.", id="two-pages-for-one-country"),
    pytest.param("pages", "docs/en/actualites.md : ce fichier manque : la page docs/fr/actualites.md n'a pas de "
                 "version en anglais. Créez-le avec la traduction ; ou, en attendant qu'elle soit prête, avec ces "
                 "trois lignes seulement : « --- », « translation: pending », « --- » (le site montrera la version "
                 "en français, avec un avis).", id="missing-translation"),
    pytest.param("pages", f"docs/en/approche.md, ligne {line_of('docs/en/approche.md', 'title:')}, colonne 20 : « : » inattendu. Si cette ligne est un "
                 "champ, alignez son indentation sur celle des champs voisins ; si c'est un texte qui contient "
                 "« : », mettez tout le texte entre guillemets droits (\"…\").", id="front-matter-syntax"),
    pytest.param("pages", f"docs/fr/programme.md, ligne {PROGRAMME_FR_BODY + 1} : cette page est marquée « translation: "
                 "pending » (en attente de traduction) mais a son propre texte : le site montrerait l'original à sa "
                 "place. Si la traduction est faite, retirez la ligne « translation: pending » de l'en-tête ; sinon, "
                 "retirez le texte.", id="pending-with-its-own-text"),
    pytest.param("pages", "docs/en/programme.md : cette page et docs/fr/programme.md se disent toutes deux "
                 "traductions (translation ou translated_from dans leur en-tête). Retirez ces champs de la version "
                 "originale.", id="both-marked-as-translation"),
    pytest.param("pages", f"docs/en/volontariat.md, ligne {line_of('docs/en/volontariat.md', 'role:')}, colonne 1, champ role : le rôle "
                 "« volunteer » est déjà celui de docs/en/presse.md. Une seule page a un rôle donné : retirez cette ligne "
                 "de l'une des deux.", id="copied-page-keeps-its-role"),
    pytest.param("pages", f"docs/en/volontariat.md, ligne {line_of('docs/en/volontariat.md', 'title:') + 1}, colonne 1, champ translation : on trouve « done », "
                 "mais la seule valeur permise est « pending » (page en attente de traduction). Une fois la "
                 "traduction faite, retirez cette ligne (dans l'éditeur : videz « Traduction en attente ») ; make translated "
                 "PAGE=… le fait aussi.",
                 id="translation-mark-value"),
    pytest.param("pages", f"docs/en/volontariat.md, ligne {line_of('docs/en/volontariat.md', 'slug:') + 1}, colonne 1, champ "
                 "slug : l'adresse « volunteer/ » est déjà celle de docs/en/presse.md. Donnez à l'une des deux pages un "
                 "autre slug.", id="copied-page-keeps-its-slug"),
    pytest.param("pages", f"docs/en/presse.md, ligne {line_of('docs/en/volontariat.md', 'slug:')}, colonne 1, champ "
                 "slug : l'adresse « volunteer/ » est aussi celle de docs/en/volontariat.md. Donnez à l'une des deux "
                 "pages un autre slug.", id="copied-page-keeps-its-slug-other-side"),
    pytest.param("pages", f"docs/fr/activites/perou.md, ligne {COUNTRY_LINE}, colonne 1, champ country : le pays « PE » "
                 f"n'est pas dans data/countries.yaml. Écrivez le code d'un pays du programme ({CODES}), ou ajoutez le "
                 "pays à data/countries.yaml.", id="country-page-without-country-fr"),
    pytest.param("pages", f"docs/fr/activites/{BARE.slug}.md, ligne {COUNTRY_LINE}, colonne 1, champ country : le pays "
                 f"« {MODEL.code} » a déjà sa page : docs/fr/activites/{MODEL.slug}.md. Une seule page par pays : retirez "
                 "cette ligne de l'une des deux.", id="two-pages-for-one-country-fr"),
    pytest.param("pages", "docs/fr/actualites.md, ligne 1 : l'en-tête n'a pas de « description » (son résumé : "
                 "moteurs de recherche, partages). Ajoutez une ligne « description: … » entre les deux lignes "
                 "« --- ».", id="missing-description"),
    pytest.param("pages", "docs/fr/aspirations.md, ligne 1, colonne 1 : l'en-tête (front matter) commence par "
                 "« --- » mais ne se termine jamais. Ajoutez une ligne « --- » après son dernier champ.",
                 id="front-matter-not-closed"),
    pytest.param("pages", f"docs/fr/volontariat.md, ligne {line_of('docs/fr/volontariat.md', 'role:')}, colonne 1, champ role : le rôle "
                 "« volunteer » est déjà celui de docs/fr/presse.md. Une seule page a un rôle donné : retirez cette ligne "
                 "de l'une des deux.", id="copied-page-keeps-its-role-fr"),
    pytest.param("pages", f"mkdocs.yml, ligne {NAV_LINE} : la page « presse.md » (docs/fr/presse.md, docs/en/presse.md) "
                 "n'est pas dans le menu. Ajoutez une ligne « - presse.md » sous « nav: », à l'endroit où elle "
                 "doit apparaître.", id="page-not-in-menu"),
    pytest.param("pages", f"mkdocs.yml, ligne {ADDED_MENU_LINE} : le menu (nav) contient « evenements.md », mais ni "
                 "docs/fr/evenements.md ni docs/en/evenements.md n'existe. Retirez cette ligne du menu, ou créez "
                 "la page dans les deux langues.", id="menu-entry-without-page"),
    pytest.param("pages", f"docs/fr/partenaires.md, ligne {line_of('docs/fr/partenaires.md', 'template:')}, colonne 1, champ template : le gabarit « "
                 "partenaires.html » n'est pas un gabarit de page du site. Gabarits de page : " + PAGE_TEMPLATES + " ; "
                 "ou retirez cette ligne pour une page ordinaire.", id="unknown-template"),
    pytest.param("text", "docs/en/accessibilite.md, ligne 1 : la page n'a pas d'en-tête. Ajoutez ces lignes en "
                 "haut du fichier : « --- », « title: … », « description: … », « --- ».", id="no-front-matter"),
    pytest.param("text", "docs/en/aspirations.md, ligne 2, colonne 12, champ title : « < » n'est pas permis dans "
                 "« title » : ce texte est repris tel quel dans le code de la page. Pour citer, utilisez les "
                 "guillemets « … » en français, “…” en anglais ; pas de balise HTML.", id="html-in-title"),
    pytest.param("text", f"docs/en/programme.md, ligne {DESCRIPTION_EN}, colonne 18 : « {{{{ targets.canadians }}}} » ne s'affiche "
                 "que dans le texte de la page, pas dans son en-tête. Écrivez l'en-tête sans chiffre des données.",
                 id="placeholder-in-front-matter"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, END), id="year-typed"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, NUMBER), id="number-typed-en"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, OTHER_NUMBER), id="small-number-typed"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, WOMEN), id="percent-typed-en"),
    pytest.param("text", f"docs/en/programme.md, ligne {HEADING_EN + 2}, colonne {EN_FIGURES.index('onerror') + 1} : attribut HTML « onerror » interdit : il "
                 "exécuterait un script. Retirez-le.", id="html-event-attribute"),
    pytest.param("text", f"docs/en/programme.md, ligne {HEADING_EN + 4}, colonne 9 : lien « javascript: » interdit : un lien "
                 "mène à une adresse (https://…) ou à une page du site (page.md).", id="script-link"),
    pytest.param("text", "docs/fr/aspirations.md, ligne 2, colonne 1, champ title : « title » doit être un texte, "
                 'on trouve le nombre 12. Mettez le texte entre guillemets droits ("…").', id="title-not-text"),
    pytest.param("text", f"docs/fr/programme.md, ligne {HEADING_FR + 2}, colonne 1 : balise HTML <script> interdite dans une "
                 "page : le site n'exécute et n'intègre rien qui soit écrit en HTML dans les pages. Retirez-la ; "
                 "pour la mise en forme, utilisez le Markdown (**gras**, listes, [liens](page.md)).",
                 id="script-in-markdown"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, END), id="year-typed-fr"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, NUMBER), id="number-typed-fr"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, PEOPLE), id="millions-typed"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, WOMEN), id="percent-typed-fr"),
    pytest.param("text", f"docs/fr/programme.md, ligne {HEADING_FR + 6}, colonne 6 : « {{{{ cibles.canadiens }}}} » ne correspond à "
                 "aucune donnée (data/programme.yaml, data/countries.yaml). Données possibles : {{ period.start }}, {{ period.end }}, "
                 + "".join(f"{{{{ targets.{t.id} }}}}, " for t in DATA.programme.targets)
                 + "{{ period }}, {{ countries.count }}.", id="unknown-placeholder"),
    pytest.param("text", f"docs/fr/programme.md, ligne {HEADING_FR + 6}, colonne 64 : le lien « aproche.md » mène à un fichier "
                 "qui n'existe pas. Un lien vers une page du site donne le nom de son fichier .md, relatif à cette "
                 "page. Vouliez-vous dire « approche.md » ?", id="broken-link"),
    pytest.param("text", f"docs/fr/programme.md, ligne {HEADING_FR + 8}, colonne 17 : image d'un autre site "
                 "(https://ceci.org/logo.png) : le site ne charge rien depuis un autre site, pour la vie privée de "
                 "ses lecteurs. Enregistrez l'image dans docs/ et liez-la par son nom de fichier.",
                 id="image-from-another-host"),
]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, built_site: Path) -> Callable[[str], tuple[BuildResult, str]]:
    """Publish the project copy of a group (once per module): the result and the previous site's digest."""
    return group_publisher(GROUPS, tmp_path_factory, built_site)


@pytest.mark.parametrize(("group", "expected"), KINDS)
def test_bad_page_is_reported_and_the_last_site_kept(group: str, expected: str, published) -> None:
    result, before = published(group)
    assert result.returncode == 1
    assert expected in reported_problems(result.output), result.output
    assert tree_digest(result.site) == before


@pytest.mark.parametrize("group", GROUPS)
def test_every_problem_of_the_pages_is_reported_together(group: str, published) -> None:
    result, _ = published(group)
    expected = [kind.values[1] for kind in KINDS if kind.values[0] == group]
    assert sorted(reported_problems(result.output)) == sorted(expected)  # the order follows the files' names
    assert "Traceback" not in result.output


FIGURES = [DataFigure("targets.people", 2_000_000, "compact", ""), DataFigure("targets.women", 75, "percent", ""),
           DataFigure("targets.canadians", 15_000, "number", ""), DataFigure("period.start", 2020, "year", "")]


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("15 000 et 15\u00a0000 et 15\u202f000 et 15,000 et 15000", ["15 000", "15\u00a0000", "15\u202f000", "15,000", "15000"]),
        ("2 millions, 2 million, 2\u00a0millions, 2 000 000", ["2 millions", "2 million", "2\u00a0millions", "2 000 000"]),
        ("75 %, 75\u00a0%, 75%, 75 pour cent, 75 percent", ["75 %", "75\u00a0%", "75%", "75 pour cent", "75 percent"]),
        ("depuis 2020.", ["2020"]),
        ("75 ans, 2 personnes, 2 m, 150 000, 115 000, 20 200, 2020s, 12020, v2020, 1,5 million, 2,020", []),
    ],
    ids=["number-forms", "compact-forms", "percent-forms", "year", "other-numbers-left-alone"],
)
def test_typed_figures_are_the_data_figures_only(line: str, typed: list[str]) -> None:
    assert [text for _, text, _ in typed_figures(line, FIGURES)] == typed
