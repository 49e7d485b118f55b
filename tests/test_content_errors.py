"""Every kind of bad edit to the pages stops `make build` with a French message naming the
file, the line and what to do, all problems at once, and the last published site is kept.

Bad edits are grouped by project copy (one build per group); each kind has its own test.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from programme_facts import ATELIER, FICTIF, Programme, ordinal, typed
from project_edits import edit, group_publisher, reported_problems, tree_digest

from pcv.checks.project import RESERVED_FOLDERS
from pcv.checks.site import all_problems
from pcv.data.models import LANGUAGE_NAMES
from pcv.data.rules import COUNTRY_CODES
from pcv.inspection.builds import ROOT, BuildResult, assemble_programme
from pcv.pages.figures import INSERT_FIGURE, DataFigure, typed_figures
from pcv.text.formatting import country_name, format_figure

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

# The groups "pages" and "addresses" edit a copy of programme-fictif (a country page, pages of every role),
# the group "text" one of programme-atelier (targets of every format): what they change, and where the
# problems are expected, is read from the fixture's files.
# The page templates the message lists: those of overrides/ but the base and not-found ones.
PAGE_TEMPLATES = ", ".join(sorted(p.name for p in (ROOT / "overrides").glob("*.html")
                                  if p.name not in ("main.html", "404.html")))


def _meta_line(programme: Programme, name: str, field: str) -> int:
    return programme.line_of(name, f"{field}:")


# "pages": the page of the country with activities is copied to a country outside the data and to a country
# without activities; another country gets activities and no page; a page with a role is copied; a menu entry
# names no page, a page is in no menu, another has no English version.
MODEL = FICTIF.countries_with_activities()[0]
BARE, UNDESCRIBED = FICTIF.countries_without_activities()[:2]
OUTSIDE = next(code for code in sorted(COUNTRY_CODES) if code not in {c.code for c in FICTIF.data.countries})
MODEL_PAGE = FICTIF.page_of_country(MODEL.code)
OUTSIDE_PAGE, BARE_PAGE = (posixpath.join(posixpath.dirname(MODEL_PAGE), f"{name}.md")
                           for name in (OUTSIDE.lower(), BARE.slug or BARE.code.lower()))
COPIED = FICTIF.page_with_role("contact")  # a page with a role and an English slug, copied to COPY
COPY = "copie.md"
PARTNERS, THEMES, PROGRAMME_PAGE = (FICTIF.page_with_role(role) for role in ("partners", "themes", "programme"))
TITLE_EN = {name: FICTIF.field(f"docs/en/{name}", "title") for name in (COPIED, THEMES)}
COUNTRY_LINE = {lang: _meta_line(FICTIF, f"docs/{lang}/{MODEL_PAGE}", "country") for lang in ("fr", "en")}
# The copies' lines: without the slug of the page copied (an English address of its own), if it has one.
COPY_COUNTRY_LINE = {lang: line - ("\nslug: " in FICTIF.text(f"docs/{lang}/{MODEL_PAGE}")
                                   and _meta_line(FICTIF, f"docs/{lang}/{MODEL_PAGE}", "slug") < line)
                     for lang, line in COUNTRY_LINE.items()}
# The line of the `activities:` _pages adds at the end of that country's entry (PROGRAMME5 F11: its slug's was named).
UNDESCRIBED_LINE = FICTIF.line_of("data/countries.yaml", f"- code: {UNDESCRIBED.code}") + re.search(
    rf"^  - code: {UNDESCRIBED.code}\n(?:    .*\n)*", FICTIF.text("data/countries.yaml"), re.M).group(0).count("\n")
CODES = ", ".join(c.code for c in FICTIF.data.countries)
NAV_LINE = FICTIF.line_of("mkdocs.yml", "nav:")
ADDED_MENU_LINE = FICTIF.line_of("mkdocs.yml", f"- {PARTNERS}") + 4  # 2 country pages above, then 2 pages
# docs/en/<COPIED>'s fields, once _pages has added a line under its title.
_COPIED_TITLE = _meta_line(FICTIF, f"docs/en/{COPIED}", "title")
COPIED_ROLE, COPIED_SLUG = (line + (line > _COPIED_TITLE) for line in (
    _meta_line(FICTIF, f"docs/en/{COPIED}", "role"), _meta_line(FICTIF, f"docs/en/{COPIED}", "slug")))
# The first line after the front matter of docs/fr/<programme page> (which _pages lengthens by one line).
PROGRAMME_FR_BODY = FICTIF.line_of(f"docs/fr/{PROGRAMME_PAGE}", "# ") - 1


def _activities_of(text: str, code: str) -> str:
    """The lines of the country `code`'s activities in data/countries.yaml."""
    return re.search(rf"^  - code: {code}\n(?:    (?!activities:).*\n)*((?:    activities:\n)(?:      .*\n)+)",
                     text, re.M).group(1)


def _pages(project: Path) -> None:
    docs, nav = project / "docs", project / "mkdocs.yml"
    for lang in ("fr", "en"):
        model = re.sub(r"^slug: .*\n", "", (docs / lang / MODEL_PAGE).read_text(encoding="utf-8"), flags=re.M)
        (docs / lang / OUTSIDE_PAGE).write_text(model.replace(f"country: {MODEL.code}", f"country: {OUTSIDE}"),
                                                encoding="utf-8")
        (docs / lang / BARE_PAGE).write_text(model, encoding="utf-8")
        shutil.copy(docs / lang / COPIED, docs / lang / COPY)
    countries = project / "data" / "countries.yaml"
    text = countries.read_text(encoding="utf-8")
    undescribed = re.search(rf"^  - code: {UNDESCRIBED.code}\n(?:    .*\n)*", text, re.M)
    countries.write_text(text[:undescribed.end()] + _activities_of(text, MODEL.code) + text[undescribed.end():],
                         encoding="utf-8")
    model_entry = next(line for line in nav.read_text(encoding="utf-8").splitlines(keepends=True)
                       if line.strip() == f"- {MODEL_PAGE}")
    indent = model_entry[:model_entry.index("-")]
    edit(nav, model_entry, model_entry + f"{indent}- {OUTSIDE_PAGE}\n{indent}- {BARE_PAGE}\n")
    edit(nav, f"  - {PARTNERS}\n", f"  - {PARTNERS}\n  - actualites.md\n  - evenements.md\n")
    (docs / "fr" / "actualites.md").write_text("---\ntitle: Actualités\n---\n\n# Actualités\n", encoding="utf-8")
    edit(docs / "en" / THEMES, f"title: {TITLE_EN[THEMES]}\n", f"title: {TITLE_EN[THEMES]}: more\n")
    edit(docs / "en" / COPIED, f"title: {TITLE_EN[COPIED]}\n", f"title: {TITLE_EN[COPIED]}\ntranslation: done\n")
    title_fr = FICTIF.field(f"docs/fr/{PROGRAMME_PAGE}", "title")
    edit(docs / "fr" / PROGRAMME_PAGE, f"title: {title_fr}\n", f"title: {title_fr}\ntranslation: pending\n")
    aspirations = docs / "fr" / "aspirations.md"
    aspirations.write_text(re.sub(r"\n---\n", "\n", aspirations.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    edit(docs / "fr" / PARTNERS, "template: partners.html", "template: partenaires.html")


# "text": figures typed by hand, HTML, placeholders and links in the programme page of programme-atelier.
TEXT_PAGE = ATELIER.page_with_role("programme")
TEXT_THEMES, TEXT_A11Y = ATELIER.page_with_role("themes"), ATELIER.page_with_role("accessibility")
NUMBERS = [t for t in ATELIER.data.programme.targets if t.format == "number"]
NUMBER, SMALL = next(t for t in NUMBERS if t.value >= 1000), next(t for t in NUMBERS if t.value < 1000)
PEOPLE, SHARE, END = ATELIER.target("compact"), ATELIER.target("percent"), ATELIER.data.programme.period.end
FR_FIGURES = f"D'ici {END}, {typed(NUMBER, 'fr')} personnes, {typed(PEOPLE, 'fr')} de visites, dont {typed(SHARE, 'fr')} de jeunes."
EN_FIGURES = (f"By {END}, {typed(NUMBER, 'en')} people and {typed(SMALL, 'en')} partners ({typed(SHARE, 'en')}). "
              '<img src="x" onerror="alert(1)">')
HEADING = {lang: next(line for line in ATELIER.text(f"docs/{lang}/{TEXT_PAGE}").splitlines() if line.startswith("# "))
           for lang in ("fr", "en")}
HEADING_FR, HEADING_EN = (ATELIER.line_of(f"docs/{lang}/{TEXT_PAGE}", HEADING[lang]) for lang in ("fr", "en"))
DESCRIPTION_EN = ATELIER.line_of(f"docs/en/{TEXT_PAGE}", "description:")
DESCRIBED = "description: " + ATELIER.field(f"docs/en/{TEXT_PAGE}", "description").split(" ")[0] + " "
THEMES_PATH = posixpath.relpath(TEXT_THEMES, posixpath.dirname(TEXT_PAGE))
MISSPELT = THEMES_PATH.removesuffix(".md")[:-1] + ".md"
UNKNOWN_LINE = f"Avec {{{{ cibles.canadiens }}}} volontaires. Voir [notre thème]({MISSPELT})."
OTHER_HOST_IMAGE = "![Logo de l'atelier](https://example.net/logo.png)"
# « \\host » is another site for a browser, which reads « \ » as « / » (red team 18: told the photo did not exist)
BACKSLASH_IMAGE = "![Logo de l'atelier](\\\\example.net/logo.png)"
BACKSLASH_COLUMN = BACKSLASH_IMAGE.index("\\example") + 1  # where the address Markdown reads, « \example… », starts


def _typed(lang: str, line: int, text: str, figure: object) -> str:
    """The problem of a data figure typed by hand in `text`, at `line` of docs/<lang>/<TEXT_PAGE>."""
    if isinstance(figure, int):  # the period's end
        written, name, source, what = str(figure), "period.end", "period.end", "l'année où le programme finit"
    else:
        written, name, source = typed(figure, lang), f"targets.{figure.id}", f"targets, id « {figure.id} »"
        what = f"la cible « {format_figure(figure.value, figure.format, 'fr')} {figure.label.in_('fr')} »"
    return (f"docs/{lang}/{TEXT_PAGE}, ligne {line}, colonne {text.index(written) + 1} : « {written} » est un chiffre "
            f"des données, {what} (data/programme.yaml, {source}). Si la phrase parle de ce chiffre, écrivez "
            f"{{{{ {name} }}}} à la place (dans l'éditeur : sélectionnez « {written} », puis choisissez-le dans la liste "
            f"« {INSERT_FIGURE} » au-dessus du texte) : le site l'affichera depuis les données, dans le format de la "
            "langue. S'il dit autre chose (une autre année, un nom comme « Agenda 2030 »), gardez-le tel quel en "
            f"l'écrivant {{{{ \"{written}\" }}}}.")


def _text(project: Path) -> None:
    fr, en = project / "docs" / "fr", project / "docs" / "en"
    edit(fr / TEXT_PAGE, f"{HEADING['fr']}\n",
         f"{HEADING['fr']}\n\n<script>alert('bonjour')</script>\n\n{FR_FIGURES}\n\n{UNKNOWN_LINE}\n\n{OTHER_HOST_IMAGE}\n\n{BACKSLASH_IMAGE}\n")
    edit(en / TEXT_PAGE, DESCRIBED, f"{DESCRIBED}{{{{ targets.{NUMBER.id} }}}} ")
    title_fr = ATELIER.field(f"docs/fr/{TEXT_THEMES}", "title")
    edit(fr / TEXT_THEMES, f"title: {title_fr}\n", "title: 12\n")
    accessibility = en / TEXT_A11Y
    accessibility.write_text(accessibility.read_text(encoding="utf-8").split("---\n", 2)[2], encoding="utf-8")
    title_en = ATELIER.field(f"docs/en/{TEXT_THEMES}", "title")
    edit(en / TEXT_THEMES, f"title: {title_en}\n", f"title: <em>{title_en}</em>\n")
    edit(en / TEXT_PAGE, f"{HEADING['en']}\n",
         f"{HEADING['en']}\n\n{EN_FIGURES}\n\n"
         "[Click](javascript:alert(1)) or see `<script>` in code, 1 500 times, in 20 countries.\n")


# "addresses": English slugs taken, malformed or reserved, and a slug on the home page.
ASPIRATIONS = "aspirations.md"  # a page with no role and no slug, in both languages
THEMES_SLUG = FICTIF.field(f"docs/en/{THEMES}", "slug")
COPIED_EN_SLUG = FICTIF.field(f"docs/en/{COPIED}", "slug")
PARTNERS_SLUG = FICTIF.field(f"docs/en/{PARTNERS}", "slug")


def _addresses(project: Path) -> None:
    fr, en = project / "docs" / "fr", project / "docs" / "en"
    edit(en / PARTNERS, f"slug: {PARTNERS_SLUG}\n", "slug: Our Partners\n")
    edit(en / ASPIRATIONS, "\ntitle: ", f"\nslug: {THEMES_SLUG}\ntitle: ")
    edit(en / "index.md", "\ntitle: ", "\nslug: home\ntitle: ")
    edit(fr / PROGRAMME_PAGE, "\ntitle: ", "\nslug: en\ntitle: ")
    edit(fr / ASPIRATIONS, "\ntitle: ", "\nslug: 42\ntitle: ")


GROUPS: dict[str, tuple[Path, Callable[[Path], None]]] = {
    "pages": (FICTIF.folder, _pages), "text": (ATELIER.folder, _text), "addresses": (FICTIF.folder, _addresses)}
# The slug line each page gets from _addresses: above its title.
SLUG_LINE = {name: FICTIF.line_of(name, "title:") for name in (f"docs/en/{ASPIRATIONS}", "docs/en/index.md",
                                                                 f"docs/fr/{PROGRAMME_PAGE}", f"docs/fr/{ASPIRATIONS}")}
KINDS = [
    pytest.param("addresses", f"docs/en/{THEMES}, ligne {_meta_line(FICTIF, f'docs/en/{THEMES}', 'slug')}, colonne 1, "
                 f"champ « Fin de l'adresse (slug) » : l'adresse « {THEMES_SLUG}/ » est déjà celle de docs/en/{ASPIRATIONS}. Donnez à l'une des "
                 "deux pages un autre slug.", id="address-taken"),
    pytest.param("addresses", f"docs/en/{ASPIRATIONS}, ligne {SLUG_LINE[f'docs/en/{ASPIRATIONS}']}, colonne 1, champ « Fin de l'adresse (slug) » : "
                 f"l'adresse « {THEMES_SLUG}/ » est aussi celle de docs/en/{THEMES}. Donnez à l'une des deux pages un "
                 "autre slug.", id="address-taken-other-side"),
    pytest.param("addresses", f"docs/en/index.md, ligne {SLUG_LINE['docs/en/index.md']}, colonne 1, champ « Fin de l'adresse (slug) » : champ "
                 "d'en-tête inconnu « slug ». Champs permis dans la page d'accueil : title, description, template, "
                 "translation, translated_from, translation_reviewed, hide. (Material en lit d'autres, comme status, icon ou author : le site "
                 "ne les accepte pas.)", id="slug-on-home"),
    pytest.param("addresses", f"docs/en/{PARTNERS}, ligne {_meta_line(FICTIF, f'docs/en/{PARTNERS}', 'slug')}, colonne 1, champ « Fin de l'adresse (slug) » : "
                 "« slug » : on trouve le texte « Our Partners », qui n'a pas la forme attendue (la fin de "
                 "l'adresse de la page dans sa langue) : « O » (majuscule), les espaces et « P » (majuscule) ne sont "
                 "pas permis dans une adresse ; écrivez « slug: our-partners ». Lettres minuscules sans accent, "
                 "chiffres et traits d'union, par "
                 "exemple « slug: open-data » ; pour nommer aussi le dossier de la page, « slug: act/open-data ». "
                 "Un slug fait de chiffres seuls s'écrit entre guillemets droits (\"2030\").",
                 id="slug-characters"),
    pytest.param("addresses", f"docs/fr/{ASPIRATIONS}, ligne {SLUG_LINE[f'docs/fr/{ASPIRATIONS}']}, colonne 1, champ « Fin de l'adresse (slug) » : "
                 "« slug » doit être un texte, on trouve le nombre 42. Mettez le texte entre guillemets droits (\"…\").",
                 id="slug-not-a-text"),
    pytest.param("addresses", f"docs/fr/{PROGRAMME_PAGE}, ligne {SLUG_LINE[f'docs/fr/{PROGRAMME_PAGE}']}, colonne 1, champ « Fin de l'adresse (slug) » : "
                 f"l'adresse « en/ » est réservée au site (dossiers {', '.join(sorted(RESERVED_FOLDERS))}). Choisissez un "
                 "autre slug.", id="slug-reserved"),
    pytest.param("pages", f"data/countries.yaml, ligne {UNDESCRIBED_LINE}, {ordinal(FICTIF.data.countries.index(UNDESCRIBED))} "
                 f"pays (countries), champ « Activités » (activities) : le pays « {country_name(UNDESCRIBED.code, 'fr')} » ({UNDESCRIBED.code}) a des activités mais pas de page. "
                 f"Créez sa page en français et en anglais, avec « country: {UNDESCRIBED.code} » dans son en-tête (dans "
                 "l'éditeur web : « Pays de la page »), ou retirez ses activités (« Activités »).", id="country-without-page"),
    *(pytest.param("pages", f"docs/{lang}/{OUTSIDE_PAGE}, ligne {COPY_COUNTRY_LINE[lang]}, colonne 1, champ « Pays de la page » (country) : le pays "
                   f"« {OUTSIDE} » n'est pas dans data/countries.yaml. Écrivez le code d'un pays du programme ({CODES}), "
                   "ou ajoutez le pays à data/countries.yaml.", id=f"country-page-without-country-{lang}")
      for lang in ("fr", "en")),
    # the page named by the country's slug keeps it, whatever the files' order (PROGRAMME12 F5)
    *(pytest.param("pages", f"docs/{lang}/{BARE_PAGE}, ligne {COPY_COUNTRY_LINE[lang]}, colonne 1, champ « Pays de la page » (country) : le pays "
                   f"« {MODEL.code} » a déjà sa page : docs/{lang}/{MODEL_PAGE}. Une seule page par pays : retirez "
                   "cette ligne de l'une des deux.", id=f"two-pages-for-one-country-{lang}") for lang in ("fr", "en")),
    pytest.param("pages", "docs/en/actualites.md : ce fichier manque : la page docs/fr/actualites.md n'a pas de "
                 "version en anglais. Si vous venez de supprimer cette page, supprimez aussi sa version en français, "
                 "docs/fr/actualites.md. Sinon, créez-le avec la traduction ; ou, en attendant qu'elle soit prête, avec ces "
                 "trois lignes seulement : « --- », « translation: pending », « --- » (le site montrera la version "
                 "en français, avec un avis).", id="missing-translation"),
    pytest.param("pages", f"docs/en/{THEMES}, ligne {_meta_line(FICTIF, f'docs/en/{THEMES}', 'title')}, colonne "
                 f"{len(f'title: {TITLE_EN[THEMES]}') + 1} : « : » inattendu. Si cette ligne est un "
                 "champ, alignez son indentation sur celle des champs voisins ; si c'est un texte qui contient "
                 "« : », mettez tout le texte entre guillemets droits (\"…\").", id="front-matter-syntax"),
    pytest.param("pages", f"docs/fr/{PROGRAMME_PAGE}, ligne {PROGRAMME_FR_BODY + 1} : cette page est marquée « translation: "
                 "pending » (en attente de traduction) mais a son propre texte : le site montrerait l'original à sa "
                 "place. Si la traduction est faite, retirez la ligne « translation: pending » de l'en-tête ; sinon, "
                 "retirez le texte.", id="pending-with-its-own-text"),
    pytest.param("pages", f"docs/en/{PROGRAMME_PAGE} : cette page et docs/fr/{PROGRAMME_PAGE} se disent toutes deux "
                 "traductions (translation ou translated_from dans leur en-tête). Retirez ces champs de la version "
                 "originale.", id="both-marked-as-translation"),
    *(pytest.param("pages", f"docs/{lang}/{COPIED}, ligne {line}, colonne 1, champ role : le rôle « contact » est déjà celui "
                   f"de docs/{lang}/{COPY}. Une seule page a un rôle donné : retirez cette ligne de l'une des deux.",
                   id=f"copied-page-keeps-its-role-{lang}")
      for lang, line in (("fr", _meta_line(FICTIF, f"docs/fr/{COPIED}", "role")), ("en", COPIED_ROLE))),
    pytest.param("pages", f"docs/en/{COPIED}, ligne {_COPIED_TITLE + 1}, colonne 1, champ « Traduction en attente » (translation) : on trouve « done », "
                 "mais la seule valeur permise est « pending » (page en attente de traduction). Une fois la "
                 "traduction faite, retirez cette ligne (dans l'éditeur : videz « Traduction en attente ») ; make translated "
                 "PAGE=… le fait aussi.", id="translation-mark-value"),
    pytest.param("pages", f"docs/en/{COPIED}, ligne {COPIED_SLUG}, colonne 1, champ « Fin de l'adresse (slug) » : l'adresse « {COPIED_EN_SLUG}/ » "
                 f"est déjà celle de docs/en/{COPY}. Donnez à l'une des deux pages un autre slug.",
                 id="copied-page-keeps-its-slug"),
    pytest.param("pages", f"docs/en/{COPY}, ligne {_meta_line(FICTIF, f'docs/en/{COPIED}', 'slug')}, colonne 1, champ « Fin de l'adresse (slug) » : "
                 f"l'adresse « {COPIED_EN_SLUG}/ » est aussi celle de docs/en/{COPIED}. Donnez à l'une des deux "
                 "pages un autre slug.", id="copied-page-keeps-its-slug-other-side"),
    pytest.param("pages", "docs/fr/actualites.md, ligne 1 : l'en-tête n'a pas de « description » (son résumé : "
                 "moteurs de recherche, partages). Ajoutez une ligne « description: … » entre les deux lignes "
                 "« --- ».", id="missing-description"),
    pytest.param("pages", f"docs/fr/{ASPIRATIONS}, ligne 1, colonne 1 : l'en-tête commence par "
                 "« --- » mais ne se termine jamais. Ajoutez une ligne « --- » après son dernier champ (ligne "
                 f"{FICTIF.text(f'docs/fr/{ASPIRATIONS}').splitlines().index('---', 1)}).",
                 id="front-matter-not-closed"),
    pytest.param("pages", f"mkdocs.yml, ligne {NAV_LINE} : la page « {COPY} » (docs/fr/{COPY}, docs/en/{COPY}) "
                 "n'est pas dans le menu. Dans l'éditeur web, choisissez sa « Place dans le menu » (la page après "
                 "laquelle elle apparaît), ou ajoutez-la dans « Menu du site » ; à la main, ajoutez une ligne "
                 f"« - {COPY} » sous « nav: », à l'endroit où elle "
                 "doit apparaître.", id="page-not-in-menu"),
    pytest.param("pages", f"mkdocs.yml, ligne {ADDED_MENU_LINE} : le menu (nav) contient « evenements.md », mais ni "
                 "docs/fr/evenements.md ni docs/en/evenements.md n'existe. Si la page a été supprimée par erreur "
                 "(« Supprimer l'entrée » dans l'éditeur), rétablissez-la : dans l'éditeur ouvert sur votre "
                 "ordinateur, bouton « Rétablir » en haut de l'écran ; dans GitHub Desktop, clic droit sur "
                 "docs/fr/evenements.md puis sur docs/en/evenements.md, « Discard changes » ; dans le terminal, "
                 "« git restore docs/fr/evenements.md docs/en/evenements.md » ; en ligne, demandez-le à l'équipe "
                 "technique (GitHub garde la page dans son historique). Si cette ligne est mal écrite, corrigez-la. "
                 "Ne la retirez du menu que pour retirer la page du site, dans les deux langues.",
                 id="menu-entry-without-page"),
    pytest.param("pages", f"docs/fr/{PARTNERS}, ligne {_meta_line(FICTIF, f'docs/fr/{PARTNERS}', 'template')}, colonne 1, "
                 "champ template : le gabarit « partenaires.html » n'est pas un gabarit de page du site. Gabarits de "
                 f"page : {PAGE_TEMPLATES} ; ou retirez cette ligne pour une page ordinaire.", id="unknown-template"),
    pytest.param("text", f"docs/en/{TEXT_A11Y}, ligne 1 : la page n'a pas d'en-tête. Ajoutez ces lignes en "
                 "haut du fichier : « --- », « title: … », « description: … », « --- ».", id="no-front-matter"),
    pytest.param("text", f"docs/en/{TEXT_THEMES}, ligne {_meta_line(ATELIER, f'docs/en/{TEXT_THEMES}', 'title')}, colonne "
                 "8, champ « Titre » (title) : « < » n'est pas permis dans « title » : ce texte est repris tel quel dans le code de "
                 "la page. Pour citer, utilisez les guillemets « … » en français, “…” en anglais ; pas de balise HTML ni de code "
                 "« &…; ».",
                 id="html-in-title"),
    pytest.param("text", f"docs/en/{TEXT_PAGE}, ligne {DESCRIPTION_EN}, colonne {len(DESCRIBED) + 1} : « {{{{ targets.{NUMBER.id} }}}} » "
                 "ne s'affiche que dans le texte de la page, pas dans son en-tête. Écrivez l'en-tête sans chiffre des "
                 "données.", id="placeholder-in-front-matter"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, END), id="year-typed"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, NUMBER), id="number-typed-en"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, SMALL), id="small-number-typed"),
    pytest.param("text", _typed("en", HEADING_EN + 2, EN_FIGURES, SHARE), id="percent-typed-en"),
    pytest.param("text", f"docs/en/{TEXT_PAGE}, ligne {HEADING_EN + 2}, colonne {EN_FIGURES.index('onerror') + 1} : "
                 "attribut HTML « onerror » interdit : il exécuterait un script. Retirez-le.", id="html-event-attribute"),
    pytest.param("text", f"docs/en/{TEXT_PAGE}, ligne {HEADING_EN + 4}, colonne 9 : lien « javascript:alert(1) » refusé : "
                 "son début « javascript: » n'est pas permis ; un lien mène à une adresse (https://…), à un courriel "
                 "(mailto:), à un téléphone (tel:) ou à une page du site (page.md).", id="script-link"),
    pytest.param("text", f"docs/fr/{TEXT_THEMES}, ligne {_meta_line(ATELIER, f'docs/fr/{TEXT_THEMES}', 'title')}, colonne 1, "
                 "champ « Titre » (title) : « title » doit être un texte, on trouve le nombre 12. Mettez le texte entre guillemets "
                 'droits ("…").', id="title-not-text"),
    pytest.param("text", f"docs/fr/{TEXT_PAGE}, ligne {HEADING_FR + 2}, colonne 1 : balise HTML <script> interdite dans une "
                 "page : le site n'exécute et n'intègre rien qui soit écrit en HTML dans les pages. Retirez-la ; "
                 "pour la mise en forme, utilisez le Markdown (**gras**, listes, [liens](page.md)).",
                 id="script-in-markdown"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, END), id="year-typed-fr"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, NUMBER), id="number-typed-fr"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, PEOPLE), id="millions-typed"),
    pytest.param("text", _typed("fr", HEADING_FR + 4, FR_FIGURES, SHARE), id="percent-typed-fr"),
    pytest.param("text", f"docs/fr/{TEXT_PAGE}, ligne {HEADING_FR + 6}, colonne 6 : « {{{{ cibles.canadiens }}}} » ne "
                 "correspond à aucune donnée (data/programme.yaml, data/countries.yaml). Données possibles : "
                 "{{ period.start }}, {{ period.end }}, "
                 + "".join(f"{{{{ targets.{t.id} }}}}, " for t in ATELIER.data.programme.targets)
                 + "{{ period }}, {{ countries.count }}.", id="unknown-placeholder"),
    pytest.param("text", f"docs/fr/{TEXT_PAGE}, ligne {HEADING_FR + 6}, colonne {UNKNOWN_LINE.index(MISSPELT) + 1} : le "
                 f"lien « {MISSPELT} » mène à un fichier qui n'existe pas. Un lien vers une page du site donne le nom de "
                 f"son fichier .md, relatif à cette page. Vouliez-vous dire « {THEMES_PATH} » ?", id="broken-link"),
    pytest.param("text", f"docs/fr/{TEXT_PAGE}, ligne {HEADING_FR + 8}, colonne {OTHER_HOST_IMAGE.index('https') + 1} : "
                 "image d'un autre site (https://example.net/logo.png) : le site ne charge rien depuis un autre site, "
                 "pour la vie privée de ses lecteurs. Enregistrez l'image dans docs/ et liez-la par son nom de fichier.",
                 id="image-from-another-host"),
    pytest.param("text", f"docs/fr/{TEXT_PAGE}, ligne {HEADING_FR + 10}, colonne {BACKSLASH_COLUMN} : "
                 "adresse d'image « \\example.net/logo.png » refusée : elle contient « \\ », qu'un navigateur lit "
                 "« / » (et d'autres programmes autrement) : écrivez « / ».", id="image-address-with-a-backslash"),
]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, programme_site) -> Callable[[str], tuple[BuildResult, str]]:
    """Publish the programme copy of a group (once per module): the result and the previous site's digest."""
    return group_publisher(GROUPS, tmp_path_factory, programme_site)


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
    assert [problem for problem in expected if result.output.count(problem) != 1] == [], result.output  # said once
    assert "Traceback" not in result.output


FIGURES = [DataFigure("targets.people", 2_000_000, "compact", ""), DataFigure("targets.visits", 2_500_000, "compact", ""), DataFigure("targets.women", 75, "percent", ""),
           DataFigure("targets.canadians", 15_000, "number", ""), DataFigure("period.start", 2020, "year", "")]


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("15 000 et 15\u00a0000 et 15\u202f000 et 15,000 et 15000", ["15 000", "15\u00a0000", "15\u202f000", "15,000", "15000"]),
        ("2 millions, 2 million, 2\u00a0millions, 2 000 000", ["2 millions", "2 million", "2\u00a0millions", "2 000 000"]),
        ("2,5 millions, 2.5 million, 2,5\u00a0millions, 2,5, 2.5", ["2,5 millions", "2.5 million", "2,5\u00a0millions"]),
        ("75 %, 75\u00a0%, 75%, 75 pour cent, 75 percent", ["75 %", "75\u00a0%", "75%", "75 pour cent", "75 percent"]),
        ("depuis 2020.", ["2020"]),
        ("75 ans, 2 personnes, 2 m, 150 000, 115 000, 20 200, 2020s, 12020, v2020, 1,5 million, 2,020", []),
    ],
    ids=["number-forms", "compact-forms", "compact-forms-with-tenths", "percent-forms", "year", "other-numbers-left-alone"],
)
def test_typed_figures_are_the_data_figures_only(line: str, typed: list[str]) -> None:
    assert [text for _, text, _ in typed_figures(line, FIGURES)] == typed


# A page the build cannot read (too big, a line too long, too many signs Markdown is slow on, not UTF-8) is named
# alone: nothing else is judged from what it would have held (red team 7: an oversize themes page first reported
# its themes' anchors as missing in data/programme.yaml).
@pytest.mark.parametrize(("change", "expected"), [
    (lambda text: text + "\nligne\n" * 200_000, "fichier trop gros"),
    (lambda text: text + "\n" + "x" * 6000 + "\n", "ligne trop longue"),
    (lambda text: text + "\n" + "&amp;\n" * 1001, "trop de « & » dans la page"),
    (lambda text: text.encode("utf-8") + "é".encode("latin-1"), "le fichier n'est pas encodé en UTF-8"),
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unreadable_themes_page_is_named_alone(tmp_path: Path, lang: str, change: Callable, expected: str) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / lang / FICTIF.page_with_role("themes")
    changed = change(page.read_text(encoding="utf-8"))
    page.write_bytes(changed if isinstance(changed, bytes) else changed.encode("utf-8"))
    problems = [str(p) for p in all_problems(project)]
    assert len(problems) == 1 and problems[0].startswith(f"docs/{lang}/{FICTIF.page_with_role('themes')}"), problems
    assert expected in problems[0], problems


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_link_to_an_anchor_another_page_lacks_is_named_by_the_check(tmp_path: Path, lang: str) -> None:
    """PROGRAMME4: `make check` let a link to « themes.md#sky-storie » through; only the build named it."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    themes, programme = FICTIF.page_with_role("themes"), FICTIF.page_with_role("programme")
    anchor = FICTIF.data.programme.themes[0].anchor.in_(lang)
    target = f"{posixpath.relpath(themes, posixpath.dirname(programme) or '.')}#{anchor[:-1]}"
    page = project / "docs" / lang / programme
    text = page.read_text(encoding="utf-8").rstrip("\n") + f"\n\nVoir [ce thème]({target}).\n"
    page.write_text(text, encoding="utf-8")
    line = text.count("\n")
    assert [str(p) for p in all_problems(project)] == [
        f"docs/{lang}/{programme}, ligne {line}, colonne {len('Voir [ce thème](') + 1} : le lien « {target} » mène à "
        f"l'ancre « #{anchor[:-1]} » de docs/{lang}/{themes}, qui n'a pas cette ancre (un titre renommé ?). Corrigez "
        f"le lien ou l'ancre. Vouliez-vous dire « #{anchor} » ?"]


def test_a_menu_entry_pasted_twice_is_refused_at_its_second_line(tmp_path: Path) -> None:
    """Red team 11 (L1): the page showed twice in every menu and its « next » link went back to it, silently."""
    project_copy = assemble_programme(FICTIF.folder, tmp_path / "project")
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    lines = text.split("\n")
    first = next(number for number, line in enumerate(lines) if re.fullmatch(r"\s+- [^:]+\.md", line) and number > 2)
    config.write_text("\n".join([*lines[:first + 1], lines[first], *lines[first + 1:]]), encoding="utf-8")
    path = lines[first].strip()[2:]
    problems = [p for p in all_problems(project_copy) if p.file == "mkdocs.yml"]
    assert [(p.line, f"« {path} » 2 fois" in p.message) for p in problems] == [(first + 2, True)], problems


def test_a_menu_page_deleted_in_the_editor_is_told_how_to_restore_it_first(tmp_path: Path) -> None:
    """STAFF8 F3: « Supprimer l'entrée » on a page of the menu deletes both its files; the message's first advice
    was to remove its menu line, which passes every check and loses the page in silence. It now says first how to
    restore both files, and removing the line comes last, as what removes the page from the site."""
    project_copy = assemble_programme(FICTIF.folder, tmp_path / "project")
    lines = (project_copy / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    path = PARTNERS  # the page the play-test deleted: its partners are then shown nowhere
    number = next(number for number, line in enumerate(lines) if re.fullmatch(rf"\s+- ([^:]+: )?{re.escape(path)}", line))
    for lang in ("fr", "en"):
        (project_copy / "docs" / lang / path).unlink()  # what the editor's « Supprimer l'entrée » does
    problems = [p for p in all_problems(project_copy) if p.file == "mkdocs.yml" and f"« {path} »" in p.message]
    assert [p.line for p in problems] == [number + 1], problems
    message = problems[0].message
    shown = [p for p in all_problems(project_copy) if p.file == "data/partners.yaml"]
    if FICTIF.data.partners.groups:  # shown nowhere now
        assert len(shown) == 1 and "rétablissez-la" in shown[0].message and "« partners »" in shown[0].message, shown
        assert "bouton « Rétablir »" in shown[0].message, shown  # the way back in the editor, said first (STAFF10)
    else:
        assert shown == [], shown
    restore = message.index("rétablissez-la")
    assert restore < message.index("retirez du menu") and message.index("n'existe") < restore
    assert all(f"docs/{lang}/{path}" in message[restore:message.index("retirez du menu")] for lang in ("fr", "en"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_role_removed_from_one_language_only_is_refused_naming_the_other(tmp_path: Path, lang: str) -> None:
    """PROGRAMME10 F1 (high): « role: partners » removed from one language's page only built in silence, and that
    language's page lost its partners (the role was read from the other). Refused at that page, naming the page
    that still has it; a pending translation, which shows its original (role included), is not."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    other = "en" if lang == "fr" else "fr"
    edit(project / "docs" / lang / PARTNERS, "role: partners\n", "")
    role_line = _meta_line(FICTIF, f"docs/{other}/{PARTNERS}", "role")
    problems = [str(p) for p in all_problems(project)]
    assert problems == [
        f"docs/{lang}/{PARTNERS}, ligne 1 : l'en-tête de cette page n'a pas de « role: », mais sa version "
        f"{'anglaise' if other == 'en' else 'française'}, docs/{other}/{PARTNERS}, dit « role: partners » (ligne "
        f"{role_line}) : sans lui, cette page-ci ne montrerait pas ce que le site met dans la page des partenaires "
        "(pied de page). Ajoutez la ligne « role: partners » dans son en-tête, entre les deux lignes « --- » ; ou, si "
        f"la page ne joue plus ce rôle, retirez aussi cette ligne de docs/{other}/{PARTNERS}."], problems
    if lang == "en":
        (project / "docs" / "en" / PARTNERS).write_text("---\ntranslation: pending\n---\n", encoding="utf-8")
        assert [str(p) for p in all_problems(project) if "role" in str(p)] == []


def test_an_english_page_renamed_alone_is_told_to_take_the_french_name_once(tmp_path: Path) -> None:
    """PROGRAMME10 F7: docs/en/a-propos/donnees.md renamed open-data.md gave three messages: create the English
    page, create a French open-data.md, and add it to the menu (following the last two made a duplicate page). One
    message now says it is one page renamed on one side, and which name to give it back."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    path = FICTIF.page_with_role("open-data")
    renamed = posixpath.join(posixpath.dirname(path), "renamed-page.md")
    (project / "docs" / "en" / path).rename(project / "docs" / "en" / renamed)
    has_slug = "\nslug: " in FICTIF.text(f"docs/en/{path}")
    assert [str(p) for p in all_problems(project)] == [
        f"docs/en/{renamed} : ce fichier n'a pas de version en français, et docs/fr/{path} n'a pas de version en "
        "anglais : c'est sans doute la même page, renommée d'un seul côté. Les deux versions d'une page ont le même "
        f"nom de fichier (l'adresse en anglais vient de son « slug: »). Renommez docs/en/{renamed} en docs/en/{path}"
        + ("." if has_slug else " ; si son nom doit rester dans son adresse, donnez-lui « slug: renamed-page ».")]


def test_a_country_slug_that_is_not_its_page_s_file_name_is_refused(tmp_path: Path) -> None:
    """PROGRAMME10 F13: « slug: india » in the data for a page inde.md was accepted without a word."""
    country = next(c for c in FICTIF.data.countries if c.slug and FICTIF.page_of_country(c.code))
    page = FICTIF.page_of_country(country.code)
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    edit(project / "data" / "countries.yaml", f"slug: {country.slug}\n", f"slug: {country.slug}-x\n")
    line = FICTIF.line_of("data/countries.yaml", f"slug: {country.slug}")
    index = [c.code for c in FICTIF.data.countries].index(country.code)
    assert [str(p) for p in all_problems(project)] == [
        f"data/countries.yaml, ligne {line}, {ordinal(index)} pays (countries), champ « Nom de la page » (slug) : "
        f"« slug: {country.slug}-x » n'est pas le nom de la page de ce pays, docs/fr/{page} : l'éditeur web et le menu "
        f"la chercheraient sous {country.slug}-x.md. Écrivez « slug: {page.rsplit('/', 1)[-1][:-3]} », le nom de son "
        "fichier (sans « .md »)."]


@pytest.mark.parametrize(("typed", "langs"), [("country: {code_lower}\n", ("fr",)), ("title:\t", ("fr",)),
                                              ("title:\t", ("fr", "en"))])
def test_a_country_page_whose_header_is_broken_gets_its_own_problem_and_no_knock_on_one(
        tmp_path: Path, typed: str, langs: tuple[str, ...]) -> None:
    """PROGRAMME11 F5: « country: in », or a tab after « title: », in the country's page had the data told first to
    write « slug: inde », what it said already (and, both versions broken, that the country had no page)."""
    country = next(c for c in FICTIF.data.countries if c.slug and c.activities)
    page = FICTIF.page_of_country(country.code)
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    for lang in langs:
        old = f"country: {country.code}\n" if typed.startswith("country") else "title: "
        edit(project / "docs" / lang / page, old, typed.format(code_lower=country.code.lower()))
    problems = all_problems(project)
    assert problems and {p.file for p in problems} == {f"docs/{lang}/{page}" for lang in langs}, problems


def test_an_empty_header_is_said_empty_with_the_title_to_write(tmp_path: Path) -> None:
    """PROGRAMME11 F6: « --- » twice, nothing between, was said « ne se termine jamais »; it is closed, and empty."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    name = f"docs/fr/{ASPIRATIONS}"
    text = (project / name).read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    (project / name).write_text(f"---\n---\n{body}", encoding="utf-8")
    heading = next(line[2:] for line in body.splitlines() if line.startswith("# "))
    assert [str(p) for p in all_problems(project)] == [
        f"{name}, ligne 1, colonne 1 : l'en-tête, entre les deux lignes « --- », est vide : une page y a besoin au "
        f"moins de son titre et de son résumé. Écrivez entre ces deux lignes « title: {heading} » et « description: "
        "… » (une phrase qui dit ce que la page présente)."]


def test_an_emptied_translation_is_said_empty_alone_with_the_pending_page_to_write(tmp_path: Path) -> None:
    """PROGRAMME11 F8: an English file emptied (0 bytes) was first told its address had a French word, then that it had
    no header, and not how to mark a translation still to do."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    name = f"docs/en/{ASPIRATIONS}"
    (project / name).write_text("", encoding="utf-8")
    assert [str(p) for p in all_problems(project)] == [
        f"{name}, ligne 1 : le fichier est vide : une page a besoin d'un en-tête (« --- », « title: … », « description: "
        "… », « --- ») puis de son texte. S'il a été vidé par erreur, rétablissez-le (GitHub Desktop : clic droit sur "
        "le fichier, « Discard changes » ; en ligne, demandez-le à l'équipe technique). Si sa traduction est à faire, "
        "écrivez plutôt ces trois lignes seulement : « --- », « translation: pending », « --- » (le site montrera la "
        "version en français, avec un avis)."]


def test_the_two_versions_of_a_country_page_naming_two_countries_are_told_so(tmp_path: Path) -> None:
    """PROGRAMME11 F11 (B8): « country: PH » in the English page of India (IN in French) was told « le pays « PH » a
    déjà sa page », at the Philippines' page, without a word of the two versions disagreeing."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    edit(project / "docs" / "en" / MODEL_PAGE, f"country: {MODEL.code}\n", f"country: {BARE.code}\n")
    assert [str(p) for p in all_problems(project)] == [
        f"docs/en/{MODEL_PAGE}, ligne {COUNTRY_LINE['en']}, colonne 1, champ « Pays de la page » (country) : « country: "
        f"{BARE.code} », mais sa version en français, docs/fr/{MODEL_PAGE}, dit « country: {MODEL.code} » : les deux "
        f"versions d'une page décrivent le même pays. Écrivez « country: {MODEL.code} », ou changez les deux."]


def test_a_country_page_titled_with_another_country_s_name_is_refused(tmp_path: Path) -> None:
    """PROGRAMME11 F10 (N37): the English page of India titled « China » (title and heading) was published."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    own, other = (country_name(code, "en") for code in (MODEL.code, BARE.code))
    title = FICTIF.field(f"docs/en/{MODEL_PAGE}", "title")
    edit(project / "docs" / "en" / MODEL_PAGE, f"title: {title}\n", f"title: {other}\n")
    edit(project / "docs" / "en" / MODEL_PAGE, f"\n# {title}\n", f"\n# {other}\n")
    assert [str(p) for p in all_problems(project)] == [
        f"docs/en/{MODEL_PAGE}, ligne {_meta_line(FICTIF, f'docs/en/{MODEL_PAGE}', 'title')}, colonne 1, champ « Titre » "
        f"(title) : le titre « {other} » nomme « {other} » ({BARE.code}), mais cette page décrit « {own} » (country: "
        f"{MODEL.code}). Corrigez le titre et la ligne « # … » du texte, ou le code du pays."]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_country_page_deleted_in_one_language_is_said_once_with_the_other_to_delete(tmp_path: Path, lang: str) -> None:
    """STAFF12: « Supprimer l'entrée » on a country's page deletes only its language's file (a page of a sub-folder is
    one entry per language). With the French one gone, the data was also told « slug: x n'est pas le nom de la page de
    ce pays … Écrivez « slug: x » », what it said; and the file left was told only to be translated. One message: the
    missing file, which says to delete the other version too if the page was deleted, and where."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / "docs" / lang / MODEL_PAGE).unlink()
    other = next(o for o in ("fr", "en") if o != lang)
    problems = [str(problem) for problem in all_problems(project)]
    assert len(problems) == 1 and problems[0].startswith(f"docs/{lang}/{MODEL_PAGE} : ce fichier manque : "), problems
    assert (f"Si vous venez de supprimer cette page, supprimez aussi sa version en {LANGUAGE_NAMES[other]}, "
            f"docs/{other}/{MODEL_PAGE} (dans l'éditeur web : la liste « ") in problems[0], problems
    assert f", la page « {FICTIF.field(f'docs/{other}/{MODEL_PAGE}', 'title')} », bouton « Supprimer l'entrée »)" in problems[0]


@pytest.mark.parametrize("in_menu", [False, True])
def test_a_country_page_outside_the_countries_folder_is_said_where_it_goes(tmp_path: Path, in_menu: bool) -> None:
    """STAFF12 M-c: a country's page copied to docs/fr/<pays>.md (not the countries' folder) was told only that its
    country « a déjà sa page », at the right page first; following that gave two pages of one country, accepted. The
    copy is said at its `country:` line: where a country's page goes, and that the country has its page there. Then
    (its knock-on) « pas dans le menu » followed for the same slip: one slip, one message in each language; the menu's
    line is named only when the menu has one."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    folder, name = posixpath.split(MODEL_PAGE)
    for lang in ("fr", "en"):
        shutil.copy(project / "docs" / lang / MODEL_PAGE, project / "docs" / lang / name)
    if in_menu:
        edit(project / "mkdocs.yml", "\nnav:\n", f"\nnav:\n  - {name}\n")
    problems = [str(problem) for problem in all_problems(project)]
    menu = f", et retirez-la du menu (« Menu du site » dans l'éditeur web ; à la main, sa ligne « - {name} » de mkdocs.yml)."
    for lang in ("fr", "en"):
        assert any(problem.startswith(f"docs/{lang}/{name}, ligne {COUNTRY_LINE[lang]}, colonne 1, champ « Pays de la "
                   f"page » (country) : cette page décrit un pays (country: {MODEL.code}), mais une page de pays va dans "
                   f"docs/{lang}/{folder}/") and f"Ce pays y a déjà sa page, docs/{lang}/{MODEL_PAGE}" in problem
                   and problem.endswith(menu if in_menu else "supprimez ce fichier-ci.") for problem in problems), problems
    assert len(problems) == 2, problems
