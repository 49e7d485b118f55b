"""« Menu du site » in the web editor (staff play-test 8 F5): the menu's order and its sections' names in each language,
changed in a form, saved into mkdocs.yml's menu alone and built; a mistake is refused in French before anything is
written. Expectations come from the project copy's own mkdocs.yml, whatever menu staff gave it."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from playwright.sync_api import Browser, Page, expect

from pcv.inspection.builds import build_site
from pcv.inspection.pages import LANGUAGES, html_file, page_url
from tests.browser.test_editor import LocalEditor, editing, local_editor, publish_and_wait  # noqa: F401 - the fixture

ENTRY = "menu/entries/menu"


def _config(project: Path) -> dict:
    return yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))


def _section(config: dict) -> tuple[int, str, str]:
    """The first section of the menu: its place, its name in the first language and in the other."""
    index, entry = next((i, e) for i, e in enumerate(config["nav"]) if isinstance(e, dict))
    title = next(iter(entry))
    other = next(lang for lang in config["plugins"]["i18n"]["languages"] if lang["locale"] == LANGUAGES[1])
    return index, title, other["nav_translations"][title]


def _open_entry(page: Page, index: int) -> None:
    """Unfold the menu's entry at `index` (its arrow, left of its name), every entry being folded."""
    page.locator("[class*=SortableListItem]:visible").nth(index).get_by_role("button").first.click()


def test_a_section_whose_english_name_is_erased_is_refused_in_french_and_nothing_is_written(
    local_editor: LocalEditor, browser: Browser
) -> None:
    config_file = local_editor.project / "mkdocs.yml"
    written = config_file.read_bytes()
    index, title, _ = _section(_config(local_editor.project))
    with editing(browser, local_editor, ENTRY) as (page, traffic):
        _open_entry(page, index)
        page.get_by_label("En anglais").first.fill("")
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        alert = page.locator("#pcv-menu-blocked")
        expect(alert).to_be_visible()
        expect(alert).to_have_text(f"Rien n’est enregistré : Entrée n° {index + 1} (section « {title} ») : son nom en "
                                   "anglais est vide. Écrivez-le : le menu des pages en anglais le montre. Corrigez, "
                                   "puis cliquez de nouveau sur Publier.")
        page.wait_for_timeout(500)
        page.screenshot(path=str(local_editor.project.parent / "menu-refused.png"))
    assert config_file.read_bytes() == written
    # Decap logs the refusal it showed; nothing else went wrong
    assert traffic.other_hosts == [] and [p for p in traffic.problems if "Rien n’est enregistré" not in p] == []


def test_the_menu_reordered_and_a_section_renamed_in_both_languages_is_saved_to_mkdocs_yml_and_built(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    config_file = local_editor.project / "mkdocs.yml"
    before = config_file.read_text(encoding="utf-8")
    config = _config(local_editor.project)
    index, title, _ = _section(config)
    names = {LANGUAGES[0]: f"{title} et plus", LANGUAGES[1]: "Renamed section"}
    with editing(browser, local_editor, ENTRY) as (page, traffic):
        handles = page.locator("[aria-roledescription='élément déplaçable']:visible")
        expect(handles).to_have_count(len(config["nav"]))  # one entry per line of the menu, folded
        # The first section dragged to the top, by its handle, as she would with the mouse
        start, top = handles.nth(index).bounding_box(), handles.nth(0).bounding_box()
        page.mouse.move(start["x"] + 5, start["y"] + 5)
        page.mouse.down()
        for step in range(1, 21):
            page.mouse.move(start["x"] + 5, start["y"] + 5 + (top["y"] - 40 - start["y"]) * step / 20)
            page.wait_for_timeout(30)
        page.mouse.up()
        items = page.locator("[class*=SortableListItem]:visible")
        expect(items.nth(0)).to_contain_text(title)  # (under load, the list is drawn again a moment later)
        # The entry now second moved down one place by its « Descendre » button, from the keyboard
        down = items.nth(1).locator("[data-pcv-move=down]").first
        expect(down).to_have_attribute("aria-label", re.compile(r"^Descendre « .+ »$"))
        moved = re.fullmatch(r"Descendre « (.+) »", down.get_attribute("aria-label")).group(1)
        down.focus()
        page.keyboard.press("Enter")
        expect(items.nth(2).locator("[data-pcv-move=down]").first).to_have_attribute(
            "aria-label", f"Descendre « {moved} »")
        _open_entry(page, 0)
        page.get_by_label("En français").first.fill(names[LANGUAGES[0]])
        page.get_by_label("En anglais").first.fill(names[LANGUAGES[1]])
        page.screenshot(path=str(local_editor.project.parent / "menu-changed.png"))
        publish_and_wait(page, [config_file])
    assert traffic.other_hosts == [] and traffic.problems == []
    expected = [config["nav"][index], *config["nav"][:index], *config["nav"][index + 1:]]
    expected[0] = {names[LANGUAGES[0]]: expected[0][title]}
    expected[1], expected[2] = expected[2], expected[1]
    after = _config(local_editor.project)
    assert after["nav"] == expected
    other = next(lang for lang in after["plugins"]["i18n"]["languages"] if lang["locale"] == LANGUAGES[1])
    assert other["nav_translations"][names[LANGUAGES[0]]] == names[LANGUAGES[1]]
    assert title not in other["nav_translations"]
    kept = [line for line in before.splitlines() if line.startswith("#")]  # the file's comments are kept
    assert [line for line in config_file.read_text(encoding="utf-8").splitlines() if line.startswith("#")] == kept
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        home = html_file(rebuilt.site, page_url("index.md", lang)).read_text(encoding="utf-8")
        header = home[home.index('<nav class="pcv-header__nav"'):]
        header = header[:header.index("</nav>")]
        assert names[lang] in header, lang


def test_a_menu_written_by_hand_in_a_shape_the_form_cannot_show_is_said_with_its_line_and_never_saved_over(
    local_editor: LocalEditor, browser: Browser
) -> None:
    config_file = local_editor.project / "mkdocs.yml"
    kept = config_file.read_text(encoding="utf-8")
    page = next(entry for entry in _config(local_editor.project)["nav"][1:] if isinstance(entry, str))
    broken = kept.replace(f"\n  - {page}\n", f"\n  - Titre à la main: {page}\n", 1)  # a page under a title of its own
    assert broken != kept
    line = broken.splitlines().index(f"  - Titre à la main: {page}") + 1
    config_file.write_text(broken, encoding="utf-8")
    try:
        with editing(browser, local_editor, ENTRY) as (tab, traffic):
            said = tab.locator("[data-pcv-menu-unread]")
            expect(said).to_contain_text(f"mkdocs.yml, ligne {line} (« - Titre à la main: {page} ») : ")
            tab.get_by_role("button", name="Ajouter une entrée de type page ou section").click()
            tab.get_by_role("menuitem", name="Section").click()
            tab.get_by_role("button", name="Publier").click()
            tab.get_by_role("menuitem", name="Publier maintenant").click()
            # said at the top by the form's own check of the field (french.js), before the menu's (menu_form.js)
            alert = tab.locator("#pcv-save-blocked")
            expect(alert).to_contain_text(f"Rien n’est enregistré : le champ « Menu illisible » est à corriger. "
                                          f"mkdocs.yml, ligne {line}")
            tab.wait_for_timeout(500)
        assert config_file.read_text(encoding="utf-8") == broken
    finally:
        config_file.write_text(kept, encoding="utf-8")
