"""The web editor in local mode, as staff use it on a laptop: decap-server and the built site on
127.0.0.1, a change made through a form and saved; the file on disk changes, nothing else in it,
and the next build shows the change in both languages. Everything happens in a copy of the project."""

from __future__ import annotations

import re
import socket
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from PIL import Image, ImageChops, ImageOps
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from pcv.editor.local import decap_server_command
from pcv.field_labels import PAGE_LABELS
from pcv.inspection.builds import ROOT, build_site, copy_project
from pcv.inspection.pages import LANGUAGES, elements, html_file, page_url
from pcv.inspection.server import base_url, bind, serving
from pcv.inspection.tabs import Traffic
from pcv.pages.front_matter import PENDING, REVIEWED
from pcv.pages.markdown import read_page
from pcv.text.formatting import country_name, format_figure


@dataclass
class LocalEditor:
    project: Path
    site_url: str
    hosts: set[str]  # host:port of the site and of decap-server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, server: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, f"decap-server s'est arrêté : {log.read_text(encoding='utf-8')}"
        with socket.socket() as client:
            if client.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"decap-server n'écoute pas sur 127.0.0.1:{port} après {seconds} s")


@pytest.fixture(scope="module")
def local_editor(tmp_path_factory: pytest.TempPathFactory, browser: Browser) -> Iterator[LocalEditor]:
    """A project copy (with the real node_modules) built with /admin/, served on loopback with
    decap-server writing into the copy, each on a free port."""
    folder = tmp_path_factory.mktemp("editor")
    project = copy_project(folder / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    port = _free_port()
    server = bind(folder / "site")
    built = build_site(project, folder / "site", PCV_SITE_URL=base_url(server),
                       PCV_EDITOR_PORT=str(port), PCV_EDITOR_REQUIRED="1")
    assert built.returncode == 0, built.output
    command, env = decap_server_command(project, port, base_url(server))
    assert (env["BIND_HOST"], env["MODE"]) == ("127.0.0.1", "fs")
    log = folder / "decap-server.log"
    with log.open("w", encoding="utf-8") as output:
        decap = subprocess.Popen(command, cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(port, decap, log)
        with serving(server) as url:
            yield LocalEditor(project, url, {urlsplit(url).netloc, f"127.0.0.1:{port}"})
    finally:
        decap.terminate()
        decap.wait(timeout=10)


def editor_context(browser: Browser, height: int = 900, width: int = 1280) -> BrowserContext:
    """A desktop window for the editor (or `width` wide), its service workers blocked. Each wait may take 45 s: Decap's
    first load on a CI machine whose two cores also run the staff-changes suite took over 20 s."""
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    context.set_default_timeout(45_000)
    return context


@contextmanager
def editing(browser: Browser, editor: LocalEditor, entry: str, width: int = 1280) -> Iterator[tuple[Page, Traffic]]:
    """The editor signed in (local mode: no account) and open on `entry`, in a window `width` wide; requests to any host
    but the site and decap-server are recorded and refused."""
    context = editor_context(browser, width=width)
    traffic = Traffic()
    context.on("console", traffic.on_console)
    context.on("weberror", traffic.on_web_error)
    context.on("response", traffic.on_response)

    def route(route: Route) -> None:
        if urlsplit(route.request.url).netloc in editor.hosts:
            route.continue_()
        else:
            traffic.other_hosts.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", route)
    try:
        page = context.new_page()
        page.goto(editor.site_url + "admin/")
        reserved = page.get_by_role("heading", name="Espace réservé")  # a visitor's page (VISITOR11 #10)
        expect(reserved).to_be_visible()
        page.get_by_role("button", name="Se connecter").click()
        # The first sign-in of a worker reads every collection from decap-server: with four workers on two cores it
        # once took over 45 s (final CI 2 of session 11), the test's own steps keep their 45 s.
        page.get_by_role("heading", name="Collections").wait_for(timeout=120_000)
        expect(reserved).to_be_hidden()  # the team's editor, once signed in
        page.goto(editor.site_url + "admin/#/collections/" + entry)
        yield page, traffic
    finally:
        context.close()


def publish_and_wait(page: Page, files: list[Path]) -> None:
    """Publish the entry, then wait until each of `files` has been written (created, for a new page)."""
    before = [file.read_bytes() if file.is_file() else None for file in files]
    page.get_by_role("button", name="Publier").click()
    page.get_by_role("menuitem", name="Publier maintenant").click()
    for _ in range(100):
        if all(file.is_file() and file.read_bytes() != old for file, old in zip(files, before)):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"non enregistré : {[str(f) for f in files]}")


def test_a_figure_changed_in_its_form_is_saved_to_the_file_and_built_in_both_languages(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    data_file = local_editor.project / "data" / "programme.yaml"
    before = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    target = before["targets"][-1]
    new_value = target["value"] + 1234
    with editing(browser, local_editor, "donnees/entries/programme") as (page, traffic):
        item = page.get_by_text(target["label"]["fr"], exact=True).locator("xpath=..")  # its row, by its French label
        item.get_by_role("button").first.click()  # unfold it
        item.get_by_label("Valeur").fill(str(new_value))
        publish_and_wait(page, [data_file])
    assert traffic.other_hosts == [] and traffic.problems == []
    target["value"] = new_value
    assert yaml.safe_load(data_file.read_text(encoding="utf-8")) == before  # the figure changed, nothing else
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        home = html_file(rebuilt.site, page_url("index.md", lang)).read_text(encoding="utf-8")
        assert format_figure(new_value, target["format"], lang) in home, lang


def _country_not_listed(countries: dict) -> tuple[str, str]:
    """A country the programme's data does not list, its code and French name (staff may add any: read, not typed)."""
    listed = {country["code"] for country in countries["countries"]}
    code = next(code for code in ("PE", "EC", "HN", "NI", "PY", "UY") if code not in listed)
    return code, country_name(code, "fr")


def test_a_country_added_by_choosing_its_name_is_saved_and_built_in_both_languages(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    """Most countries lack some optional parts (activities, regions): the form still saves."""
    data_file = local_editor.project / "data" / "countries.yaml"
    before = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    new, name = _country_not_listed(before)
    slug = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", "-")
    with editing(browser, local_editor, "donnees/entries/countries") as (page, traffic):
        page.get_by_role("button", name="Ajouter un pays").click()
        code = page.get_by_label("Code du pays").last
        code.fill(name)  # the list filters on what is typed
        code.press("Enter")
        page.get_by_label("Nom de la page").last.fill(slug)
        publish_and_wait(page, [data_file])
    assert traffic.other_hosts == [] and traffic.problems == []
    before["countries"].append({"code": new, "slug": slug})
    assert yaml.safe_load(data_file.read_text(encoding="utf-8")) == before
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        countries = html_file(rebuilt.site, page_url("activites/index.md", lang)).read_text(encoding="utf-8")
        items = [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li\b[^>]*>(.*?)</li>", countries, re.S)]
        assert any(item.endswith(country_name(new, lang)) for item in items), (lang, items)  # after its map number


def test_a_page_is_edited_in_both_languages_side_by_side_and_keeps_the_rest_of_its_file(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    path = "programme.md"
    files = [local_editor.project / "docs" / lang / path for lang in LANGUAGES]
    before = [read_page(file, lang, path)[0] for file, lang in zip(files, LANGUAGES)]
    titles = {lang: f"{page.meta['title']} (modifié)" for lang, page in zip(LANGUAGES, before)}
    # Its « # » line changed with it, as the title's hint says (the check refuses two titles: PROGRAMME9 F7).
    bodies = {lang: re.sub(r"(?m)^# .*$", f"# {titles[lang]}", page.body, count=1)
              for lang, page in zip(LANGUAGES, before)}
    with editing(browser, local_editor, "pages/entries/programme") as (page, traffic):
        fields = page.get_by_label("Titre")  # French on the left, English on the right
        for index, lang in enumerate(LANGUAGES):
            fields.nth(index).fill(titles[lang])
            page.get_by_label(PAGE_LABELS["body"]).nth(index).fill(bodies[lang])
        publish_and_wait(page, files)
    assert traffic.other_hosts == [] and traffic.problems == []
    for file, lang, old in zip(files, LANGUAGES, before):
        new = read_page(file, lang, path)[0]
        assert new.meta == {**old.meta, "title": titles[lang]}  # translated_from and the rest kept
        assert new.body.strip("\n") == bodies[lang].strip("\n")
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        html = html_file(rebuilt.site, page_url(path, lang)).read_text(encoding="utf-8")
        assert f"<title>{titles[lang]} - " in html, lang


def _photo_is_shown_in_the_preview(page: Page, alt: str) -> None:
    """The preview pane (« Aperçu ») shows the photo itself, not a broken image with its alt text."""
    preview = page.frame_locator("iframe").first
    if not page.locator("iframe").count():
        page.get_by_role("button", name="Aperçu").first.click()
    photo = preview.locator(f'img[alt="{alt}"]')
    photo.wait_for()
    for _ in range(100):
        if photo.evaluate("image => image.complete && image.naturalWidth") > 0:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the preview shows a broken image: {photo.get_attribute('src')}")


def test_a_photo_uploaded_once_is_inserted_in_both_languages_where_the_cursor_is_and_published(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    """« Insérer une photo » above each language's text: the photo is uploaded from the French side, chosen again
    on the English side, written at the cursor with the cursor left for its description; the file the repository
    keeps is upright and without the photo's metadata (staff play-test 7 F4: it kept the GPS position, the
    photographer's name and phone number), and the build publishes it in both languages in WebP sizes."""
    path = "programme.md"
    files = [local_editor.project / "docs" / lang / path for lang in LANGUAGES]
    before = [read_page(file, lang, path)[0] for file, lang in zip(files, LANGUAGES)]
    photo = tmp_path / "atelier-cotonou.jpg"
    exif = Image.Exif()
    exif[0xA431] = "SN-4242-0007"  # the camera's serial number
    exif[0x013B] = "Marie Tremblay"  # Artist
    exif[0x8298] = "(c) Marie Tremblay, 514-555-0199"  # Copyright
    exif[0x0112] = 6  # taken sideways: shown turned a quarter clockwise
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (14.0, 41.0, 30.0), 3: "W", 4: (17.0, 26.0, 40.0)})
    stored = Image.new("RGB", (1200, 800), (30, 90, 140))
    stored.paste((200, 40, 40), (0, 0, 600, 800))  # a left half of another colour: its turn can be seen
    stored.save(photo, "JPEG", exif=exif, quality=95)
    with Image.open(photo) as original:
        upright = ImageOps.exif_transpose(original).convert("RGB")
    alts = {"fr": "Une volontaire anime un atelier", "en": "A volunteer leads a workshop"}
    with editing(browser, local_editor, "pages/entries/programme") as (page, traffic):
        for index, lang in enumerate(LANGUAGES):
            text = page.get_by_label("Texte de la page").nth(index)
            text.click()
            text.press("Control+End")
            page.get_by_role("button", name="Insérer une photo").nth(index).click()
            if index == 0:
                page.locator("input[type=file]").set_input_files(photo)
            else:
                page.get_by_text(photo.name, exact=True).click()
            page.get_by_role("button", name="Choisir les éléments sélectionnés").click()
            page.get_by_role("status").filter(has_text="Photo ajoutée").nth(index).wait_for()
            page.keyboard.type(alts[lang])  # the cursor waits between the brackets
        _photo_is_shown_in_the_preview(page, alts["fr"])  # uploaded, not yet saved
        publish_and_wait(page, files)
        _photo_is_shown_in_the_preview(page, alts["fr"])
    assert traffic.other_hosts == [] and traffic.problems == []
    with Image.open(local_editor.project / "docs" / LANGUAGES[0] / "images" / photo.name) as kept:
        extra = [name for name, data in kept.applist if (name, data[:4]) != ("APP0", b"JFIF") and not (
            name == "APP2" and data.startswith(b"ICC_PROFILE"))]  # only the picture's format and its colours
        assert kept.format == "JPEG" and not kept.getexif() and not extra and "comment" not in kept.info, kept.applist
        assert kept.size == upright.size
        difference = ImageChops.difference(kept.convert("RGB"), upright).getextrema()
        assert max(high for _, high in difference) < 48, difference  # the same picture, re-encoded
    for file, lang, old in zip(files, LANGUAGES, before):
        new = read_page(file, lang, path)[0]
        assert new.meta == old.meta
        assert new.body == old.body.rstrip("\n") + f"\n\n![{alts[lang]}](images/{photo.name})\n"
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        html_path = html_file(rebuilt.site, page_url(path, lang))
        html = html_path.read_text(encoding="utf-8")
        assert f'alt="{alts[lang]}"' in html and 'type="image/webp"' in html, lang
        (img,) = [a for tag, a, _ in elements(html) if tag == "img" and a.get("alt") == alts[lang]]
        published = html_path.parent / img["src"]
        with Image.open(published) as image:
            assert image.size == upright.size and not image.getexif(), lang


def test_a_typo_fixed_in_french_and_the_english_ticked_reviewed_adds_one_line_to_the_english_file(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    path = "approche.md"
    files = [local_editor.project / "docs" / lang / path for lang in LANGUAGES]
    before = [read_page(file, lang, path)[0] for file, lang in zip(files, LANGUAGES)]
    word = next(w for w in before[0].body.split() if len(w) > 8 and w.isalpha())
    with editing(browser, local_editor, "pages/entries/approche") as (page, traffic):
        text = page.get_by_label("Texte de la page").first
        text.fill(text.input_value().replace(word, word[:-1], 1))
        page.get_by_label("Cette traduction dit la même chose que la version originale actuelle").check()  # English only
        expect(page.get_by_role("status").filter(has_text="comptera comme à jour dès que vous aurez cliqué sur "
                                                          "Publier")).to_be_visible()  # when, said where she ticks
        publish_and_wait(page, files)
    assert traffic.other_hosts == [] and traffic.problems == []
    french, english = (read_page(file, lang, path)[0] for file, lang in zip(files, LANGUAGES))
    assert french.body == before[0].body.replace(word, word[:-1], 1) and french.meta == before[0].meta
    reviewed = english.meta.pop("translation_reviewed")
    assert re.fullmatch(REVIEWED, reviewed) and english.meta == before[1].meta and english.body == before[1].body
    assert len(files[1].read_text(encoding="utf-8").splitlines()) == len(before[1].text.splitlines()) + 1
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output


def test_a_page_awaiting_translation_is_translated_and_its_mark_cleared_in_the_editor(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    path = "aspirations.md"
    english = local_editor.project / "docs" / "en" / path
    old = read_page(english, "en", path)[0]
    english.write_text(old.text.replace("\n---\n", "\ntranslation: pending\n---\n", 1).split("\n---\n")[0]
                       + "\n---\n", encoding="utf-8")
    with editing(browser, local_editor, "pages/entries/aspirations") as (page, traffic):
        page.get_by_label("Texte de la page").nth(1).fill(old.body)
        field = page.get_by_text("Traduction en attente").last.locator("xpath=../..")
        field.get_by_text("Oui : le site montre la version originale en attendant").wait_for()
        field.locator("[class*=indicatorContainer]").first.click()  # the cross that clears the choice
        publish_and_wait(page, [english])
    assert traffic.other_hosts == [] and traffic.problems == []
    new = read_page(english, "en", path)[0]
    assert new.meta.get("translation") in ("", None) and new.body.strip() == old.body.strip()
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    html = html_file(rebuilt.site, page_url(path, "en")).read_text(encoding="utf-8")
    prose = next(line for line in old.body.splitlines() if re.fullmatch(r"[A-Z][\w ,]{20,}.*", line))
    assert " ".join(prose.split()[:3]) in html, "the English text is shown, not the French original"


def test_a_partner_added_with_its_own_source_is_saved_and_built_in_both_languages(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    data_file = local_editor.project / "data" / "partners.yaml"
    before = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    group = before["groups"][0]
    partner = {"name": {"fr": "Organisation fictive d’essai", "en": "Fictional test organization"},
               "source": "Courriel de l’équipe, 2026-12-01"}
    with editing(browser, local_editor, "donnees/entries/partners") as (page, traffic):
        row = page.get_by_text(group["title"]["fr"], exact=True).locator("xpath=..")
        row.get_by_role("button").first.click()  # unfold the group
        page.get_by_role("button", name=re.compile(r"^Ajouter une organisation\b")).first.click()
        page.get_by_label("Français").last.fill(partner["name"]["fr"])
        page.get_by_label("Anglais").last.fill(partner["name"]["en"])
        new = page.get_by_label("Français").last.locator("xpath=ancestor::div[.//label[starts-with(., 'Source')]][1]")
        new.get_by_label(re.compile("^Source")).last.fill(partner["source"])
        publish_and_wait(page, [data_file])
    assert traffic.other_hosts == [] and traffic.problems == []
    group["organisations"].append(partner)
    assert yaml.safe_load(data_file.read_text(encoding="utf-8")) == before
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        html = html_file(rebuilt.site, page_url("partenaires.md", lang)).read_text(encoding="utf-8")
        assert partner["name"][lang].replace("’", "’") in html and partner["source"] not in html, lang


def test_the_preview_of_a_page_shows_the_data_figures_and_no_heading_anchors(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """The page's text as the site shows it: {{ targets.x }} as the figure, but in code (shown as typed, red team 17
    F2), no { #anchor } after a heading."""
    file = local_editor.project / "docs" / "fr" / "approche.md"
    figure = yaml.safe_load((local_editor.project / "data" / "programme.yaml").read_text(encoding="utf-8"))["targets"][0]
    code = f"{{{{ targets.{figure['id']} }}}}"
    file.write_text(file.read_text(encoding="utf-8") + f"\nAvec {code} au total.\n\nGuide : `{code}` affiche un "
                    f"chiffre.\n\n```\n{code} dans un bloc\n```\n", encoding="utf-8")
    assert "{ #" in file.read_text(encoding="utf-8")
    with editing(browser, local_editor, "pages/entries/approche") as (page, traffic):
        page.get_by_role("button", name="Aperçu").first.click()
        frame = page.frame_locator("iframe").first
        frame.get_by_text(f"Avec {format_figure(figure['value'], figure['format'], 'fr')} au total.").wait_for()
        shown = frame.locator("body").inner_text()
    assert shown.count("{{") == 2 and f"Guide : {code} affiche" in shown and f"{code} dans un bloc" in shown, shown
    assert "{ #" not in shown, shown
    assert traffic.other_hosts == [] and traffic.problems == []


def test_the_translation_fields_are_only_in_the_translations_column_and_their_sentence_ticks_the_box(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """The French column (the original) has neither « Traduction en attente » nor « Traduction relue » to tick by
    mistake; in the English one, a click on the sentence itself ticks the box (staff play-test 3)."""
    with editing(browser, local_editor, "pages/entries/approche") as (page, traffic):
        page.get_by_label("Texte de la page").first.wait_for()
        for name in ("Traduction en attente", "Traduction relue"):
            labels = page.locator("label", has_text=re.compile(f"^{name}"))
            expect(labels).to_have_count(len(LANGUAGES))
            expect(labels.first).to_be_hidden()  # French, the original
            expect(labels.last).to_be_visible()
        sentence = page.get_by_text("Cette traduction dit la même chose que la version originale actuelle", exact=True)
        expect(sentence).to_have_count(1)
        sentence.scroll_into_view_if_needed()
        box = sentence.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        expect(page.get_by_role("checkbox", name=re.compile("Cette traduction dit"))).to_be_checked()
    assert traffic.other_hosts == [] and traffic.problems == []


# What Decap's libraries say in English (react-select, dnd-kit, Decap's own field names for screen readers).
_ENGLISH = re.compile(r"\b(the|press|available|draggable|sortable|focused|select(ed)?|deselected|results?|search term|close|remove|"
                      r"Champ (string|text|list|object|number|select|boolean|page_text|translation_\w+))\b", re.IGNORECASE)
_SPOKEN = """() => {
  const found = [];
  document.querySelectorAll('[aria-live], [role=status], [id^=DndDescribedBy], [id^=aria-]').forEach(
    (e) => found.push(e.textContent));
  document.querySelectorAll('[aria-label], [aria-roledescription], [placeholder]').forEach((e) => found.push(
    ...['aria-label', 'aria-roledescription', 'placeholder'].map((a) => e.getAttribute(a) || '')));
  return found.filter((text) => text.trim());
}"""


def test_a_new_entry_says_nothing_is_saved_and_screen_readers_hear_french(local_editor: LocalEditor, browser: Browser) -> None:
    """A new page's header does not say « Modifications enregistrées » before anything is saved; what the editor gives
    screen readers (live regions, names, the drag-and-drop instructions) is French, while a country is chosen too."""
    with editing(browser, local_editor, "pages/new") as (page, traffic):
        page.get_by_label("Texte de la page").first.wait_for()
        expect(page.get_by_text("Nouvelle entrée, pas encore enregistrée")).to_be_visible()
        expect(page.get_by_text("Modifications enregistrées", exact=True)).to_have_count(0)
        spoken = page.evaluate(_SPOKEN)
        page.goto(local_editor.site_url + "admin/#/collections/donnees/entries/countries")
        page.get_by_role("button", name="Ajouter un pays").click()
        code = page.get_by_label("Code du pays").last
        new, name = _country_not_listed(yaml.safe_load((local_editor.project / "data" / "countries.yaml").read_text(
            encoding="utf-8")))
        code.fill(name[:3])
        page.get_by_text(f"{name} ({new})").wait_for()
        spoken += page.evaluate(_SPOKEN)
        code.fill("Zzz")
        expect(page.get_by_text("Aucun choix ne correspond", exact=True)).to_be_visible()  # not « No options »
    assert any("choix possible" in text for text in spoken), spoken  # react-select's count, heard in French
    assert [text for text in spoken if _ENGLISH.search(text)] == []
    assert traffic.other_hosts == [] and traffic.problems == []


def test_a_page_whose_front_matter_was_left_open_is_shown_closed_and_saved_with_the_missing_line(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """Its closing « --- » erased, a page still shows its title and text in the editor on this computer, which says
    the line is missing; « Publier » writes the page back with it (staff play-test 3: the row was blank, the fields
    empty, and the repair needed another tool)."""
    path = "contact.md"
    file = local_editor.project / "docs" / LANGUAGES[0] / path
    whole = file.read_text(encoding="utf-8")
    page_before = read_page(file, LANGUAGES[0], path)[0]
    lines = whole.split("\n")
    file.write_text("\n".join(lines[:lines.index("---", 1)] + lines[lines.index("---", 1) + 1:]), encoding="utf-8")
    assert read_page(file, LANGUAGES[0], path)[1] is not None  # the build names the problem
    with editing(browser, local_editor, "pages") as (page, traffic):
        page.get_by_text(page_before.meta["title"], exact=True).click()  # its row has its title
        expect(page.get_by_label("Titre").first).to_have_value(page_before.meta["title"])
        expect(page.get_by_role("status").filter(has_text="la ligne « --- » qui ferme l’en-tête manque")).to_be_visible()
        publish_and_wait(page, [file])
    assert traffic.other_hosts == [] and traffic.problems == []
    saved, problem = read_page(file, LANGUAGES[0], path)
    assert problem is None and saved.meta == page_before.meta and saved.body == page_before.body


def test_a_new_page_written_in_both_languages_joins_the_menu_at_the_place_chosen(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    """« + Page » in « Pages », « Place dans le menu » chosen by a page's title: the build lists the new page right after
    it in both languages' menus, with no line of mkdocs.yml written (the field is in the French column only). The
    English column's address follows its title (the check refuses a French word there; the file is named from the
    French title)."""
    after = "approche.md"
    title = read_page(local_editor.project / "docs" / LANGUAGES[0] / after, LANGUAGES[0], after)[0].meta["title"]
    texts = {"fr": ("Témoignages", "Des volontaires racontent leur mission."),
             "en": ("Stories", "Volunteers tell of their assignment.")}
    files = [local_editor.project / "docs" / lang / "temoignages.md" for lang in LANGUAGES]
    words = {lang: "-".join(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", texts[lang][0]).encode(
        "ascii", "ignore").decode().lower())) for lang in LANGUAGES}  # the file's name, then the English address
    with editing(browser, local_editor, "pages/new") as (page, traffic):
        for index, lang in enumerate(LANGUAGES):
            page.get_by_label("Titre").nth(index).fill(texts[lang][0])
            page.get_by_label("Description").nth(index).fill(texts[lang][1])
            page.get_by_label("Texte de la page").nth(index).fill(texts[lang][1])
        expect(page.get_by_label(PAGE_LABELS["slug"]).nth(1)).to_have_value(words[LANGUAGES[1]])  # from its title
        place = page.get_by_label("Place dans le menu").first
        place.fill(title)
        page.get_by_text(f"après « {title} »", exact=False).first.click()
        publish_and_wait(page, files)
    assert traffic.other_hosts == [] and traffic.problems == []
    places = [read_page(file, lang, "temoignages.md")[0].meta.get("menu_after") for file, lang in zip(files, LANGUAGES)]
    assert places == [after, None]  # written in the first language's file only
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        html = html_file(rebuilt.site, page_url("index.md", lang)).read_text(encoding="utf-8")
        menu = [a.get("href", "") for tag, a, _ in elements(html) if tag == "a"]
        before = next(i for i, href in enumerate(menu) if href.rstrip("/").endswith(page_url(after, lang).strip("/").split("/")[-1]))
        assert words[lang] in menu[before + 1], (lang, menu[before:before + 3])


def test_a_new_page_saved_with_its_english_column_empty_opens_again_and_is_completed_in_the_editor(
    local_editor: LocalEditor, browser: Browser
) -> None:
    """STAFF8 F1: a new page filled in French only was saved with an empty English file, which the check refused and
    the editor then called « Fichier illisible », refusing to save it. The English version is written as a pending
    translation (CONTRIBUTING.md part 5); the page opens again with its English column usable, and filled in there,
    it is saved."""
    texts = {"fr": ("Nouvelles du terrain", "Ce que les volontaires voient."), "en": ("News from the field", "")}
    name = "-".join(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", texts["fr"][0]).encode(
        "ascii", "ignore").decode().lower())) + ".md"
    files = [local_editor.project / "docs" / lang / name for lang in LANGUAGES]
    try:
        with editing(browser, local_editor, "pages/new") as (page, traffic):
            page.get_by_label(PAGE_LABELS["title"]).first.fill(texts["fr"][0])
            page.get_by_label(PAGE_LABELS["description"]).first.fill(texts["fr"][1])
            page.get_by_label(PAGE_LABELS["body"]).first.fill(texts["fr"][1])
            publish_and_wait(page, files)
        english, problem = read_page(files[1], LANGUAGES[1], name)
        assert problem is None and english.meta == {"translation": PENDING}, files[1].read_text(encoding="utf-8")
        with editing(browser, local_editor, "pages") as (page, reopened):
            page.get_by_text(texts["fr"][0], exact=True).click()
            expect(page.get_by_label(PAGE_LABELS["title"]).first).to_have_value(texts["fr"][0])
            page.wait_for_timeout(500)
            assert page.locator("[data-pcv-unreadable]").count() == 0
            page.get_by_label(PAGE_LABELS["title"]).nth(1).fill(texts["en"][0])
            publish_and_wait(page, [files[1]])
        assert read_page(files[1], LANGUAGES[1], name)[0].meta.get("title") == texts["en"][0]
        assert traffic.other_hosts == [] and traffic.problems == [] and reopened.problems == []
    finally:
        for file in files:
            file.unlink(missing_ok=True)


def test_an_entry_deleted_by_mistake_is_brought_back_from_the_editor(local_editor: LocalEditor, browser: Browser) -> None:
    """STAFF10: « Supprimer l'entrée » said it could not be undone, and a page came back only through GitHub Desktop
    or a terminal. The dialog says what happens and the way back; once deleted, « Rétablir » at the top of the editor
    writes both files back as they were, and the editor lists the page again."""
    name = "page-a-retablir"
    texts = {lang: f"---\ntitle: {title}\ndescription: {title}.\n---\n\n{title}.\n"
             for lang, title in zip(LANGUAGES, ("Page à rétablir", "Page to restore"))}
    files = [local_editor.project / "docs" / lang / f"{name}.md" for lang in LANGUAGES]
    for lang, file in zip(LANGUAGES, files):
        file.write_text(texts[lang], encoding="utf-8")
    asked: list[str] = []
    try:
        with editing(browser, local_editor, f"pages/entries/{name}") as (page, traffic):
            expect(page.get_by_label(PAGE_LABELS["title"]).first).to_have_value("Page à rétablir")
            page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
            page.get_by_role("button", name=re.compile("^Supprimer l")).click()
            restore = page.get_by_role("button", name="Rétablir", exact=True)
            expect(restore).to_be_visible()
            assert not any(file.exists() for file in files)
            expect(page.locator("[data-pcv-deleted]")).to_contain_text(f"docs/{LANGUAGES[0]}/{name}.md")
            restore.click()
            page.get_by_text("Page à rétablir", exact=True).wait_for()  # the editor reloaded lists it again
        assert [file.read_text(encoding="utf-8") for file in files] == [texts[lang] for lang in LANGUAGES]
        assert traffic.other_hosts == [] and traffic.problems == []
        assert len(asked) == 1 and "« Rétablir »" in asked[0] and "historique de GitHub" in asked[0], asked
    finally:
        for file in files:
            file.unlink(missing_ok=True)
