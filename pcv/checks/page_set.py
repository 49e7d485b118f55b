"""Checks of the set of pages in docs/: both languages, their templates, the menu.

(Each page's front matter: pcv/pages/front_matter.py; roles and country pages: pcv/pages/roles.py.)

Each check returns `Problem`s in French, with the file, the line and what to do.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from pcv.checks.copied_text import COPY_SAID, is_copy, misplaced_pages
from pcv.checks.misplaced_advice import misplaced_advice
from pcv.checks.page_text import ALT_IN
from pcv.pages.links import file_part, images
from pcv.data.models import LANGUAGE_NAMES, SiteData
from pcv.look_alike import look_alike_note
from pcv.problems import Problem, visible
from pcv.languages.translations import is_marked
from pcv.pages.page_header import PENDING, PENDING_PAGE
from pcv.pages.addresses import page_address, slug_segments
from pcv.pages.front_matter import meta_line
from pcv.pages.markdown import LANGUAGES, MarkdownPage, not_a_page
from pcv.pages.roles import CALL_TEMPLATE, TEMPLATES, known_roles, role_template

Pages = dict[tuple[str, str], MarkdownPage]


def renamed_pages(pages: Pages) -> dict[str, str]:
    """The pages renamed in one language only: the one page of a folder that only one language has, for the one page
    of that folder that only the other has ({"a-propos/open-data.md": "a-propos/donnees.md"}, either way)."""
    alone: dict[tuple[str, str], list[str]] = {}
    for lang, path in sorted(pages):
        if (next(o for o in LANGUAGES if o != lang), path) not in pages:
            alone.setdefault((lang, posixpath.dirname(path)), []).append(path)
    renamed = {}
    for (lang, folder), paths in alone.items():
        others = [paths_ for (other, place), paths_ in alone.items() if other != lang and place == folder]
        if len(paths) == 1 and len(others) == 1 and len(others[0]) == 1:
            renamed[paths[0]] = others[0][0]
    return renamed


def parity_problems(pages: Pages, misnamed: set[str] = frozenset()) -> Iterator[Problem]:
    """Every page exists in both language folders (a page renamed in one only, said once as such; one whose file
    `misnamed` holds, casefolded, such as « metiers.MD », said as such: PROGRAMME12 F4); at most one version says it
    is a translation."""
    renamed = renamed_pages(pages)
    misplaced = misplaced_pages(pages)
    for (lang, path), page in sorted(pages.items()):
        other = next(o for o in LANGUAGES if o != lang)
        if page.name in misplaced:  # STAFF11 H4, REDTEAM23 L1: a page in the other language's folder, said once
            yield Problem(page.name, 1, None, misplaced_advice(lang, path, pages.get((other, path))))
        elif path in renamed and lang != LANGUAGES[0]:  # PROGRAMME10 F7: three messages, two of them misleading
            original = renamed[path]
            yield Problem(page.name, None, None, f"ce fichier n'a pas de version en {LANGUAGE_NAMES[other]}, et "
                f"docs/{other}/{original} n'a pas de version en {LANGUAGE_NAMES[lang]} : c'est sans doute la même "
                f"page, renommée d'un seul côté. Les deux versions d'une page ont le même nom de fichier (l'adresse "
                f"en {LANGUAGE_NAMES[lang]} vient de son « slug: »). Renommez {page.name} en docs/{lang}/{original}"
                + ("." if "slug" in page.meta else f" ; si son nom doit rester dans son adresse, donnez-lui « slug: "
                   f"{path.rsplit('/', 1)[-1].removesuffix('.md')} »."))
        elif path in renamed:
            continue
        elif (other, path) not in pages:
            if f"docs/{other}/{path}".casefold() not in misnamed:
                yield Problem(f"docs/{other}/{path}", None, None,
                    f"ce fichier manque : la page docs/{lang}/{path} n'a pas de version en {LANGUAGE_NAMES[other]}. "
                    f"{_deleted_advice(pages, lang, path)}Sinon, créez-le avec la traduction ; ou, en attendant "
                    f"qu'elle soit prête, avec ces trois lignes seulement : {PENDING_PAGE} (le site montrera la "
                    f"version en {LANGUAGE_NAMES[lang]}, avec un avis).")
        elif lang == LANGUAGES[1] and page.meta.get("translation") != PENDING and is_copy(pages[(other, path)], page):
            yield Problem(page.name, page.front_matter_lines + 1, None,
                f"{COPY_SAID} docs/{other}/{path}, mot pour mot : le site en "
                f"{LANGUAGE_NAMES[lang]} le montrerait en {LANGUAGE_NAMES[other]} (dans l'éditeur web, « Remplir "
                f"depuis l'autre langue » copie l'autre colonne). Traduisez-le ; ou, en attendant, remplacez ce "
                f"fichier par ces trois lignes seulement : {PENDING_PAGE} (le site montrera la version en "
                f"{LANGUAGE_NAMES[other]}, avec un avis).")
        elif lang == "en" and is_marked(page) and is_marked(pages[("fr", path)]):
            yield Problem(page.name, None, None,
                f"cette page et docs/fr/{path} se disent toutes deux traductions (translation ou "
                "translated_from dans leur en-tête). Retirez ces champs de la version originale.")


def _deleted_advice(pages: Pages, lang: str, path: str) -> str:
    """What to do when the other version was deleted on purpose: delete this one too; for a page of a sub-folder, where
    in the web editor, whose « Supprimer l'entrée » deletes only its own language's file there (STAFF12: the page
    left alone was told to be translated)."""
    where = ""
    if "/" in path:
        section = posixpath.dirname(path)
        index = pages.get((LANGUAGES[0], f"{section}/index.md"))
        title = pages[(lang, path)].title
        where = (f" (dans l'éditeur web : la liste « {visible(index.title if index and index.title else section)} » "
                 f"en {LANGUAGE_NAMES[lang]}" + (f", la page « {visible(title)} »" if title else "")
                 + ", bouton « Supprimer l'entrée »)")
    return f"Si vous venez de supprimer cette page, supprimez aussi sa version en {LANGUAGE_NAMES[lang]}, docs/{lang}/{path}{where}. "


def address_problems(pages: Pages, reserved: set[str]) -> Iterator[Problem]:
    """Each page's address (its `slug:`, checked with the front matter) is its own in its language,
    and outside the site's own folders."""
    taken: dict[tuple[str, str], tuple[str, int | None]] = {}  # (page, its slug's line) by address
    for (lang, path), page in sorted(pages.items()):
        address, line = page_address(pages, lang, path), meta_line(page, "slug")
        depth = path.removesuffix("index.md").removesuffix(".md").strip("/").count("/") + 1
        if len(slug_segments(page.meta.get("slug"))) > depth:
            yield Problem(page.name, line, 1, f"le slug « {page.meta['slug']} » a plus de parties que le chemin de "
                f"la page ({path}) : il en nomme au plus {depth}, séparées par « / ». Raccourcissez-le.", "slug")
        elif address.split("/")[0] in reserved:
            yield Problem(page.name, line, 1, f"l'adresse « {address} » est réservée au site (dossiers "
                f"{', '.join(sorted(reserved))}). Choisissez un autre slug.", "slug")
        elif (lang, address) in taken:  # said at both pages: either may be the one whose slug changed
            other, other_line = taken[(lang, address)]
            yield Problem(page.name, line, 1, f"l'adresse « {address} » est déjà celle de "
                f"{other}. Donnez à l'une des deux pages un autre slug.", "slug")
            yield Problem(other, other_line, 1 if other_line else None, f"l'adresse « {address} » est aussi celle "
                f"de {page.name}. Donnez à l'une des deux pages un autre slug.", "slug")
        else:
            taken[(lang, address)] = (page.name, line)


def photo_language_problems(pages: Pages) -> Iterator[Problem]:
    """A photo's alt text is in its page's language: not the other version's, copied."""
    for (lang, path), page in sorted(pages.items()):
        other = next(o for o in LANGUAGES if o != lang)
        if lang == LANGUAGES[0] or (other, path) not in pages:
            continue
        originals = {(file_part(src), alt) for _, _, alt, src in images(pages[(other, path)])}
        for number, column, alt, src in images(page):
            if alt and (file_part(src), alt) in originals:
                language, example = ALT_IN[lang]
                yield Problem(page.name, number, column,
                    f"le texte de remplacement de la photo « {posixpath.basename(file_part(src))} » est celui de "
                    f"docs/{other}/{path} : écrivez-le {language}, par exemple ![{example}]({src}).")


def template_problems(pages: Pages, templates: set[str], page_templates: list[str],
                      data: SiteData | None) -> Iterator[Problem]:
    """A page's `template:` names one of the page templates, and the one of the page's role, if its role has one;
    a role's template on another page is refused too (red team 16 F7: `template: home.html` on the contact page
    dropped its « #signaler » section, and the built site's check then blamed the 15 pages whose footer links there)."""
    roles: dict[str, str] = {}  # each page's role, declared in either language (the first language's first)
    for (_, path), page in sorted(pages.items(), key=lambda item: LANGUAGES.index(item[0][0])):
        if isinstance(page.meta.get("role"), str):
            roles.setdefault(path, page.meta["role"])
    owned = {template: role for role, template in TEMPLATES.items()} | {CALL_TEMPLATE: None}
    for (_, path), page in pages.items():
        template = page.meta.get("template")
        if template is None:
            continue
        if template not in templates:
            yield Problem(page.name, meta_line(page, "template"), 1,
                f"le gabarit « {template} » n'est pas un gabarit de page du site. Gabarits de page : "
                f"{', '.join(page_templates)} ; "
                "ou retirez cette ligne pour une page ordinaire." + look_alike_note(str(template)), "template")
            continue
        own = role_template(path, {"role": roles.get(path)}, data)
        if own is not None and template != own:
            yield Problem(page.name, meta_line(page, "template"), 1,
                f"le gabarit « {template} » n'est pas celui de cette page, {_role_name(roles[path], data)} : elle se "
                f"dessine avec « {own} », qui écrit ses sections et les ancres que le site vise (pied de page, "
                "accueil). Retirez cette ligne : le rôle de la page choisit son gabarit.", "template")
        elif own is None and template in owned and not (template == CALL_TEMPLATE and data is None):  # (calls unknown)
            role = owned[template]
            whose = _role_name(role, data) if role else "la page d'un appel à l'action (data/programme.yaml)"
            yield Problem(page.name, meta_line(page, "template"), 1,
                f"le gabarit « {template} » est celui d'une autre page, {whose} : ici, il dessinerait une page qui "
                "n'est pas celle-là, et les liens du site vers ses sections mèneraient nulle part. Retirez cette ligne "
                "(une page ordinaire n'en a pas besoin).", "template")


def _role_name(role: str, data: SiteData | None) -> str:
    """What the page of `role` is, in French, for messages."""
    return "la page d'accueil" if role == "home" else known_roles(data).get(role, f"la page « {role} »")


def _restore_advice(path: str) -> str:
    """How a page deleted by mistake (« Supprimer l'entrée » in the editor deletes both languages' files) comes
    back, said first: removing its menu line passes every check, and the page is then gone from the site in silence
    (staff play-test 8 F3)."""
    return ("Si la page a été supprimée par erreur (« Supprimer l'entrée » dans l'éditeur), rétablissez-la : dans "
            "l'éditeur ouvert sur votre ordinateur, bouton « Rétablir » en haut de l'écran ; dans "
            f"GitHub Desktop, clic droit sur docs/fr/{path} puis sur docs/en/{path}, « Discard changes » ; dans le "
            f"terminal, « git restore docs/fr/{path} docs/en/{path} » ; en ligne, demandez-le à l'équipe technique "
            "(GitHub garde la page dans son historique).")


def nav_problems(pages: Pages, nav: tuple[str, ...], mkdocs_yml: str) -> Iterator[Problem]:
    """Every page is in the menu (nav: in mkdocs.yml) once, and every page of the menu exists."""
    paths = {path for _, path in pages}
    nav_line = _line_of(mkdocs_yml, r"nav:")
    swallowed: set[str] = set()  # the pages of a section whose title lacks its « : », said with it
    for path in nav:
        if path not in paths and (section := _colonless_section(path, mkdocs_yml)):
            line, title, first = section
            swallowed |= {part.strip() for part in path.split(" - ")[1:]}
            yield Problem("mkdocs.yml", line, None, f"la section « {title} » n'a pas de « : » à la fin de sa ligne : "
                          f"sans lui, les lignes en dessous (« {first} » et les suivantes) sont lues comme la suite de "
                          f"son nom, et leurs pages sortent du menu. Écrivez « - {title}: ».")
        elif path not in paths:
            line = _line_of(mkdocs_yml, rf"\s*-\s*(.*:\s*)?{re.escape(path)}\s*") or nav_line
            same = posixpath.normpath(path).lstrip("/")
            if reason := not_a_page(same):
                yield Problem("mkdocs.yml", line, None, f"le menu (nav) contient « {path} », qui ne serait pas "
                              f"publiée : {reason}, et cette ligne du menu avec elle.")
                continue
            cased = next((known for known in sorted(paths) if known.lower() == same.lower()), None)
            yield Problem("mkdocs.yml", line, None, (
                f"le menu (nav) contient « {path} », qui désigne la page « {same} » autrement : écrivez « {same} », "
                "son chemin depuis docs/fr/ (sans « ./ », « .. » ni « // »), comme ailleurs dans le menu."
                if same in paths else  # PROGRAMME11 F11: « Inde.md » was told to be restored by git
                f"le menu (nav) contient « {path} », mais la page s'écrit « {cased} » (docs/fr/{cased}) : les "
                f"majuscules et les minuscules d'un nom de fichier comptent. Écrivez « {cased} »." if cased else
                f"le menu (nav) contient « {path} », mais ni docs/fr/{path} ni docs/en/{path} n'existe. "
                + _restore_advice(path) + " Si cette ligne est mal écrite, corrigez-la." + look_alike_note(path)
                + " Ne la retirez du menu que pour retirer la page du site, dans les deux langues."))
    for path in sorted({path for path in nav if nav.count(path) > 1}, key=nav.index):
        lines = _lines_of(mkdocs_yml, rf"\s*-\s*(.*:\s*)?{re.escape(path)}\s*")
        yield Problem("mkdocs.yml", lines[1] if len(lines) > 1 else nav_line, None,
            f"le menu (nav) contient « {path} » {nav.count(path)} fois : la page y apparaîtrait à chaque fois, et "
            "ses liens « suivant » et « précédent » tourneraient en rond. Gardez une seule de ces lignes (celle de "
            "l'endroit où la page doit apparaître) et retirez les autres.")
    listed = {posixpath.normpath(path).lstrip("/") for path in nav}
    listed |= {known for known in paths if known.lower() in {path.lower() for path in listed}}  # (said above)
    renamed = {path for path, original in renamed_pages(pages).items() if original in listed}  # said as such
    for path in sorted(paths - listed - renamed - swallowed):  # (another spelling: above)
        yield Problem("mkdocs.yml", nav_line, None,
            f"la page « {path} » (docs/fr/{path}, docs/en/{path}) n'est pas dans le menu. Dans l'éditeur web, "
            "choisissez sa « Place dans le menu » (la page après laquelle elle apparaît), ou ajoutez-la dans « Menu "
            "du site » ; à la main, ajoutez une ligne "
            f"« - {path} » sous « nav: », à l'endroit où elle doit apparaître.")


def _colonless_section(entry: str, mkdocs_yml: str) -> tuple[int, str, str] | None:
    """The line, title and first line under it of a menu section written without its « : » (STAFF11 H9), which YAML
    reads with the lines under it as one text: « Où nous travaillons - activites/index.md - … »; None for another
    entry."""
    title = entry.split(" - ", 1)[0].strip()
    lines = mkdocs_yml.split("\n")
    for number in _lines_of(mkdocs_yml, rf"(\s*)-\s+{re.escape(title)}\s*") if " - " in entry else ():
        below = next((line for line in lines[number:] if line.strip()), "")
        if below.lstrip().startswith("- ") and len(below) - len(below.lstrip()) > lines[number - 1].index("-"):
            return number, title, below.strip()
    return None


def _line_of(text: str, pattern: str) -> int | None:
    """The number of the first line of `text` that matches `pattern` entirely."""
    return next(iter(_lines_of(text, pattern)), None)


def _lines_of(text: str, pattern: str) -> list[int]:
    """The numbers of the lines of `text` that match `pattern` entirely."""
    return [number for number, line in enumerate(text.splitlines(), start=1) if re.fullmatch(pattern, line)]
