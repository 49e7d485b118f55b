"""Material's search finds pages in the reader's language, and only in it."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from pcv.data.models import Text
from pcv.inspection.french_text import spacing_faults
from pcv.inspection.pages import LANGUAGES, country_pages, page_url, role_page, shared_page_paths, shown_meta
from pcv.publishing.search_synonyms import fold, synonym_groups
from pcv.inspection.tabs import Tab
from pcv.text.formatting import country_name
from tests.live_data import DATA, country_pages_named_alike, country_without_page, folded, name_in_both_languages

from .pages import DESKTOP, NARROW, WIDTHS

# The words searched are the data's of the day (red team 22 C74: a partner removed turned CI red): a country with
# a page, one without, a name written alike in both languages, a region, a sector, a partner, the funder.
CODE, COUNTRY_PAGE = sorted(country_pages().items())[0]
NAME = {lang: country_name(CODE, lang) for lang in LANGUAGES}
ALIKE = name_in_both_languages() or NAME["fr"]


def _shown_from_data() -> list[tuple[str, Text, str]]:
    """(what, text in each language, shared path of the page showing it) for a region, a sector (each the first
    listed by one country with a page only), a partner and the funder."""
    pages = country_pages()
    shown = [country for country in DATA.countries if country.activities and country.code in pages]
    regions = [(text, pages[c.code]) for c in shown if c.activities.regions for text in c.activities.regions.places]
    sectors = [(text, pages[c.code]) for c in shown for text in c.activities.sectors]
    found = []
    for kind, listed in (("region", regions), ("sector", sectors)):
        texts = [text for text, _ in listed]
        found += [(kind, text, path) for text, path in listed if texts.count(text) == 1][:1]
    partners = role_page("partners")
    found += [("partner", o.name, partners) for group in DATA.partners.groups for o in group.organisations][:1]
    found += [("funder", funder.intermediary or funder.name, partners) for funder in DATA.partners.funders[:1]]
    return found


def type_query(page: Page, query: str) -> None:
    """Enter `query` in the search box.

    On a phone the box is behind the header's search button (until it is open). The first click
    fetches Material's script. The query is filled in at once, then a key is
    pressed (Material searches on key-up): one search, so the results read are
    those of the whole query.
    """
    button = page.locator("button.pcv-search-button")
    if button.is_visible() and not page.evaluate("document.getElementById('__search').checked"):
        button.click()
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")


def search(page: Page, query: str) -> list[str]:
    """Search for `query`; the URLs of the results, without their query string."""
    type_query(page, query)
    results = page.locator("a.md-search-result__link")
    expect(results.first, f"aucun résultat pour « {query} »").to_be_attached()
    return [href.split("?")[0] for href in results.evaluate_all("links => links.map(a => a.href)")]


def language_of(url: str) -> str:
    """The language of one of the site's pages: its first folder ("en/…"), else the default language."""
    folder = urlsplit(url).path.lstrip("/").split("/")[0]
    return folder if folder in LANGUAGES else LANGUAGES[0]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_a_country_s_page(open_page: Callable[..., Tab], site_url: str, lang: str, width: int) -> None:
    page = open_page(page_url("index.md", lang), width).page
    results = search(page, NAME[lang])
    assert site_url + page_url(COUNTRY_PAGE, lang) in results, results


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_results_are_in_the_readers_language(open_page: Callable[..., Tab], lang: str) -> None:
    """A name written the same in both languages (« Rwanda »): a shared index would show both pages."""
    page = open_page(page_url("index.md", lang)).page
    results = search(page, ALIKE)
    wrong = [url for url in results if language_of(url) != lang]
    assert not wrong, f"recherche en {lang} : résultats dans l'autre langue : {wrong}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_searches_its_own_index_and_lists_each_page_once(
    open_page: Callable[..., Tab], site_url: str, lang: str
) -> None:
    tab = open_page(page_url("index.md", lang))
    indexes: list[str] = []
    tab.page.on("request", lambda request: indexes.append(request.url) if "search_index" in request.url else None)
    search(tab.page, NAME[lang])
    assert indexes == [site_url + page_url("index.md", lang) + "search/search_index.json"]
    # One result per page, its matching sections under it (links to the same page with an anchor).
    pages = tab.page.locator("li.md-search-result__item > a.md-search-result__link:first-child").evaluate_all(
        "links => links.map(a => a.href.split('?')[0])")
    assert len(pages) == len(set(pages)), pages


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_other_forms_of_a_word(open_page: Callable[..., Tab], site_url: str, lang: str) -> None:
    """The volunteer page's title says "volontaire" / "volunteer": the plural finds it too."""
    path = role_page("volunteer")
    word = max(shown_meta(path, lang)["title"].split(), key=len)
    results = search(open_page(page_url("index.md", lang)).page, word[:-1] if word.endswith("s") else word + "s")
    assert site_url + page_url(path, lang) in results, results


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("text", "path"), [pytest.param(text, path, id=f"{what}-{text.fr}")
                                            for what, text, path in _shown_from_data()])
def test_search_finds_what_templates_show_from_data(
    open_page: Callable[..., Tab], site_url: str, lang: str, text: Text, path: str
) -> None:
    """Regions, partners, the funder and sectors come from data/, not from the page's Markdown."""
    results = search(open_page(page_url("index.md", lang)).page, text.in_(lang))
    assert site_url + page_url(path, lang) in results, results


def test_the_search_writes_its_french_labels_with_french_spacing(open_page: Callable[..., Tab]) -> None:
    """Material's script follows the label of the words not found with ": " ("Non trouvé : xyzzy")."""
    page = open_page(page_url("index.md", "fr")).page
    search(page, f"{NAME['fr']} xyzzy")
    terms = page.locator(".md-search-result__terms").first.text_content()
    assert "xyzzy" in terms and not spacing_faults(terms), terms


RESULT_COUNT = {"fr": r"^\d+ résultats?$", "en": r"^\d+ results?$"}
NOTHING_FOUND = {"fr": "Aucun résultat", "en": "No results"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_counts_results_in_the_sites_words(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url("index.md", lang)).page
    search(page, NAME[lang])
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(RESULT_COUNT[lang]))
    expect(page.locator(".pcv-search-suggest")).to_be_hidden()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_search_that_finds_nothing_suggests_the_main_pages(
    open_page: Callable[..., Tab], site_url: str, lang: str, width: int
) -> None:
    page = open_page(page_url("index.md", lang), width).page
    suggestions = page.locator(".pcv-search-suggest")
    type_query(page, NAME[lang])
    expect(page.locator("a.md-search-result__link").first).to_be_attached()
    expect(suggestions).to_be_hidden()
    type_query(page, "xqzwv")
    expect(page.locator(".md-search-result__meta")).to_have_text(NOTHING_FOUND[lang])
    expect(suggestions).to_be_visible()
    links = suggestions.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert site_url + page_url(role_page("volunteer"), lang) in links, links
    assert site_url + page_url(role_page("activities"), lang) in links, links


# Typed fast on a phone (no accents, any case, a straight apostrophe), or copied from the other
# language: the country's page comes first; a country without a page, its mention first.
def _typed_fast() -> list[tuple[str, str, str | None, str]]:
    """(lang, query, shared path of the page first or None, code) from the data's countries."""
    alike = country_pages_named_alike()[:2]
    found = [("fr", folded(country_name(code, "fr")), path, code) for code, path in alike[:1]]
    found += [("fr", folded(country_name(code, "fr")).upper(), path, code) for code, path in alike[1:]]
    found += [("en", country_name(code, "fr"), path, code) for code, path in alike]
    return found + [(lang, folded(country_name(code, lang)), None, code)
                    for code in filter(None, [country_without_page()]) for lang in LANGUAGES]


@pytest.mark.parametrize("width", (NARROW, DESKTOP))
@pytest.mark.parametrize(("lang", "query", "path", "code"), _typed_fast())
def test_search_ignores_accents_case_and_elisions(
    open_page: Callable[..., Tab], site_url: str, lang: str, query: str, path: str | None, code: str, width: int
) -> None:
    page = open_page(page_url("index.md", lang), width).page
    results = search(page, query)
    if path:
        assert results[0] == site_url + page_url(path, lang), results
    else:  # a country without a page (Côte d'Ivoire): the first result is a page that names it
        first = page.locator(".md-search-result__article").first.inner_text()
        assert folded(country_name(code, lang)) in folded(first), first
    # Measured once the search panel has finished sliding in (a box read mid-transition is off by a fraction).
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    box = page.locator("a.md-search-result__link").first.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, "the result fits the screen"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_titled_as_typed_comes_first_and_then_a_page_of_the_programme(
    open_page: Callable[..., Tab], site_url: str, lang: str
) -> None:
    """"devenir volontaire": the volunteer page, then a page about the programme, not one about the site
    (accessibility, open data), which names the programme too."""
    path = role_page("volunteer")
    title = shown_meta(path, lang)["title"]
    # Known limit: Material makes every word typed a prefix ("a" -> "a*", any word starting with "a"),
    # so a one-letter word of the title ("Become a volunteer") is not typed here.
    query = " ".join(word for word in title.lower().split() if len(word) > 1)
    results = search(open_page(page_url("index.md", lang)).page, query)
    about_the_site = {site_url + page_url(role_page(role), lang) for role in ("accessibility", "open-data")}
    assert results[0] == site_url + page_url(path, lang) and results[1] not in about_the_site, results


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_word_finds_first_a_page_titled_with_one_of_its_synonyms(
    open_page: Callable[..., Tab], site_url: str, lang: str
) -> None:
    """VISITOR12 #10: « bénévole » and « bénévolat », the usual Québec words, found nothing on a site that says
    « volontaire ». Each word of a group of the strings' « search.synonyms » (typed without its accents too) finds
    first a page whose title has another word of its group, if one has."""
    synonyms = DATA.strings.get("search.synonyms")
    groups = synonym_groups(synonyms.in_(lang)) if synonyms else []
    titles = {site_url + page_url(path, lang): {fold(w) for w in re.findall(r"\w+", shown_meta(path, lang)["title"].lower())}
              for path in shared_page_paths()}
    page = open_page(page_url("index.md", lang)).page
    for group in groups:
        for word in group:
            others = {fold(w) for w in group - {word}}
            titled = {url for url, words in titles.items() if words & others and fold(word) not in words}
            if titled:
                for typed in {word, fold(word)}:
                    results = search(page, typed)
                    assert results[0] in titled, (typed, results)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_result_is_a_title_and_a_line_or_two_of_summary(open_page: Callable[..., Tab], lang: str) -> None:
    page = open_page(page_url("index.md", lang), NARROW).page
    search(page, NAME[lang])
    items = page.locator("li.md-search-result__item")
    expect(items.first.locator("h1").first).to_be_visible()
    # Under the title, the start of the page's text: at least a few words, at most two lines; one cut short ends
    # in « … » (a line clamp: the browser draws it).
    summaries = page.locator(".md-search-result__item a.md-search-result__link:visible article").evaluate_all(
        """els => els.map(e => { const title = e.querySelector('h1'), summary = title.nextElementSibling,
                                       style = getComputedStyle(summary);
          return [e.innerText.length - title.innerText.length,
                  Math.round(summary.getBoundingClientRect().height / parseFloat(style.lineHeight)),
                  summary.scrollHeight <= summary.clientHeight || style.webkitLineClamp !== 'none'] })""")
    assert summaries and all(chars > 20 and lines <= 2 and ends for chars, lines, ends in summaries), \
        f"summary per result (characters, lines, whole or ending in « … »): {summaries}"
    counts = items.evaluate_all("els => els.map(e => [...e.querySelectorAll('a.md-search-result__link')]"
                                ".filter(a => a.getClientRects().length).length)")
    assert counts and all(n == 1 for n in counts), f"visible links per result: {counts}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_words_typed_at_once_on_a_slow_phone_are_searched(browser, site_url: str, lang: str) -> None:
    """The theme's script arrives late (slow network): what was typed before it ran is still searched."""
    context = browser.new_context(viewport={"width": NARROW, "height": 640})
    page = context.new_page()
    page.route("**/*.js", lambda route: (time.sleep(1), route.continue_()))
    page.goto(site_url + page_url("index.md", lang))
    page.locator(".pcv-search-button").click()
    page.keyboard.type(NAME[lang])
    expect(page.locator(".md-search-result__list > li").first).to_be_visible(timeout=20_000)
    context.close()
