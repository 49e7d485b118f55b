"""Numbers and French spacing, as each language writes them."""

from __future__ import annotations

import pytest
from babel import Locale

from pcv.text.formatting import country_name, format_day, format_figure, french_elision
from pcv.text.typography import french_spacing

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


@pytest.mark.parametrize(
    ("value", "kind", "lang", "expected"),
    [
        (2_000_000, "compact", "fr", "2\u00a0millions"),
        (2_000_000, "compact", "en", "2\u00a0million"),
        (75, "percent", "fr", "75\u00a0%"),
        (75, "percent", "en", "75%"),
        (15_000, "number", "fr", "15\u00a0000"),
        (15_000, "number", "en", "15,000"),
    ],
)
def test_figures_follow_each_locale(value: int, kind: str, lang: str, expected: str) -> None:
    assert format_figure(value, kind, lang) == expected


def test_country_names_come_from_cldr() -> None:
    assert [country_name("SN", lang) for lang in ("fr", "en")] == ["Sénégal", "Senegal"]


def test_french_spacing_in_text_and_attributes_never_in_code() -> None:
    html = '<p title="a ? b">Envie ? Oui ! Régions : « mot » &amp; <code>x ? y : z</code></p>'
    assert french_spacing(html) == (
        '<p title="a\u202f? b">Envie\u202f? Oui\u202f! Régions\u00a0: «\u00a0mot\u00a0» &amp; <code>x ? y : z</code></p>'
    )


@pytest.mark.parametrize(("html", "spaced"), [
    ("<p><strong>Les cibles</strong> : pour <code>number</code> : un nombre</p>",
     "<p><strong>Les cibles</strong>\u00a0: pour <code>number</code>\u00a0: un nombre</p>"),
    ("<p>50 % et 75% ; 1 280 pixels, 2 000 000 ; en 2024 150 fois, 12:30, https://ceci.org/?q=1</p>",
     "<p>50\u00a0% et 75\u00a0%\u202f; 1\u00a0280 pixels, 2\u00a0000\u00a0000\u202f; en 2024 150 fois, 12:30, https://ceci.org/?q=1</p>"),
    ('<a aria-label="Précédent: Le programme"></a><meta name="description" content="Norme : AA">'
     '<meta property="og:url" content="https://a.org/b">',
     '<a aria-label="Précédent\u00a0: Le programme"></a><meta name="description" content="Norme\u00a0: AA">'
     '<meta property="og:url" content="https://a.org/b">'),
    ('<html lang="en"><p>Hello: you?</p><span lang="fr">Oui : « là » ?</span></html>',
     '<html lang="en"><p>Hello: you?</p><span lang="fr">Oui\u00a0: «\u00a0là\u00a0»\u202f?</span></html>'),
    ('<html lang="fr"><div lang="en"><div>Note: here</div> Yes: still</div><p>Ici : oui</p></html>',
     '<html lang="fr"><div lang="en"><div>Note: here</div> Yes: still</div><p>Ici\u00a0: oui</p></html>'),
    ('<script>if (i<n) go("x : y")</script><style>p>a{x:y}</style><p>Envie : oui</p>',
     '<script>if (i<n) go("x : y")</script><style>p>a{x:y}</style><p>Envie\u00a0: oui</p>'),
], ids=["across-inline-markup", "percent-and-digit-groups", "attributes-and-tags", "french-in-english", "english-in-french",
        "after-scripts-holding-angle-brackets"])
def test_french_spacing_reads_the_text_as_readers_do(html: str, spaced: str) -> None:
    assert french_spacing(html) == spaced


def test_french_texts_elide_de_and_que_before_a_value_that_starts_with_a_vowel() -> None:
    template = "Le site de {organisation}, plus grand que {other}."
    assert french_elision(template, {"organisation": "Atelier Mondial", "other": "Écho"}) == \
        "Le site d’{organisation}, plus grand qu’{other}."
    assert french_elision(template, {"organisation": "CECI", "other": "le nôtre"}) == template


def test_a_country_name_cldr_writes_for_running_text_starts_with_a_capital() -> None:
    """PROGRAMME9 F13: « 2 îles Féroé » in the map's key, « îles Féroé » at the start of list items."""
    cldr = Locale.parse("fr_CA").territories
    lowercase = [code for code in cldr if len(code) == 2 and code.isalpha() and cldr[code][:1].islower()]
    assert "FO" in lowercase
    for code in lowercase:
        assert country_name(code, "fr") == cldr[code][:1].upper() + cldr[code][1:].replace(" - ", "-"), code
    assert country_name("FO", "fr") == "Îles Féroé" and country_name("FO", "en") == "Faroe Islands"


def test_country_names_read_as_names_in_both_languages() -> None:
    assert {country_name(code, lang) for code in ("CD", "CG") for lang in ("fr", "en")} == {
        "Congo-Kinshasa", "Congo-Brazzaville"}


@pytest.mark.parametrize(("iso_date", "fr", "en"), [("2026-12-01", "1er décembre 2026", "December 1, 2026"),
                                                    ("2026-12-02", "2 décembre 2026", "December 2, 2026")])
def test_the_first_of_the_month_is_written_1er_in_french(iso_date: str, fr: str, en: str) -> None:
    """PROGRAMME5 F5: « Données vérifiées le 1 décembre 2026 »: French writes the first day « 1er »."""
    assert (format_day(iso_date, "fr"), format_day(iso_date, "en")) == (fr, en)
