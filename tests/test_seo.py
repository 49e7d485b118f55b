"""Found and shared: descriptions, Open Graph and Twitter tags, share images, canonical URLs,
robots.txt, edit links and one search index per language."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
import snowballstemmer
import yaml

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT, SITE_URL, build_site
from pcv.inspection.pages import (LANGUAGES, country_pages, elements, html_file, page_url, resolve, role_page,
                                  shared_page_paths, shown_meta)
from pcv.publishing.png_text import size, texts
from pcv.publishing.search_index import STEMMERS, is_entry_of, language_index, without_empty_preface
from pcv.publishing.search_snippets import LABELS
from pcv.publishing.share import share_card, tab_name
from pcv.text.formatting import country_name, format_figure

PAGES = shared_page_paths()
DATA = load_site_data(ROOT / "data")
COUNTRY = DATA.programme.locale_country  # Open Graph's locales: the site's languages in this country (none without)
_CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
SITE_NAMES = {"fr": _CONFIG["site_name"], **{language["locale"]: language["site_name"]
                                              for language in _CONFIG["plugins"]["i18n"]["languages"] if "site_name" in language}}


def front_matter(path: str, lang: str) -> dict:
    """The page's front matter as shown (its original's, while it awaits translation)."""
    return shown_meta(path, lang)


def shown_title(site: Path, path: str, lang: str) -> str:
    """The page's heading as readers see it (its Markdown's h1, which has an id), or its title (the home page)."""
    html_text = html_file(site, page_url(path, lang)).read_text(encoding="utf-8")
    h1 = re.search(r'<h1 id="[^"]*"[^>]*>(.*?)</h1>', html_text, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip() if h1 else front_matter(path, lang)["title"]


def head(site: Path, url: str) -> dict[str, list[str]]:
    """The page's <meta> values by name or property, and its canonical link."""
    found: dict[str, list[str]] = {}
    for tag, attrs, _ in elements(html_file(site, url).read_text(encoding="utf-8")):
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            found.setdefault(attrs.get("property") or attrs["name"], []).append(attrs.get("content", ""))
        elif tag == "link" and attrs.get("rel") == "canonical":
            found.setdefault("canonical", []).append(attrs["href"])
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_its_description_and_sharing_tags_in_its_language(
    built_site: Path, path: str, lang: str
) -> None:
    meta = front_matter(path, lang)
    url = page_url(path, lang)
    # The words here; their French spacing is checked by test_french_typography.py.
    tags = {name: [re.sub("[\u00a0\u202f]", " ", value) for value in values]
            for name, values in head(built_site, url).items()}
    other = next(o for o in LANGUAGES if o != lang)
    assert meta.get("description"), f"docs/{lang}/{path}: no description in the front matter"
    for material_only in ("viewport", "generator"):
        tags.pop(material_only)
    assert tags == {
        "description": [meta["description"]],
        "canonical": [SITE_URL + url],
        "og:type": ["website"],
        "og:site_name": [SITE_NAMES[lang]],
        "og:title": [SITE_NAMES[lang] if path == "index.md" else meta["title"]],
        "og:description": [meta["description"]],
        "og:url": [SITE_URL + url],
        "og:image": [f"{SITE_URL}assets/images/share-{lang}.png"],
        "og:image:type": ["image/png"],
        "og:image:width": ["1200"],
        "og:image:height": ["630"],
        "og:image:alt": [share_card(DATA, lang).alt],
        "twitter:card": ["summary_large_image"],
        **({"og:locale": [f"{lang}_{COUNTRY}"], "og:locale:alternate": [f"{other}_{COUNTRY}"]} if COUNTRY else {}),
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_share_image_is_a_1200_by_630_png_showing_the_current_data(built_site: Path, lang: str) -> None:
    png = (built_site / "assets" / "images" / f"share-{lang}.png").read_bytes()
    assert size(png) == (1200, 630)
    assert texts(png).get("Description") == share_card(DATA, lang).alt, (
        "The share image drawn by the build does not show the data."
    )


def _site_name(lang: str) -> str:
    """The site's short name in `lang` (mkdocs.yml: the first language's, or its language's under i18n)."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return next((language["site_name"] for language in config["plugins"]["i18n"]["languages"]
                 if language["locale"] == lang and "site_name" in language), config["site_name"])


def _label(lang: str) -> str:
    """The programme's label over the home page's headline ({programme}: its name, unless the programme words it)."""
    return DATA.strings["home.hero.label"].in_(lang).format(**DATA.names(lang))


def test_share_text_shows_the_label_period_and_headline() -> None:
    card, period = share_card(DATA, "fr"), DATA.programme.period
    assert card.alt == (f"{_label('fr')}, {period.start}–{period.end} : "
                        f"{DATA.programme.headline.in_('fr')}")


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_editor(built_site: Path) -> None:
    robots = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert robots == f"User-agent: *\nDisallow: /admin/\n\nSitemap: {SITE_URL}sitemap.xml\n"
    assert (built_site / "sitemap.xml").is_file()


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project built for another address and another repository."""
    result = build_site(ROOT, tmp_path_factory.mktemp("elsewhere"),
                        PCV_SITE_URL="https://example.net/pcv/", PCV_REPO_URL="https://github.com/example/fork")
    assert result.returncode == 0, result.output
    return result.site


def test_address_and_repository_come_from_the_environment(elsewhere: Path) -> None:
    robots = (elsewhere / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://example.net/pcv/sitemap.xml\n" in robots and "Disallow: /pcv/admin/\n" in robots
    page = sorted(country_pages().values() or [p for p in PAGES if "/" in p] or PAGES)[0]  # in a folder if any
    tags = head(elsewhere, page_url(page, "en"))
    assert tags["canonical"] == tags["og:url"] == [f"https://example.net/pcv/{page_url(page, 'en')}"]
    assert tags["og:image"] == ["https://example.net/pcv/assets/images/share-en.png"]
    editor = yaml.safe_load((elsewhere / "admin" / "config.yml").read_text(encoding="utf-8"))
    assert editor["backend"]["repo"] == "example/fork"  # not mkdocs.yml's: the Pages workflow gives its own


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tab_title_names_the_page_then_the_programme_and_its_organisation(built_site: Path, lang: str) -> None:
    """"Devenir volontaire - Programme de coopération volontaire du CECI": a shared link or a tab says whose it is;
    the home page's is that name alone (not "Accueil - …"). A name too long for a tab gives way to the site's."""
    label = tab_name(_label(lang), _site_name(lang))
    for path in PAGES:
        html_text = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
        title = html.unescape(re.search(r"<title>(.*?)</title>", html_text, re.S).group(1))
        assert title == (label if path == "index.md" else f"{front_matter(path, lang)['title']} - {label}"), (path, title)


# Search: one index per language ------------------------------------------------------------


def search_index(site: Path, lang: str) -> dict:
    prefix = "" if lang == "fr" else f"{lang}/"
    return json.loads((site / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_index_of_its_own_pages_once(built_site: Path, lang: str) -> None:
    index = search_index(built_site, lang)
    assert index["config"]["lang"] == [lang]
    locations = [doc["location"] for doc in index["docs"]]
    assert len(locations) == len(set(locations))
    prefix = "" if lang == "fr" else f"{lang}/"
    pages = {doc["location"]: doc["title"] for doc in index["docs"] if "#" not in doc["location"]}
    assert pages == {
        page_url(path, lang).removeprefix(prefix): shown_title(built_site, path, lang) for path in PAGES
    }


def shown_in_index(site: Path, lang: str, path: str) -> str:
    """The text that the index of `lang` holds for page `path`, in all its sections, as readers see it: what a result
    shows of it and its labels (searched, not shown: pcv/publishing/search_snippets.py)."""
    location = page_url(path, lang).removeprefix("" if lang == "fr" else f"{lang}/")
    docs = [d for d in search_index(site, lang)["docs"] if is_entry_of(d["location"], location)]
    return html.unescape(" ".join(f"{d['title']} {_searched_text(d)}" for d in docs))


def _searched_text(doc: dict) -> str:
    """An entry's text as search reads it: what a result shows, and the labels searched as the text is."""
    return f"{doc['text']} {doc.get(LABELS, '')}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_holds_what_templates_draw_from_data(built_site: Path, lang: str) -> None:
    """Country facts, partners, the funder and the figures are found on the page that shows them (spaces read as
    spaces: French typography puts no-break ones inside « »)."""
    spaced = str.maketrans({"\u00a0": " ", "\u202f": " "})
    for country in DATA.countries:
        if country.activities is None:
            continue
        facts = country.activities
        items = [*facts.target_groups, *facts.sectors, *facts.local_partners, *(facts.regions.places if facts.regions else ())]
        shown = shown_in_index(built_site, lang, country_pages()[country.code]).translate(spaced)
        missing = [i.in_(lang) for i in items if i.in_(lang).translate(spaced) not in shown]
        assert not missing, missing
    partners = shown_in_index(built_site, lang, role_page("partners")).translate(spaced)
    assert all(f.intermediary.in_(lang).translate(spaced) in partners for f in DATA.partners.funders if f.intermediary)
    assert all(p.name.in_(lang).translate(spaced) in partners for group in DATA.partners.groups for p in group.organisations)
    home = shown_in_index(built_site, lang, "index.md")
    assert all(format_figure(t.value, t.format, lang) in home for t in DATA.programme.targets)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_leaves_out_what_screen_readers_skip(built_site: Path, lang: str) -> None:
    """The map (aria-hidden) names every country: a country page is not found by the others' names."""
    for country in DATA.countries:
        if country.activities is None:
            continue
        path = country_pages()[country.code]
        markdown = (ROOT / "docs" / lang / path).read_text(encoding="utf-8")
        shown = shown_in_index(built_site, lang, path)
        others = [country_name(c.code, lang) for c in DATA.countries if c.code != country.code]
        assert [name for name in others if name in shown and name not in markdown] == [], path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_leaves_out_the_map_caption_and_keeps_words_apart(built_site: Path, lang: str) -> None:
    """A result's summary is the page's text: not the caption under a country's map, and no two words glued
    where the page draws an icon between them (a button's arrow before "sur ceci.org")."""
    for country in DATA.countries:
        if country.activities is None:
            continue
        caption = DATA.strings["map.caption"].in_(lang).format(country=country_name(country.code, lang))
        shown = shown_in_index(built_site, lang, country_pages()[country.code])
        assert re.sub(r"\s", " ", caption) not in re.sub(r"\s", " ", shown), country.code
    for path in PAGES:
        page = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
        shown = shown_in_index(built_site, lang, path)
        for before, after in re.findall(r"([^\W\d_]+)<svg\b.*?</svg>\s*(?:<[a-z][^>]*>)*([^\W\d_]+)", page, re.S):
            assert f"{before}{after}" not in shown, (path, before, after)


def test_an_empty_preface_before_the_h1_is_not_an_entry() -> None:
    edit_link_then_h1 = [{"location": "a/", "title": "A", "text": " "},
                         {"location": "a/#a", "title": "A", "text": "<p>Text</p>"},
                         {"location": "a/#b", "title": "B", "text": "<p>More</p>"}]
    assert [d["location"] for d in without_empty_preface(edit_link_then_h1, "a/", "a")] == ["a/", "a/#b"]
    home = [{"location": "", "title": "Home", "text": "<p>Hero</p>"}, {"location": "#x", "title": "X", "text": ""}]
    assert without_empty_preface(home, "", None) == home


def test_no_index_mixes_languages(built_site: Path) -> None:
    french = {doc["title"] for doc in search_index(built_site, "fr")["docs"]}
    english = {doc["title"] for doc in search_index(built_site, "en")["docs"]}
    names = [(front_matter(path, "fr")["title"], front_matter(path, "en")["title"]) for path in PAGES]
    fr, en = next((fr, en) for fr, en in names if fr not in en and en not in fr)  # named otherwise in each language
    assert fr in french and en not in french
    assert en in english and fr not in english


def _index_words(value: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", html.unescape(re.sub(r"<[^>]+>", " ", value)).lower()))


@pytest.mark.parametrize("field", ["title", "text"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_page_is_found_by_another_form_of_its_words(built_site: Path, lang: str, field: str) -> None:
    """A word of another page that shares a stem with a word of the field ("volontaires", "volontaire") but
    that the field lacks is among the field's variants, weighed as the field: a search for it finds the page."""
    index = search_index(built_site, lang)
    stem = snowballstemmer.stemmer(STEMMERS[lang]).stemWord
    words = [(doc, _index_words(_searched_text(doc) if field == "text" else doc[field])) for doc in index["docs"]]
    everywhere = set().union(*(_index_words(f"{d['title']} {_searched_text(d)}") for d in index["docs"]))
    forms = [(doc, other) for doc, own in words for other in sorted(everywhere - own)
             if any(stem(other) == stem(word) for word in own)]
    # Texts always share some stem between pages; short titles may not (PROGRAMME9 F4: « Give », « Contact »).
    assert forms or field == "title", "no word of this language's pages has another form on another page"
    assert [(doc["location"], other) for doc, other in forms if other not in doc[f"{field}_variants"].split()] == []
    assert index["config"]["fields"][f"{field}_variants"] == index["config"]["fields"][field]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_searches_the_index_of_its_language(built_site: Path, path: str, lang: str) -> None:
    url = page_url(path, lang)
    html = html_file(built_site, url).read_text(encoding="utf-8")
    app = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html).group(1))
    base = app["base"] if app["base"].endswith("/") else app["base"] + "/"
    assert resolve(url, base + "search/search_index.json") == ("" if lang == "fr" else f"{lang}/") + "search/search_index.json"
    assert resolve(url, app["search"]) == resolve("", "assets/javascripts/workers/" + app["search"].rsplit("/", 1)[1])


def test_language_index_keeps_one_entry_per_location_of_its_language() -> None:
    merged = {
        "config": {"lang": ["fr", "en"], "separator": r"[\s\-’']+", "pipeline": ["stopWordFilter"],
                   "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
        "docs": [
            {"location": "", "title": "Accueil", "text": "<p>Les partenaires</p>"},
            {"location": "a/", "title": "Un partenaire", "text": "<p>l’appui</p>"},
            {"location": "en/", "title": "Home", "text": "<p>Partners</p>"},
            {"location": "a/", "title": "Un partenaire", "text": "<p>l’appui du partenaire</p>"},
        ],
    }
    french = language_index(merged, "fr", "", ("en/",))
    english = language_index(merged, "en", "en/", ())
    assert [d["location"] for d in french["docs"]] == ["", "a/"]
    assert french["docs"][1]["text"] == "<p>l’appui du partenaire</p>"
    assert french["docs"][1]["title_variants"] == "partenaires"  # from the home page's text
    assert french["docs"][1]["text_variants"] == "partenaires"
    assert french["docs"][0]["text_variants"] == "partenaire"
    assert french["docs"][0]["title_variants"] == ""
    assert french["config"]["lang"] == ["fr"]
    assert french["config"]["fields"]["title_variants"] == {"boost": 1000.0}
    assert [d["location"] for d in english["docs"]] == [""]
    assert english["config"]["lang"] == ["en"]
