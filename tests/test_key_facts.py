"""The programme page's fact sheet (partials/key-facts.html): the reference a journalist or a funder comes
for, all from the data: who runs and funds the programme, its period, its countries (those with a page
linked to it), its targets, and where the figures come from with their date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from live_data import DATA

from pcv.inspection.pages import LANGUAGES, country_pages, html_file, page_url, resolve, role_page
from pcv.text.formatting import country_name, format_day, format_figure
from pcv.text.plural import counted_key

PROGRAMME = DATA.programme


def _sheet(site: Path, lang: str) -> tuple[str, str]:
    url = page_url(role_page("programme"), lang)
    html = html_file(site, url).read_text(encoding="utf-8")
    sheet = re.search(r'<section class="pcv-side-box pcv-keyfacts".*?</section>', html, re.S)
    assert sheet, "no fact sheet on the programme page"
    return url, sheet.group(0)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fact_sheet_says_who_runs_and_funds_the_programme_and_its_period(built_site: Path, lang: str) -> None:
    _, sheet = _sheet(built_site, lang)
    text = _text(sheet)
    full_name = PROGRAMME.organisation_name.name.in_(lang).translate(str.maketrans("()", "[]"))  # as pages show it
    assert full_name in text and PROGRAMME.organisation.in_(lang) in text
    assert f'href="{PROGRAMME.organisation_website.url.in_(lang)}"' in sheet
    for funder in DATA.partners.funders:
        assert funder.name.in_(lang) in text
        if funder.intermediary:
            assert funder.intermediary.in_(lang) in text
    assert f"{PROGRAMME.period.start}–{PROGRAMME.period.end}" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fact_sheet_names_every_country_linked_to_its_page(built_site: Path, lang: str) -> None:
    url, sheet = _sheet(built_site, lang)
    links = {re.sub(r"<[^>]+>", "", name): resolve(url, href) for href, name in re.findall(r'<a href="([^"]+)">(.*?)</a>', sheet)}
    names = _text(sheet)
    pages = country_pages()
    for country in DATA.countries:
        name = country_name(country.code, lang)
        assert name in names, name
        if country.code in pages:
            assert links.get(name) == page_url(pages[country.code], lang), name
        else:
            assert name not in links, f"{name} has no page"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fact_sheet_gives_the_targets_as_targets_with_its_source_and_date(built_site: Path, lang: str) -> None:
    """VISITOR12 #7: a sheet a journalist can quote alone: every target, its figure and what it counts, under a name
    that says they are targets for the period's end (it linked to the home page for them)."""
    url, sheet = _sheet(built_site, lang)
    targets = re.search(r"<dt>([^<]*)</dt>((?:\s*<dd class=\"pcv-keyfacts__target\">.*?</dd>)+)", sheet, re.S)
    if not PROGRAMME.targets:
        assert 'class="pcv-keyfacts__target"' not in sheet
    else:
        key = counted_key("keyfacts.targets", len(PROGRAMME.targets), lang, DATA.strings)
        assert _text(targets.group(1)) == _text(DATA.strings[key].in_(lang).format(end=PROGRAMME.period.end))
        shown = [_text(dd) for dd in re.findall(r'<dd class="pcv-keyfacts__target">(.*?)</dd>', targets.group(2), re.S)]
        assert shown == [_text(format_figure(t.value, t.format, lang)) + _text(t.label.in_(lang)) for t in PROGRAMME.targets]
    text = _text(sheet)
    assert _text(format_day(PROGRAMME.as_of, lang)) in text, "the date the figures were last checked"
    assert any(resolve(url, href) == page_url(role_page("open-data"), lang)
               for href in re.findall(r'href="([^"]+)"', sheet)), "the open data files"
