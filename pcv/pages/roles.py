"""Which page plays which part of the site, declared once in its front matter, whatever its file name.

A page says `role: partners` (or `role: volunteer`, the id of one of the
programme's calls to action) and the templates find it by that role: the
footer links to it, the home page's buttons lead to it. A part whose page
does not exist is not drawn. A country's page says `country: BJ`, wherever
it lives under docs/. The home page is `index.md`, the address of each
language's root.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from pcv.data.models import LANGUAGE_NAMES, Country, SiteData
from pcv.data.rules import COUNTRY_CODES
from pcv.data.yaml_source import Problem
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.text.formatting import country_name

HOME = "index.md"
# The parts of a site the engine knows, and what each page is, for messages.
ROLES = {
    "programme": "la page qui présente le programme (bouton « Découvrir le programme » de l'accueil)",
    "themes": "la page qui décrit les thèmes, avec une ancre par thème (liens des thèmes de l'accueil)",
    "activities": "la page des pays du programme, avec la carte (lien « Tous les pays » des pages de pays)",
    "partners": "la page des partenaires (pied de page)",
    "contact": "la page pour joindre l'équipe (pied de page)",
    "accessibility": "la déclaration d'accessibilité (pied de page)",
    "open-data": "la page des données ouvertes, qui liste les fichiers publiés (pied de page)",
}
# The engine's page template of each role (overrides/): a page with a role needs no `template:` line, and
# one it writes wins. A call to action's page takes CALL_TEMPLATE.
TEMPLATES = {"home": "home.html", "programme": "programme.html", "themes": "approach.html",
             "activities": "activities.html", "partners": "partners.html", "contact": "contact.html",
             "open-data": "open-data.html"}
CALL_TEMPLATE = "call-to-action.html"
ROLE_FORM = r"[a-z][a-z0-9]*(-[a-z0-9]+)*"  # front matter refuses another form at its line (pcv/pages/front_matter.py)
COUNTRY_FORM = r"[A-Z]{2}"
# How a page deleted by mistake (both its files) comes back, where staff work (STAFF10: « Rétablir » in the editor).
RESTORE_PAGE = ("dans l'éditeur sur votre ordinateur, bouton « Rétablir » en haut de l'écran ; GitHub Desktop : clic "
                "droit sur chacun de ses deux fichiers, « Discard changes » ; en ligne, demandez-le à l'équipe technique")
REQUIRED = ("accessibility", "open-data")  # every site publishes open data files and owes an accessibility statement
Pages = dict[tuple[str, str], MarkdownPage]


@dataclass(frozen=True)
class PageIndex:
    """The shared path ("partenaires.md") of the page of each role, and of each country."""

    roles: dict[str, str]
    countries: dict[str, str]  # ISO 3166-1 alpha-2 code -> shared path


def page_index(pages: Pages) -> PageIndex:
    """The roles and countries the pages declare (in either language: the French version first)."""
    roles, countries = {"home": HOME}, {}
    for lang in LANGUAGES:
        for (page_lang, path), page in sorted(pages.items()):
            if page_lang != lang:
                continue
            role, country = page.meta.get("role"), page.meta.get("country")
            original = pages.get((LANGUAGES[0], path))
            if isinstance(role, str):
                roles.setdefault(role, path)
            if isinstance(country, str) and (original is None or original.meta.get("country") in (None, country)):
                countries.setdefault(country, path)  # (a translation that says another country: said apart)
    return PageIndex(roles, countries)


def role_template(path: str, meta: dict, data: SiteData | None) -> str | None:
    """The template the page at shared `path` is drawn with: its own `template:`, else its role's."""
    role = "home" if path == HOME else meta.get("role")
    calls = {call.id for call in data.programme.calls_to_action} if data else set()
    return meta.get("template") or TEMPLATES.get(role) or (CALL_TEMPLATE if role in calls else None)


def known_roles(data: SiteData | None) -> dict[str, str]:
    """The roles a page may declare: the engine's, and each call to action's id."""
    calls = data.programme.calls_to_action if data else ()
    return ROLES | {call.id: f"la page de l'appel à l'action « {call.id} » (data/programme.yaml)" for call in calls}


def role_problems(pages: Pages, data: SiteData | None) -> Iterator[Problem]:
    """Each role is known and declared by one page (the same in both languages); the required ones exist;
    each call to action has its page."""
    known = known_roles(data)
    holders: dict[tuple[str, str], MarkdownPage] = {}  # (language, role) -> its page
    for (lang, path), page in sorted(pages.items(), key=lambda item: (LANGUAGES.index(item[0][0]), item[0][1])):
        role = page.meta.get("role")
        if not isinstance(role, str) or not re.fullmatch(ROLE_FORM, role):
            continue  # front matter says what is wrong with it
        line = _meta_line(page, "role")
        other = pages.get((next(o for o in LANGUAGES if o != lang), path))
        if role not in known and data is None:
            continue  # perhaps a call to action of the data, which has problems of its own
        if role not in known:
            yield Problem(page.name, line, 1, f"rôle inconnu « {role} » : ni un rôle du site, ni l'identifiant (id) "
                          "d'un appel à l'action de data/programme.yaml (« Appels à l'action », calls_to_action). "
                          "Si cet appel a été retiré ou renommé dans data/programme.yaml, remettez-le ; sinon, "
                          f"choisissez un des rôles possibles ({', '.join(known)}) ou retirez cette ligne.", "role")
        elif (lang, role) in holders and holders[(lang, role)].path != path:
            yield Problem(page.name, line, 1, f"le rôle « {role} » est déjà celui de {holders[(lang, role)].name}. "
                          "Une seule page a un rôle donné : retirez cette ligne de l'une des deux.", "role")
        elif other is not None and other.meta.get("role") not in (None, role):
            if lang == LANGUAGES[0]:
                yield Problem(other.name, _meta_line(other, "role"), 1, f"cette page dit « role: "
                              f"{other.meta.get('role')} », mais sa version française, {page.name}, dit « role: "
                              f"{role} ». Écrivez le même rôle dans les deux, ou retirez-le de celle-ci.", "role")
        else:
            holders[(lang, role)] = page
            if other is not None and _lacks_role(other):
                yield _one_sided_role(other, page, role, line, known[role])
    declared = {role for _, role in holders}
    missing = [role for role in REQUIRED if role not in declared]
    missing += [call.id for call in (data.programme.calls_to_action if data else ()) if call.id not in declared]
    for role in missing:
        yield Problem("docs/", None, None, f"aucune page n'a le rôle « {role} » ({known[role]}). Si cette page a "
                      f"été supprimée par erreur, rétablissez-la plutôt que de la refaire ({RESTORE_PAGE}). "
                      f"Sinon, ajoutez la ligne « role: {role} » dans l'en-tête de la page qui joue ce "
                      "rôle, en français et en anglais (créez-la au besoin, et ajoutez-la au menu : « Menu du site » "
                      "dans l'éditeur)." + ("" if role in REQUIRED else
                      " Ou, si le programme ne fait plus cet appel, retirez-le de « Appels à l'action » "
                      "(calls_to_action) dans data/programme.yaml."))


def _lacks_role(page: MarkdownPage) -> bool:
    """The page says no role (no `role:` line, nor `country:`), and is not a pending translation, which shows its
    original with the original's role."""
    return page.front_matter_lines > 0 and not any(key in page.meta for key in ("role", "country")) \
        and page.meta.get("translation") != "pending"  # front_matter.PENDING (which imports this module)


def _one_sided_role(page: MarkdownPage, other: MarkdownPage, role: str, line: int | None, what: str) -> Problem:
    """The role `other` declares (at `line`) and its version `page` lacks (PROGRAMME10 F1: « role: partners »
    removed from the French page only, the build said nothing and that page lost its partners)."""
    language = "française" if other.name.startswith(f"docs/{LANGUAGES[0]}/") else "anglaise"
    return Problem(page.name, 1, None, f"l'en-tête de cette page n'a pas de « role: », mais sa version {language}, "
                   f"{other.name}, dit « role: {role} » (ligne {line}) : sans lui, cette page-ci ne montrerait pas "
                   f"ce que le site met dans {what}. Ajoutez "
                   f"la ligne « role: {role} » dans son en-tête, entre les deux lignes « --- » ; ou, si la page ne "
                   f"joue plus ce rôle, retirez aussi cette ligne de {other.name}.")


def shown_data_problems(pages: Pages, data: SiteData | None) -> Iterator[Problem]:
    """Partners in data/partners.yaml are shown by the page of the role « partners »: without it, they are on no page
    of the site, and nothing said so (staff play-test 8 F3: the partners' page deleted in the editor, then its menu
    line removed as the message advised first, and the partners were gone in silence)."""
    if data is None or not data.partners.groups or "partners" in page_index(pages).roles:
        return
    yield Problem("data/partners.yaml", None, None, "les partenaires de ce fichier ne sont montrés sur aucune page : "
                  f"aucune page n'a le rôle « partners » ({ROLES['partners']}). Si la page des partenaires a été "
                  f"supprimée par erreur, rétablissez-la ({RESTORE_PAGE}). Sinon, ajoutez la ligne "
                  "« role: partners » dans l'en-tête de la page qui doit les montrer, en français et en anglais.")


def country_page_problems(pages: Pages, data: SiteData, country_lines: dict[str, int],
                          unreadable: Collection[str] = ()) -> Iterator[Problem]:
    """A page's `country:` is a country of the data, no two pages describe the same country, and a
    country whose activities the data describes has a page to show them (unless a page's header, which may say
    it, is `unreadable` or its `country:` of the wrong form: that is said, and only that)."""
    codes = [country.code for country in data.countries]
    described = page_index(pages).countries
    for index, country in enumerate(data.countries):
        if (country.activities is not None and country.code not in described
                and not _in_doubt(pages, unreadable, country)):
            yield Problem("data/countries.yaml", country_lines.get(country.code), None,
                f"le pays « {country_name(country.code, 'fr')} » ({country.code}) a des activités mais pas de page. "
                "Créez sa page en français et en "
                f"anglais, avec « country: {country.code} » dans son en-tête (dans l'éditeur web : « Pays de la page »), "
                "ou retirez ses activités (« Activités »).",
                f"countries[{index}].activities")
    own = {f"{country.slug}.md": country.code for country in data.countries if country.slug}
    # the page named by its country's slug keeps it; another claiming it is told so (PROGRAMME12 F5)
    seen = {(lang, page.meta["country"]): page.name for (lang, path), page in pages.items()
            if page.meta.get("country") == own.get(posixpath.basename(path), False)}
    for (lang, path), page in sorted(pages.items()):
        code = page.meta.get("country")
        if not isinstance(code, str) or not re.fullmatch(COUNTRY_FORM, code):
            continue  # front matter says what is wrong with it
        line = _meta_line(page, "country")
        original = pages.get((LANGUAGES[0], path))
        said = original.meta.get("country") if original is not None and lang != LANGUAGES[0] else code
        if said != code and isinstance(said, str) and re.fullmatch(COUNTRY_FORM, said):  # PROGRAMME11 F11 (B8)
            yield Problem(page.name, line, 1, f"« country: {code} », mais sa version en {LANGUAGE_NAMES[LANGUAGES[0]]}, "
                          f"{original.name}, dit « country: {said} » : les deux versions d'une page décrivent le même "
                          f"pays. Écrivez « country: {said} », ou changez les deux.", "country")
        elif code in codes and (other := _other_country(page, code)):  # PROGRAMME11 F10 (N37): « China » for IN
            yield Problem(page.name, _meta_line(page, "title"), 1, f"le titre « {page.meta.get('title')} » nomme « "
                          f"{country_name(other, lang)} » ({other}), mais cette page décrit « {country_name(code, lang)} » "
                          f"(country: {code}). Corrigez le titre et la ligne « # … » du texte, ou le code du pays.",
                          "title")
        elif code not in codes:
            yield Problem(page.name, line, 1, f"le pays « {code} » n'est pas dans data/countries.yaml. Écrivez le "
                          f"code d'un pays du programme ({', '.join(codes)}), ou ajoutez le pays à "
                          "data/countries.yaml.", "country")
        elif seen.get((lang, code), page.name) != page.name:
            yield Problem(page.name, line, 1, f"le pays « {code} » a déjà sa page : {seen[(lang, code)]}. "
                          "Une seule page par pays : retirez cette ligne de l'une des deux.", "country")
        else:
            seen.setdefault((lang, code), page.name)


def country_slug_problems(pages: Pages, data: SiteData, slug_lines: dict[str, int],
                          unreadable: Collection[str] = ()) -> Iterator[Problem]:
    """A country's `slug` in the data is the file name of its page, when it has one (PROGRAMME10 F13: « slug: india »
    for a page inde.md was accepted without a word; the web editor, which creates a country's page by that name,
    and the menu, which adds it by that name, would each have found another page). Not said while a page's header
    is in doubt (PROGRAMME11 F5: « country: in », or a tab in the header, had the data told to write « slug: inde »,
    what it said already)."""
    described = page_index(pages).countries
    # (a country with two pages: said apart; either language's, the other version deleted: said as missing, STAFF13)
    names = {(page.meta.get("country"), page.path.rsplit("/", 1)[-1].removesuffix(".md")) for page in pages.values()}
    for index, country in enumerate(data.countries):
        path = described.get(country.code)
        name = path.rsplit("/", 1)[-1].removesuffix(".md") if path else None
        if (country.slug and name and name != "index" and (country.code, country.slug) not in names
                and not _in_doubt(pages, unreadable, country)):
            yield Problem("data/countries.yaml", slug_lines.get(country.code), None,
                f"« slug: {country.slug} » n'est pas le nom de la page de ce pays, docs/{LANGUAGES[0]}/{path} : "
                f"l'éditeur web et le menu la chercheraient sous {country.slug}.md. Écrivez « slug: {name} », le nom "
                "de son fichier (sans « .md »).", f"countries[{index}].slug")


def _other_country(page: MarkdownPage, code: str) -> str | None:
    """The code of another country than `code` whose name in the page's language its title says, when it does not
    say the name of `code`'s."""
    title = page.meta.get("title")

    def says(other: str) -> bool:
        return _name_in_text(country_name(other, page.lang)).search(title) is not None

    if not isinstance(title, str) or says(code):
        return None
    return next((other for other in sorted(COUNTRY_CODES - {code}) if says(other)), None)


@functools.lru_cache(maxsize=2048)
def _name_in_text(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)


def _in_doubt(pages: Pages, unreadable: Collection[str], country: Country) -> bool:
    """Whether a page that may describe `country` (its file named by the country's slug, or a « country: » line with
    its code, in any case) has a header `unreadable` or a `country:` not of the form: which country it describes is
    unknown, and its own problem is the one to say."""
    said = re.compile(rf"^country:\s*['\"]?{country.code}['\"]?\s*$", re.IGNORECASE | re.MULTILINE)
    return any((page.name in unreadable or "country" in page.meta and not (
        isinstance(page.meta["country"], str) and re.fullmatch(COUNTRY_FORM, page.meta["country"])))
        and (page.path.rsplit("/", 1)[-1] == f"{country.slug or country.code.lower()}.md" or said.search(page.text))
        for page in pages.values())


def _meta_line(page: MarkdownPage, key: str) -> int | None:
    return next((n for n, line in page.lines() if n <= page.front_matter_lines and line.startswith(f"{key}:")), None)
