"""What the engine writes around a programme's own words reads right whatever they are (PROGRAMME6): the fact
sheet's source names the organisation as the data writes it (« du L’Élan » glued « du » to its name) and claims no
page the data does not give; a country's list says what the data calls its items as a lead-in, not a second title."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES, ROOT
from pcv.inspection.pages import LANGUAGES, country_pages, html_file, page_url
from pcv.inspection.site_checks import shown_text
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages
from pcv.text.plural import ordinal_key

ENGINE_STRINGS = yaml.safe_load((ROOT / "pcv/text/interface.yaml").read_text(encoding="utf-8"))
PROGRAMMES = (FIXTURES / "programme-fictif", FIXTURES / "programme-atelier")


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("programme", PROGRAMMES, ids=lambda folder: folder.name)
def test_the_fact_sheet_names_its_source_as_the_data_writes_it(programme_site, programme: Path) -> None:
    """A programme without its own wording gets the engine's: the organisation's name as written, no « du »."""
    site = programme_site(programme)
    data = load_site_data(programme / "data")
    pages = read_pages(programme / "docs")[0]
    path = next(p for (lang, p), page in pages.items() if lang == "fr" and page.meta.get("role") == "programme")
    for lang in LANGUAGES:
        prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
        page = (site / prefix / page_address(pages, lang, path) / "index.html").read_text(encoding="utf-8")
        sheet = _plain(shown_text(re.search(r'<section class="pcv-side-box pcv-keyfacts".*?</section>', page, re.S)[0]))
        organisation = data.programme.organisation.in_(lang)
        said = _plain(ENGINE_STRINGS["keyfacts.source"][lang].split("{date}")[0].format(organisation=organisation))
        assert " ".join(said.split()) in " ".join(sheet.split()), (lang, sheet)
        assert f"du {organisation}" not in sheet


def test_a_list_s_own_name_leads_into_its_items(built_site: Path) -> None:
    """The PCV's regions: « Régions », then what the data calls them as a lead-in (« Départements : »)."""
    data = load_site_data(ROOT / "data")
    labelled = [(c, c.activities.regions.label) for c in data.countries
                if c.activities and c.activities.regions and c.code in country_pages()]
    for country, label in labelled:
        for lang in LANGUAGES:
            page = html_file(built_site, page_url(country_pages()[country.code], lang)).read_text(encoding="utf-8")
            shown = re.findall(r'<span class="pcv-facts__label">([^<]*)</span>', page)
            expected = ENGINE_STRINGS["country.facts.label"][lang].format(label=label.in_(lang))
            title = data.strings["country.regions"].in_(lang)  # a label that only repeats the row's title: not shown
            assert [_plain(text) for text in shown] == ([_plain(expected)] if label.in_(lang) != title else []), (
                country.code, lang, shown)


@pytest.mark.engine_only
def test_the_engine_speaks_of_the_programme_s_countries_not_of_the_site_s_pages() -> None:
    """« 7 pays…, dont 5 décrits sur ce site », « Pays qui ont leur page sur ce site » (VISITOR8 #6): the counts,
    the lists and the maps' keys of countries say what the programme does, not what this website lacks."""
    site_words = ("ce site", "this site", "sur le site", "on the site")
    for key, text in ENGINE_STRINGS.items():
        if key.split(".")[0] in ("figure", "countries", "map", "home", "country", "keyfacts"):
            for lang, words in text.items():
                assert not any(w in words for w in site_words), (key, lang, words)


@pytest.mark.engine_only
def test_where_the_programme_stands_is_said_as_of_a_year_not_as_today() -> None:
    """« Nous sommes en 2026 : année 7 sur 9 » (VISITOR8 #7) turned false on 1 January: the site is rebuilt when it
    changes, not every year, and {year} is the year the data was checked (as_of). The engine's sentence is dated,
    true in any later year."""
    for lang, text in ENGINE_STRINGS["period.now"].items():
        said = text.format(year=2026, rank=7, ordinal=ENGINE_STRINGS["ordinal"][lang].format(number=7), total=9).lower()
        assert not any(word in said for word in ("nous sommes", "we are", "is in year", "aujourd", "today",
                                                  "actuellement", "currently", "en est", "cette année", "this year")), (
            lang, said)
        assert "2026" in said and "7" in said and "9" in said


@pytest.mark.engine_only
@pytest.mark.parametrize(("lang", "number", "written"), [
    ("fr", 1, "1re"), ("fr", 2, "2e"), ("fr", 7, "7e"), ("fr", 21, "21e"),
    ("en", 1, "1st"), ("en", 2, "2nd"), ("en", 3, "3rd"), ("en", 7, "7th"), ("en", 11, "11th"), ("en", 12, "12th"),
    ("en", 13, "13th"), ("en", 21, "21st"), ("en", 22, "22nd"), ("en", 23, "23rd")])
def test_where_the_programme_stands_says_its_year_as_an_ordinal(lang: str, number: int, written: str) -> None:
    """VISITOR15 #4: « 2026 est l'année 7 d'un programme de 9 ans » read oddly; « dans sa 7e année sur 9 », "in its
    7th year of 9": the engine's ordinal texts, in the form each language's rule asks for (CLDR)."""
    key = ordinal_key("ordinal", number, lang, ENGINE_STRINGS)
    assert ENGINE_STRINGS[key][lang].format(number=number) == written
    assert "{ordinal}" in ENGINE_STRINGS["period.now"][lang] and "{rank}" not in ENGINE_STRINGS["period.now"][lang]


def test_the_date_of_the_figures_and_the_period_are_said_as_the_public_reads_them(built_site: Path) -> None:
    """VISITOR13 #3: « Données vérifiées le … », "Data last checked on …" and « 2026 : année 7 sur 9 du programme. »
    read as a team's internal notes: figures are "as of" a date (« à jour au »), and where the programme stands is a
    sentence. Every page of both languages, as shown."""
    data = load_site_data(ROOT / "data")
    for page in sorted(built_site.rglob("index.html")):
        if "admin" in page.parts:
            continue
        text = _plain(shown_text(page.read_text(encoding="utf-8")))
        assert not re.search(r"vérifiée?s? le|last checked|checked on", text, re.IGNORECASE), page
        year = data.programme.as_of[:4]
        assert not re.search(rf"\b{year} : année", text), page


@pytest.mark.engine_only
def test_the_map_caption_names_the_country_and_its_neighbours_alike() -> None:
    """« Carte : Bénin (en couleur) et les pays voisins (en gris) » (VISITOR15 #5): the country stands without an
    article (one would depend on the country: le Bénin, la Bolivie, les Philippines), so its neighbours do too."""
    text = ENGINE_STRINGS["map.caption"]["fr"]
    after = text.split("{country}", 1)[1]
    assert not re.search(r"\b(?:les|des|la|le|l’|l')\s*pays\b", after), text
