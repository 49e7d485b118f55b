"""The web editor in local mode, where staff lose their place: a new page of a sub-folder (a country's) needs its
address, which its country fills; the header says what happened to the entry; a photo inserted in a long text
leaves its line in sight (staff play-test 4); a value a field cannot show is said; the preview looks like the site
(staff play-test 5). Each test works in its own copy of the project."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from PIL import Image
from playwright.sync_api import Browser, Locator, Page, expect

from pcv.checks.docs_files import PHOTO_SUFFIXES
from pcv.pages.photo_types import MAX_PIXELS, too_large
from pcv.data.loading import load_site_data
from pcv.field_labels import PAGE_LABELS
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES
from pcv.inspection.tabs import MOBILE, Traffic
from pcv.pages.markdown import read_page
from pcv.text.formatting import country_name, format_figure
from tests.browser.test_editor import LocalEditor, editing, editor_context, local_editor, publish_and_wait  # noqa: F401 - the fixture, for this module
from tests.project_edits import data_of

NEW_ENTRY = "Nouvelle entrée, pas encore enregistrée"
# The editor as the preview serves it, which answers its problems (pcv/preview/server.py marks the page so).
PREVIEW_MARK = ("new MutationObserver((changes, observer) => { if (document.documentElement) { "
                "document.documentElement.setAttribute('data-preview', 'problems'); observer.disconnect(); } "
                "}).observe(document, { childList: true });")


@contextmanager
def _signed_in_told(browser: Browser, editor: LocalEditor, feed: dict, height: int = 900) -> Iterator[Page]:
    """The editor as make editor's preview serves it, signed in, its problems feed (/__pcv/problems.json) answering
    `feed`; the window closed after."""
    context = editor_context(browser, height=height)
    context.add_init_script(PREVIEW_MARK)
    context.route("**/__pcv/problems.json", lambda route: route.fulfill(json=feed))
    try:
        page = context.new_page()
        page.goto(editor.site_url + "admin/", wait_until="domcontentloaded")
        page.get_by_role("button", name="Se connecter", exact=True).click()
        page.get_by_role("heading", name="Collections").wait_for()
        yield page
    finally:
        context.close()


def test_the_sign_in_screen_names_the_editor_as_the_guide_does(local_editor: LocalEditor, browser: Browser) -> None:
    """Its title is the name the guide gives the editor, then the programme's (from the data); no name of software the
    guide never uses (staff play-test 4 saw « Decap »)."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    programme = load_site_data(local_editor.project / "data").programme.name.in_(LANGUAGES[0])
    page = browser.new_page()
    try:
        page.goto(local_editor.site_url + "admin/")
        page.get_by_role("button", name="Se connecter").wait_for()
        title = page.get_by_role("img").first
        name = title.get_attribute("alt")
        assert title.evaluate("image => image.complete && image.naturalWidth") > 0
        shown = page.locator("body").inner_text()
    finally:
        page.close()
    assert name and name.endswith(f" – {programme}"), name
    assert f"« {name.removesuffix(f' – {programme}')} »" in guide
    assert "Decap" not in shown and "Decap" not in name


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (MOBILE, 700)])
def test_se_connecter_is_in_the_first_screen_above_the_notice_for_visitors(
    local_editor: LocalEditor, browser: Browser, width: int, height: int
) -> None:
    """STAFF10: the notice for visitors (« Espace réservé… il faut un compte ») was above a sign-in screen as tall as
    the window, which pushed « Se connecter » to its bottom edge. The sign-in comes first, its own height, and the
    notice under it, both in the first screen."""
    context = editor_context(browser, height=height, width=width)
    try:
        page = context.new_page()
        page.goto(local_editor.site_url + "admin/")
        button = page.get_by_role("button", name="Se connecter")
        button.wait_for()
        expect(button).to_be_in_viewport(ratio=1)
        notice = page.get_by_role("heading", name="Espace réservé")
        expect(notice).to_be_in_viewport(ratio=1)
        assert button.bounding_box()["y"] < notice.bounding_box()["y"]
    finally:
        context.close()


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (MOBILE, 844)])
def test_the_problems_on_the_sign_in_screen_never_cover_a_control(
    local_editor: LocalEditor, browser: Browser, width: int, height: int
) -> None:
    """STAFF11 H3: with the site in a red state, the problems' box, fixed at the foot of the window, covered the sign-in
    screen's controls once its list was opened. Folded or opened, every button and link of the first screen is the
    element under its own centre, and the problems are said under « Se connecter »."""
    problems = {"problems": [{"where": f"docs/fr/page-{n}.md, ligne 3", "editor": None,
                              "message": "un problème dit en français, sur deux lignes au moins. " * 4} for n in range(4)],
                "notes": [], "building": False}
    context = editor_context(browser, height=height, width=width)
    context.add_init_script(PREVIEW_MARK)
    context.route("**/__pcv/problems.json", lambda route: route.fulfill(json=problems))
    try:
        page = context.new_page()
        page.goto(local_editor.site_url + "admin/")
        button = page.get_by_role("button", name="Se connecter", exact=True)
        alert = page.get_by_role("alert").filter(has_text="Le site ne peut pas être construit")
        expect(alert).to_be_visible()
        for unfold in (False, True):
            if unfold:
                alert.get_by_role("button").click()
                expect(alert.get_by_role("listitem").first).to_be_visible()
            covered = page.evaluate("""() => [...document.querySelectorAll("button, a")].filter((control) => {
              const box = control.getBoundingClientRect();
              if (!box.width || box.bottom <= 0 || box.top >= innerHeight) return false;
              const y = Math.min(box.top + box.height / 2, innerHeight - 1);
              return !control.contains(document.elementFromPoint(box.left + box.width / 2, y));
            }).map((control) => control.textContent.trim())""")
            assert covered == [], f"covered by the problems (list opened: {unfold}): {covered}"
            assert button.bounding_box()["y"] < alert.bounding_box()["y"]
    finally:
        context.close()


def _country_section(docs: Path) -> str:
    """The sub-folder of the first language's country pages (a page whose front matter names its country)."""
    pages = sorted((docs / LANGUAGES[0]).glob("*/**/*.md"))
    page = next(p for p in pages if "country" in read_page(p, LANGUAGES[0], p.name)[0].meta)
    return page.parent.relative_to(docs / LANGUAGES[0]).as_posix()


def test_a_new_country_page_needs_its_address_which_its_country_fills_and_its_header_follows_the_save(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """The address names the file: not marked optional for a new page, refused empty in French; choosing the country
    writes its page name from data/countries.yaml. Once saved, the header no longer says nothing is saved."""
    docs = local_editor.project / "docs"
    section = _country_section(docs)
    countries = data_of(local_editor.project / "data" / "countries.yaml")["countries"]
    country = next(c for c in countries if c.get("slug") and not any(
        (docs / lang / section / f"{c['slug']}.md").exists() for lang in LANGUAGES))
    file = docs / LANGUAGES[0] / section / f"{country['slug']}.md"
    name = country_name(country["code"], LANGUAGES[0])
    with editing(browser, local_editor, f"{section.replace('/', '-')}-{LANGUAGES[0]}") as (page, traffic):
        page.get_by_text("+ Page", exact=True).click()  # as the guide says, in a sign every font has
        expect(page.get_by_text(NEW_ENTRY)).to_be_visible()
        label = page.locator("label", has_text=PAGE_LABELS["slug"])
        expect(label).to_have_text(re.compile(rf"^\s*{re.escape(PAGE_LABELS['slug'])}\s*$", re.IGNORECASE), use_inner_text=True)
        page.get_by_label(PAGE_LABELS["title"]).fill(name)
        page.get_by_label(PAGE_LABELS["description"]).fill(f"Le programme au pays : {name}.")
        page.get_by_label(PAGE_LABELS["body"]).fill(f"Le programme au pays : {name}.")
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        expect(page.get_by_text("est obligatoire pour une nouvelle page")).to_be_visible()
        assert not file.exists()
        chooser = page.get_by_label(PAGE_LABELS["country"])
        chooser.fill(name)
        page.get_by_text(re.compile(rf"^{re.escape(name)}\b.*\({country['code']}\)$")).click()
        expect(page.get_by_label(PAGE_LABELS["slug"])).to_have_value(country["slug"])
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        for _ in range(100):
            if file.is_file():
                break
            page.wait_for_timeout(100)
        expect(page.get_by_text(NEW_ENTRY)).to_have_count(0)
        expect(page.get_by_text("Modifications enregistrées", exact=True)).to_be_visible()
    # The refused save: Decap rejects its promise without a reason (its own way, for any required field left empty);
    # french.js says the refusal at the top (STAFF8 F4) and keeps that rejection from being reported as a script error.
    assert traffic.other_hosts == [] and traffic.problems == []
    saved = read_page(file, LANGUAGES[0], f"{section}/{file.name}")[0]
    assert saved.meta["country"] == country["code"] and saved.meta["title"] == name


def test_deleting_a_country_page_says_truly_that_only_its_language_s_file_goes(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF12 M-f: « Supprimer l'entrée » on a country page said both languages would be deleted; only that
    language's file went (a page of a sub-folder is one entry per language). The dialog says so, and where the
    other language's page is deleted; « Rétablir » brings the file back."""
    docs = local_editor.project / "docs"
    section = _country_section(docs)
    file = next(p for p in sorted((docs / LANGUAGES[0] / section).glob("*.md"))
                if "country" in read_page(p, LANGUAGES[0], p.name)[0].meta)
    other = docs / LANGUAGES[-1] / section / file.name
    written = file.read_bytes()
    asked: list[str] = []
    with editing(browser, local_editor, f"{section.replace('/', '-')}-{LANGUAGES[0]}/entries/{file.stem}") as (
            page, traffic):
        expect(page.get_by_label(PAGE_LABELS["title"]).first).not_to_have_value("")
        page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
        page.get_by_role("button", name=re.compile("^Supprimer l")).click()
        restore = page.get_by_role("button", name="Rétablir", exact=True)
        expect(restore).to_be_visible()
        assert not file.exists() and other.is_file()
        restore.click()
        page.wait_for_timeout(500)
    assert traffic.other_hosts == [] and traffic.problems == []
    assert file.read_bytes() == written
    assert len(asked) == 1 and "pour une page d’un dossier (celle d’un pays), seulement la page de cette langue" in \
        asked[0] and "l’autre langue a sa propre liste" in asked[0], asked


def test_an_english_page_finds_its_country_by_its_english_name_which_fills_its_address(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF10 M4: on an English page, « Peru » typed in « Pays de la page » found nothing (the list named countries
    in French only). The choice names the country in the page's language first, and choosing it fills the address."""
    docs = local_editor.project / "docs"
    section = _country_section(docs)
    countries = data_of(local_editor.project / "data" / "countries.yaml")["countries"]
    lang = LANGUAGES[-1]
    # A country whose name differs between the languages, when the data has one (Pérou, Peru).
    country = max((c for c in countries if c.get("slug")), key=lambda c: country_name(c["code"], lang).casefold()
                  != country_name(c["code"], LANGUAGES[0]).casefold())
    name = country_name(country["code"], lang)
    with editing(browser, local_editor, f"{section.replace('/', '-')}-{lang}") as (page, traffic):
        page.get_by_text("+ Page", exact=True).click()
        page.get_by_label(PAGE_LABELS["country"]).fill(name)
        page.get_by_text(re.compile(rf"^{re.escape(name)}\b.*\({country['code']}\)$")).click()
        expect(page.get_by_label(PAGE_LABELS["slug"])).to_have_value(country["slug"])
    assert traffic.other_hosts == [] and traffic.problems == []


def test_a_photo_inserted_in_a_long_text_leaves_its_line_in_sight(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    """The cursor in the middle of a text taller than the window, « Insérer une photo » above it: once the photo is
    chosen, the line where it went is on screen, with the cursor in it (the form once scrolled back to the top)."""
    path = "programme.md"
    file = local_editor.project / "docs" / LANGUAGES[0] / path
    old = read_page(file, LANGUAGES[0], path)[0]
    lines = [f"Ligne {number}." for number in range(1, 121)]
    file.write_text(old.text[:len(old.text) - len(old.body)] + "\n".join(lines) + "\n", encoding="utf-8")
    at = lines[len(lines) // 2]
    photo = tmp_path / "atelier.jpg"
    Image.new("RGB", (800, 600), (30, 90, 140)).save(photo, "JPEG")
    with editing(browser, local_editor, "pages/entries/programme") as (page, traffic):
        text = page.get_by_label(PAGE_LABELS["body"]).first
        expect(text).to_have_value(re.compile(re.escape(at)))
        text.evaluate("(box, at) => { const end = box.value.indexOf(at) + at.length; box.focus(); "
                      "box.setSelectionRange(end, end); }", at)
        page.get_by_role("button", name="Insérer une photo").first.click()
        page.locator("input[type=file]").set_input_files(photo)
        page.get_by_role("button", name="Choisir les éléments sélectionnés").click()
        page.get_by_role("status").filter(has_text="Photo ajoutée").first.wait_for()
        page.wait_for_timeout(500)  # the cursor is put back once the media library has closed
        place = text.evaluate("""box => {
          const style = getComputedStyle(box), line = box.value.slice(0, box.selectionStart).split("\\n").length - 1;
          const top = box.getBoundingClientRect().top + parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth);
          return {focused: document.activeElement === box, line: box.value.split("\\n")[line],
                  top: top + line * parseFloat(style.lineHeight), height: parseFloat(style.lineHeight),
                  window: innerHeight};
        }""")
    assert traffic.other_hosts == [] and traffic.problems == []
    assert place["focused"] and place["line"] == f"![](images/{photo.name})", place
    assert 0 <= place["top"] and place["top"] + place["height"] <= place["window"], place


def test_the_problems_at_the_foot_of_the_editor_never_cover_the_end_of_a_list(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """With the build's problems unfolded at the foot of the editor (as the preview of make editor reports them), the
    last page of the list can still be scrolled to and opened (staff walk-through: it was under the problems)."""
    problems = {"problems": [{"where": f"docs/fr/page-{n}.md, ligne 3", "editor": None,
                              "message": "un problème dit en français, sur deux lignes au moins. " * 4} for n in range(4)],
                "notes": [], "building": False}
    with _signed_in_told(browser, local_editor, problems, height=800) as page:
        page.goto(local_editor.site_url + "admin/#/collections/pages", wait_until="domcontentloaded")
        alert = page.get_by_role("alert").filter(has_text="Le site ne peut pas être construit")
        alert.get_by_role("button").click()
        expect(alert.get_by_role("listitem")).to_have_count(len(problems["problems"]))
        last = page.locator("a[href*='/entries/']").last
        last.wait_for()
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        assert last.evaluate("a => a.getBoundingClientRect().bottom") <= alert.bounding_box()["y"]
        last.click()
        page.get_by_label(PAGE_LABELS["title"]).first.wait_for()
        page.wait_for_timeout(2500)  # the problems are asked for again every 2 s
        end = page.locator("[class*=ControlPaneContainer]").first.evaluate("""pane => {
          pane.scrollTop = pane.scrollHeight;
          const shown = [...pane.querySelectorAll("label, input, textarea")].filter((e) => e.offsetParent);
          return Math.max(...shown.map((e) => e.getBoundingClientRect().bottom));
        }""")
        assert end <= alert.bounding_box()["y"], "the form's last field is under the problems"


def test_the_addresses_make_check_says_to_look_at_are_said_at_the_foot_of_the_editor_too(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF10 M12: an « http:// » link was « À vérifier » in make check, and the editor said nothing. With the
    site built, the foot of the editor says there is something to look at, which blocks nothing, and lists it."""
    item = {"where": "docs/fr/page.md, ligne 12, colonne 5", "editor": "dans l'éditeur : « Texte de la page », ligne 4",
            "message": "« http://exemple.org » commence par « http:// » : ce lien mène à une page sans chiffrement."}
    feed = {"problems": [], "notes": [], "review": [item], "building": False}
    with _signed_in_told(browser, local_editor, feed, height=800) as page:
        box = page.get_by_role("alert").filter(has_text="À vérifier (rien n’est bloqué) : 1 adresse")
        expect(box).not_to_contain_text("ne peut pas être construit")
        box.get_by_role("button").click()
        expect(box.get_by_role("listitem")).to_have_text(f"{item['where']} ({item['editor']}) {item['message']}")


def _first_line(file: Path, start: str) -> int:
    return next(n for n, line in enumerate(file.read_text(encoding="utf-8").splitlines()) if line.startswith(start))


def test_a_value_its_field_cannot_show_is_said_above_the_field_never_shown_empty(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """A country code typed in lowercase (not among the list's choices) and a figure typed with a space (not a number):
    each field says what the file holds and what to choose or type, in French (staff play-test 5: an empty field)."""
    countries_file = local_editor.project / "data" / "countries.yaml"
    programme_file = local_editor.project / "data" / "programme.yaml"
    originals = {file: file.read_text(encoding="utf-8") for file in (countries_file, programme_file)}
    country = data_of(countries_file)["countries"][0]
    target = data_of(programme_file)["targets"][0]
    typed = f"{target['value']:,}".replace(",", " ")
    lines = originals[countries_file].splitlines(keepends=True)
    at = _first_line(countries_file, f"  - code: {country['code']}")
    lines[at] = lines[at].replace(country["code"], country["code"].lower())
    countries_file.write_text("".join(lines), encoding="utf-8")
    lines = originals[programme_file].splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.strip() == f"value: {target['value']}")
    lines[at] = lines[at].replace(str(target["value"]), typed)
    programme_file.write_text("".join(lines), encoding="utf-8")
    try:
        with editing(browser, local_editor, "donnees/entries/countries") as (page, traffic):
            said = _opened_row_alert(page, re.compile(rf"\({country['code'].lower()}\)$"), country["code"].lower())
            expect(said).to_contain_text(f"Choisissez « {country_name(country['code'], 'fr')} ({country['code']}) »")
        with editing(browser, local_editor, "donnees/entries/programme") as (page, more):
            said = _opened_row_alert(page, target["label"]["fr"], typed)
            expect(said).to_contain_text(f"n’est pas un nombre")
            expect(said).to_contain_text(f"(ici {target['value']})")
    finally:
        for file, text in originals.items():
            file.write_text(text, encoding="utf-8")
    assert traffic.other_hosts == more.other_hosts == [] and traffic.problems == more.problems == []


def test_a_percentage_over_100_is_refused_at_its_field_in_the_builds_words(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF11 H10: 175 in the « Valeur » of a target shown as a percentage was accepted by the form, then refused by
    the build seconds later. The field says it as she types, in the build's words, and « Publier » saves nothing; a
    target shown as a number keeps any value."""
    data_file = local_editor.project / "data" / "programme.yaml"
    written = data_file.read_bytes()
    targets = data_of(data_file)["targets"]
    percent = next(target for target in targets if target["format"] == "percent")
    other = next(target for target in targets if target["format"] != "percent")
    with editing(browser, local_editor, "donnees/entries/programme") as (page, traffic):
        for target in (percent, other):
            item = page.get_by_text(target["label"]["fr"], exact=True).locator("xpath=..")
            item.get_by_role("button").first.click()
            item.get_by_label("Valeur").fill("175")
        said = page.get_by_role("alert").filter(has_text="on trouve le nombre 175")
        expect(said).to_have_count(1)
        expect(said).to_contain_text("On attend au plus 100, on trouve le nombre 175. Un pourcentage")
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        expect(page.locator("#pcv-save-blocked")).to_contain_text("« Valeur »")
        page.wait_for_timeout(500)
    assert data_file.read_bytes() == written
    assert traffic.other_hosts == [] and traffic.problems == []


def _opened_row_alert(page: Page, row_text: str | re.Pattern, quoted: str) -> Locator:
    """The list row whose summary shows `row_text`, opened: the field's alert that quotes « `quoted` »."""
    page.get_by_text(row_text, exact=isinstance(row_text, str)).locator("xpath=..").get_by_role("button").first.click()
    return page.get_by_role("alert").filter(has_text=f"« {quoted} »")


def test_a_list_the_file_holds_as_a_single_text_is_said_and_emptied_never_stopping_the_editor(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """A country's list of target groups written as one line of text on GitHub: Decap's list cannot draw it (the whole
    editor stopped, « l.map is not a function »); the field says what the file holds and can be emptied to fill again."""
    file = local_editor.project / "data" / "countries.yaml"
    original = file.read_text(encoding="utf-8")
    countries = data_of(file)["countries"]
    country = next(c for c in countries if (c.get("activities") or {}).get("target_groups"))
    group = country["activities"]["target_groups"][0]["fr"]
    lines = original.splitlines(keepends=True)
    start = next(n for n, line in enumerate(lines) if line.strip() == f"- code: {country['code']}")
    at = next(n for n in range(start, len(lines)) if lines[n].strip() == "target_groups:")
    end = next(n for n in range(at + 1, len(lines)) if not lines[n].startswith(" " * 8))
    lines[at:end] = [f"      target_groups: {group}\n"]
    file.write_text("".join(lines), encoding="utf-8")
    try:
        with editing(browser, local_editor, "donnees/entries/countries") as (page, traffic):
            said = _opened_row_alert(page, re.compile(rf"\({country['code']}\)$"), group)
            expect(said).to_contain_text("qui n’est pas une liste")
            page.get_by_role("button", name="Vider ce champ").click()
            expect(said).to_have_count(0)
            expect(page.get_by_role("button", name=re.compile("^Ajouter un public visé"))).to_be_visible()
    finally:
        file.write_text(original, encoding="utf-8")
    assert traffic.other_hosts == [] and traffic.problems == []


LOOK = "h => { const s = getComputedStyle(h); return [s.fontFamily, s.fontSize, s.color, s.fontWeight]; }"
WIDTH = "html => html.clientWidth"


def _published_look(browser: Browser, url: str, width: int) -> list:
    """The look of the published page's title in a window as wide as the preview pane (the site's sizes follow the
    width: VISITOR10 #4's 40 px title from 60em)."""
    site = browser.new_page(viewport={"width": width, "height": 800})
    try:
        site.goto(url)
        return site.locator("article h1").first.evaluate(LOOK)
    finally:
        site.close()


def test_the_preview_pane_shows_the_page_as_the_site_does_with_the_builds_problems_above_it(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """The page's heading in the preview pane has the look of the published page's (the site's stylesheet, from the
    site itself), and the build's problems are above it (staff play-test 5: the preview was unstyled)."""
    problem = {"where": "docs/fr/approche.md, ligne 9", "editor": None, "message": "un problème dit en français."}
    context = editor_context(browser)
    context.add_init_script(PREVIEW_MARK)
    context.route("**/__pcv/problems.json", lambda route: route.fulfill(
        json={"problems": [problem], "notes": [], "building": False}))
    hosts = set()
    context.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    try:
        page = context.new_page()
        page.goto(local_editor.site_url + "admin/")
        page.get_by_role("button", name="Se connecter", exact=True).click()
        page.get_by_role("heading", name="Collections").wait_for()
        page.goto(local_editor.site_url + "admin/#/collections/pages/entries/approche")
        page.get_by_role("button", name="Aperçu", exact=True).click()
        frame = page.frame_locator("iframe").first
        heading = frame.locator("article.md-typeset h1")
        expect(heading).to_have_count(1)
        expect(frame.locator("link[rel=stylesheet][href*='/assets/stylesheets/site.']")).to_have_count(1)
        expect(frame.get_by_role("alert")).to_contain_text(problem["message"])
        page.wait_for_timeout(300)
        shown, width = heading.evaluate(LOOK), frame.locator("html").evaluate(WIDTH)
    finally:
        context.close()
    assert hosts <= local_editor.hosts, hosts
    assert shown == _published_look(browser, local_editor.site_url + "approche/", width)


def test_an_item_added_to_a_long_list_is_brought_into_sight_ready_to_type_in(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """« Ajouter une organisation » under the longest group of partners: the new item, added at the end, is on screen with
    its first field focused (staff play-test 5: it was out of sight, under the others)."""
    groups = data_of(local_editor.project / "data" / "partners.yaml")["groups"]
    group = max(groups, key=lambda g: len(g["organisations"]))
    with editing(browser, local_editor, "donnees/entries/partners") as (page, traffic):
        page.get_by_text(group["title"]["fr"], exact=True).locator("xpath=..").get_by_role("button").first.click()
        page.get_by_role("button", name="Ajouter une organisation").first.click()
        page.wait_for_timeout(500)
        place = page.evaluate("""() => { const field = document.activeElement, box = field.getBoundingClientRect();
          return {tag: field.tagName, value: field.value, top: box.top, bottom: box.bottom, window: innerHeight}; }""")
    assert traffic.other_hosts == [] and traffic.problems == []
    assert place["tag"] == "INPUT" and place["value"] == "", place
    assert 0 <= place["top"] and place["bottom"] <= place["window"], place


def test_an_item_added_to_a_list_is_named_in_french_until_it_is_filled_in(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF8 F8: a partner just added was labelled « No name » (Decap's English, after its first field's name) until
    its name was typed; it says « (sans nom) », and its name once typed."""
    groups = data_of(local_editor.project / "data" / "partners.yaml")["groups"]
    group = groups[0]
    with editing(browser, local_editor, "donnees/entries/partners") as (page, traffic):
        page.get_by_text(group["title"]["fr"], exact=True).locator("xpath=..").get_by_role("button").first.click()
        page.get_by_role("button", name="Ajouter une organisation").first.click()
        labels = page.locator("[class*=NestedObjectLabel]")
        expect(labels.filter(has_text=re.compile(r"^\(sans nom\)$"))).to_have_count(1)
        shown = labels.all_inner_texts()
        page.keyboard.type("Organisation ajoutée")  # its first field has the focus
        expect(labels.filter(has_text=re.compile(r"^Organisation ajoutée$"))).to_have_count(1)
    assert traffic.other_hosts == [] and traffic.problems == []
    assert not [text for text in shown if re.fullmatch(r"No [\w.-]+", text.strip())], shown


def test_publier_with_a_refused_field_says_what_to_correct_at_the_top_and_brings_the_field_into_sight(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF8 F4: a straight quote in « Titre » (the form refuses it: pcv/editor/page_form.py) and « Publier » saved
    nothing and showed nothing where she looked; the refusal was under the field, out of sight, in Decap's words
    (« ne correspond pas au schéma: … .. »). A message at the top now names the field and what to write, the field
    is brought into sight; once corrected, « Publier » saves and the message goes."""
    folder = local_editor.project / "docs" / LANGUAGES[0]
    path, before = next((file.name, page) for file in sorted(folder.glob("*.md"))
                        for page in [read_page(file, LANGUAGES[0], file.name)[0]]
                        if file.name != "index.md" and page.meta.get("title"))
    file = folder / path
    written = file.read_bytes()
    title = PAGE_LABELS["title"]
    with editing(browser, local_editor, "pages") as (page, traffic):
        page.get_by_text(before.meta["title"], exact=True).click()
        field = page.get_by_label(title).first
        expect(field).to_have_value(before.meta["title"])
        field.fill(f'{before.meta["title"]} "x"')
        page.mouse.wheel(0, 4000)  # she types further down, the title out of sight
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        alert = page.locator("#pcv-save-blocked")
        expect(alert).to_be_visible()
        expect(alert).to_contain_text(f"Rien n’est enregistré : le champ « {title} » est à corriger.")
        expect(field).to_be_in_viewport()
        said = alert.inner_text()
        page.wait_for_timeout(500)
        assert file.read_bytes() == written  # nothing saved
        field.fill(f"{before.meta['title']} x")
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        expect(alert).to_have_count(0)
        for _ in range(100):
            if file.read_bytes() != written:
                break
            page.wait_for_timeout(100)
    assert traffic.other_hosts == [] and traffic.problems == []
    assert "schéma" not in said and ".." not in said, said
    assert read_page(file, LANGUAGES[0], path)[0].meta["title"] == f"{before.meta['title']} x"


def test_a_page_of_mkdocs_menu_offers_no_place_in_the_menu_and_says_where_its_place_is_changed(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF8 F5: on « Nous joindre », already in mkdocs.yml's menu, « Place dans le menu » offered every page,
    saved the choice, then the check refused it. On a page of mkdocs.yml's menu the list gives way to a sentence
    saying so and where its place is changed; a new page still has the list."""
    nav = yaml.load((local_editor.project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    folder = local_editor.project / "docs" / LANGUAGES[0]
    path, before = next((item, page) for item in nav if isinstance(item, str) and item != "index.md"
                        and "/" not in item and (folder / item).is_file()
                        for page in [read_page(folder / item, LANGUAGES[0], item)[0]]
                        if page.meta.get("title") and not page.meta.get("menu_after"))
    label = PAGE_LABELS["menu_after"]
    with editing(browser, local_editor, "pages") as (page, traffic):
        page.get_by_text(before.meta["title"], exact=True).click()
        expect(page.get_by_label(PAGE_LABELS["title"]).first).to_have_value(before.meta["title"])
        kept = page.locator("[data-pcv-menu-kept]").first  # (Decap draws the field in each column)
        expect(kept).to_be_visible()
        expect(kept).to_contain_text("« Menu du site »")  # where it is moved (tests/browser/test_editor_menu.py)
        assert page.get_by_role("combobox", name=label).count() == 0
    with editing(browser, local_editor, "pages/new") as (page, traffic_new):
        expect(page.get_by_label(label).first).to_be_visible()
        expect(page.locator("[data-pcv-menu-kept]")).to_have_count(0)
    assert traffic.other_hosts == [] and traffic.problems == [] and traffic_new.problems == []


def test_the_photo_library_has_one_name_in_its_tab_and_in_the_window_insert_a_photo_opens(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF8 F8: the tab said « Photos », the window « Insérer une photo » opens « Images », the guide « Images »."""
    folder = local_editor.project / "docs" / LANGUAGES[0]
    title = next(page.meta["title"] for file in sorted(folder.glob("*.md")) if file.name != "index.md"
                 for page in [read_page(file, LANGUAGES[0], file.name)[0]] if page.meta.get("title"))
    with editing(browser, local_editor, "pages") as (page, traffic):
        tab = "Photos"  # the tab's name (pcv/editor/french.js)
        expect(page.get_by_text(tab, exact=True).first).to_be_visible()
        page.get_by_text(title, exact=True).click()
        page.get_by_role("button", name="Insérer une photo").first.click()
        expect(page.get_by_role("button", name="Choisir les éléments sélectionnés")).to_be_visible()
        page.wait_for_timeout(300)
        titles = [text.strip() for text in page.locator("h1, h2, h3, [class*=Title]").all_inner_texts()]
        assert tab in titles and "Images" not in titles, titles
    assert traffic.other_hosts == [] and traffic.problems == []
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert f"fenêtre **{tab}**" in guide and "fenêtre **Images**" not in guide


def test_a_figure_typed_by_hand_is_replaced_by_choosing_it_in_the_list_above_the_text(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """The figure typed by hand selected, then chosen by its French words in « Insérer un chiffre des données »: its
    {{ name }} takes its place, no brace typed (staff play-test 5: the only technical syntax of the session)."""
    data = load_site_data(local_editor.project / "data")
    target = data.programme.targets[0]
    typed = format_figure(target.value, target.format, "fr")
    line = f"Déjà {typed} au total."
    with editing(browser, local_editor, "pages/entries/programme") as (page, traffic):
        text = page.get_by_label(PAGE_LABELS["body"]).first
        text.focus()
        text.press("Control+End")
        text.type("\n" + line)
        text.evaluate("(box, typed) => { const at = box.value.lastIndexOf(typed); box.focus(); "
                      "box.setSelectionRange(at, at + typed.length); }", typed)
        choice = page.get_by_label("Insérer un chiffre des données").first
        choice.select_option(label=f"{typed} {target.label.in_('fr')}")
        expect(text).to_have_value(re.compile(re.escape(f"Déjà {{{{ targets.{target.id} }}}} au total.") + r"$"))
    assert traffic.other_hosts == [] and traffic.problems == []


def test_the_translations_column_says_whether_it_is_out_of_date_and_when_ticking_counts(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """On this computer the editor says, above « Traduction relue », that the translation is out of date (as make
    translations does), and once the box is ticked, that it counts from the save (staff play-test 5)."""
    feed = {"problems": [], "notes": [], "building": False, "translations": {"approche.md": "à mettre à jour"}}
    with _signed_in_told(browser, local_editor, feed) as page:
        page.goto(local_editor.site_url + "admin/#/collections/pages/entries/approche")
        state = page.locator("[data-pcv-translation]")
        expect(state).to_have_count(1)  # in the translation's column only
        expect(state).to_contain_text("Cette traduction est à mettre à jour")
        page.get_by_label("Cette traduction dit la même chose que la version originale actuelle").check()
        expect(state).to_have_count(0)
        expect(page.get_by_role("status").filter(has_text="comptera comme à jour dès que vous aurez cliqué sur "
                                                          "Publier")).to_be_visible()


def test_the_preview_pane_keeps_the_site_s_look_while_the_site_cannot_be_built(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """While a save stops the build, make editor's pages are the problems' page, without the stylesheet: the preview
    pane uses the copy kept from the last time the site was built (it was unstyled then)."""
    context = editor_context(browser)
    try:
        page = context.new_page()
        page.goto(local_editor.site_url + "admin/")
        page.get_by_role("button", name="Se connecter", exact=True).click()
        page.get_by_role("heading", name="Collections").wait_for()
        page.wait_for_function("() => localStorage.getItem('pcv-site-stylesheet')")
        context.route(local_editor.site_url, lambda route: route.fulfill(
            content_type="text/html", body="<!doctype html><title>Aperçu arrêté</title><h1>1 problème</h1>"))
        page.goto(local_editor.site_url + "admin/#/collections/pages/entries/approche")
        page.reload()
        page.get_by_role("button", name="Aperçu", exact=True).click()
        frame = page.frame_locator("iframe").first
        heading = frame.locator("article.md-typeset h1")
        expect(heading).to_have_count(1)
        page.wait_for_timeout(300)
        shown, width = heading.evaluate(LOOK), frame.locator("html").evaluate(WIDTH)
    finally:
        context.close()
    assert shown == _published_look(browser, local_editor.site_url + "approche/", width)


def _broken_indentation(text: str) -> str:
    """`text` with its last field written one space deeper than the field above it, the slip of staff play-test 7 (M2)."""
    lines = text.split("\n")
    for number in range(len(lines) - 1, 0, -1):
        field, above = (re.match(r"( +)[a-z_]+: \S", line) for line in (lines[number], lines[number - 1]))
        if field and above and field.group(1) == above.group(1):
            lines[number] = " " + lines[number]
            return "\n".join(lines)
    raise AssertionError("no field under another at the same depth")


def test_a_file_the_editor_cannot_read_is_said_above_its_empty_form_and_never_saved_over(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """A data file or a page with a YAML slip opens as an empty form: it says so, and saving it is refused, so that
    what the file holds is not replaced by what was typed there (staff play-test 7 F6: data/partners.yaml lost its
    funder and every partner in one save, without a word)."""
    data_file = local_editor.project / "data" / "partners.yaml"
    page_file = local_editor.project / "docs" / LANGUAGES[1] / "approche.md"
    kept = {file: file.read_text(encoding="utf-8") for file in (data_file, page_file)}
    broken = {data_file: _broken_indentation(kept[data_file]),
              page_file: kept[page_file].replace("title: ", 'title: "', 1)}  # a quote opened, never closed
    for file, text in broken.items():
        with pytest.raises(yaml.YAMLError):
            yaml.safe_load(text if file.suffix == ".yaml" else text.split("---\n")[1])
        file.write_text(text, encoding="utf-8")
    try:
        for entry, file in (("donnees/entries/partners", data_file), ("pages/entries/approche", page_file)):
            with editing(browser, local_editor, entry) as (page, traffic):
                said = page.locator("[data-pcv-unreadable]")
                expect(said).to_have_count(1)  # one file, one column
                expect(said).to_contain_text(f"Ce fichier ({file.relative_to(local_editor.project).as_posix()}) "
                                             "ne peut pas être lu")
                if file == page_file:  # the French column is read: a word typed there
                    page.get_by_label(PAGE_LABELS["body"]).first.press("End")
                    page.keyboard.type(" Une phrase de plus.")
                else:  # the play-test's steps: a group added to the empty form
                    page.get_by_role("button", name=re.compile("^Ajouter")).first.click()
                page.get_by_role("button", name="Publier").click()
                page.get_by_role("menuitem", name="Publier maintenant").click()
                expect(page.get_by_text("Ne l’enregistrez pas d’ici").nth(1)).to_be_visible()  # the box, and the refusal
                page.wait_for_timeout(1500)
            assert {f: f.read_text(encoding="utf-8") for f in broken} == broken, entry
    finally:
        for file, text in kept.items():
            file.write_text(text, encoding="utf-8")


def _unmarked(text: str) -> str:
    """A page's text without the marks that say it is a translation."""
    return re.sub(r"(?m)^(translation|translated_from|translation_reviewed):.*\n", "", text)


def test_the_translations_state_says_what_it_will_be_once_published_as_she_types_in_either_column(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """Above « Traduction relue », the state of the translation once « Publier » is clicked, as make translations will
    say it, while she types (staff play-test 7 F2: « à jour » after the original was changed, before the save): the
    original changed, « à mettre à jour »; the translation changed too, « à jour »; once saved, as saved, before the
    preview has checked it. In both directions (the French version the translation) and in a collection of one
    language's pages."""
    docs = local_editor.project / "docs"
    first, second = LANGUAGES
    section = _country_section(docs)
    country_page = sorted(p.name for p in (docs / second / section).glob("*.md") if p.name != "index.md")[0]
    reversed_path = "contact.md"
    files = {lang: docs / lang / reversed_path for lang in LANGUAGES}
    files["approche"] = docs / first / "approche.md"
    kept = {key: file.read_text(encoding="utf-8") for key, file in files.items()}
    # contact.md the other way round: its French version says it is the translation, its English one says nothing.
    files[second].write_text(_unmarked(kept[second]), encoding="utf-8")
    files[first].write_text(_unmarked(kept[first]).replace("\n---\n", "\ntranslated_from: 0123456789ab\n---\n", 1),
                            encoding="utf-8")
    states = {"approche.md": "à jour", reversed_path: "à jour", f"{section}/{country_page}": "à mettre à jour"}
    context = editor_context(browser)
    context.add_init_script(PREVIEW_MARK)
    context.route("**/__pcv/problems.json", lambda route: route.fulfill(
        json={"problems": [], "notes": [], "building": False, "translations": states}))
    out_of_date, current = "cette traduction sera à mettre à jour", "cette traduction comptera comme à jour"
    try:
        page = context.new_page()
        page.goto(local_editor.site_url + "admin/")
        page.get_by_role("button", name="Se connecter", exact=True).click()
        page.get_by_role("heading", name="Collections").wait_for()
        for entry, original, translation in (("pages/entries/approche", 0, 1), ("pages/entries/contact", 1, 0)):
            page = context.new_page()  # signed in already; a page of its own: nothing of the last entry kept
            page.goto(local_editor.site_url + "admin/#/collections/" + entry)
            state = page.locator("[data-pcv-translation]")
            state.first.wait_for()
            expect(state).to_have_count(1)
            expect(state).to_have_text("Cette traduction est à jour.")
            texts = page.get_by_label(PAGE_LABELS["body"])
            texts.nth(original).press("Control+End")
            page.keyboard.type(" Une phrase de plus.")
            expect(state).to_contain_text(out_of_date)
            texts.nth(translation).press("Control+End")
            page.keyboard.type(" One more sentence.")
            expect(state).to_contain_text(current)
            texts.nth(translation).fill(texts.nth(translation).input_value().removesuffix(" One more sentence."))
            expect(state).to_contain_text(out_of_date)
            if entry.endswith("approche"):  # saved with the original changed alone: out of date from then on
                before = files["approche"].read_text(encoding="utf-8")
                page.get_by_role("button", name="Publier").click()
                page.get_by_role("menuitem", name="Publier maintenant").click()
                for _ in range(100):
                    if files["approche"].read_text(encoding="utf-8") != before:
                        break
                    page.wait_for_timeout(100)
                expect(state).to_have_text(re.compile("^Cette traduction est à mettre à jour"))
        page = context.new_page()
        page.goto(local_editor.site_url + f"admin/#/collections/{section.replace('/', '-')}-{second}/entries/"
                  + country_page.removesuffix(".md"))
        state = page.locator("[data-pcv-translation]")
        state.first.wait_for()
        expect(state).to_have_text(re.compile("^Cette traduction est à mettre à jour"))
        page.get_by_label(PAGE_LABELS["body"]).press("Control+End")
        page.keyboard.type(" One more sentence.")
        expect(state).to_contain_text(current)
    finally:
        context.close()
        for key, file in files.items():
            file.write_text(kept[key], encoding="utf-8")


def test_the_countries_are_listed_by_their_french_names_and_an_opened_item_keeps_its_name(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """« Les pays du programme » lists each country by its French name (staff play-tests: « cote-d-ivoire (CI) », its
    page's name and code), and an item opened to change it keeps its name above its fields (Decap hid it)."""
    countries = load_site_data(local_editor.project / "data").countries
    with editing(browser, local_editor, "donnees/entries/countries") as (page, traffic):
        labels = page.locator("[class*=NestedObjectLabel]:visible")  # the countries, folded: not what they hold
        expected = [f"{country_name(country.code, 'fr')} ({country.code})" for country in countries]
        expect(labels).to_have_text(expected)
        page.locator("[class*=ListItemTopBar] button").first.click()  # the first country opened
        expect(labels.first).to_be_visible()
        expect(labels.first).to_have_text(expected[0])
    assert traffic.other_hosts == [] and traffic.problems == []


def test_signs_nobody_sees_are_taken_out_of_a_paste_and_of_a_save_never_what_she_sees(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF8 F2: a zero-width space pasted from Word stayed in the text, unseen, and the build refused the page. A
    paste now leaves out such signs (and Word's optional hyphens) in the field itself, and makes Word's line separator
    a line break; a sign typed some other way is taken out on « Publier »; an emoji and French spaces are kept
    (pcv/editor/invisible_signs.js)."""
    folder = local_editor.project / "docs" / LANGUAGES[0]
    path, before = next((file.name, page) for file in sorted(folder.glob("*.md"))
                        for page in [read_page(file, LANGUAGES[0], file.name)[0]]
                        if file.name != "index.md" and page.meta.get("title") and page.body.strip())
    file = folder / path
    # Word's line broken with Maj+Entrée (U+2028): a line break she sees (STAFF9 F5: kept, and the build refused it)
    words = " Une phrase\u200b collée de Word,\ufeff au\u00a0cœur\u00ad du\u2060 changement 👩\u200d🌾.\u2028Suite."
    seen = " Une phrase collée de Word, au\u00a0cœur du changement 👩\u200d🌾.\nSuite."
    with editing(browser, local_editor, "pages") as (page, traffic):
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        page.get_by_text(before.meta["title"], exact=True).click()
        body = page.get_by_label(PAGE_LABELS["body"]).first
        expect(body).not_to_have_value("")
        body.press("Control+End")
        page.evaluate("text => navigator.clipboard.writeText(text)", words)
        body.press("Control+V")
        expect(body).to_have_value(re.compile(re.escape(seen) + r"$"))
        page.keyboard.insert_text(" Tapé\u200b.")  # not a paste: taken out as it comes (STAFF11), and on « Publier »
        publish_and_wait(page, [file])
    assert traffic.other_hosts == [] and traffic.problems == []
    after, problem = read_page(file, LANGUAGES[0], path)
    assert problem is None and after.body.rstrip().endswith(seen + " Tapé.")


def test_a_sign_nobody_sees_typed_in_the_translation_s_column_is_taken_out_as_it_comes(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF11: a zero-width space typed (not pasted) in the English column stayed, « Publier » cleaning only the first
    language's fields, and only the build refused it. It is taken out as it comes, in every column, the cursor where
    it was; the file saved has none."""
    path = "programme.md"
    file = local_editor.project / "docs" / LANGUAGES[1] / path
    with editing(browser, local_editor, f"pages/entries/{path.removesuffix('.md')}") as (page, traffic):
        title = page.get_by_label(PAGE_LABELS["title"]).nth(1)  # the English column's
        typed = title.input_value()
        title.press("End")
        page.keyboard.insert_text("\u200b")  # not a paste (a keyboard's shortcut, an input method)
        page.keyboard.insert_text(" now")
        expect(title).to_have_value(typed + " now")
        publish_and_wait(page, [file])
    assert traffic.other_hosts == [] and traffic.problems == []
    after, problem = read_page(file, LANGUAGES[1], path)
    assert problem is None and after.meta["title"] == typed + " now" and "\u200b" not in file.read_text(encoding="utf-8")


def test_a_date_of_the_data_in_the_future_or_that_no_month_has_is_refused_in_the_form(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF8 F10: « Données vérifiées le » took 2027-12-01 (a year ahead) and only the build refused it, after the
    save. The form now says it under the field and at the top on « Publier », and saves nothing; a real past date is
    saved (pcv/editor/past_date.js). STAFF10 M11: a month 13 is said to be the month, not the day."""
    from datetime import UTC, datetime, timedelta

    data_file = local_editor.project / "data" / "programme.yaml"
    written = data_file.read_bytes()
    schema = yaml.safe_load((ROOT / "schemas" / "programme.schema.json").read_text(encoding="utf-8"))
    label = schema["properties"]["as_of"]["title"]
    today = datetime.now(UTC).date()
    future = (today + timedelta(days=400)).isoformat()
    with editing(browser, local_editor, "donnees/entries/programme") as (page, traffic):
        field = page.get_by_label(label)
        expect(field).not_to_have_value("")
        for typed, said in ((future, f"Le {future} est dans le futur (nous sommes le {today.isoformat()})"),
                            (f"{today.year - 1}-02-30", f"Le 30 n’existe pas dans le mois 02 de {today.year - 1}"),
                            (f"{today.year - 1}-13-01", "Le mois 13 n’existe pas : il va de 01 à 12. Vérifiez le mois")):
            field.fill(typed)
            page.get_by_role("button", name="Publier").click()
            page.get_by_role("menuitem", name="Publier maintenant").click()
            alert = page.locator("#pcv-save-blocked")
            expect(alert).to_contain_text(f"Rien n’est enregistré : le champ « {label} » est à corriger. ")
            expect(alert).to_contain_text(said)  # (after the form's own AAAA-MM-JJ advice, for a month 13)
            page.wait_for_timeout(500)
            assert data_file.read_bytes() == written, typed
        field.fill(today.isoformat())
        publish_and_wait(page, [data_file])
    assert traffic.other_hosts == [] and traffic.problems == []
    assert str(yaml.safe_load(data_file.read_text(encoding="utf-8"))["as_of"]) == today.isoformat()


def test_a_list_item_s_buttons_are_named_by_it_and_its_cross_asks_first(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF12 L5 and M-f: a list item's toggle and × had no name a screen reader could say, and × took a partner out
    at one click. Both are named by the item; × asks, « Annuler » keeps the item, « OK » takes it out."""
    data_file = local_editor.project / "data" / "partners.yaml"
    written = data_file.read_bytes()
    with editing(browser, local_editor, "donnees/entries/partners") as (page, traffic):
        items = page.locator("[class*=SortableListItem]")
        items.first.wait_for()
        count = items.count()
        label = items.first.locator(":scope > [class*=NestedObjectLabel]").inner_text().strip()
        assert label
        expect(page.get_by_role("button", name=f"Ouvrir ou replier « {label} »", exact=True).first).to_be_visible()
        remove = page.get_by_role("button", name=f"Retirer « {label} » de la liste", exact=True).first
        asked: list[str] = []
        page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
        remove.click()
        page.wait_for_timeout(300)
        expect(items).to_have_count(count)
        page.once("dialog", lambda dialog: dialog.accept())
        remove.click()
        expect(items).to_have_count(count - 1)
        unnamed = page.evaluate("""() => [...document.querySelectorAll('[class*=StyledListItemTopBar] > button')]
          .filter(b => !(b.getAttribute('aria-label') || b.textContent.trim())).length""")
    assert traffic.other_hosts == [] and traffic.problems == []
    assert unnamed == 0 and len(asked) == 1 and f"« {label} »" in asked[0], (unnamed, asked)
    assert data_file.read_bytes() == written  # nothing saved without Publier


def test_a_photo_type_the_site_does_not_publish_is_refused_when_chosen_and_never_saved(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    """STAFF9 F3: an iPhone's HEIC photo chosen in « Insérer une photo » vanished without a word, was written on
    « Publier », then the build refused it. It is now refused in the window, in French, with the types the build
    takes (its own list) and how to make a JPEG of it; a JPEG chosen next is taken, and only it is published."""
    heic = tmp_path / "IMG_4522.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64))
    photo = tmp_path / "atelier-heic.jpg"
    Image.new("RGB", (800, 600), (30, 90, 140)).save(photo, "JPEG")
    images = local_editor.project / "docs" / LANGUAGES[0] / "images"
    message, traffic = _refused_then_taken(local_editor, browser, heic, photo)
    assert traffic.other_hosts == [] and traffic.problems == []
    assert "n’a pas été ajoutée" in message and "« Le plus compatible »" in message, message
    assert all(suffix in message for suffix in PHOTO_SUFFIXES), message
    assert (images / photo.name).is_file()
    assert [file.name for file in images.iterdir() if file.suffix.lower() not in PHOTO_SUFFIXES] == []


def _refused_then_taken(local_editor: LocalEditor, browser: Browser, refused: Path, taken: Path) -> tuple[str, Traffic]:
    """In the programme page's « Insérer une photo »: `refused` chosen and refused in the window (its alert's words,
    returned with the editor's traffic), the window still open; `taken` chosen next, inserted and published."""
    files = [local_editor.project / "docs" / lang / "programme.md" for lang in LANGUAGES]
    with editing(browser, local_editor, "pages/entries/programme") as (page, traffic):
        text = page.get_by_label(PAGE_LABELS["body"]).first
        text.click()
        text.press("Control+End")
        page.get_by_role("button", name="Insérer une photo").first.click()
        page.locator("input[type=file]").set_input_files(refused)
        said = page.get_by_role("alert").filter(has_text=refused.name)
        expect(said).to_be_visible(timeout=20_000)  # a large photo's size is read first
        message = said.inner_text()
        expect(page.get_by_role("button", name="Choisir les éléments sélectionnés")).to_be_visible()  # still there
        page.locator("input[type=file]").set_input_files(taken)
        expect(said).to_have_count(0)
        page.get_by_role("button", name="Choisir les éléments sélectionnés").click()
        page.get_by_role("status").filter(has_text="Photo ajoutée").first.wait_for()
        page.keyboard.type("Un atelier")
        publish_and_wait(page, files[:1])
    return message, traffic


def test_a_photo_larger_than_the_check_takes_is_refused_when_chosen_in_the_checks_words(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    """STAFF12 H1: a 63-megapixel phone photo went through « Insérer une photo », was saved, then the check refused
    it. It is refused when chosen, in the check's words (its limits: pcv/pages/photo_types.py), and never written; a
    photo within them chosen next is taken."""
    side = int(MAX_PIXELS ** 0.5) + 1
    large = tmp_path / "telephone-50-mp.jpg"
    Image.new("L", (side, side), 128).save(large, "JPEG")
    photo = tmp_path / "atelier-reduit.jpg"
    Image.new("RGB", (800, 600), (30, 90, 140)).save(photo, "JPEG")
    images = local_editor.project / "docs" / LANGUAGES[0] / "images"
    message, traffic = _refused_then_taken(local_editor, browser, large, photo)
    assert traffic.other_hosts == [] and traffic.problems == []
    assert too_large(side, side) in message, message
    assert (images / photo.name).is_file() and not (images / large.name).exists()


def test_an_address_typed_as_words_is_refused_with_what_is_wrong_in_it_and_the_address_to_write(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF9 F6: « Pérou » in a page's English address was refused with the rule only. The form names what is not
    allowed in it (the capital, the accent) and the address to write, at the top and under the field; nothing is
    saved."""
    path = "programme.md"
    file = local_editor.project / "docs" / LANGUAGES[1] / path
    written = file.read_bytes()
    with editing(browser, local_editor, "pages/entries/programme") as (page, traffic):
        field = page.get_by_label(PAGE_LABELS["slug"]).nth(1)  # the English column's
        field.fill("Périple")
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        advice = "« P » (majuscule) et « é » (accent) ne sont pas permis dans une adresse : écrivez « periple »."
        expect(page.locator("#pcv-save-blocked")).to_contain_text(advice)
        expect(page.locator("[class*=ControlErrorsList] li").filter(has_text=advice)).to_have_count(1)
        page.wait_for_timeout(500)
    assert traffic.other_hosts == [] and traffic.problems == []
    assert file.read_bytes() == written


def test_an_entry_s_address_typed_in_the_address_bar_opens_that_entry_filled_in(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF9 F7: with a page open, the address of « Le programme » typed in the address bar opened an empty form
    (eleven fields « requis »). It opens the entry as a click would; with changes not saved, Decap asks first, and
    « Annuler » keeps her form and its address."""
    name = load_site_data(local_editor.project / "data").programme.name.in_(LANGUAGES[0])
    title = read_page(local_editor.project / "docs" / LANGUAGES[0] / "programme.md", LANGUAGES[0], "programme.md")[0]
    with editing(browser, local_editor, "pages/entries/programme") as (page, traffic):
        field = page.get_by_label(PAGE_LABELS["title"]).first
        expect(field).to_have_value(title.meta["title"])
        field.fill(f"{title.meta['title']} x")
        asked: list[str] = []
        page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
        page.evaluate("location.hash = '#/collections/donnees/entries/programme'")
        page.wait_for_timeout(1500)
        expect(field).to_have_value(f"{title.meta['title']} x")
        assert asked and page.url.endswith("#/collections/pages/entries/programme"), (asked, page.url)
        page.once("dialog", lambda dialog: dialog.accept())
        page.evaluate("location.hash = '#/collections/donnees/entries/programme'")
        page.wait_for_function("name => [...document.querySelectorAll('input')].some(box => box.value === name)",
                               arg=name)
    assert traffic.other_hosts == [] and traffic.problems == []


# The fields, labels and buttons of the form that end past the window's right edge, or that a round button of the
# editor (other language, preview, scrolling) covers.
_OUTSIDE_OR_COVERED = """width => {
  const boxes = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.offsetParent)
    .map((e) => [e.textContent.trim().slice(0, 30) || e.tagName, e.getBoundingClientRect()]);
  const round = boxes("[class*=EditorToggle]").map(([, box]) => box);
  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return boxes("[class*=ControlPaneContainer] input, [class*=ControlPaneContainer] textarea, "
               + "[class*=ControlPaneContainer] label, [class*=LocaleRowWrapper] [class*=DropdownButton]")
    .filter(([, box]) => box.right > width + 0.5 || round.some((r) => meet(r, box))).map(([name]) => name);
}"""


def test_publier_stays_in_a_phone_s_window_and_saves(local_editor: LocalEditor, browser: Browser) -> None:
    """STAFF9 F8: at a phone's width the editor's top bar kept Decap's 800 px and cut « Publier » off. It fits the
    window, « Publier » in it, and saves from there."""
    path = "programme.md"
    file = local_editor.project / "docs" / LANGUAGES[0] / path
    old = read_page(file, LANGUAGES[0], path)[0]
    with editing(browser, local_editor, "pages/entries/programme", width=MOBILE) as (page, traffic):
        title = page.get_by_label(PAGE_LABELS["title"]).first
        expect(title).to_have_value(old.meta["title"])
        title.fill(f"{old.meta['title']} x")
        expect(page.get_by_role("button", name="Publier")).to_be_in_viewport(ratio=1)
        assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE
        # STAFF10: the form kept 800 px (the English column off to the right, « Remplir depuis l'autre langue » cut
        # off) and the round buttons covered the fields' right edge. Both columns, one under the other, fit the window.
        assert page.evaluate(_OUTSIDE_OR_COVERED, MOBILE) == []
        publish_and_wait(page, [file])
    assert traffic.other_hosts == [] and traffic.problems == []
    assert read_page(file, LANGUAGES[0], path)[0].meta["title"] == f"{old.meta['title']} x"


def test_a_photo_is_uploaded_from_its_page_only_kept_until_publier_and_its_new_name_said(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    """STAFF9 F4: uploaded from the « Photos » tab at the top, a photo was written at once, used by no page. There the
    upload is refused, in the window, with where to add a photo, and nothing is written; from a page it is written
    only when the page is published. F9: its new name is said in the window (IMG_4521.JPG became img_4521.jpg without
    a word). STAFF11 H6: a name with signs became a name ending in « - » (« img-4521-1-.jpg »); it is named as the
    check advises a name (lower case, no accents, words joined by « - »: pcv/checks/files.py), and kept so."""
    photo = tmp_path / "IMG_4521 (1).JPG"
    Image.new("RGB", (800, 600), (30, 90, 140)).save(photo, "JPEG")
    stored = "img-4521-1.jpg"
    images = local_editor.project / "docs" / LANGUAGES[0] / "images"
    path = "programme.md"
    file = local_editor.project / "docs" / LANGUAGES[0] / path
    with editing(browser, local_editor, "pages") as (page, traffic):
        choosers: list = []
        page.on("filechooser", lambda chooser: choosers.append(chooser))
        page.get_by_text("Photos", exact=True).first.click()  # the tab (french.js)
        page.locator("[class*=-UploadButton]").click()
        refused = page.get_by_role("alert").filter(has_text="Insérer une photo")
        expect(refused).to_be_visible()
        page.locator("input[type=file]").set_input_files(photo)  # chosen some other way: refused too
        page.wait_for_timeout(500)
        assert choosers == [] and not (images / stored).exists()
        page.keyboard.press("Escape")
        page.goto(local_editor.site_url + "admin/#/collections/pages/entries/programme")
        text = page.get_by_label(PAGE_LABELS["body"]).first
        text.click()
        text.press("Control+End")
        page.get_by_role("button", name="Insérer une photo").first.click()
        page.locator("input[type=file]").set_input_files(photo)
        expect(page.get_by_role("status").filter(has_text=f"« {photo.name} » s’appelle « {stored} »")).to_be_visible()
        page.get_by_role("button", name="Choisir les éléments sélectionnés").click()
        page.get_by_role("status").filter(has_text="Photo ajoutée").first.wait_for()
        page.keyboard.type("Un atelier")
        page.wait_for_timeout(300)
        assert not (images / stored).exists()  # a draft until the page is published
        publish_and_wait(page, [file])
    assert traffic.other_hosts == [] and traffic.problems == []
    assert (images / stored).is_file()


def test_a_partner_named_the_same_in_both_languages_is_reminded_to_say_its_language(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF9 F9: a partner typed « Oxfam-Québec » in both languages was taken without « Langue du nom », which the
    guide asks for, without a word. A note under that field says to choose it, and goes once it is chosen."""
    group = data_of(local_editor.project / "data" / "partners.yaml")["groups"][0]
    schema = yaml.safe_load((ROOT / "schemas" / "partners.schema.json").read_text(encoding="utf-8"))
    organisation = schema["properties"]["groups"]["items"]["properties"]["organisations"]["items"]["properties"]
    with editing(browser, local_editor, "donnees/entries/partners") as (page, traffic):
        page.get_by_text(group["title"]["fr"], exact=True).locator("xpath=..").get_by_role("button").first.click()
        page.get_by_role("button", name="Ajouter une organisation").first.click()
        note = page.get_by_role("status").filter(has_text="Ce nom est le même en français et en anglais")
        page.get_by_label("Français").last.fill("Oxfam-Québec")
        expect(note).to_have_count(0)  # not while the names differ
        page.get_by_label("Anglais").last.fill("Oxfam-Québec")
        expect(note).to_have_count(1)
        page.get_by_label(organisation["lang"]["title"]).last.click()
        page.get_by_text("français (fr)", exact=True).last.click()
        expect(note).to_have_count(0)
    assert traffic.other_hosts == [] and traffic.problems == []


def test_a_save_being_checked_says_it_is_saved_and_for_how_long_it_has_been_checked(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF9 F9: « Vérification du dernier enregistrement en cours… » stayed up to 45 s, nothing moving. The foot of
    the editor says the save is done, that she may go on writing, and counts the seconds of the check."""
    with _signed_in_told(browser, local_editor, {"problems": [], "notes": [], "building": True}) as page:
        status = page.get_by_role("status").filter(has_text="Votre enregistrement est fait")
        expect(status).to_contain_text("Vous pouvez continuer à écrire.")
        expect(status).to_contain_text(re.compile(r"depuis \d+ s"), timeout=15_000)


def test_the_countries_page_is_named_apart_from_the_countries_in_its_folder_s_list(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF12 low: « Où nous travaillons », the page of the list of the countries, was listed among the countries of
    its folder's collection as one of them. It is named as what it is; each country keeps its own title."""
    docs = local_editor.project / "docs" / LANGUAGES[0]
    pages = {file: read_page(file, LANGUAGES[0], file.relative_to(docs).as_posix())[0] for file in docs.glob("*/**/*.md")}
    index = next(file for file, page in pages.items() if page.meta.get("role") == "activities")
    folder = index.parent.relative_to(docs).as_posix()
    countries = [page.title for file, page in pages.items() if file.parent == index.parent and page.meta.get("country")]
    with editing(browser, local_editor, f"{folder.replace('/', '-')}-{LANGUAGES[0]}") as (page, traffic):
        expect(page.get_by_text(f"{pages[index].title} — la page de la liste des pays, pas un pays", exact=True)).to_be_visible()
        for title in countries:
            expect(page.get_by_text(title, exact=True)).to_be_visible()
    assert traffic.other_hosts == [] and traffic.problems == []
