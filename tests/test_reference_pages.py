"""The pages a funder, a partner or a journalist reads (VISITOR15 #2, #4): the programme's page carries its fact sheet
in its main column, as its content, not beside it; the partners page gives partner organisations what they come for
(the kinds of local partners each country works with, from the data) and ends with what they come to do, ask the
organisation, not with the volunteers' band."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from live_data import DATA

from pcv.inspection.pages import LANGUAGES, html_file, page_url, role_page, role_pages
from pcv.text.formatting import named_country


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).replace("\u00a0", " ").replace("\u202f", " ")


def _string(key: str, lang: str, **values: str) -> str:
    return _text(DATA.strings[key].in_(lang).format(**DATA.names(lang), **values)).strip()


def _column(html: str, name: str) -> str:
    """The part of a page in its `pcv-layout__<name>` columns (their blocks, one after the other)."""
    starts = [m.start() for m in re.finditer(rf'<div class="pcv-layout__{name}[ "]', html)]
    ends = [m.start() for m in re.finditer(r'<div class="pcv-layout__(?:main|side)[ "]', html)] + [len(html)]
    return "".join(html[start:min(e for e in ends if e > start)] for start in starts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_programme_page_carries_its_fact_sheet_in_its_main_column(built_site: Path, lang: str) -> None:
    if "programme" not in role_pages():
        pytest.skip("no programme page")
    html = html_file(built_site, page_url(role_page("programme"), lang)).read_text(encoding="utf-8")
    assert "pcv-keyfacts" in _column(html, "main"), "the fact sheet beside the text, not in it"
    assert "pcv-keyfacts" not in _column(html, "side")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_partners_page_lists_each_country_s_local_partners_and_ends_with_asking_the_organisation(
        built_site: Path, lang: str) -> None:
    if "partners" not in role_pages():
        pytest.skip("no partners page")
    html = html_file(built_site, page_url(role_page("partners"), lang)).read_text(encoding="utf-8")
    article = re.search(r"<article.*?</article>", html, re.S).group(0)
    listed = re.search(r'<div class="pcv-facts pcv-partners__countries">.*?</dl>', article, re.S)
    countries = [c for c in DATA.countries if c.activities and c.activities.local_partners]
    assert bool(listed) == bool(countries)
    for country in countries:
        row = re.search(rf"<dt>(?:<a [^>]+>)?{re.escape(named_country(country, lang))}(?:</a>)?</dt>\s*<dd>(.*?)</dd>",
                        listed.group(0), re.S)
        assert row, (country.code, lang)
        assert [_text(i).strip() for i in re.findall(r"<li>(.*?)</li>", row.group(1))] == [
            _text(p.in_(lang)).strip() for p in country.activities.local_partners], country.code
    bands = re.findall(r'<section class="pcv-band pcv-cta"[^>]*>(.*?)</section>', article, re.S)
    assert bands and article[:-len("</article>")].rstrip().endswith("</section>"), "the band is not the page's end"
    last = bands[-1]
    assert _text(re.search(r"<h2[^>]*>(.*?)</h2>", last, re.S).group(1)).strip() == _string("contact.organisation.title", lang)
    calls = {_text(call.title.in_(lang)).strip() for call in DATA.programme.calls_to_action}
    assert not calls & {_text(h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", article, re.S)}, (
        "the volunteers' band on the partners page")
    if not DATA.programme.contact:
        assert f'href="{DATA.programme.organisation_website.url.in_(lang)}"' in last
