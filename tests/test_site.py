"""The built site: both languages, the switcher, alternates, figures from data, no other hosts."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from live_data import DATA, absent_country
from project_edits import data_of

from pcv.inspection.builds import ROOT, SITE_URL, build_site
from pcv.inspection.pages import (LANGUAGES, country_pages, elements, html_file, page_url, resolve, role_page,
                                  role_pages, shared_page_paths, shown_meta)
from pcv.pages.addresses import page_address
from pcv.pages.markdown import MarkdownPage
from pcv.text.formatting import country_name, format_figure, named_country
from pcv.text.plural import counted_key

CODE, SLUG = absent_country()  # a country staff have not added yet

PAGES = shared_page_paths()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_exists_in_both_languages_with_its_lang(built_site: Path, path: str, lang: str) -> None:
    html = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
    assert re.search(rf'<html lang="{lang}"', html)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_switcher_leads_to_the_same_page_in_the_other_language(built_site: Path, path: str, lang: str) -> None:
    url = page_url(path, lang)
    other = next(o for o in LANGUAGES if o != lang)
    tags = elements(html_file(built_site, url).read_text(encoding="utf-8"))
    switcher = [a for tag, a, _ in tags if tag == "a" and "pcv-lang__link" in a.get("class", "")]
    assert len(switcher) == 1, "one, in the header at every width"
    for link in switcher:
        assert link["hreflang"] == other and link["lang"] == other
        assert resolve(url, link["href"]) == page_url(path, other)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_head_names_absolute_alternates_and_x_default(built_site: Path, path: str, lang: str) -> None:
    tags = elements(html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8"))
    alternates = {a["hreflang"]: a["href"] for tag, a, _ in tags if tag == "link" and a.get("rel") == "alternate"}
    assert alternates == {
        "fr": SITE_URL + page_url(path, "fr"),
        "en": SITE_URL + page_url(path, "en"),
        "x-default": SITE_URL + page_url(path, "fr"),
    }


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_canonical_and_sharing_url_are_the_page_address(built_site: Path, path: str, lang: str) -> None:
    tags = elements(html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8"))
    canonical = [a["href"] for tag, a, _ in tags if tag == "link" and a.get("rel") == "canonical"]
    shared = [a["content"] for tag, a, _ in tags if tag == "meta" and a.get("property") == "og:url"]
    assert canonical == shared == [SITE_URL + page_url(path, lang)]


def _page(lang: str, path: str, meta: dict) -> tuple[tuple[str, str], MarkdownPage]:
    return (lang, path), MarkdownPage(lang, path, "", meta)


def test_a_page_address_is_made_of_its_slug_and_its_folder_page_slug() -> None:
    pages = dict([_page("en", "index.md", {}), _page("en", "activites/index.md", {"slug": "activities"}),
                  _page("en", "activites/bolivie.md", {"slug": "bolivia"}), _page("en", "activites/benin.md", {}),
                  _page("fr", "activites/bolivie.md", {}), _page("en", "approche.md", {"slug": "Not A Slug"})])
    assert page_address(pages, "en", "index.md") == ""
    assert page_address(pages, "en", "activites/index.md") == "activities/"
    assert page_address(pages, "en", "activites/bolivie.md") == "activities/bolivia/"
    assert page_address(pages, "en", "activites/benin.md") == "activities/benin/"
    assert page_address(pages, "fr", "activites/bolivie.md") == "activites/bolivie/"
    assert page_address(pages, "en", "approche.md") == "approche/"  # refused by the checks, never used


def test_every_link_between_pages_leads_to_a_page_and_its_anchor(built_site: Path) -> None:
    """Every link and alternate of every page to the site itself: a file that exists, and the id it names."""
    ids: dict[Path, set[str]] = {}
    for page in sorted(built_site.rglob("*.html")):
        url = page.relative_to(built_site).as_posix().removesuffix("index.html")
        for tag, attrs, _ in elements(page.read_text(encoding="utf-8")):
            href = attrs.get("href", "") if tag in ("a", "link") else ""
            if not href or href.startswith(("mailto:", "tel:", "data:")) or _is_other_host(href):
                continue
            target, _, anchor = resolve(url, href.removeprefix(SITE_URL.rstrip("/")) if href.startswith(SITE_URL)
                                        else href).partition("#")
            file = built_site / target.split("?")[0]
            file = file / "index.html" if file.is_dir() else file
            assert file.is_file(), f"/{url}: {href}"
            if anchor:
                if file not in ids:
                    ids[file] = {a["id"] for _, a, _ in elements(file.read_text(encoding="utf-8")) if "id" in a}
                assert anchor in ids[file], f"/{url}: {href}"


def test_sitemap_lists_every_page_with_alternates_and_x_default(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.startswith("<?xml")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    expected = {SITE_URL + page_url(p, lang) for p in PAGES for lang in LANGUAGES}
    assert set(locs) == expected and len(locs) == len(expected)
    assert sitemap.count('hreflang="x-default"') == len(expected)
    pairs = {SITE_URL + page_url(p, lang): {other: SITE_URL + page_url(p, other) for other in LANGUAGES}
             for p in PAGES for lang in LANGUAGES}
    for block in re.findall(r"<url>(.*?)</url>", sitemap, re.DOTALL):
        loc = re.search(r"<loc>([^<]+)</loc>", block).group(1)
        alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block))
        assert alternates == {**pairs[loc], "x-default": pairs[loc]["fr"]}, loc


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_shows_each_figure_in_its_language_format(built_site: Path, lang: str) -> None:
    """The number of countries, the period, then each target, in the data's order and the language's format."""
    period = DATA.programme.period
    expected = [format_figure(len(DATA.countries), "number", lang), f"{period.start}–{period.end}",
                *(format_figure(t.value, t.format, lang) for t in DATA.programme.targets)]
    values = re.findall(r'class="pcv-(?:figure__value|period__years)">([^<]+)<',
                        html_file(built_site, page_url("index.md", lang)).read_text(encoding="utf-8"))
    assert values == expected


def _edit_yaml(path: Path, change) -> None:
    data = data_of(path)
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_changed_figure_and_added_country_change_the_pages(project_copy: Path, tmp_path: Path) -> None:
    numbers = [t for t in DATA.programme.targets if t.format == "number"]  # a programme may have none: one added
    figure = numbers[0] if numbers else SimpleNamespace(id="added", value=1)

    def raise_figure(programme: dict) -> None:
        if not numbers:
            label = {"fr": "cible ajoutée pour l'essai", "en": "target added for the test"}
            programme["targets"].append({"id": figure.id, "value": figure.value, "format": "number", "label": label})
        next(t for t in programme["targets"] if t["id"] == figure.id)["value"] = figure.value + 1500

    _edit_yaml(project_copy / "data" / "programme.yaml", raise_figure)
    _edit_yaml(project_copy / "data" / "countries.yaml",
               lambda data: data["countries"].append({"code": CODE, "slug": SLUG}))
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.output

    french = html_file(result.site, page_url("index.md", "fr")).read_text(encoding="utf-8")
    english = html_file(result.site, page_url("index.md", "en")).read_text(encoding="utf-8")
    for lang, html in (("fr", french), ("en", english)):
        shown = re.findall(r'class="pcv-figure__value">([^<]+)<', html)
        assert format_figure(figure.value + 1500, "number", lang) in shown
        assert format_figure(figure.value, "number", lang) not in shown
        assert format_figure(len(DATA.countries) + 1, "number", lang) in shown
    # A country without a page: named in the home's one list of the countries, plain (not a chip, no link).
    for lang, html in (("fr", french), ("en", english)):
        plain = re.findall(r'<li class="is-plain">(.*?)</li>',
                           re.search(r'<ol class="pcv-where__list">.*?</ol>', html, re.S).group(0), re.S)
        assert any(re.search(rf"\b{re.escape(country_name(CODE, lang))}\b", re.sub(r"<[^>]+>", "", item))
                   and "<a " not in item for item in plain), lang
    if "activities" in role_pages():  # the countries' page, which a programme may leave out, lists it too
        activities = html_file(result.site, page_url(role_page("activities"), "en")).read_text(encoding="utf-8")
        others = re.search(r'<section class="pcv-section pcv-undescribed".*?</section>', activities, re.S).group(0)
        assert re.search(rf'<li>(<span [^>]*>\d+</span> )?{re.escape(country_name(CODE, "en"))}</li>', others)


# The footer's report and edit links (to the repository), and its link to CECI's website.
FOOTER_LINKS_OUT = ("pcv-page-details__report", "pcv-page-details__edit", "pcv-footer__organisation")


def _is_other_host(url: str) -> bool:
    return re.match(r"^(https?:)?//", url) is not None and not url.startswith(SITE_URL)


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        for tag, attrs, in_article in elements(page.read_text(encoding="utf-8")):
            for name in ("src", "href", "srcset", "poster", "data"):
                value = attrs.get(name, "")
                if not _is_other_host(value):
                    continue
                # Links only: in the page's text, or the footer's links out.
                chrome_link = attrs.get("class") in FOOTER_LINKS_OUT
                assert tag == "a" and (in_article or chrome_link), f"{page}: <{tag} {name}={value}> points to another host"
    for sheet in built_site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", sheet.read_text(encoding="utf-8")), sheet


@pytest.mark.parametrize(("prefix", "lang"), [("", "fr"), ("en/", "en")])
def test_not_found_page_is_in_its_language_with_one_line_to_the_other(built_site: Path, prefix: str, lang: str) -> None:
    html = (built_site / prefix / "404.html").read_text(encoding="utf-8")
    other = next(code for code in LANGUAGES if code != lang)
    assert f'<html lang="{lang}"' in html and len(re.findall(r"<h1\b", html)) == 1
    title = {"fr": "Page introuvable", "en": "Page not found"}
    assert f">{title[lang]}</h1>" in html
    line = re.search(rf'<p class="pcv-notfound__other" lang="{other}"><a href="([^"]+)">', html)
    assert line and line.group(1) == "/" + ("en/" if other == "en" else "") + "404.html"


def test_every_page_folder_answers_materials_sitemap_request(built_site: Path) -> None:
    """Material fetches sitemap.xml next to each hreflang alternate: none may 404."""
    for path in PAGES:
        for lang in LANGUAGES:
            sitemap = html_file(built_site, page_url(path, lang)).parent / "sitemap.xml"
            assert sitemap.read_text(encoding="utf-8").startswith("<?xml"), sitemap


def _text(html: str) -> str:
    """The text of a piece of HTML, its tags removed and its no-break spaces plain."""
    from html import unescape
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_call_pages_countries_are_cards_and_its_questions_do_not_loop(built_site: Path, lang: str) -> None:
    """Where (on a call to action's page whose call leads to another site and whose programme names it,
    "<id>.where.title"; none on the others): every country of the programme named once, a card each in the home's
    order, each with a page linked to it (VISITOR14 #9: plain names while their pages exist; VISITOR15 #1: a
    one-line list left the desktop's right half empty), and one link to the countries' page. A call that leads to
    another site has no « Des questions ? » box: the contact page sends its visitors to the same address, and the
    box led back there (VISITOR11 #2, the Volunteer ↔ Contact loop)."""
    home = html_file(built_site, page_url("index.md", lang)).read_text(encoding="utf-8")
    order = [_text(re.sub(r'<span class="pcv-map-key__number[^>]*>.*?</span>', "", item)).strip() for item in
             re.findall(r"<li[^>]*>(.*?)</li>", re.search(r'<ol class="pcv-where__list">(.*?)</ol>', home, re.S).group(1), re.S)]
    for call in DATA.programme.calls_to_action:
        url = page_url(role_page(call.id), lang)
        html = html_file(built_site, url).read_text(encoding="utf-8")
        if call.link:
            assert 'id="pcv-questions-title"' not in html, call.id
        if f"{call.id}.where.title" not in DATA.strings or not call.link:
            assert 'id="pcv-where-title"' not in html, f"{call.id}: no « where » box the programme does not name"
            continue
        assert 'class="pcv-card' not in html, call.id
        box = re.search(r'<section class="pcv-side-box" aria-labelledby="pcv-where-title">(.*?)</section>', html,
                        re.S).group(1)
        cards = re.search(r'<ol class="pcv-where__list pcv-where__list--cards">(.*?)</ol>', box, re.S).group(1)
        named = [_text(re.sub(r"<[^>]+>", "", item)).strip() for item in re.findall(r"<li[^>]*>(.*?)</li>", cards, re.S)]
        assert sorted(named) == sorted(named_country(c, lang) for c in DATA.countries), named
        assert named == order, "in the home's order"
        linked = {resolve(url, href) for href in re.findall(r'<a href="([^"]+)"', cards)}
        assert linked == {page_url(path, lang) for path in country_pages().values()}, linked
        links = re.findall(r'<a class="pcv-link" href="([^"]+)">', box)
        assert [resolve(url, href) for href in links] == [page_url(role_page("activities"), lang)], links


@pytest.mark.parametrize("lang", LANGUAGES)
def test_where_we_work_gives_each_country_its_target_groups_and_sectors(built_site: Path, lang: str) -> None:
    """A card per country with a page, with whom the programme works for there and in which sectors (when every
    card has them: the cards are even), before one opens the country's page. A programme without that page (it is optional) names them
    on the home page, each linked to its page."""
    if "activities" not in role_pages():
        home = html_file(built_site, page_url("index.md", lang)).read_text(encoding="utf-8")
        where = re.search(r'<ol class="pcv-where__list">(.*?)</ol>', home, re.S).group(1)
        assert all(country_name(c.code, lang) in _text(where) for c in DATA.countries if c.activities)
        return
    url = page_url(role_page("activities"), lang)
    html = html_file(built_site, url).read_text(encoding="utf-8")
    cards = re.findall(r'<li class="pcv-card pcv-card--link">(.*?)</li>', html, re.S)
    # VISITOR9 #6: in the order of the map's numbers (west to east), each card and other country by its number there;
    # each country named once beside the map (VISITOR12 #5: a key under the map, the cards and « Autres pays »).
    others = re.search(r'<section class="pcv-section pcv-undescribed".*?</section>', html, re.S)
    named = [(int(number), _text(name).strip()) for number, name in re.findall(
        r'<span class="pcv-map-key__number[^"]*" aria-hidden="true">(\d+)</span>(.*?)</(?:h\d|li)>',
        "".join(cards) + (others.group(0) if others else ""), re.S)]
    assert [number for number, _ in named] == list(range(1, len(DATA.countries) + 1)), named
    names = {country_name(c.code, lang): c for c in DATA.countries}
    assert sorted(name for _, name in named) == sorted(names), named
    assert 'class="pcv-map-key"' not in html
    described = [names[name] for _, name in named if names[name].activities]
    # VISITOR12: the cards read 1 to n (the map numbers the countries with a page first), not 1, 2, 3, 5, 6.
    assert len(cards) == len(described) == len([c for c in DATA.countries if c.activities])
    for country, card in zip(described, cards):
        text = _text(card)
        assert country_name(country.code, lang) in text
        # VISITOR11 #5: even cards, each showing the lists every card has (target groups, sectors), not a half of them;
        # VISITOR13 #4: a country's aims stand for its sectors where it has none
        lists = (("target_groups",), ("sectors", "aims"))
        shared = [names for names in lists if all(any(getattr(c.activities, n) for n in names) for c in described)]
        for names in lists:
            shown = next((n for n in names if getattr(country.activities, n)), None)
            for name in names:
                for item in getattr(country.activities, name):
                    assert (_text(item.in_(lang)) in text) == (names in shared and name == shown), (
                        country.code, name, item.in_(lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_country_page_says_nothing_of_the_lists_its_data_leaves_empty(built_site: Path, lang: str) -> None:
    """Its facts name the lists (target groups, sectors, local partners, regions) its data fills, and only those:
    what the sources do not give is the editors' business (VISITOR4: « nos sources ne précisent pas » read as
    back-office language)."""
    for code, path in country_pages().items():
        html = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
        activities = next(c.activities for c in DATA.countries if c.code == code)
        if activities is None:  # a page written before its activities: no facts at all
            assert 'class="pcv-facts"' not in html, code
            continue
        kinds = {"country.target_groups": activities.target_groups, "country.sectors": activities.sectors,
                 "country.aims": activities.aims, "country.local_partners": activities.local_partners,
                 "country.regions": activities.regions.places if activities.regions else ()}
        facts = re.search(r'<section class="pcv-facts".*?</section>', html, re.S).group(0)
        titles = [_text(title).strip().lower() for title in re.findall(r"<dt[^>]*>(.*?)</dt>", facts, re.S)]
        for key, items in kinds.items():  # titled in the singular or the plural as the items are many
            title = DATA.strings[counted_key(key, len(items), lang, DATA.strings)].in_(lang)
            assert (title.lower() in titles) == bool(items), (code, key, titles)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_partners_page_names_each_funders_intermediary_once(built_site: Path, lang: str) -> None:
    """The funder's name, then its acknowledgement: the intermediary under the name only when the acknowledgement
    does not name it already (VISITOR6: the funding sentence said twice in one block)."""
    html = html_file(built_site, page_url(role_page("partners"), lang)).read_text(encoding="utf-8")
    band = _text(re.search(r'<section class="pcv-section pcv-funders[^"]*".*?</section>', html, re.S).group(0))
    for funder in DATA.partners.funders:
        assert _text(funder.name.in_(lang)) in band and _text(funder.statement.in_(lang)) in band
        if funder.intermediary:
            assert band.count(_text(funder.intermediary.in_(lang))) == 1, band


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_homes_count_of_countries_is_the_programme_s(built_site: Path, lang: str) -> None:
    """« 7 pays où le programme est présent », the others named beside it: not « dont 5 décrits sur ce site »
    (VISITOR8 #6: the site's own gap, in the hero's most prominent sentence)."""
    html = html_file(built_site, page_url("index.md", lang)).read_text(encoding="utf-8")
    count = _text(re.search(r'<p class="pcv-where__count">(.*?)</p>', html, re.S).group(1))
    label = DATA.strings[counted_key("figure.countries", len(DATA.countries), lang, DATA.strings)].in_(lang)
    expected = f"{format_figure(len(DATA.countries), 'number', lang)} {_text(label)}"
    assert " ".join(count.split()) == " ".join(_text(expected).split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_intermediary_is_named_in_the_words_of_the_funders_acknowledgement(built_site: Path, lang: str) -> None:
    """One wording everywhere (VISITOR8 #10): the hero and the fact sheet said « (intermédiaire : Affaires mondiales
    Canada) » where the acknowledgement in the footer says « par l’entremise d’Affaires mondiales Canada ». Where a
    funder's acknowledgement names its intermediary, every page that names it uses the acknowledgement's words."""
    named = 0
    for funder in DATA.partners.funders:
        through, statement = funder.intermediary and _text(funder.intermediary.in_(lang)), _text(funder.statement.in_(lang))
        if not through or through not in statement:
            continue
        words = statement[:statement.index(through) + len(through)].rsplit(",", 1)[-1].strip()  # « par l’entremise d’… »
        for path in ("index.md", role_page("programme"), role_page("partners")):
            html = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
            main = _text(re.search(r"<main.*?</main>", html, re.S).group(0))
            assert main.count(through) and main.count(through) == main.count(words), (path, words, main)
            named += 1
    if not named:
        pytest.skip("no funder's acknowledgement names its intermediary")


def test_a_call_page_s_text_leads_to_its_action_s_address(built_site: Path) -> None:
    """VISITOR8 #1: the volunteer page's last step, « Continuez sur le site du CECI », was no link. A call's page may
    link « #pcv-action » (its action): each such link of its text goes to the call's own address (data/programme.yaml),
    and none is left pointing inside the page (the engine's side: tests/test_programmes.py, with a fixture's call)."""
    for call in DATA.programme.calls_to_action:
        if not call.link or call.id not in role_pages():
            continue
        path = role_page(call.id)
        for lang in LANGUAGES:
            asked = (ROOT / "docs" / lang / path).read_text(encoding="utf-8").count("(#pcv-action)")
            html = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
            text = "".join(re.findall(r'<div class="pcv-start__text">.*?</div>', html, re.S))
            assert 'href="#pcv-action"' not in html, (path, lang)
            assert text.count(f'href="{call.link.url.in_(lang)}"') == asked, (path, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_and_programme_page_say_who_runs_funds_and_partners_the_programme(built_site: Path, lang: str) -> None:
    """VISITOR9 #3 (the site never said who CECI is): « Qui mène le programme » on the home page, from the data: the
    organisation's full name, what the programme's data says of it, a link to its website, each funder's
    acknowledgement. The programme's page says who runs and funds it in its fact sheet, and leads to the partners
    page when the site has one, without repeating the home's block (VISITOR10 #9)."""
    url = page_url("index.md", lang)
    html = html_file(built_site, url).read_text(encoding="utf-8")
    block = re.search(r'<section class="pcv-section pcv-about".*?</section>', html, re.S).group(0)
    text = _text(block)
    assert DATA.programme.organisation_name.name.in_(lang) in _text(html)
    if "about.text" in DATA.strings:
        assert _text(DATA.strings["about.text"].in_(lang).format(**DATA.names(lang))) in text, text
    assert f'href="{DATA.programme.organisation_website.url.in_(lang)}"' in block
    for funder in DATA.partners.funders:  # on the home, in its hero and footer (its first round trip)
        assert _text(funder.statement.in_(lang)) in _text(html), text
    if "programme" not in role_pages():
        return
    url = page_url(role_page("programme"), lang)
    html = html_file(built_site, url).read_text(encoding="utf-8")
    sheet = re.search(r'<section class="pcv-side-box pcv-keyfacts".*?</section>', html, re.S).group(0)
    assert DATA.programme.organisation_name.name.in_(lang) in _text(sheet)
    assert f'href="{DATA.programme.organisation_website.url.in_(lang)}"' in sheet
    for funder in DATA.partners.funders:
        assert _text(funder.name.in_(lang)).strip() in _text(sheet), _text(sheet)
    assert 'class="pcv-section pcv-about"' not in html
    if "partners" in role_pages():
        article = re.search(r"<article.*?</article>", html, re.S).group(0)
        hrefs = [resolve(url, h) for h in re.findall(r'href="([^"]+)"', article)]
        assert page_url(role_page("partners"), lang) in hrefs, hrefs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_programme_page_adds_to_the_home_and_leads_on(built_site: Path, lang: str) -> None:
    """VISITOR10 #9: the programme's page repeated the home's sections (« Qui mène le programme »), ended with no
    next step, and showed its fact sheet after its text on phones. Now: no section of the home under the same
    title (but the calls to action, the end of every page), the fact sheet right after the text's introduction
    (before its first section), and a box for each of the site's countries and partners pages, by their titles."""
    if "programme" not in role_pages():
        pytest.skip("no programme page")
    def titles(html: str) -> set[str]:
        article = re.search(r"<article.*?</article>", html, re.S).group(0)
        return {_text(h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", article, re.S)}
    home = html_file(built_site, page_url("index.md", lang)).read_text(encoding="utf-8")
    url = page_url(role_page("programme"), lang)
    html = html_file(built_site, url).read_text(encoding="utf-8")
    calls = {_text(call.title.in_(lang)).strip() for call in DATA.programme.calls_to_action}
    assert titles(html) & titles(home) - calls == set()
    article = re.search(r"<article.*?</article>", html, re.S).group(0)
    text_sections = [m.start() for m in re.finditer(r'<h2 id="[^"]+"', article)]
    assert article.index("pcv-keyfacts") < text_sections[0], "the fact sheet after the text's first section"
    for role in ("activities", "partners"):
        if role in role_pages():
            target = page_url(role_pages()[role], lang)
            found = [_text(a).strip() for h, a in re.findall(r'<a href="([^"]+)">(.*?)</a>', article)
                     if resolve(url, h) == target]
            assert _text(shown_meta(role_pages()[role], lang)["title"]).strip() in found, (role, found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_list_of_countries_with_and_without_a_link_says_what_the_plain_ones_are(built_site: Path, lang: str) -> None:
    """VISITOR10 #3, on the live site: every list of the programme's countries that mixes linked and plain names
    (the home's, the volunteer page's, the programme's fact sheet) is followed by the note saying what plain means,
    with its count; unless the site has the countries' page, which says it once for all (VISITOR14 #6: the same
    note on home, programme and « Où nous travaillons »)."""
    plain = [c for c in DATA.countries if c.code not in country_pages()]
    key = counted_key("countries.unlinked.note", len(plain), lang, DATA.strings)
    expected = _text(DATA.strings[key].in_(lang)).strip()
    for path in shared_page_paths():
        html = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
        article = re.search(r"<article.*?</article>", html, re.S).group(0)
        lists = re.findall(r'<(?:ul|ol) class="pcv-where__list">.*?</(?:ul|ol)>|<dd>(?:\s*<span class="pcv-keyfacts__name">.*?)</dd>',
                           article, re.S)
        mixed = [part for part in lists if "<a " in part and any(country_name(c.code, lang) in _text(part) for c in plain)]
        notes = [_text(n).strip() for n in re.findall(r'class="pcv-(?:where|keyfacts)__note">(.*?)</(?:p|dd)>', article, re.S)]
        assert notes == ([] if "activities" in role_pages() else [expected] * len(mixed)), (path, notes, len(mixed))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_list_of_the_countries_reads_in_one_order(built_site: Path, lang: str) -> None:
    """VISITOR14 #9: the countries came in four orders (the home's, the fact sheet's, « Autres pays », the volunteer
    page's). Each list reads in the home's order (the map's numbers)."""
    def names(html: str) -> list[str]:
        return [_text(re.sub(r'<span class="pcv-map-key__number[^>]*>.*?</span>', "", item)).strip()
                for item in re.findall(r"<li[^>]*>(.*?)</li>", html, re.S)]

    home = html_file(built_site, page_url("index.md", lang)).read_text(encoding="utf-8")
    order = names(re.search(r'<ol class="pcv-where__list">(.*?)</ol>', home, re.S).group(1))
    assert sorted(order) == sorted(named_country(c, lang) for c in DATA.countries), order
    lists = []
    if "programme" in role_pages():
        sheet = html_file(built_site, page_url(role_pages()["programme"], lang)).read_text(encoding="utf-8")
        lists.append(re.findall(r'<span class="pcv-keyfacts__name">(.*?)</span>', sheet, re.S))
    for path in country_pages().values():
        page = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
        others = re.search(r'<nav class="pcv-others".*?<ul class="pcv-where__list">(.*?)</ul>', page, re.S)
        if others:
            lists.append(names(others.group(1)))
    for shown in lists:
        shown = [_text(name).strip() for name in shown]
        assert shown == [name for name in order if name in shown], (shown, order)
