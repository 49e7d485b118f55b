"""Each country is shown for what the site says of it: a card only for a country whose activities it describes
(a page and its activities); a country with a page but no activities among the others, linked to its page.

On a copy of tests/fixtures/programme-fictif given a page for one of its countries without activities
(PROGRAMME3 F4: its card was a heading over nothing, among the countries "whose activities are described")."""

from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from pcv.data.loading import load_site_data
from pcv.data.models import LANGUAGES
from pcv.inspection.builds import FIXTURES, build_programme
from pcv.inspection.site_checks import empty_parts
from pcv.languages.translations import fingerprint
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages
from pcv.text.formatting import country_name
from pcv.text.plural import counted_key

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

PROGRAMME = FIXTURES / "programme-fictif"


def test_a_card_with_nothing_under_its_heading_is_an_empty_part() -> None:
    card = '<main><ul class="pcv-cards"><li class="pcv-card"><h3><a href="x/">{}</a></h3>{}</li></ul></main>'
    assert empty_parts(card.format("Fidji", "")) == ["<li class='pcv-card'>"]
    assert empty_parts(card.format("Fidji", "<p>Secteurs : pêche</p>")) == []


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The programme, with a page for its first country that has none and no activities: (programme, site, path)."""
    programme = shutil.copytree(PROGRAMME, tmp_path_factory.mktemp("programme") / "programme")
    country = next(c for c in load_site_data(programme / "data").countries if c.activities is None)
    pages = read_pages(programme / "docs")[0]
    folder = page_address(pages, "fr", next(p for (lang, p), page in pages.items() if page.meta.get("country")))
    path = f"{folder.split('/')[0]}/{country.slug}.md"
    french = f"---\ncountry: {country.code}\ntitle: {country_name(country.code, 'fr')}\ndescription: Le pays.\n---\n\n" \
             f"# {country_name(country.code, 'fr')}\n\nLe programme y commence.\n"
    (programme / "docs/fr" / path).write_text(french, encoding="utf-8")
    (programme / "docs/en" / path).write_text(
        f"---\ncountry: {country.code}\ntitle: {country_name(country.code, 'en')}\ndescription: The country.\n"
        f'translated_from: "{fingerprint(read_pages(programme / "docs")[0][("fr", path)].text)}"\n---\n\n'
        f"# {country_name(country.code, 'en')}\n\nThe program starts there.\n", encoding="utf-8")
    config = programme / "mkdocs.yml"
    menu = config.read_text(encoding="utf-8")
    last = re.findall(rf"^( +- {re.escape(folder.split('/')[0])}/\S+\.md)\n", menu, re.M)[-1]
    config.write_text(menu.replace(f"{last}\n", f"{last}\n{last.split('- ')[0]}- {path}\n"), encoding="utf-8")
    result = build_programme(programme, tmp_path_factory.mktemp("build"))
    assert result.returncode == 0, result.output
    return programme, result.site, path


def _html(programme: Path, site: Path, lang: str, path: str) -> str:
    address = page_address(read_pages(programme / "docs")[0], lang, path)
    return (site / ("" if lang == LANGUAGES[0] else lang) / address / "index.html").read_text(encoding="utf-8")


def _role_path(programme: Path, role: str) -> str:
    return next(p for (lang, p), page in read_pages(programme / "docs")[0].items() if page.meta.get("role") == role)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_country_with_a_page_but_no_activities_is_linked_among_the_others_not_given_a_card(variant, lang) -> None:
    programme, site, path = variant
    data = load_site_data(programme / "data")
    name = country_name(next(c.code for c in data.countries if path.endswith(f"/{c.slug}.md")), lang)
    address = page_address(read_pages(programme / "docs")[0], lang, path).split("/")[-2]
    link = rf'<a href="[^"]*{address}/">{re.escape(name)}</a>'
    activities = _html(programme, site, lang, _role_path(programme, "activities"))
    cards = re.search(r'<ul class="pcv-cards.*?</ul>', activities, re.S).group(0)
    others = re.search(r'<section class="pcv-section pcv-undescribed".*?</section>', activities, re.S).group(0)
    assert name not in cards and re.search(link, others), (cards, others)
    home = _html(programme, site, lang, "index.md")
    where = re.search(r'<ol class="pcv-where__list">.*?</ol>', home, re.S).group(0)  # one list (VISITOR9 #4)
    item = next(i for i in re.findall(r'<li class="is-[a-z]+">.*?</li>', where, re.S) if name in i)
    assert re.search(link.replace(re.escape(name), r'(?:<span[^>]*>\d+</span> )?' + re.escape(name)), item), item
    for page in site.rglob("*.html"):
        if "admin" not in page.relative_to(site).parts:
            assert empty_parts(page.read_text(encoding="utf-8")) == [], page


def _text(html: str) -> str:
    """`html`'s text, its no-break spaces (French typography, added by the build) plain and its spaces single."""
    text = unescape(re.sub(r"<[^>]+>", "", html))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


@pytest.mark.parametrize("folder", ["programme-fictif", "programme-atelier"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_countries_without_a_page_are_said_to_be_so_where_they_are_listed(programme_site, folder: str,
                                                                          lang: str) -> None:
    """VISITOR10 #3: a country shown plain (no page) among linked ones was unexplained, read as « inactive » or a
    broken link. The countries' page says what plain means; without it, the home's list and the programme's fact sheet
    do (VISITOR14 #6: the same note on three pages)."""
    programme = FIXTURES / folder
    site = programme_site(programme)
    data = load_site_data(programme / "data")
    pages = read_pages(programme / "docs")[0]
    with_page = {page.meta["country"] for (in_lang, _), page in pages.items()
                 if in_lang == lang and page.meta.get("country")}
    unlinked = [country for country in data.countries if country.code not in with_page]

    def note(key: str, count: int) -> str:
        return _text(getattr(data.strings[counted_key(key, count, lang, data.strings)], lang))

    home = _html(programme, site, lang, "index.md")
    said = re.findall(r'<p class="pcv-where__note">(.*?)</p>', home, re.S)
    roles = {page.meta.get("role"): path for (in_lang, path), page in pages.items() if in_lang == lang}
    alone = "activities" not in roles
    assert [_text(s) for s in said] == ([note("countries.unlinked.note", len(unlinked))] if unlinked and alone else [])
    where = re.search(r'<ol class="pcv-where__list">.*?</ol>', home, re.S).group(0)
    for country in unlinked:
        item = next(i for i in re.findall(r"<li[^>]*>.*?</li>", where, re.S) if country_name(country.code, lang) in i)
        assert "<a " not in item, item
    shown = unlinked and len(unlinked) < len(data.countries)
    for call in data.programme.calls_to_action:  # its page names them in one line, none linked: nothing to explain
        if call.id in roles:
            assert 'class="pcv-where__note"' not in _html(programme, site, lang, roles[call.id])
    if "programme" in roles:
        sheet = _html(programme, site, lang, roles["programme"])
        said = re.findall(r'<dd class="pcv-keyfacts__note">(.*?)</dd>', sheet, re.S)
        assert [_text(s) for s in said] == ([note("countries.unlinked.note", len(unlinked))] if shown and alone else [])
    if "activities" in roles:
        described = {country.code for country in data.countries if country.code in with_page and country.activities}
        others = [country for country in data.countries if country.code not in described]
        listing = _html(programme, site, lang, roles["activities"])
        said = re.findall(r'<p class="pcv-undescribed__note">(.*?)</p>', listing, re.S)
        shown = others and all(country in unlinked for country in others)
        assert [_text(s) for s in said] == ([note("countries.without_page.note", len(others))] if shown else [])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_other_countries_with_a_page_among_them_are_not_said_to_have_none(variant, lang) -> None:
    programme, site, _ = variant
    activities = _html(programme, site, lang, _role_path(programme, "activities"))
    assert "pcv-undescribed__note" not in activities


AIM = {"fr": "Création de jardins collectifs", "en": "Creating community gardens"}


@pytest.fixture(scope="module")
def with_an_aim(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The programme, its first described country given an aim beside its sectors: (programme, site, its page)."""
    programme = shutil.copytree(PROGRAMME, tmp_path_factory.mktemp("programme") / "programme")
    data = programme / "data" / "countries.yaml"
    text = data.read_text(encoding="utf-8")
    at = text.index("      sectors:\n")
    data.write_text(f"{text[:at]}      aims:\n        - fr: {AIM['fr']}\n          en: {AIM['en']}\n{text[at:]}",
                    encoding="utf-8")
    country = next(c for c in load_site_data(programme / "data").countries if c.activities and c.activities.aims)
    path = next(p for (lang, p), page in read_pages(programme / "docs")[0].items()
                if lang == "fr" and page.meta.get("country") == country.code)
    result = build_programme(programme, tmp_path_factory.mktemp("build"))
    assert result.returncode == 0, result.output
    return programme, result.site, path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_the_programme_aims_at_in_a_country_is_titled_as_an_aim_not_a_sector(with_an_aim, lang) -> None:
    """VISITOR13 #4: « Secteur : Opportunités économiques vertes dans les secteurs porteurs », a purpose under a
    sector's title. The data says which list an item belongs to (activities: sectors, aims), and each list has its
    title."""
    programme, site, path = with_an_aim
    strings = load_site_data(programme / "data").strings
    facts = re.search(r'<dl class="pcv-facts__list">(.*?)</dl>', _html(programme, site, lang, path), re.S).group(1)
    rows = {_text(title): _text(items) for title, items in
            re.findall(r"<dt[^>]*>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>", facts, re.S)}
    aim_title = strings[counted_key("country.aims", 1, lang, strings)].in_(lang)
    assert rows.get(aim_title) == AIM[lang], rows
    assert all(AIM[lang] not in items for title, items in rows.items() if title != aim_title), rows
