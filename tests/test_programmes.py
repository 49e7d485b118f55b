"""Programmes of other shapes build with the engine, with nothing of the PCV in them.

Two fictional programmes, each made only of its own mkdocs.yml, data/ and docs/:
tests/fixtures/programme-fictif/ (3 countries, one with a page outside activites/, 2 targets,
2 themes, 4 aspirations, one funder with no intermediary, one group of local partners whose
source is in English, no call to action), and tests/fixtures/programme-atelier/ (12 countries
none with a page, no partner group, no call to action, one theme, 7 targets, a funder with an
intermediary, very long names, a period that starts after its data's date, pages in folders of
their own that declare their role and no template). Every expectation is read from the data they build.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import html
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import material
import yaml
from PIL import Image
from project_edits import data_of, edit

from pcv.data.loading import SCHEMA_DIR, DataProblems, default_strings, load_site_data
from pcv.data.models import LANGUAGES, CallToAction, SiteData
from pcv.checks.address_language import address_language_problems
from pcv.checks.page_set import address_problems
from pcv.inspection.builds import FIXTURES, ROOT, BuildResult, assemble_programme, build_programme
from pcv.text.plain_words import plain_words
from pcv.inspection.pages import elements, resolve
from pcv.inspection.site_checks import block_texts, broken_links, empty_parts, shown_text
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages
from pcv.pages.roles import role_problems
from pcv.publishing.png_text import texts as png_texts
from pcv.publishing.share import HEIGHT, WIDTH
from pcv.publishing.share_image import MARGIN_X
from pcv.text.formatting import country_name, format_period, french_elision
from pcv.theme.icons import ICONS

PROGRAMME = FIXTURES / "programme-fictif"
ATELIER = FIXTURES / "programme-atelier"
PROGRAMMES = (PROGRAMME, ATELIER)
SITE_URL = "https://jardins.example.org/"


def _build(programme: Path, workspace: Path) -> BuildResult:
    return build_programme(programme, workspace, PCV_SITE_URL=SITE_URL)


@pytest.fixture
def built(programme_site) -> Callable[[Path], Path]:
    """`built(programme)`: the site of a fixture programme at its own addresses (conftest's programme_site)."""
    return functools.partial(programme_site, PCV_SITE_URL=SITE_URL)


@pytest.fixture(params=PROGRAMMES, ids=lambda programme: programme.name)
def programme(request: pytest.FixtureRequest) -> Path:
    return request.param


@pytest.fixture
def site(built, programme: Path) -> Path:
    return built(programme)


def _pages(programme: Path = PROGRAMME):
    return read_pages(programme / "docs")[0]


def _html(site: Path, lang: str, path: str, programme: Path = PROGRAMME) -> str:
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    return (site / prefix / page_address(_pages(programme), lang, path) / "index.html").read_text(encoding="utf-8")


def _role_path(role: str, programme: Path = PROGRAMME) -> str:
    return next(path for (lang, path), page in _pages(programme).items()
                if lang == "fr" and page.meta.get("role") == role)


def _other_programmes(programme: Path) -> list[Path]:
    """The project's programme (the PCV) and the other fixture, but not `programme` (the project may hold it)."""
    own = (programme / "data" / "programme.yaml").read_bytes()
    return [other for other in (ROOT, *PROGRAMMES) if (other / "data" / "programme.yaml").read_bytes() != own]


def _pcv_texts(source: Path = ROOT) -> tuple[set[str], set[str]]:
    """A programme's own texts (its data and its strings.yaml, if any) and its names (acronyms, organisation):
    the PCV's by default."""
    data = load_site_data(source / "data")
    programme, partners = data.programme, data.partners
    texts = [programme.name, programme.headline, programme.tagline, programme.organisation_name.name,
             *(t.label for t in programme.targets), *(t.title for t in programme.themes),
             *(t.summary for t in programme.themes),
             *(text for call in programme.calls_to_action for text in (call.title, call.text, call.label)),
             *(text for funder in partners.funders for text in (funder.name, funder.statement)),
             *(group.title for group in partners.groups),
             *(partner.name for group in partners.groups for partner in group.organisations)]
    strings = source / "data" / "strings.yaml"
    own = (yaml.safe_load(strings.read_text(encoding="utf-8")) or {}) if strings.exists() else {}
    chunks = {chunk for value in own.values() for lang in LANGUAGES for chunk in re.split(r"\{\w+\}", value[lang])}
    engine = [value[lang] for value in default_strings().values() for lang in LANGUAGES]  # any programme's words
    shown = {text.in_(lang) for text in texts for lang in LANGUAGES} | {
        c.strip() for c in chunks if len(c) > 12 and not any(c.strip() in text for text in engine)}
    names = {text.in_(lang) for text in (programme.acronym, programme.organisation) for lang in LANGUAGES}
    return shown, names


def _published_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.is_file() and "admin" not in p.relative_to(site).parts)


@pytest.mark.engine_only
def test_every_page_exists_in_both_languages_at_its_own_address(site: Path, programme: Path) -> None:
    pages = _pages(programme)
    for (lang, path), page in sorted(pages.items()):
        html = _html(site, lang, path, programme)
        assert f'<html lang="{lang}"' in html, (lang, path)
        if path != "index.md":  # the home page's tab says the programme's name alone
            assert f"<title>{page.meta['title']}" in html.replace("\u00a0", " ").replace("&#39;", "'"), (lang, path)
    slugs = {path: page.meta["slug"] for (lang, path), page in pages.items() if lang == "en" and "slug" in page.meta}
    for path, slug in slugs.items():
        assert page_address(pages, "en", path).rstrip("/").endswith(slug)
        assert page_address(pages, "en", path) != page_address(pages, "fr", path)


def test_nothing_of_the_pcv_in_pages_data_files_images_or_file_names(site: Path, programme: Path) -> None:
    """Nothing of the project's programme (the PCV), or of the other fixture, in a fixture's site; but what the
    fixture itself says too (PROGRAMME7 F6: two programmes may share an acronym, « SGP », or a phrase)."""
    others = [_pcv_texts(other) for other in _other_programmes(programme)]
    own_shown, own_names = _pcv_texts(programme)
    shown = {text for texts, _ in others for text in texts if not any(text in own for own in own_shown)}
    names = set().union(*(names for _, names in others)) - own_names
    word = re.compile(rf"\b({'|'.join(map(re.escape, sorted(names)))})\b" if names else r"(?!)")
    for file in _published_files(site):
        name = file.relative_to(site).as_posix()
        assert not word.search(name.upper()), name
        if file.suffix == ".html":
            text = shown_text(file.read_text(encoding="utf-8")).replace("\u00a0", " ").replace("\u202f", " ")
        elif file.suffix in (".json", ".csv", ".xml", ".txt"):
            text = file.read_text(encoding="utf-8-sig")
        elif file.suffix == ".png":
            text = "\n".join(png_texts(file.read_bytes()).values())
        else:
            continue
        assert not word.search(text), f"{name}: {word.search(text).group()}"
        found = [t for t in shown if t in text]
        assert not found, f"{name}: {found}"


def _strings(value: object) -> list[str]:
    """Every text in a JSON document."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return [value] if isinstance(value, str) else []


@pytest.mark.engine_only
def test_no_placeholder_left_as_typed(site: Path) -> None:
    for file in _published_files(site):
        content = file.read_text(encoding="utf-8-sig") if file.suffix in (".html", ".json", ".csv") else ""
        text = {".html": shown_text, ".json": lambda c: "\n".join(_strings(json.loads(c)))}.get(
            file.suffix, lambda c: c)(content)
        assert not re.search(r"\{\{|\}\}|\{[a-z_]+\}", text), file


@pytest.mark.engine_only
def test_no_empty_part_and_every_link_and_anchor_resolves(site: Path) -> None:
    for file in sorted(site.rglob("*.html")):
        if "admin" not in file.relative_to(site).parts:
            assert empty_parts(file.read_text(encoding="utf-8")) == [], file
    assert broken_links(site, SITE_URL) == []


@pytest.mark.engine_only
def test_pages_are_found_by_their_role_and_the_footer_names_them_by_their_title(site: Path, programme: Path) -> None:
    pages = _pages(programme)
    for lang in LANGUAGES:
        prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
        home = _html(site, lang, "index.md", programme)
        links = {resolve(prefix, href): _plain(text) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', home)}
        for role in ("partners", "contact", "accessibility", "open-data"):
            path = _role_path(role, programme)
            assert links.get(prefix + page_address(pages, lang, path)) == pages[(lang, path)].meta["title"], (lang, role)


def _plain(html_text: str) -> str:
    return html.unescape(html_text).replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.engine_only
def test_country_pages_are_found_by_their_country(built) -> None:
    site = built(PROGRAMME)
    data = load_site_data(PROGRAMME / "data")
    for lang in LANGUAGES:
        described = [path for (page_lang, path), page in _pages().items()
                     if page_lang == lang and page.meta.get("country")]
        activities = _html(site, lang, _role_path("activities"))
        for path in described:
            assert not path.startswith("activites/")
            assert f'href="{page_address(_pages(), lang, path).removeprefix(page_address(_pages(), lang, _role_path("activities")))}"' in activities
        facts = _html(site, lang, described[0])
        country = next(c for c in data.countries if c.code == _pages()[("fr", described[0])].meta["country"])
        for group in country.activities.target_groups:
            assert group.in_(lang) in facts
        # The country is drawn in the programme's own colour: its caption names no colour of a brand.
        caption = re.search(r"<figcaption>(.*?)</figcaption>", facts, re.S).group(1).lower()
        assert not set(re.findall(r"\w+", caption)) & _BRAND_COLOUR_WORDS, caption


@pytest.mark.engine_only
def test_a_country_named_in_the_data_is_called_so_everywhere_the_site_names_it(tmp_path: Path) -> None:
    """PROGRAMME8 F4: a page titled « Viet Nam » had « Vietnam » (CLDR's) on its map, the lists and the open data,
    and the programme had no way to word it. The data's `name:` is the country's name wherever the site writes it."""
    programme = shutil.copytree(PROGRAMME, tmp_path / "programme")
    path = next(path for (lang, path), page in _pages().items() if lang == "fr" and page.meta.get("country"))
    code = _pages()[("fr", path)].meta["country"]
    named = {"fr": "Terre des jardins", "en": "Garden Land"}  # fictional: no CLDR name
    edit(programme / "data" / "countries.yaml", f"  - code: {code}\n",
         f"  - code: {code}\n    name:\n      fr: {named['fr']}\n      en: {named['en']}\n")
    result = _build(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    for lang in LANGUAGES:
        facts = re.search(r"<figcaption>(.*?)</figcaption>", _html(result.site, lang, path, programme), re.S).group(1)
        assert named[lang] in facts and country_name(code, lang) not in facts, facts
        home = shown_text(_html(result.site, lang, "index.md", programme))
        assert named[lang] in home and country_name(code, lang) not in home, lang
    opened = [json.loads(file.read_text(encoding="utf-8")) for file in result.site.rglob("*.json")
              if "iso_3166_1_alpha_2" in file.read_text(encoding="utf-8")]
    assert opened and all({"iso_3166_1_alpha_2": code, "name": named} in data["countries"] for data in opened)


_BRAND_COLOUR_WORDS = {"rouge", "red", "vert", "green", "bleu", "blue", "violet", "purple", "orange", "jaune", "yellow"}


@pytest.mark.engine_only
def test_no_call_to_action_draws_no_button_and_a_funder_without_intermediary_no_comma(built) -> None:
    site = built(PROGRAMME)
    data = load_site_data(PROGRAMME / "data")
    assert not data.programme.calls_to_action
    for lang in LANGUAGES:
        home = _html(site, lang, "index.md")
        assert "pcv-header__cta" not in home and "pcv-cta" not in home
        partners = _html(site, lang, _role_path("partners"))
        for funder in data.partners.funders:
            assert funder.intermediary is None
            assert f'<p class="pcv-funder__name">{funder.name.in_(lang)}</p>' in partners


@pytest.mark.engine_only
def test_partner_source_link_says_the_language_the_data_gives(built) -> None:
    site = built(PROGRAMME)
    data = load_site_data(PROGRAMME / "data")
    for group in data.partners.groups:
        for lang in LANGUAGES:
            page = _html(site, lang, _role_path("partners"))
            link = next(a for tag, a, _ in elements(page) if tag == "a" and a.get("href") == group.source.url)
            assert link.get("hreflang") == (group.source.lang if group.source.lang != lang else None)
            assert group.title.in_(lang).replace("’", "’") in page


@pytest.mark.engine_only
def test_each_theme_draws_the_icon_its_data_chooses(built) -> None:
    site = built(PROGRAMME)
    data = load_site_data(PROGRAMME / "data")
    schema = json.loads((SCHEMA_DIR / "programme.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["themes"]["items"]["properties"]["icon"]["enum"] == sorted(ICONS)
    cards = re.findall(r'<li class="pcv-theme">(.*?)</li>', _html(site, "fr", "index.md"), re.DOTALL)
    assert len(cards) == len(data.programme.themes)
    for theme, card in zip(data.programme.themes, cards):
        assert re.findall(r' d="([^"]+)"', card) == re.findall(r' d="([^"]+)"', ICONS[theme.icon])


# A variant of the fixture: no funder, a group with no organisation, a country page with no activities,
# the only described country's page gone, no target, no theme.
def _variant(project: Path) -> None:
    programme = yaml.safe_load((project / "data/programme.yaml").read_text(encoding="utf-8"))
    programme["targets"], programme["themes"] = [], []
    (project / "data/programme.yaml").write_text(yaml.safe_dump(programme, allow_unicode=True), encoding="utf-8")
    partners = yaml.safe_load((project / "data/partners.yaml").read_text(encoding="utf-8"))
    partners["funders"] = []
    partners["groups"][0]["organisations"] = []
    (project / "data/partners.yaml").write_text(yaml.safe_dump(partners, allow_unicode=True), encoding="utf-8")
    countries = data_of(project / "data/countries.yaml")
    for country in countries["countries"]:
        country.pop("activities", None)
    (project / "data/countries.yaml").write_text(yaml.safe_dump(countries, allow_unicode=True), encoding="utf-8")
    for lang in LANGUAGES:
        (project / f"docs/{lang}/pays/perou.md").unlink()
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      - pays/perou.md\n", ""), encoding="utf-8")


@pytest.mark.engine_only
def test_empty_lists_draw_nothing(tmp_path: Path) -> None:
    shutil.copytree(PROGRAMME, tmp_path / "programme")
    _variant(tmp_path / "programme")
    result = _build(tmp_path / "programme", tmp_path / "build")
    assert result.returncode == 0, result.output
    data = load_site_data(tmp_path / "programme" / "data")
    strings = yaml.safe_load((ROOT / "pcv/text/interface.yaml").read_text(encoding="utf-8"))
    for file in sorted(result.site.rglob("*.html")):
        if "admin" not in file.relative_to(result.site).parts:
            assert empty_parts(file.read_text(encoding="utf-8")) == [], file
    for lang in LANGUAGES:
        partners = shown_text(_html(result.site, lang, _role_path("partners")))
        assert strings["partners.funder.title"][lang] not in partners
        assert data.partners.groups[0].title.in_(lang) not in partners
        # No partner: the programme's page says nothing of them (PROGRAMME9 F1: « Des organisations … sont partenaires »).
        assert data.strings["about.partners.title"].in_(lang) not in shown_text(_html(result.site, lang,
                                                                                       _role_path("programme")))
        countries = shown_text(_html(result.site, lang, _role_path("activities")))
        assert strings["countries.with_page"][lang] not in countries.replace("\u202f", " ").replace("\u00a0", " ")
        for path in ("index.md", _role_path("programme")):
            html = _html(result.site, lang, path)
            assert 'id="pcv-targets-title"' not in html and 'id="pcv-themes-title"' not in html, (lang, path)
        # No targets: the period (required) is still on the home page (PROGRAMME5 F7), and the open-data page offers
        # no file of targets, which would be a header alone (F4).
        home = " ".join(_plain(text) for text in block_texts(_html(result.site, lang, "index.md")))
        assert format_period(data.programme.period) in home, home
        open_data = _html(result.site, lang, _role_path("open-data"))
        assert strings["opendata.file.targets"][lang] not in _plain(open_data)
        assert not list(result.site.rglob("*-cibles.csv")) and not list(result.site.rglob("*-targets.csv"))


@pytest.mark.engine_only
def test_a_missing_required_role_names_what_to_add(tmp_path: Path) -> None:
    shutil.copytree(PROGRAMME, tmp_path / "programme")
    for lang in LANGUAGES:
        page = tmp_path / f"programme/docs/{lang}/{_role_path('open-data')}"
        page.write_text(page.read_text(encoding="utf-8").replace("role: open-data\n", ""), encoding="utf-8")
    result = _build(tmp_path / "programme", tmp_path / "build")
    assert result.returncode == 1
    said = next(line for line in result.output.splitlines() if "aucune page n'a le rôle « open-data »" in line)
    # STAFF9 F2: a page deleted by mistake is restored first, not made again by hand
    assert said.index("Si cette page a été supprimée par erreur, rétablissez-la") < said.index(
        "ajoutez la ligne « role: open-data »"), said
    assert "Traceback" not in result.output


@pytest.mark.engine_only
def test_a_call_to_action_without_its_page_says_it_may_be_removed_from_the_data() -> None:
    data = load_site_data(PROGRAMME / "data")
    call = CallToAction("ecrire", *(data.programme.headline,) * 3, None)
    data = dataclasses.replace(data, programme=dataclasses.replace(data.programme, calls_to_action=(call,)))
    (problem,) = [str(p) for p in role_problems(_pages(), data)]
    assert "aucune page n'a le rôle « ecrire »" in problem and "ajoutez la ligne « role: ecrire »" in problem
    assert problem.endswith("Ou, si le programme ne fait plus cet appel, retirez-le de « Appels à l'action » "
                            "(calls_to_action) dans data/programme.yaml."), problem


@pytest.mark.engine_only
def test_engine_strings_need_no_programme_strings_file() -> None:
    data: SiteData = load_site_data(PROGRAMME / "data")
    assert not (PROGRAMME / "data" / "strings.yaml").exists()
    engine = yaml.safe_load((ROOT / "pcv/text/interface.yaml").read_text(encoding="utf-8"))
    assert {key: (text.fr, text.en) for key, text in data.strings.items()} == {
        key: (value["fr"], value["en"]) for key, value in engine.items()}


@pytest.mark.engine_only
def test_english_defaults_spell_programme_as_the_programme_s_own_name_does(tmp_path: Path) -> None:
    """« Discover the program » under a « … Programme »: the engine's English texts take the word its name uses."""
    data_dir = shutil.copytree(PROGRAMME / "data", tmp_path / "data")
    english = load_site_data(data_dir).programme.name.en
    assert re.search(r"\bProgram\b", english)
    text = (data_dir / "programme.yaml").read_text(encoding="utf-8")
    (data_dir / "programme.yaml").write_text(text.replace(english, english.replace("Program", "Programme"), 1),
                                             encoding="utf-8")
    engine = yaml.safe_load((ROOT / "pcv/text/interface.yaml").read_text(encoding="utf-8"))
    strings = load_site_data(data_dir).strings
    spelled = [key for key, value in engine.items() if re.search(r"\bprogram\b", value["en"], re.I)]
    assert spelled
    for key in spelled:
        assert not re.search(r"\bprogram\b", strings[key].en, re.I), strings[key].en
        assert re.search(r"\bprogramme\b", strings[key].en, re.I), strings[key].en
        assert strings[key].fr == engine[key]["fr"]


@pytest.mark.engine_only
def test_english_defaults_spell_organisation_as_the_programme_writes_it(tmp_path: Path) -> None:
    """PROGRAMME9 F13: « Organization that runs the programme » under a « … Programme »: the engine's « organization »
    follows the programme's own English texts, or, when they write neither spelling, the spelling of its name."""
    data_dir = shutil.copytree(PROGRAMME / "data", tmp_path / "data")
    english = load_site_data(data_dir).programme.name.en
    text = (data_dir / "programme.yaml").read_text(encoding="utf-8")
    (data_dir / "programme.yaml").write_text(text.replace(english, english.replace("Program", "Programme"), 1),
                                             encoding="utf-8")
    for file in data_dir.glob("*.yaml"):  # its own texts write neither spelling (the fixture's « organization »)
        file.write_text(re.sub(r"\b[Oo]rganization\b", "body", file.read_text(encoding="utf-8")), encoding="utf-8")
    engine = yaml.safe_load((ROOT / "pcv/text/interface.yaml").read_text(encoding="utf-8"))
    spelled = [key for key, value in engine.items() if re.search(r"\borganiz", value["en"], re.I)]
    assert spelled
    strings = load_site_data(data_dir).strings
    for key in spelled:
        assert not re.search(r"\borganiz", strings[key].en, re.I), strings[key].en
        assert strings[key].en == re.sub(r"\b([Oo])rganiz", r"\1rganis", re.sub(r"\b([Pp])rogram\b", r"\1rogramme",
                                                                              engine[key]["en"])), strings[key].en
    # A programme whose own English writes « organization » (as the UN's style does beside « programme ») keeps it.
    own = {spelled[0]: engine[spelled[0]]}  # the engine's sentence, written in the programme's own strings
    (data_dir / "strings.yaml").write_text(yaml.safe_dump(own, allow_unicode=True), encoding="utf-8")
    strings = load_site_data(data_dir).strings
    for key in spelled[1:]:
        assert re.search(r"\borganiz", strings[key].en, re.I), strings[key].en


# programme-atelier: the shapes the PCV and programme-fictif do not have.

def _shown(site: Path, lang: str, path: str) -> str:
    return _plain(shown_text(_html(site, lang, path, ATELIER)))


@pytest.mark.engine_only
def test_a_page_with_a_role_and_no_template_line_is_drawn_with_its_role(built) -> None:
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    assert not any("template" in page.meta for page in _pages(ATELIER).values())
    for lang in LANGUAGES:
        assert re.search(rf"<h1[^>]*>{re.escape(data.programme.headline.in_(lang))}</h1>",
                         _plain(_html(site, lang, "index.md", ATELIER)))
        contact = _html(site, lang, _role_path("contact", ATELIER), ATELIER)
        assert 'class="pcv-asks"' in contact
        assert data.strings["opendata.table.caption"].in_(lang) in _shown(site, lang, _role_path("open-data", ATELIER))


@pytest.mark.engine_only
def test_countries_none_of_which_has_a_page_are_listed_under_a_heading_that_says_so(built) -> None:
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    assert all(country.activities is None for country in data.countries)
    for lang in LANGUAGES:
        text = _shown(site, lang, _role_path("activities", ATELIER))
        assert _plain(data.strings["countries.all"].in_(lang)) in text
        for key in ("countries.without_page", "countries.with_page"):
            assert _plain(data.strings[key].in_(lang)) not in text, (lang, key)
        for path in ("index.md", _role_path("activities", ATELIER)):
            for country in data.countries:
                assert country_name(country.code, lang) in _shown(site, lang, path), (lang, path, country.code)


@pytest.mark.engine_only
def test_a_period_that_has_not_started_says_when_it_starts_and_every_target_is_drawn(built) -> None:
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    period = data.programme.period
    assert int(data.programme.as_of[:4]) < period.start
    for lang in LANGUAGES:
        home = _html(site, lang, "index.md", ATELIER)  # the period and the targets: on the home page, once
        assert _plain(data.strings["period.before"].in_(lang).format(year=period.start)) in _plain(shown_text(home))
        assert "is-now" not in home and "is-past" not in home
        assert home.count('<li class="pcv-figure">') == len(data.programme.targets)


@pytest.mark.engine_only
def test_a_funder_with_an_intermediary_is_named_with_it(built) -> None:
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    assert not data.partners.groups
    for lang in LANGUAGES:
        partners = _plain(_html(site, lang, _role_path("partners", ATELIER), ATELIER))
        for funder in data.partners.funders:
            values = {"through": funder.intermediary.in_(lang)}
            template = data.strings["partners.funder.through"].in_(lang)
            through = (french_elision(template, values) if lang == "fr" else template).format(**values)
            assert (f'<p class="pcv-funder__name">{funder.name.in_(lang)}<span class="pcv-funder__through"><span class="pcv-visually-hidden">, </span>'
                    f"{_plain(through)}</span></p>") in partners


@pytest.mark.engine_only
def test_the_engine_texts_need_no_article_before_the_organisation_name(built) -> None:
    """« Joindre Atelier Mondial », « le site de Atelier Mondial », « mené par Atelier Mondial »: a name that
    takes an article (or an elision) would read wrong after a preposition; the engine's texts put none there."""
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    for lang, words in (("fr", ("de", "à", "par", "Joindre", "joignez", "d’")), ("en", ("by", "Reach", "to"))):
        organisation = data.programme.organisation.in_(lang)
        for path in ("index.md", _role_path("contact", ATELIER)):
            text = _shown(site, lang, path)
            assert organisation in text
            assert not [word for word in words if f"{word} {organisation}" in text], (lang, path)


@pytest.mark.engine_only
def test_the_engine_texts_put_no_preposition_before_an_intermediary(built) -> None:
    """PROGRAMME5 F5: « par l’entremise d’Agence imaginaire » (the name takes an article: « de l’Agence »). The data
    cannot say a name's article, so the engine's French names the intermediary after a colon, not a preposition;
    its English too (PROGRAMME10 F12: « Government of Québec, through Ministry of International Relations »)."""
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    for lang, words in (("fr", ("de ", "d’", "d'", "par ", "à ")), ("en", ("through ", "by ", "via ", "of "))):
        intermediaries = [funder.intermediary.in_(lang) for funder in data.partners.funders if funder.intermediary]
        assert intermediaries
        for path in ("index.md", _role_path("partners", ATELIER)):
            text = _shown(site, lang, path)
            for name in intermediaries:
                assert name in text, (lang, path)
                assert not [word for word in words if f"{word}{name}" in text], (lang, path, text)


@pytest.mark.engine_only
def test_the_phone_menu_and_the_footer_list_each_page_once(built) -> None:
    """PROGRAMME5 F9: the accessibility and open-data pages, placed in a menu section (the atelier's « Infos »),
    were listed under it and again among the pages about the site, in the phone menu and in the footer."""
    site = built(ATELIER)
    for lang, path in _pages(ATELIER):
        page = _html(site, lang, path, ATELIER)
        drawer = re.search(r'<div class="pcv-menu__panel">\s*<nav[^>]*>(.*?)</nav>', page, re.S).group(1)
        footer = "".join(re.findall(r'<nav class="pcv-footer__links"[^>]*>(.*?)</nav>', page, re.S))
        for part in (drawer, footer):
            links = re.findall(r'<a href="([^"]*)"(?! hreflang)', part)
            assert links and len(links) == len(set(links)), (lang, path, sorted(links))


@pytest.mark.engine_only
def test_an_organisation_name_with_its_own_parentheses_is_not_nested_in_parentheses(built) -> None:
    """Home, contact and footer write « short name (full name) »: a full name with parentheses of its own
    (« … (organisation fictive) ») gets brackets inside them, as typography asks."""
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    assert "(" in data.programme.organisation_name.name.fr
    for lang in LANGUAGES:
        for path in ("index.md", _role_path("contact", ATELIER)):
            text = _shown(site, lang, path)
            assert data.programme.organisation.in_(lang) in text
            depth = 0
            for char in text:
                depth += {"(": 1, ")": -1}.get(char, 0)
                assert depth <= 1, (lang, path)


@pytest.mark.engine_only
def test_long_names_stay_inside_the_share_image_and_the_header_and_tabs_show_the_site_name(built) -> None:
    site, data = built(ATELIER), load_site_data(ATELIER / "data")
    config = yaml.safe_load((ATELIER / "mkdocs.yml").read_text(encoding="utf-8"))
    names = {"fr": config["site_name"], **{language["locale"]: language["site_name"]
                                           for language in config["plugins"]["i18n"]["languages"] if "site_name" in language}}
    for lang in LANGUAGES:
        image = Image.open(site / f"assets/images/share-{lang}.png").convert("RGB")
        background = image.getpixel((WIDTH - 1, 0))
        margin = image.crop((WIDTH - MARGIN_X + 8, 0, WIDTH, HEIGHT))
        assert margin.getcolors() == [(margin.width * margin.height, background)], lang
        assert f'<span class="pcv-wordmark__name">{names[lang]}</span>' in _html(site, lang, "index.md", ATELIER)
        # A programme's name too long for a tab or a search result gives way there to the site's short name.
        label = data.strings["home.hero.label"].in_(lang).format(**data.names(lang))
        assert len(label) > 100, label
        for (page_lang, path), page in _pages(ATELIER).items():
            if page_lang == lang:
                title = html.unescape(re.search(r"<title>(.*?)</title>", _html(site, lang, path, ATELIER)).group(1))
                assert title == names[lang] if path == "index.md" else title == f"{page.meta['title']} - {names[lang]}"


@pytest.mark.engine_only
def test_texts_that_count_agree_with_one_country_and_several_funders(tmp_path: Path) -> None:
    programme = shutil.copytree(ATELIER, tmp_path / "programme")
    countries = data_of(programme / "data/countries.yaml")
    countries["countries"] = countries["countries"][:1]
    (programme / "data/countries.yaml").write_text(yaml.safe_dump(countries, allow_unicode=True), encoding="utf-8")
    partners = yaml.safe_load((programme / "data/partners.yaml").read_text(encoding="utf-8"))
    second = {**partners["funders"][0], "name": {"fr": "Second bailleur fictif", "en": "Second fictional donor"}}
    third = {**partners["funders"][0], "name": {"fr": "Troisième bailleur fictif", "en": "Third fictional donor"}}
    del third["intermediary"]
    partners["funders"] += [second, third]
    (programme / "data/partners.yaml").write_text(yaml.safe_dump(partners, allow_unicode=True), encoding="utf-8")
    result = _build(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    strings = load_site_data(programme / "data").strings
    for lang in LANGUAGES:
        home = [_plain(text) for text in block_texts(_html(result.site, lang, "index.md", programme))]
        assert f"1 {_plain(strings['figure.country'].in_(lang))}" in home  # one country: the singular
        partners_page = _plain(shown_text(_html(result.site, lang, _role_path("partners", programme), programme)))
        assert _plain(strings["partners.funders.title"].in_(lang)) in partners_page.splitlines()
        assert _plain(strings["partners.funder.title"].in_(lang)) not in partners_page.splitlines()
    _each_funder_its_own(result.site, programme)


def _each_funder_its_own(site: Path, programme: Path) -> None:
    """On every page of both languages, each text that names a funder names no other, and names its intermediary
    in its language's words (strings' partners.funder.through)."""
    data = load_site_data(programme / "data")
    funders = data.partners.funders
    assert len(funders) > 1 and any(f.intermediary for f in funders) and not all(f.intermediary for f in funders)
    pages = {lang: 0 for lang in LANGUAGES}
    for file in site.rglob("*.html"):
        lang = next((lang for lang in LANGUAGES[1:] if file.relative_to(site).parts[0] == lang), LANGUAGES[0])
        for text in map(_plain, block_texts(file.read_text(encoding="utf-8"))):
            named = [f for f in funders if _plain(f.name.in_(lang)) in text]
            if not named:
                continue
            pages[lang] += 1
            assert len(named) == 1, (file, text)
            through = named[0].intermediary
            if through and _plain(through.in_(lang)) in text:
                template, values = data.strings["partners.funder.through"].in_(lang), {"through": through.in_(lang)}
                template = french_elision(template, values) if lang == "fr" else template
                assert _plain(template.format(**values)) in text, (file, text)
    assert all(pages.values()), pages  # the funders are listed in both languages


@pytest.mark.engine_only
def test_the_share_locale_names_the_country_the_data_gives_or_none(site: Path, programme: Path) -> None:
    """PROGRAMME4: og:locale was fr_CA / en_CA whatever the programme. The country comes from the data
    (programme.yaml, locale_country); a programme that names none says no locale."""
    country = load_site_data(programme / "data").programme.locale_country
    pages = 0
    for file in site.rglob("index.html"):
        lang = "en" if file.relative_to(site).parts[0] == "en" else "fr"
        page = file.read_text(encoding="utf-8")
        locales = re.findall(r'<meta property="og:locale(?::alternate)?" content="([^"]*)">', page)
        other = next(o for o in LANGUAGES if o != lang)
        assert locales == ([f"{lang}_{country}", f"{other}_{country}"] if country else []), (file, locales)
        pages += 1
    assert pages


def test_the_brand_colours_the_stylesheet_the_favicon_and_the_share_images(site: Path, programme: Path) -> None:
    """The fixture's brand, not the project's programme's (the PCV's) nor the other fixture's."""
    brand = load_site_data(programme / "data").programme.brand
    (stylesheet,) = site.glob("assets/stylesheets/site.*.css")
    assert re.search(rf"--pcv-accent:\s*{brand.colour}\b", stylesheet.read_text(encoding="utf-8"))
    favicon = (site / "assets/images/favicon.svg").read_text(encoding="utf-8")
    assert f'fill="{brand.colour}"' in favicon
    if brand.mark:
        assert ICONS[brand.mark] in favicon
    for other in (load_site_data(folder / "data").programme.brand for folder in _other_programmes(programme)):
        assert brand.colour != other.colour
        assert other.colour not in stylesheet.read_text(encoding="utf-8")
        assert brand.mark == other.mark or not other.mark or ICONS[other.mark] not in favicon
    for lang in LANGUAGES:
        image = Image.open(site / f"assets/images/share-{lang}.png").convert("RGB")
        assert "#{:02x}{:02x}{:02x}".format(*image.getpixel((0, 0))) == brand.colour
    # No image of Material's own (its favicon.png, a book on black) is published beside the programme's.
    theme_images = {p.read_bytes() for p in (Path(material.__file__).parent / "templates/assets/images").iterdir()}
    assert not [p for p in site.glob("assets/images/*") if p.read_bytes() in theme_images]


@pytest.mark.engine_only
def test_a_brand_colour_too_light_for_white_text_is_refused_in_french(tmp_path: Path) -> None:
    data = shutil.copytree(PROGRAMME / "data", tmp_path / "data")
    programme = (data / "programme.yaml").read_text(encoding="utf-8")
    colour = load_site_data(data).programme.brand.colour
    (data / "programme.yaml").write_text(programme.replace(colour, "#ffcc00"), encoding="utf-8")
    with pytest.raises(DataProblems, match=r"la couleur « #ffcc00 » est trop claire : .* contraste de 1,\d:1, il en "
                                           r"faut au moins 4,5:1 \(WCAG AA\)"):
        load_site_data(data)


@pytest.mark.engine_only
def test_a_brand_colour_in_capitals_is_accepted_and_written_in_lower_case(tmp_path: Path) -> None:
    """« #5B2A86 », as a brand guide writes it: the same colour; a light one in capitals is still refused."""
    data = shutil.copytree(PROGRAMME / "data", tmp_path / "data")
    programme = (data / "programme.yaml").read_text(encoding="utf-8")
    colour = load_site_data(data).programme.brand.colour
    assert colour != colour.upper()
    (data / "programme.yaml").write_text(programme.replace(colour, colour.upper()), encoding="utf-8")
    assert load_site_data(data).programme.brand.colour == colour
    (data / "programme.yaml").write_text(programme.replace(colour, "#FFCC00"), encoding="utf-8")
    with pytest.raises(DataProblems, match=r"la couleur « #FFCC00 » est trop claire"):
        load_site_data(data)


@pytest.mark.engine_only
def test_a_menu_section_without_its_english_title_is_refused_in_french(tmp_path: Path) -> None:
    programme = shutil.copytree(ATELIER, tmp_path / "programme")
    config = yaml.safe_load((programme / "mkdocs.yml").read_text(encoding="utf-8"))
    english = next(language for language in config["plugins"]["i18n"]["languages"] if language["locale"] == "en")
    title, translation = next(iter(english["nav_translations"].items()))
    text = (programme / "mkdocs.yml").read_text(encoding="utf-8")
    (programme / "mkdocs.yml").write_text(text.replace(f"          {title}: {translation}\n", ""), encoding="utf-8")
    result = _build(programme, tmp_path / "build")
    assert result.returncode == 1
    assert f"le titre de menu « {title} » n'a pas de traduction en anglais" in result.output
    assert f"Ajoutez la ligne « {title}: … »" in result.output and "Traceback" not in result.output


def _with_calls(programme: Path, pages: dict[str, str], without_link: tuple[str, ...] = ()) -> dict:
    """`programme` (a copy of programme-atelier) with a call to action per name of `pages`, its page in both
    languages in agir/ (its text: `pages[name]`) and in the menu, each with a link to another site but those
    `without_link`; its data/programme.yaml as written."""
    data = data_of(programme / "data/programme.yaml")
    data["calls_to_action"] = [
        {"id": name, "title": {"fr": f"Appel {name} ?", "en": f"Call {name}?"},
         "text": {"fr": "Le texte.", "en": "The text."}, "label": {"fr": f"Répondre {name}", "en": f"Answer {name}"},
         **({} if name in without_link else {"link": {
             "label": {"fr": "Répondre ailleurs", "en": "Answer elsewhere"},
             "url": {lang: f"https://example.com/{lang}/{name}" for lang in LANGUAGES}, "source": "Inventé."}})}
        for name in pages]
    (programme / "data/programme.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for lang in LANGUAGES:
        (programme / f"docs/{lang}/agir").mkdir()
        for name, text in pages.items():
            slug = "" if lang == LANGUAGES[0] else f"slug: act/{name}\n"
            (programme / f"docs/{lang}/agir/{name}.md").write_text(
                f"---\nrole: {name}\n{slug}title: {name.title()}\ndescription: {name}, fictif.\n---\n\n"
                f"# {name.title()}\n\n{text}", encoding="utf-8")
    config = (programme / "mkdocs.yml").read_text(encoding="utf-8")
    menu = "".join(f"      - agir/{name}.md\n" for name in pages)
    config = config.replace("  - Infos:\n", f"  - Agir:\n{menu}  - Infos:\n")
    (programme / "mkdocs.yml").write_text(config.replace("          Infos: Information\n",
                                                         "          Infos: Information\n          Agir: Act\n"),
                                          encoding="utf-8")
    return data


@pytest.mark.engine_only
def test_a_call_page_without_a_link_is_noted_with_its_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """PROGRAMME8 F5: a « Donner » page whose call has no `link:` had no button and nobody was told. Allowed (its
    page may say how to act): the check notes it, naming the page and the call's line in data/programme.yaml."""
    from pcv.checks.site import all_problems
    programme = assemble_programme(ATELIER, tmp_path / "programme")
    _with_calls(programme, {"donner": "Donnez.\n", "rejoindre": "Rejoignez-nous.\n"}, without_link=("donner",))
    with caplog.at_level("INFO", logger="mkdocs.hooks.checks"):
        assert all_problems(programme) == ()
    line = next(number for number, row in enumerate((programme / "data/programme.yaml").read_text(
        encoding="utf-8").splitlines(), 1) if row.strip() == "- id: donner" or row.strip() == "id: donner")
    notes = [record.getMessage() for record in caplog.records if "sans lien" in record.getMessage()]
    assert notes == [f"Appel à l'action « donner » sans lien : sa page docs/fr/agir/donner.md n'a pas de bouton vers "
                     "un autre site. Si elle dit elle-même comment agir, rien à faire ; sinon, donnez-lui un lien "
                     f"(« link ») dans data/programme.yaml, ligne {line}."]


@pytest.mark.engine_only
def test_a_call_page_shows_its_outside_button_once_and_its_text_may_lead_to_it(tmp_path: Path) -> None:
    """PROGRAMME5 F6: a call page of one sentence drew its outside button right after it and again under a rule;
    VISITOR6: a long page's button again at its end read as the page's only action said twice. Once, short or long.
    VISITOR8 #1: a link of the page's text to « #pcv-action » (its action) goes to the call's own address."""
    programme = shutil.copytree(ATELIER, tmp_path / "programme")
    asked = "Une phrase.\n\nPour commencer, [répondez là-bas](#pcv-action) ; ou [encore ici](#pcv-action).\n"
    data = _with_calls(programme, {"court": "Une phrase.\n", "long": "Une phrase.\n\nUne autre, plus loin.\n",
                                   "lien": asked})
    result = _build(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    for lang in LANGUAGES:
        for call in data["calls_to_action"]:
            page = _html(result.site, lang, f"agir/{call['id']}.md", programme)
            url = call["link"]["url"][lang]
            assert page.count(f'class="pcv-button pcv-button--large pcv-button--start" id="pcv-action" href="{url}"') == 1
            text = "".join(re.findall(r'<div class="pcv-start__text">.*?</div>', page, re.S))
            assert text.count(f'href="{url}"') == page.count(f'href="{url}"') - 1 == asked.count("(#pcv-action)") * (
                call["id"] == "lien"), (lang, call["id"], text)
            assert 'href="#pcv-action"' not in page, (lang, call["id"])


@pytest.mark.engine_only
def test_a_menu_section_of_calls_to_action_stays_in_the_header(tmp_path: Path) -> None:
    """The header's button leads to the first call; a section of the menu made of call pages is still a section,
    whose tab, footer entry and breadcrumb all open its first page in the menu (PROGRAMME3 F7: the tab skipped the
    button's page); the home draws the other calls, not the hero's twice; the section, which has no index page, is in
    the breadcrumbs of each of its pages."""
    programme = shutil.copytree(ATELIER, tmp_path / "programme")
    data = yaml.safe_load((programme / "data/programme.yaml").read_text(encoding="utf-8"))
    calls = [{"id": f"appel-{n}", "title": {"fr": f"Appel {n} ?", "en": f"Call {n}?"},
              "text": {"fr": f"Le texte de l’appel {n}.", "en": f"The text of call {n}."},
              "label": {"fr": f"Répondre à l’appel {n}", "en": f"Answer call {n}"}} for n in (1, 2)]
    data["calls_to_action"] = calls
    (programme / "data/programme.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for lang, title in (("fr", "Appel"), ("en", "Call")):
        for n in (1, 2):
            slug = "" if lang == "fr" else f"slug: act/call-{n}\n"  # agir/ has no index.md: the slug names it
            (programme / f"docs/{lang}/agir").mkdir(exist_ok=True)
            (programme / f"docs/{lang}/agir/appel-{n}.md").write_text(
                f"---\nrole: appel-{n}\n{slug}title: {title} {n}\ndescription: {title} {n}, fictif.\n---\n\n"
                f"# {title} {n}\n\n{title} {n}.\n", encoding="utf-8")
    config = (programme / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - Infos:\n", "  - Agir:\n      - agir/appel-1.md\n      - agir/appel-2.md\n  - Infos:\n")
    config = config.replace("          Infos: Information\n", "          Infos: Information\n          Agir: Act\n")
    (programme / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = _build(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    for lang, section in (("fr", "Agir"), ("en", "Act")):
        home = _html(result.site, lang, "index.md", programme)
        header, footer = home.split("</header>")[0], home.split("<footer")[1]
        first = page_address(_pages(programme), lang, "agir/appel-1.md")
        assert first == {"fr": "agir/appel-1/", "en": "act/call-1/"}[lang]
        assert (result.site / ("" if lang == "fr" else "en") / first / "index.html").is_file()
        # The footer lists the first page under the section by its own title (« Appel 1 » is not « Agir »), once.
        first_entry = rf'<span class="pcv-footer__section">{section}</span>\s*<ul class="pcv-footer__subpages">\s*<li><a href="([^"]*)">'
        links = {re.search(rf'<a href="([^"]*)">{section}</a>', header).group(1), re.search(first_entry, footer).group(1)}
        assert len(links) == 1 and links.pop().endswith(first), (lang, links)
        trail = re.search(r'<nav class="pcv-breadcrumbs".*?</nav>', _html(result.site, lang, "agir/appel-2.md",
                                                                           programme), re.S).group(0)
        assert re.search(rf'<a href="\.\./{first.split("/")[-2]}/">{section}</a>', trail), trail
        assert calls[0]["label"][lang] in _plain(header)
        # « Des questions ? » leads to the contact page by its own title (PROGRAMME6: « Nous joindre » / « Nous écrire »)
        call_page = _html(result.site, lang, "agir/appel-2.md", programme)
        contact = _pages(programme)[(lang, _role_path("contact", programme))].meta["title"]
        asked = re.search(r'id="pcv-questions-title".*?<a class="pcv-link" href="[^"]*">([^<]*)</a>', call_page, re.S)
        assert asked and html.unescape(asked.group(1)) == contact, (lang, asked and asked.group(1), contact)
        # The home ends with every call as a band, each said once there; the hero carries the first one's button
        # too (asked at the top, and again after a reader has scrolled down).
        main = _html(result.site, lang, "index.md", programme).split("<main")[1].split("</main>")[0]
        assert _plain(main).count(calls[0]["label"][lang]) == 2
        for field in ("title", "text"):
            assert _plain(main).count(calls[0][field][lang]) == 1, (lang, field)
        for field in ("title", "text", "label"):
            assert _plain(main).count(calls[1][field][lang]) == 1, (lang, field)
        # One band of calls at most on any page, each call said once in it (PROGRAMME4: three bands, one a call).
        for file in (result.site / ("" if lang == "fr" else "en")).rglob("index.html"):
            if lang == "fr" and file.relative_to(result.site).parts[0] == "en":
                continue
            page = file.read_text(encoding="utf-8")
            assert len(re.findall(r'class="pcv-band pcv-cta[ "]', page)) <= 1, file
            for call in calls:
                assert page.count(f'id="pcv-{call["id"]}-title"') <= 1, file
        # A section without an index page is named on each of its pages, its first included.
        for n in (1, 2):
            trail = re.search(r'<nav class="pcv-breadcrumbs".*?</nav>', _html(
                result.site, lang, f"agir/appel-{n}.md", programme), re.S).group(0)
            assert re.sub(r"<[^>]+>|\s", "", trail).endswith(section), (lang, n)


@pytest.mark.engine_only
def test_a_theme_anchor_no_heading_has_is_named_in_the_data_at_its_line(tmp_path: Path) -> None:
    programme = shutil.copytree(PROGRAMME, tmp_path / "programme")
    theme = load_site_data(programme / "data").programme.themes[0]
    text = (programme / "data/programme.yaml").read_text(encoding="utf-8")
    old = f"      fr: {theme.anchor.fr}\n"
    line = text[:text.index(old)].count("\n") + 1
    (programme / "data/programme.yaml").write_text(text.replace(old, "      fr: ancre-perdue\n", 1), encoding="utf-8")
    result = _build(programme, tmp_path / "build")
    assert result.returncode == 1
    assert f"data/programme.yaml, ligne {line}" in result.output
    assert "l'ancre « ancre-perdue » du thème" in result.output and "{ #ancre-perdue }" in result.output
    assert "docs/fr/index.md" not in result.output and "Traceback" not in result.output


@pytest.mark.engine_only
def test_a_themes_page_without_its_role_is_said_at_its_first_theme_s_heading(tmp_path: Path) -> None:
    """PROGRAMME8 F8: « role: themes » removed from both languages' themes page, the check and the build said
    nothing and the home page's theme cards lost their links. A page whose headings carry every theme's anchor,
    when no page has the role, is said at the first theme's heading, in each language."""
    from pcv.checks.site import all_problems
    programme = assemble_programme(PROGRAMME, tmp_path / "programme")
    path = _role_path("themes")
    themes = load_site_data(programme / "data").programme.themes
    expected = []
    for lang in LANGUAGES:
        page = programme / "docs" / lang / path
        text = page.read_text(encoding="utf-8").replace("role: themes\n", "", 1)
        page.write_text(text, encoding="utf-8")
        anchors = [theme.anchor.in_(lang) for theme in themes]
        line = next(number for number, row in enumerate(text.splitlines(), 1) if f"#{anchors[0]} }}" in row)
        expected.append(f"docs/{lang}/{path}, ligne {line} : les titres de cette page portent les ancres des "
                        f"thèmes de data/programme.yaml ({', '.join(f'« #{anchor} »' for anchor in anchors)}), mais "
                        "aucune page ne dit « role: themes » : l'accueil ne relie ses thèmes à aucune page. Si c'est "
                        "la page des thèmes, ajoutez « role: themes » à son en-tête, en français et en anglais.")
    assert [str(problem) for problem in all_problems(programme)] == sorted(expected)


@pytest.mark.engine_only
def test_a_programme_without_contact_partners_or_themes_page_draws_none_of_their_parts(tmp_path: Path) -> None:
    programme = shutil.copytree(ATELIER, tmp_path / "programme")
    config = (programme / "mkdocs.yml").read_text(encoding="utf-8")
    for role in ("contact", "partners", "themes"):
        path = _role_path(role, ATELIER)
        for lang in LANGUAGES:
            (programme / "docs" / lang / path).unlink()
        config = config.replace(f"      - {path}\n", "")
        if path.endswith("/index.md"):  # its folder's English name goes with it: its pages' slugs now give it
            folder, name = path.removesuffix("/index.md"), _pages(ATELIER)[("en", path)].meta["slug"]
            for page in (programme / "docs" / "en" / folder).glob("*.md"):
                text = page.read_text(encoding="utf-8")
                page.write_text(re.sub(r"^slug: ", f"slug: {name}/", text, count=1, flags=re.M), encoding="utf-8")
    (programme / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = _build(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    strings = load_site_data(programme / "data").strings
    for file in sorted(result.site.rglob("*.html")):
        if "admin" not in file.relative_to(result.site).parts:
            html = file.read_text(encoding="utf-8")
            assert empty_parts(html) == [], file
            assert f'#{strings["contact.report.anchor"].in_("fr")}"' not in html
            assert f'#{strings["contact.report.anchor"].in_("en")}"' not in html
    assert broken_links(result.site, SITE_URL) == []


@pytest.mark.engine_only
def test_a_slug_with_more_segments_than_its_page_path_is_refused_at_its_line(tmp_path: Path) -> None:
    docs = shutil.copytree(ATELIER / "docs", tmp_path / "docs")
    path = _role_path("accessibility", ATELIER)
    page = docs / "en" / path
    page.write_text(page.read_text(encoding="utf-8").replace("slug: ", "slug: a/b/"), encoding="utf-8")
    pages = read_pages(docs)[0]
    problems = [str(p) for p in address_problems(pages, set())]
    line = page.read_text(encoding="utf-8").splitlines().index(f"slug: {pages[('en', path)].meta['slug']}") + 1
    assert problems == [f"docs/en/{path}, ligne {line}, colonne 1, champ « Fin de l'adresse (slug) » : le slug « "
                        f"{pages[('en', path)].meta['slug']} » a plus de parties que le chemin de la page ({path}) : "
                        f"il en nomme au plus {path.count('/') + 1}, séparées par « / ». Raccourcissez-le."]


@pytest.mark.engine_only
def test_an_address_with_a_word_only_the_original_says_is_refused_at_its_slug(tmp_path: Path) -> None:
    """Staff play-test 7: the English page of Peru at « activities/perou/ » (the guide said to write the same page
    name in both languages) passed the check, then CI's test of English addresses failed, in English."""
    docs = shutil.copytree(ATELIER / "docs", tmp_path / "docs")
    pages = read_pages(docs)[0]
    path, slug, word = next((path, page.meta["slug"], word) for (lang, path), page in sorted(pages.items())
                            if lang == "en" and "/" not in page.meta.get("slug", "/")
                            for word in sorted(plain_words(pages[("fr", path)].meta["title"]) - plain_words(page.text))
                            if len(word) > 3)
    page = docs / "en" / path
    page.write_text(page.read_text(encoding="utf-8").replace(f"slug: {slug}\n", f"slug: {word}\n"), encoding="utf-8")
    line = page.read_text(encoding="utf-8").splitlines().index(f"slug: {word}") + 1
    assert list(address_language_problems(pages)) == []
    problems = list(address_language_problems(read_pages(docs)[0]))
    assert [(p.file, p.line, p.field) for p in problems] == [(f"docs/en/{path}", line, "slug")]
    assert f"contient « {word} », un mot français que le texte anglais ne contient pas" in problems[0].message
    assert str(problems[0]).count("Fin de l'adresse") == 1  # named by its place, not again (STAFF9 F6)


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in _keys(item)}
    return {key for item in value for key in _keys(item)} if isinstance(value, list) else set()


@pytest.mark.engine_only
def test_the_schemas_help_names_no_programme_s_page_folder() -> None:
    """PROGRAMME4: the countries schema's help (shown in the web editor) told staff to write docs/fr/activites/,
    the PCV's folder. A page path in a schema's help names its folders as placeholders (« <dossier> »)."""
    for schema in sorted(SCHEMA_DIR.glob("*.json")):
        for path in re.findall(r"docs/(?:fr|en)/([^\s)»,;]+)", schema.read_text(encoding="utf-8")):
            folders = path.split("/")[:-1]
            assert folders and all(f.startswith("<") and f.endswith(">") for f in folders), (schema.name, path)


@pytest.mark.engine_only
def test_the_readme_names_only_settings_a_programme_has() -> None:
    """Step 3 of « A second programme »: each setting it lists is a key of a fixture programme's mkdocs.yml."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    step = " ".join(readme.split("3. In `mkdocs.yml`, change only the names (", 1)[1].split(") and the menu", 1)[0].split())
    keys = set().union(*(_keys(yaml.load((p / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader))
                         for p in PROGRAMMES))
    items = [item.strip() for item in re.split(r"[,;]", step) if item.strip()]
    for item in items:
        named = re.match(r"(?:and |the languages' )?`(\w+)`", item)
        assert named or not item[0].isalpha() or item.startswith(("keep", "each", "which")), item
        if named:
            assert named.group(1) in keys, item


@pytest.mark.engine_only
def test_two_pages_at_one_address_are_both_named_each_at_its_slug(tmp_path: Path) -> None:
    """Either page may be the one whose slug was changed: the problem is said at both, each naming the other."""
    docs = shutil.copytree(ATELIER / "docs", tmp_path / "docs")
    pages = read_pages(docs)[0]
    inner = sorted(path for (lang, path), page in pages.items()
                   if lang == "en" and page.meta.get("slug") and not path.endswith("index.md"))
    first, second = next((a, b) for a, b in zip(inner, inner[1:]) if a.rsplit("/", 1)[0] == b.rsplit("/", 1)[0])
    text = (docs / "en" / second).read_text(encoding="utf-8")
    (docs / "en" / second).write_text(text.replace(f"slug: {pages[('en', second)].meta['slug']}\n",
                                                   f"slug: {pages[('en', first)].meta['slug']}\n"), encoding="utf-8")
    problems = list(address_problems(read_pages(docs)[0], set()))
    assert sorted(p.file for p in problems) == [f"docs/en/{first}", f"docs/en/{second}"]
    for problem in problems:
        assert problem.field == "slug" and problem.line and f"docs/en/{first if second in problem.file else second}" in problem.message


# The first programme the engine was written for, whose names came back in engine files (PROGRAMME8 F10), and the
# fixtures' own: no file a new programme keeps may name a programme.
FIRST_PROGRAMME = ("PCV", "VCP", "CECI", "ceci.org", "ceci.ca", "ceci-pcv", "#8a1538")  # its brand's colour too
READ_WHOLE = ("CONTRIBUTING.md", "engine.yml", "Makefile", "package.json", "pyproject.toml", "editor-signin/*.js",
              ".github/workflows/*.yml", "schemas/*.json", "pcv/**/*.yaml", "pcv/**/*.yml", "pcv/**/*.js",
              "scripts/*.mjs", "overrides/**/*.html", "overrides/**/*.css")
CODE = ("pcv/**/*.py", "hooks/*.py", "scripts/*.py", "benchmarks/*.py")


def _messages(path: Path) -> list[str]:
    """The texts a Python file writes (its string literals, its docstrings aside: they speak to engineers)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs]


@pytest.mark.engine_only
def test_engine_files_a_new_programme_keeps_name_no_programme() -> None:
    """PROGRAMME8 F10: the sign-in relay's page said « l’éditeur du site PCV » to a third programme's readers, the staff
    guide « Pour le CECI », the workflow « deployed by CECI »; every file but a programme's own (mkdocs.yml, data/,
    docs/, README's first lines) names none: the guide, the relay, the workflows, the schemas, the templates and
    stylesheet, and every text the code writes."""
    fixtures = [data_of(programme / "data" / "programme.yaml") for programme in PROGRAMMES]
    names = {*FIRST_PROGRAMME, *(data[field][lang] for data in fixtures for field in ("acronym", "organisation")
                                 for lang in LANGUAGES)}
    word = re.compile(rf"(?<![\w.-])({'|'.join(map(re.escape, sorted(names)))})(?![\w-])")
    texts = [(path, path.read_text(encoding="utf-8")) for pattern in READ_WHOLE for path in ROOT.glob(pattern)]
    texts += [(path, text) for pattern in CODE for path in ROOT.glob(pattern) for text in _messages(path)]
    assert len({path for path, _ in texts}) > 100
    found = [(path.relative_to(ROOT).as_posix(), match[0]) for path, text in texts for match in word.finditer(text)]
    assert found == []
