"""Every interface text that goes with a count is in the singular or the plural as the count asks, in each language
(PROGRAMME7 F2: « 2 pays…, dont 1 décrits sur ce site », « Nos thèmes » over one theme): the singular is the text
named « <name>.one » beside it (pcv/text/plural.py), chosen by the language's plural rule (in French 0 and 1 take the
singular, in English 1 only), and every template gives the count to every such text."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jinja2
import pytest
import yaml
from jinja2 import nodes
from markupsafe import Markup

from pcv.data.building import build_site_data
from pcv.data.loading import default_strings, load_site_data
from pcv.data.string_keys import singular_key
from pcv.data.yaml_source import read_yaml
from pcv.inspection.builds import FIXTURES, ROOT
from pcv.inspection.pages import LANGUAGES
from pcv.inspection.site_checks import shown_text
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages
from pcv.problems import ProblemFound
from pcv.view import SiteView

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

ENGINE = yaml.safe_load((ROOT / "pcv" / "text" / "interface.yaml").read_text(encoding="utf-8"))
COUNTED = sorted(key for key in ENGINE if singular_key(key) in ENGINE and key != singular_key(key))
FICTIF, ATELIER = FIXTURES / "programme-fictif", FIXTURES / "programme-atelier"
VALUES = {"end": 2030, "described": 1, "names": "Ghana"}  # what the counted texts' other placeholders are given


def _singular(count: int, lang: str) -> bool:
    """CLDR's rule, written out: French « 0 pays décrit, 1 pays décrit, 2 pays décrits »; English « 1 country »."""
    return count in (0, 1) if lang == "fr" else count == 1


def _view(data, lang: str) -> SiteView:
    return SiteView(data, lang, {}, None, {}, None)  # the texts need no page, map nor index


def _data(strings: dict | None = None):
    raw = {stem: read_yaml(FICTIF / "data" / f"{stem}.yaml", stem).data for stem in ("programme", "countries",
                                                                                      "partners")}
    return build_site_data({**raw, "strings": strings or {}}, default_strings())


def test_the_engine_has_counted_texts_in_the_singular() -> None:
    """The texts the review found in the plural over one item have their singular (and so the class is tested)."""
    assert {"countries.with_page", "home.themes.title", "figure.countries", "country.local_partners"} <= set(
        COUNTED)


@pytest.mark.parametrize("key", COUNTED)
def test_a_counted_text_is_singular_or_plural_as_its_count_asks(key: str) -> None:
    data = _data()
    for lang in LANGUAGES:
        for count in (0, 1, 2):
            form = singular_key(key) if _singular(count, lang) else key
            expected = data.strings[form].in_(lang).format(count=count, **VALUES)
            assert _view(data, lang).string(key, count=count, **VALUES) == expected, (key, lang, count)


def test_a_programme_s_own_wording_is_kept_in_the_singular_unless_it_gives_one() -> None:
    """A programme that words « home.themes.title » its own way and gives no singular sees its wording at every
    count, not the engine's singular beside it; with its own singular, that one."""
    own = {"fr": "Nos domaines", "en": "Our fields"}
    for strings, singular in (({"home.themes.title": own}, own),
                              ({"home.themes.title": own, "home.themes.title.one": {"fr": "Notre domaine",
                                                                                     "en": "Our field"}},
                               {"fr": "Notre domaine", "en": "Our field"})):
        data = _data(strings)
        for lang in LANGUAGES:
            assert _view(data, lang).string("home.themes.title", count=1) == singular[lang]
            assert _view(data, lang).string("home.themes.title", count=2) == own[lang]


def _calls(node: nodes.Node):
    """The keys of each t(…) call of a template, with whether it is given a count."""
    for call in node.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "t" and call.args:
            first = call.args[0]
            keys = [first.expr1, first.expr2] if isinstance(first, nodes.CondExpr) else [first]
            counted = any(kw.key == "count" for kw in call.kwargs)
            for key in keys:
                if isinstance(key, nodes.Const):
                    yield key.value, counted


def test_every_counted_text_is_given_its_count_and_no_template_picks_a_form() -> None:
    """Each t(…) of a text that has a singular gives the count (the form is chosen in one place); none names a
    singular itself (« … if n == 1 else … », which got French wrong at 0)."""
    environment = jinja2.Environment()
    found = []
    for template in sorted((ROOT / "overrides").rglob("*.html")):
        tree = environment.parse(template.read_text(encoding="utf-8"))
        for key, counted in _calls(tree):
            if key in COUNTED and not counted:
                found.append(f"{template.relative_to(ROOT)}: {key} without count")
            if key in {singular_key(k) for k in COUNTED}:
                found.append(f"{template.relative_to(ROOT)}: {key} named")
    for module in sorted((ROOT / "pcv").rglob("*.py")):  # SiteView.string(…) in Python
        for call in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "string"
                    and call.args and isinstance(call.args[0], ast.Constant)):
                key = call.args[0].value
                if key in COUNTED and not any(keyword.arg == "count" for keyword in call.keywords):
                    found.append(f"{module.relative_to(ROOT)}: {key} without count")
                if key in {singular_key(k) for k in COUNTED}:
                    found.append(f"{module.relative_to(ROOT)}: {key} named")
    assert found == []


def _page(site: Path, programme: Path, lang: str, path: str) -> str:
    pages = read_pages(programme / "docs")[0]
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    return (site / prefix / page_address(pages, lang, path) / "index.html").read_text(encoding="utf-8")


def _form(key: str, count: int, lang: str, **values: object) -> str:
    text = ENGINE[singular_key(key) if _singular(count, lang) else key][lang]
    return " ".join(text.format(count=count, **values).replace("\u00a0", " ").replace("\u202f", " ").split())


def _plain(html: str) -> str:
    return " ".join(shown_text(html).replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_fictif_home_and_country_page_say_their_counts_in_the_right_form(programme_site) -> None:
    """programme-fictif: its count of countries (all of them, VISITOR8 #6), and its described country's lists
    titled in the singular or the plural as their items are many."""
    site = programme_site(FICTIF)
    data = load_site_data(FICTIF / "data")
    pages = read_pages(FICTIF / "docs")[0]
    with_page = {page.meta["country"]: path for (lang, path), page in pages.items()
                 if lang == "fr" and page.meta.get("country")}
    described = [c for c in data.countries if c.code in with_page and c.activities]
    assert 0 < len(described) < len(data.countries)  # the fixture's shape, which the home page's line needs
    for lang in LANGUAGES:
        home = _page(site, FICTIF, lang, "index.md")
        count = _plain(re.search(r'<p class="pcv-where__count">.*?</p>', home, re.S)[0])
        assert count.endswith(_form("figure.countries", len(data.countries), lang)), (lang, count)
        for country in described:
            page = _page(site, FICTIF, lang, with_page[country.code])
            titles = [_plain(t) for t in re.findall(r"<dt>(.*?)</dt>", page.split('class="pcv-facts__list"')[1]
                                                    .split("</dl>")[0])]
            lists = {"country.target_groups": country.activities.target_groups,
                     "country.sectors": country.activities.sectors,
                     "country.local_partners": country.activities.local_partners}
            assert titles[:len([k for k, items in lists.items() if items])] == [
                _form(key, len(items), lang) for key, items in lists.items() if items], (lang, titles)


def test_the_atelier_home_titles_its_themes_and_targets_by_their_count(programme_site) -> None:
    """programme-atelier: its themes and its targets titled in the singular or the plural as they are many."""
    site = programme_site(ATELIER)
    data = load_site_data(ATELIER / "data")
    for lang in LANGUAGES:
        home = _page(site, ATELIER, lang, "index.md")
        titles = {name: _plain(re.search(rf'<h2 id="pcv-{name}-title">(.*?)</h2>', home, re.S)[1])
                  for name in ("themes", "targets")}
        assert titles == {"themes": _form("home.themes.title", len(data.programme.themes), lang),
                          "targets": _form("home.targets.title", len(data.programme.targets), lang,
                                           end=data.programme.period.end)}, lang


@pytest.mark.parametrize(("strings", "count", "named"), [
    ({"home.themes.title.one": {"fr": "Notre thème {x}", "en": "Our theme"}}, 2, "home.themes.title.one"),
    ({"home.themes.title": {"fr": "Nos thèmes {x}", "en": "Our themes"}}, 1, "home.themes.title"),
], ids=["singular-said-at-a-plural-count", "own-plural-said-where-it-serves-as-singular"])
def test_a_wrong_placeholder_in_either_form_is_said_now_at_the_text_staff_wrote(strings, count, named) -> None:
    """A {x} in the singular is said while the count is plural (not once it drops to one); and a programme's plural
    that serves as its singular is named as it wrote it, not by a name its file does not hold."""
    with pytest.raises(ProblemFound) as found:
        _view(_data(strings), "fr").string("home.themes.title", count=count)
    assert found.value.problem.message.startswith(f"le texte « {named} » contient le repère {{x}}"), found.value


def test_a_text_asked_again_is_the_same_and_markup_stays_apart_from_text() -> None:
    """A language build fills each text it is asked once (issue 17: each page asks the same few): asked again, the same;
    a value given as Markup (kept) and the same characters as text (escaped) stay apart; a value that cannot be kept
    as a key (a list) is filled each time."""
    view = _view(_data(), "fr")
    plain = view.string("map.caption", country="<b>Bénin</b>")
    marked = view.string("map.caption", country=Markup("<b>Bénin</b>"))
    assert "&lt;b&gt;Bénin" in plain and "<b>Bénin</b>" in marked
    assert view.string("map.caption", country="<b>Bénin</b>") == plain
    assert view.string("map.caption", country=Markup("<b>Bénin</b>")) == marked
    assert view.string("map.caption", country=["Bénin"]) == view.string("map.caption", country=["Bénin"])
    assert view.string("map.caption", lang="en", country="Benin") == "Map: Benin (in colour) and neighbouring countries (in grey)."
