"""The rules of data/ that a schema cannot say: codes that are countries, texts that are given in both
languages with the same placeholders, values used once, texts without HTML's character codes."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, timedelta
from string import Formatter
from typing import Any

import pycountry

from pcv.data.colours import MIN_CONTRAST, too_light
from pcv.data.models import LANGUAGE_NAMES, LANGUAGES
from pcv.data.yaml_source import YamlDocument, field_path
from pcv.field_labels import labelled_keys
from pcv.problems import Problem, field_in_words
from pcv.safety.comment_marks import MARK, data_message
from pcv.data.unfinished import unfinished, unfinished_message

# ISO 3166-1 countries (pycountry); CLDR also names groupings (EU, UN) and
# reserved or private codes (ZZ, XK), which are not countries.
COUNTRY_CODES = frozenset(country.alpha_2 for country in pycountry.countries)


# Codes in common use that ISO 3166 gives another country's or none (PROGRAMME11 F11: « UK » for GB)
_USUAL = {"UK": ("GB", "le Royaume-Uni"), "EL": ("GR", "la Grèce")}


def _dicts(value: Any) -> list[tuple[int, dict]]:
    """The (index, item) of a list's items that are mappings; nothing if `value` is not a list."""
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)] if isinstance(value, list) else []


def _programme_rules(document: YamlDocument) -> list[Problem]:
    """The period must end after it starts; target and theme ids, and theme anchors, are unique; white text reads on
    the brand's colour; the data was not verified in the future."""
    problems = []
    period = document.data.get("period") if isinstance(document.data, dict) else None
    if isinstance(period, dict):
        start, end = period.get("start"), period.get("end")
        if type(start) is int and type(end) is int and end < start:
            problems.append(document.problem_at(("period", "end"),
                f"la période finit en {end}, avant de commencer (en {start}). "
                "Corrigez l'une des deux années : la fin vient après le début."))
    if isinstance(document.data, dict):
        problems += _duplicates(document, ("targets",), "id")
        problems += _duplicates(document, ("themes",), "id")
        for lang in LANGUAGES:  # (PROGRAMME11 F2: a second theme's card led to the first one's section)
            problems += _duplicates(document, ("themes",), "anchor", lang)
        problems += _duplicates(document, ("calls_to_action",), "id")
        problems += _formula_problems(document)
        problems += _future_check(document)
        country = document.data.get("locale_country")
        if isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country) and country not in COUNTRY_CODES:
            problems.append(document.problem_at(("locale_country",), f"« {country} » n'est pas un code de pays ISO "
                                                "3166 connu. Utilisez le code à deux lettres du pays (ex. CA pour le Canada)."))
        brand = document.data.get("brand")
        colour = brand.get("colour") if isinstance(brand, dict) else None
        if isinstance(colour, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", colour) and (ratio := too_light(colour)):
            problems.append(document.problem_at(("brand", "colour"),
                f"la couleur « {colour} » est trop claire : le texte blanc et les liens n'y ont qu'un contraste de "
                f"{_decimal(ratio)}:1, il en faut au moins {_decimal(MIN_CONTRAST)}:1 (WCAG AA). Choisissez une "
                "couleur plus foncée."))
    return problems


def _future_check(document: YamlDocument) -> list[Problem]:
    """The data's verification date (as_of) is not after today (a day's margin for time zones): « 2062 » for
    « 2026 » would be published on the open data pages and in every file."""
    try:
        checked = date.fromisoformat(str(document.data.get("as_of")))
    except ValueError:
        return []  # its format is the schema's to tell
    today = datetime.now(UTC).date()
    if checked <= today + timedelta(days=1):
        return []
    return [document.problem_at(("as_of",), f"la date de vérification {checked.isoformat()} est dans le futur "
                                f"(nous sommes le {today.isoformat()}) : elle dit quand les données ont été vérifiées. "
                                "Corrigez-la (une faute de frappe dans l'année ?).")]


# A cell a spreadsheet would run as a formula: the open data's CSV files neutralise a text starting with one of these
# (pcv/publishing/open_data.py, inert_cell), but Excel in French splits a .csv at « ; » (and others at « , » or a
# tab) and at a line break even within quotes that do not open the cell, so what follows one inside a text starts a
# cell too. Spaces between are any Unicode has (« \s »: what str.lstrip() removes, as inert_cell reads a cell).
FORMULA_AFTER_SEPARATOR = re.compile(r"[;,\t\r\n]\s*[=+\-@＝＋－＠]")


def _formula_problems(document: YamlDocument) -> list[Problem]:
    """Each target's label (published in the open data's CSV files) with a formula sign after a separator."""
    problems = []
    for index, target in _dicts(document.data.get("targets")):
        label = target.get("label")
        for lang, text in (label.items() if isinstance(label, dict) else ()):
            if isinstance(text, str) and (found := FORMULA_AFTER_SEPARATOR.search(text)):
                problems.append(document.problem_at(("targets", index, "label", lang),
                    f"« {found.group().strip()} » dans ce texte : un tableur qui sépare les colonnes par « ; » ou "
                    "« , » (Excel en français) lirait ce qui suit comme une formule à calculer dans les données "
                    "ouvertes (fichiers CSV). Écrivez-le autrement : un mot entre les deux signes, ou sans « = », "
                    "« + », « - » ou « @ » après « ; », « , » ou un retour à la ligne."))
    return problems


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _countries_rules(document: YamlDocument) -> list[Problem]:
    """Country codes are ISO 3166-1 countries and unique, slugs are unique."""
    if not isinstance(document.data, dict):
        return []
    problems = _duplicates(document, ("countries",), "code") + _duplicates(document, ("countries",), "slug")
    for index, country in _dicts(document.data.get("countries")):
        code = country.get("code")
        if isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code) and code not in COUNTRY_CODES:
            problems.append(document.problem_at(("countries", index, "code"),
                f"« {code} » n'est pas un code de pays ISO 3166 connu. "
                + (f"Pour {_USUAL[code][1]}, écrivez « {_USUAL[code][0]} »." if code in _USUAL else
                   "Utilisez le code à deux lettres du pays (ex. CA pour le Canada, FR pour la France).")))
    return problems


def _strings_rules(document: YamlDocument) -> list[Problem]:
    """Each text's {placeholders} are plain words, the same in French and in English."""
    problems = []
    for key, text in document.data.items() if isinstance(document.data, dict) else ():
        if not (isinstance(text, dict) and all(isinstance(text.get(lang), str) for lang in LANGUAGE_NAMES)):
            continue
        found = {lang: _placeholders(text[lang]) for lang in LANGUAGE_NAMES}
        wrong = [document.problem_at((key, lang), problem) for lang, (_, problem) in found.items() if problem]
        fr, en = (names for names, _ in found.values())
        if not wrong and fr != en:
            shown = ", ".join(f"{{{name}}}" for name in sorted(fr ^ en))
            wrong.append(document.problem_at((key, "en"),
                f"le français et l'anglais n'ont pas les mêmes repères entre accolades ({shown}). "
                "Écrivez les mêmes dans les deux langues, sans les traduire."))
        problems += wrong
    return problems


# A page's placeholder, {{ name }}, typed in an interface text: there « {{ » and « }} » show one brace each, so it would
# be published as « { organisation } » (red team 17 F9); {{{name}}} (a placeholder between braces shown) is not one.
_PAGE_PLACEHOLDER = re.compile(r"(?<!\{)\{\{\s*([\w.-]+)\s*\}\}(?!\})")


def _placeholders(text: str) -> tuple[set[str], str | None]:
    """The {placeholders} of an interface text, and what is wrong with them, if anything."""
    if typed := _PAGE_PLACEHOLDER.search(text):
        name = typed.group(1)
        advice = (f"un repère s'écrit entre une seule paire d'accolades, sans espace, comme {{{name}}}"
                  if re.fullmatch(r"[a-z_]+", name) else "un chiffre des données ({{ targets.… }}) ne s'écrit que "
                  "dans les pages")
        return set(), (f"« {typed.group(0)} » s'afficherait « {typed.group(0)[1:-1]} » : dans les textes du site, "
                       f"« {{{{ » et « }}}} » affichent une accolade ; {advice}.")
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(text) if name is not None]
    except ValueError:
        return set(), ("accolade « { » ou « } » seule. Un repère s'écrit entre deux accolades, comme {end} ; "
                       "pour afficher une accolade, doublez-la ({{ ou }}).")
    for name, spec, conversion in fields:
        if not re.fullmatch(r"[a-z_]+", name) or spec or conversion:
            return set(), (f"repère « {{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}} » "
                           "non permis : un repère est un simple mot entre accolades, comme {end}, sans point ni "
                           "crochet.")
    return {name for name, _, _ in fields}, None


# A character reference as HTML reads it (numeric ones without their « ; » too): data is text, shown as typed, so
# « &lt; » shows « &lt; » on a page, yet a person pasting it meant « < » (and French spacing split its « ; »).
_REFERENCE = re.compile(r"&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;)")
_STRINGS_ADVICE = " Ou retirez ce texte de data/strings.yaml : le site montre alors le sien (pcv/text/interface.yaml)."
# A blank line in a text typed as a block (« | »): every field of the data is one paragraph, shown run on (red team 23 M4).
_PARAGRAPHS = re.compile(r"\S[ \t]*\n[ \t]*\n\s*\S")


def typed_text_problems(document: YamlDocument) -> list[Problem]:
    """Texts of any data file holding an HTML comment (shown as typed: red team 22), an HTML character code (« &lt; »),
    or, but in the interface texts (whose braces `_placeholders` reads), a page's placeholder ({{ targets.people }}:
    shown as typed), a placeholder text (« TODO »: pcv/data/unfinished.py), or a blank line, at their line."""
    problems = []

    def walk(value: Any, location: tuple) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*location, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*location, index))
        elif isinstance(value, str):
            if mark := MARK.search(value):
                problems.append(document.problem_at(location, data_message(mark.group())))
            codes = [code for code in dict.fromkeys(_REFERENCE.findall(value)) if html.unescape(code) != code]
            if codes:
                problems.append(document.problem_at(location,
                    f"« {codes[0]} » est un code HTML : le site montre un texte tel qu'il est écrit, et afficherait "
                    f"« {codes[0]} » aux lecteurs. Écrivez le signe lui-même (« {html.unescape(codes[0])} »)."))
            elif document.name != "data/strings.yaml" and (typed := _PAGE_PLACEHOLDER.search(value)):
                problems.append(document.problem_at(location,
                    f"« {typed.group(0)} » s'afficherait tel quel, accolades comprises : les données sont montrées "
                    "telles qu'elles sont écrites, et un chiffre des données ({{ targets.… }}) ne s'écrit que dans "
                    "les pages. Écrivez le texte lui-même."))
            if _PARAGRAPHS.search(value):
                problems.append(document.problem_at(location, "une ligne vide coupe ce texte en deux paragraphes, "
                    "mais le site le montre d'un seul tenant. Gardez un seul paragraphe : retirez la ligne vide."))
            for _, typed in unfinished(value)[:1]:
                advice = _STRINGS_ADVICE if document.name == "data/strings.yaml" else ""
                problems.append(document.problem_at(location, unfinished_message(typed, " sur le site, dans sa "
                    "recherche et ses données ouvertes. Remplacez-le par le texte à publier, dans cette langue."
                    + advice)))

    walk(document.data, ())
    return problems


def _partners_rules(document: YamlDocument) -> list[Problem]:
    """No funder, and no organisation within a group, is listed twice (PROGRAMME11 F10, STAFF10 M10: the same
    name twice was shown twice on the partners' page)."""
    if not isinstance(document.data, dict):
        return []
    lists = [("funders",)] + [("groups", index, "organisations") for index, _ in _dicts(document.data.get("groups"))]
    return [problem for location in lists for problem in _duplicates(document, location, "name", LANGUAGES[0])
            or _duplicates(document, location, "name", LANGUAGES[1])]


RULES = {"programme": _programme_rules, "countries": _countries_rules, "partners": _partners_rules,
         "strings": _strings_rules}


def _label(file: str, location: tuple[str, ...], field: str) -> str:
    """The `field` of the items of the list at `location` as the web editor's form names it: « Code du pays »."""
    label = labelled_keys(file, [*location, field])[-1][-1][1]
    return f"« {label} »" if label else field


def _duplicates(document: YamlDocument, location: tuple[str, ...], field: str,
                lang: str | None = None) -> list[Problem]:
    """Items of the list at `location` whose `field` (its text in `lang`, if given) repeats an earlier item's."""
    problems = []
    first: dict[Any, int] = {}
    within = (field, lang) if lang else (field,)
    items = document.data
    for key in location:
        items = items.get(key) if isinstance(items, dict) else items[key]
    for index, item in _dicts(items):
        value = item.get(field)
        value = value.get(lang) if lang and isinstance(value, dict) else value
        if not isinstance(value, str):
            continue
        if value in first:
            earlier = location + (first[value], *within)
            line = document.values.get(earlier, (None,))[0]
            problems.append(document.problem_at(location + (index, *within),
                f"« {value} » est déjà utilisé plus haut ({field_in_words(field_path(earlier), document.name)}{f', ligne {line}' if line else ''}). "
                f"Chaque {_label(document.name, location, field)} doit être unique : corrigez l'un des deux."))
        else:
            first[value] = index
    return problems
