"""Both languages stay in step: fingerprints of the original, notices to readers, the report,
and the command that marks a translation as up to date."""

from __future__ import annotations

import os
import posixpath
import re
from datetime import UTC, datetime, timedelta
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from markdown.extensions.toc import slugify
from project_edits import edit
from staff_edits import save_through_editor

from pcv.checks.theme_anchors import headings
from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES, BuildResult, assemble_programme, build_site
from pcv.inspection.pages import html_file
from pcv.languages.translations import Status, fingerprint, marked_up_to_date, page_translation
from pcv.pages.addresses import page_address
from pcv.pages.front_matter import front_matter_problems
from pcv.pages.markdown import MarkdownPage, read_page, read_pages
from pcv.text.formatting import format_figure

ORIGINAL = "---\ntitle: Notre approche\n---\n\n# Notre approche\n\nTexte.\n"
# Both versions committed, the original last: only a fingerprint says the translation follows it.
HISTORY = {"docs/en/approche.md": datetime(2026, 1, 1, tzinfo=UTC), "docs/fr/approche.md": datetime(2026, 2, 1, tzinfo=UTC)}


def _page(lang: str, meta: dict, text: str = "") -> MarkdownPage:
    return MarkdownPage(lang, "approche.md", text, meta, body=text)


@pytest.mark.engine_only
def test_fingerprint_ignores_line_endings_and_trailing_spaces_only() -> None:
    assert fingerprint(ORIGINAL) == fingerprint(ORIGINAL.replace("\n", "  \r\n") + "\n\n")
    assert fingerprint(ORIGINAL) != fingerprint(ORIGINAL.replace("Texte.", "Texte modifié."))
    assert re.fullmatch(r"[0-9a-f]{12}", fingerprint(ORIGINAL))


@pytest.mark.engine_only
@pytest.mark.parametrize(
    ("fr", "en", "source", "status"),
    [
        (_page("fr", {}, ORIGINAL), _page("en", {"translated_from": fingerprint(ORIGINAL)}), "fr", Status.UP_TO_DATE),
        (_page("fr", {}, ORIGINAL + "Ajout.\n"), _page("en", {"translated_from": fingerprint(ORIGINAL)}), "fr",
         Status.OUT_OF_DATE),
        (_page("fr", {}, ORIGINAL), _page("en", {}), "fr", Status.OUT_OF_DATE),
        (_page("fr", {}, ORIGINAL), _page("en", {"translation": "pending"}), "fr", Status.PENDING),
        (_page("fr", {"translated_from": fingerprint("English original")}, "Traduction"),
         _page("en", {}, "English original"), "en", Status.UP_TO_DATE),
        (_page("fr", {"translation": "pending"}), _page("en", {}, "English original"), "en", Status.PENDING),
    ],
    ids=["up-to-date", "original-changed", "never-marked", "pending", "english-original", "french-pending"],
)
def test_status_of_a_translation(fr: MarkdownPage, en: MarkdownPage, source: str, status: Status) -> None:
    page = page_translation("approche.md", {"fr": fr, "en": en}, HISTORY)
    assert (page.source, page.status) == (source, status)
    assert page.status_in(source) is Status.ORIGINAL and page.status_in(page.translation) is status


@pytest.mark.engine_only
@pytest.mark.parametrize(
    ("history", "status"),
    [({}, Status.UP_TO_DATE), ({"docs/fr/approche.md": datetime(2026, 1, 1, tzinfo=UTC)}, Status.OUT_OF_DATE)],
    ids=["both-new", "original-committed"],
)
def test_a_page_created_in_both_languages_at_once_is_current(history: dict, status: Status) -> None:
    """Neither file in the history yet (written together in the editor): the translation is current."""
    page = page_translation("approche.md", {"fr": _page("fr", {}, ORIGINAL), "en": _page("en", {}, "Text")}, history)
    assert page.status is status


EN, FR = "docs/en/approche.md", "docs/fr/approche.md"
SAVED = datetime(2026, 3, 1, 10, 4, 30, tzinfo=UTC)  # a save on this computer, after HISTORY's commits


@pytest.mark.engine_only
@pytest.mark.parametrize(
    ("edited", "status"),
    [({EN: SAVED}, Status.UP_TO_DATE), ({FR: SAVED}, Status.OUT_OF_DATE),
     ({FR: SAVED, EN: SAVED - timedelta(seconds=1)}, Status.UP_TO_DATE),
     ({FR: SAVED, EN: SAVED + timedelta(minutes=3)}, Status.UP_TO_DATE),
     ({FR: SAVED, EN: SAVED - timedelta(minutes=3)}, Status.OUT_OF_DATE)],
    ids=["translation-saved", "original-saved", "saved-together", "translation-saved-after", "original-saved-after"],
)
def test_a_save_not_yet_committed_counts_from_when_it_was_written(edited: dict, status: Status) -> None:
    """« Traduction relue » ticked and saved counts at once, as the preview shows it (staff play-test 5: only after a
    commit); an original saved after its translation makes it out of date; one save writes both files a moment
    apart, in either order."""
    page = page_translation("approche.md", {"fr": _page("fr", {}, ORIGINAL), "en": _page("en", {}, "Text")},
                            HISTORY, edited)
    assert page.status is status


@pytest.mark.engine_only
def test_a_page_in_one_language_only_is_missing_in_the_other() -> None:
    page = page_translation("approche.md", {"fr": _page("fr", {}, ORIGINAL)})
    assert (page.status_in("fr"), page.status_in("en")) == (Status.ORIGINAL, Status.MISSING)


@pytest.mark.engine_only
def test_marking_up_to_date_rewrites_only_the_marks() -> None:
    pending = "---\ntitle: Our approach\ntranslation: pending\ndescription: >-\n  Two\n  lines\n---\n\n# Text\n"
    assert marked_up_to_date(pending, "0123456789ab") == (
        '---\ntitle: Our approach\ndescription: >-\n  Two\n  lines\ntranslated_from: 0123456789ab\n---\n\n# Text\n'
    )
    stale = '---\ntranslated_from: "aaaaaaaaaaaa"\ntitle: T\n---\nBody\n'
    assert marked_up_to_date(stale, "bbbbbbbbbbbb") == '---\ntitle: T\ntranslated_from: bbbbbbbbbbbb\n---\nBody\n'
    assert marked_up_to_date("# Text\n", "cccccccccccc") == '---\ntranslated_from: cccccccccccc\n---\n\n# Text\n'
    # As the web editor writes a text: quoted only where YAML would read a number.
    assert marked_up_to_date("# Text\n", "123456789012") == '---\ntranslated_from: "123456789012"\n---\n\n# Text\n'
    assert marked_up_to_date("# Text\n", "1234e5678901") == '---\ntranslated_from: "1234e5678901"\n---\n\n# Text\n'



@pytest.mark.engine_only
@pytest.mark.parametrize("old_mark", [
    "translation:\n  pending\n", "translated_from:\n  abcdef123456\n", "translation: >-\n  pending\n\n  still\n",
    "translation:\n- pending\n", "translation: [\n  pending ]\n", "translated_from: |\n  abc\n  def\n",
])
def test_marking_up_to_date_leaves_every_other_field_as_it_read(old_mark: str) -> None:
    """A mark whose value goes on the next lines is removed with them (red team 24: « translation: » then «   pending »
    left « pending » at the end of the description above it, published in the page's description)."""
    before = {"title": "Our approach", "description": "Two lines", "template": "page.html"}
    page = f"---\ntitle: Our approach\ndescription: >-\n  Two\n  lines\n{old_mark}template: page.html\n---\n\n# Text\n"
    front_matter = marked_up_to_date(page, "0123456789ab").split("---\n")[1]
    assert yaml.safe_load(front_matter) == {**before, "translated_from": "0123456789ab"}


def _translations(project: Path, *args: str) -> subprocess.CompletedProcess:
    """Run scripts/translations.py (make translations / make translated) in `project`."""
    return subprocess.run([sys.executable, "scripts/translations.py", *args], cwd=project,
                          capture_output=True, text=True, timeout=60)


# The module's project is the fictional programme (tests/fixtures/programme-fictif): what it changes and expects is
# the fixture's, never the live site's, which staff edit.
PROGRAMME = FIXTURES / "programme-fictif"
DATA = load_site_data(PROGRAMME / "data")
PAGES = read_pages(PROGRAMME / "docs")[0]
NUMBER, SHARE = (next(t for t in DATA.programme.targets if t.format == kind) for kind in ("number", "percent"))
THEMES, ASPIRATIONS, PARTNERS, PROGRAMME_PAGE, CONTACT = (
    "nos-themes.md", "aspirations.md", "partenaires-locaux.md", "programme.md", "nous-joindre.md")
THEME_IDS = {lang: [found for _, _, found in headings(PAGES[(lang, THEMES)])] for lang in ("fr", "en")}
CHANGED = {  # the state of each page _make_changes touches, and of the contact page once its English file is gone
    THEMES: ("original", "à mettre à jour"),
    ASPIRATIONS: ("original", "en attente de traduction"),
    PARTNERS: ("en attente de traduction", "original"),
    CONTACT: ("original", "manquante"),
}


def _project(destination: Path) -> Path:
    return assemble_programme(PROGRAMME, destination)


def _url(path: str, lang: str) -> str:
    return ("" if lang == "fr" else f"{lang}/") + page_address(PAGES, lang, path)


def _title(path: str, lang: str) -> str:
    return PAGES[(lang, path)].meta["title"]


def _first_line(path: str, lang: str, start: str) -> str:
    """The first line of the fixture page's text that starts with `start`."""
    return next(line for line in PAGES[(lang, path)].body.splitlines() if line.startswith(start))


def _rows(report: str) -> dict[str, tuple[str, ...]]:
    """Page -> its state in each language, from `make translations`' table."""
    lines = report.splitlines()
    rows = [re.split(r"\s{2,}", line) for line in lines[2:lines.index("", 2)]]
    return {page: tuple(states) for page, *states in rows}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, ...]]:
    """Each page's state in the programme as it is."""
    report = _translations(_project(tmp_path_factory.mktemp("before") / "project"), "report")
    assert report.returncode == 0, report.stderr
    return _rows(report.stdout)


def _summary(rows: dict[str, tuple[str, ...]]) -> str:
    states = [state for row in rows.values() for state in row if state != "original"]
    return (f"{len(rows)} pages ; traductions : {states.count('à jour')} à jour, {states.count('à mettre à jour')} à "
            f"mettre à jour, {states.count('en attente de traduction')} en attente de traduction, "
            f"{states.count('manquante')} manquante{'s' * (states.count('manquante') > 1)}.")


def _make_changes(project: Path) -> None:
    """An edited French page, pages awaiting translation (one each way) and data placeholders."""
    french = project / "docs" / "fr" / THEMES
    french.write_text(french.read_text(encoding="utf-8") + f"\nAvec {{{{ targets.{NUMBER.id} }}}} jardins et "
                      f"{{{{ targets.{SHARE.id} }}}} de la récolte d’ici {{{{ period.end }}}}.\n", encoding="utf-8")
    (project / "docs" / "en" / ASPIRATIONS).write_text("---\ntranslation: pending\n---\n", encoding="utf-8")
    french = project / "docs" / "fr" / ASPIRATIONS  # its link to a heading, shown in English as it stands
    french.write_text(french.read_text(encoding="utf-8") + f"\nVoir [le thème]({THEMES}#{THEME_IDS['fr'][-1]}).\n",
                      encoding="utf-8")
    english = project / "docs" / "en" / PROGRAMME_PAGE
    english.write_text(english.read_text(encoding="utf-8") + f"\n{{{{ targets.{NUMBER.id} }}}} gardens, "
                       "{{ period }}.\n", encoding="utf-8")
    english = project / "docs" / "en" / PARTNERS  # now the original, the French awaiting translation
    english.write_text(re.sub(r"translated_from: .*\n", "", english.read_text(encoding="utf-8")), encoding="utf-8")
    (project / "docs" / "fr" / PARTNERS).write_text("---\ntranslation: pending\n---\n", encoding="utf-8")


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    """The programme, changed as above, built once for this module."""
    project = _project(tmp_path_factory.mktemp("changed") / "project")
    _make_changes(project)
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.output
    return project, result


@pytest.mark.engine_only
def test_a_page_awaiting_translation_links_to_the_heading_in_the_readers_language(changed_site) -> None:
    """The French text shown in English links to the English themes page's heading at the same place (its own id
    there): the build's link check refused the French id on the English page (VISITOR session 12)."""
    _, result = changed_site
    target = posixpath.relpath(_url(THEMES, "en") or ".", _url(ASPIRATIONS, "en")) + "/"
    links = re.findall(rf'href="{re.escape(target)}#([^"]*)"', _html(result, ASPIRATIONS, "en"))
    assert links == [THEME_IDS["en"][-1]]
    assert f'id="{links[0]}"' in _html(result, THEMES, "en")


def _html(result: BuildResult, path: str, lang: str) -> str:
    return html_file(result.site, _url(path, lang)).read_text(encoding="utf-8")


def _notice(html: str) -> str | None:
    match = re.search(r'<div class="admonition \w+ pcv-translation-notice" role="note">(.*?)</div>', html, re.DOTALL)
    return re.sub(r"\s+", " ", match.group(1)).strip() if match else None


@pytest.mark.engine_only
def test_changed_original_is_reported_without_failing_the_strict_build(changed_site, baseline) -> None:
    _, result = changed_site
    assert (f"INFO    -  Traduction à mettre à jour : docs/en/{THEMES} ne suit plus l'original docs/fr/{THEMES}, "
            "qui a changé depuis (ou elle n'a jamais été marquée à jour). Les lecteurs voient un avis. Une fois la "
            "traduction revue, enregistrez-la (elle est alors à jour), ou, si elle n'avait rien à changer : "
            f"cochez « Traduction relue » dans l'éditeur (version traduite), ou make translated PAGE={THEMES}") in result.output
    stale = {page for page, states in baseline.items() if "à mettre à jour" in states} | {THEMES}
    assert result.output.count("Traduction à mettre à jour") == len(stale - {ASPIRATIONS, PARTNERS})


@pytest.mark.engine_only
def test_out_of_date_translation_shows_a_notice_in_the_readers_language(changed_site) -> None:
    _, result = changed_site
    original = posixpath.relpath(_url(THEMES, "fr") or ".", _url(THEMES, "en")) + "/"
    assert _notice(_html(result, THEMES, "en")) == (
        '<p class="admonition-title">Translation being updated</p> <p>The original French version of this page '
        "has changed since it was translated. Some information below may be out of date. "
        f'<a href="{original}" hreflang="fr">Read the original French version</a> </p>'
    )
    assert _notice(_html(result, THEMES, "fr")) is None
    assert _notice(_html(result, PARTNERS, "en")) is None


@pytest.mark.engine_only
def test_page_awaiting_translation_shows_the_original_with_a_notice(changed_site) -> None:
    _, result = changed_site
    html = _html(result, ASPIRATIONS, "en")
    assert _notice(html) == (
        '<p class="admonition-title">Page not yet translated</p> <p>This page is not yet available in English. '
        "It is shown below in its original French version. </p>"
    )
    assert '<html lang="en"' in html
    assert f'<div lang="fr"><h1 id="{slugify(_title(ASPIRATIONS, "fr"), "-")}">{_title(ASPIRATIONS, "fr")}</h1>' in html
    assert f"<title>{_title(ASPIRATIONS, 'fr')} - " in html  # the title it shows; then the site's, in English
    assert "<strong>" + _first_line(ASPIRATIONS, "fr", "- **").split("**")[1] + "</strong>" in html


def _langs_of(html: str, css_class: str) -> list[str]:
    """The language of each element of `html` with class `css_class`: its own `lang` or its nearest ancestor's."""
    from html.parser import HTMLParser
    found: list[str] = []

    class Langs(HTMLParser):
        stack: list[tuple[str, str]] = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            lang = attrs.get("lang") or (self.stack[-1][1] if self.stack else "")
            if css_class in (attrs.get("class") or "").split():
                found.append(lang)
            if tag not in ("meta", "link", "img", "br", "hr", "input", "source", "path", "use", "circle", "rect"):
                self.stack.append((tag, lang))

        def handle_endtag(self, tag):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    Langs().feed(html)
    return found


@pytest.mark.engine_only
def test_side_boxes_of_a_page_awaiting_translation_are_in_the_page_s_language(tmp_path: Path) -> None:
    """Programme review 3 (F5): the original's lang wrapped the page's own side boxes too, which then got French
    spacing on an English page (« stream\u202f? »). The original's language covers its title and text only."""
    project = _project(tmp_path / "project")
    with (project / "data" / "programme.yaml").open("a", encoding="utf-8") as programme:  # the accessibility page's
        programme.write("contact:\n  email: pcv@exemple.org\n  source: Un exemple.\n")  # box, with contact details
    page = next(path for (lang, path), p in sorted(PAGES.items()) if p.meta.get("role") == "accessibility")
    slug = PAGES[("en", page)].meta.get("slug")
    (project / "docs" / "en" / page).write_text(f"---\n{f'slug: {slug}' if slug else ''}\ntranslation: pending\n---\n",
                                               encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    html = _html(result, page, "en").split("<main", 1)[1].split("</main>", 1)[0]
    sides = _langs_of(html, "pcv-layout__side")
    assert sides and set(sides) == {""}, sides  # the page's own language (<html lang="en">)
    assert set(_langs_of(html, "pcv-layout__main")) == {"fr"}
    side = html.split('class="pcv-layout__side"', 1)[1]
    assert "\u202f" not in side and "&#8239;" not in side, "no French spacing in the English boxes"


@pytest.mark.engine_only
def test_not_found_page_names_pages_awaiting_translation_by_the_title_they_show(changed_site) -> None:
    """Each language's 404 lists every main page; one awaiting translation shows its original's title."""
    _, result = changed_site
    parts = {}
    for prefix in ("", "en/"):
        html = (result.site / prefix / "404.html").read_text(encoding="utf-8")
        parts.update(re.findall(r'<section class="pcv-notfound__part" lang="(\w+)"[^>]*>(.*?)</section>', html, re.S))
    assert f'<a href="/{_url(PARTNERS, "fr")}">{_title(PARTNERS, "en")}</a>' in parts["fr"]
    assert f'<a href="/{_url(PROGRAMME_PAGE, "en")}">{_title(PROGRAMME_PAGE, "en")}</a>' in parts["en"]


@pytest.mark.engine_only
def test_french_page_awaiting_translation_shows_the_english_original(changed_site) -> None:
    _, result = changed_site
    html = _html(result, PARTNERS, "fr")
    assert _notice(html) == (
        '<p class="admonition-title">Page pas encore traduite</p> <p>Cette page n’est pas encore disponible en '
        "français. Elle est présentée ci-dessous dans sa version originale anglaise. </p>"
    )
    assert f'<div lang="en"><h1 id="{slugify(_title(PARTNERS, "en"), "-")}">{_title(PARTNERS, "en")}</h1>' in html


@pytest.mark.engine_only
def test_placeholders_show_the_data_figures_in_each_language(changed_site) -> None:
    _, result = changed_site
    period = DATA.programme.period
    assert (f"Avec {format_figure(NUMBER.value, 'number', 'fr')} jardins et "
            f"{format_figure(SHARE.value, 'percent', 'fr')} de la récolte d’ici {period.end}.") in _html(result, THEMES, "fr")
    assert (f"<p>{format_figure(NUMBER.value, 'number', 'en')} gardens, "
            f"{period.start}–{period.end}.</p>") in _html(result, PROGRAMME_PAGE, "en")


@pytest.mark.engine_only
def test_report_shows_the_state_of_each_page(tmp_path: Path, baseline) -> None:
    project = _project(tmp_path / "project")
    _make_changes(project)
    (project / "docs" / "en" / CONTACT).unlink()
    report = _translations(project, "report")
    assert report.returncode == 0, report.stderr
    pages = sorted(path for lang, path in PAGES if lang == "fr")
    lines = report.stdout.splitlines()
    assert re.split(r"\s{2,}", lines[0]) == ["Page", "Français (fr)", "Anglais (en)"]
    expected = {page: CHANGED.get(page, baseline[page]) for page in pages}
    assert list(_rows(report.stdout).items()) == list(expected.items())
    assert lines[2 + len(pages):2 + len(pages) + 2] == ["", _summary(expected)]
    assert lines[2 + len(pages) + 2:2 + len(pages) + 5] == [
        "« original » : la version d'origine de la page ; l'autre langue en est la traduction.", "", "À faire :"]
    for task in [
        f"- docs/en/{THEMES} : revoir la traduction d'après docs/fr/{THEMES} et l'enregistrer (sur GitHub "
        "aussi : l'enregistrer après l'original suffit) ; ou, sans rien y changer : cochez « Traduction relue » dans "
        f"l'éditeur, ou make translated PAGE={THEMES}",
        f"- docs/en/{ASPIRATIONS} : traduire docs/fr/{ASPIRATIONS} dans ce fichier, puis : make translated "
        f"PAGE={ASPIRATIONS}",
        f"- docs/fr/{PARTNERS} : traduire docs/en/{PARTNERS} dans ce fichier, puis : make translated "
        f"PAGE={PARTNERS}",
        f"- docs/en/{CONTACT} : créer ce fichier (la construction échoue tant qu'il manque)",
    ]:
        assert task in lines
    assert f"Changements de docs/fr/{THEMES} : l'historique du dépôt ne permet pas de les retrouver." in lines


@pytest.mark.engine_only
def test_marking_a_translation_up_to_date(tmp_path: Path, baseline) -> None:
    project = _project(tmp_path / "project")
    _make_changes(project)
    english = project / "docs" / "en" / THEMES
    before = english.read_text(encoding="utf-8")

    marked = _translations(project, "mark", f"docs/en/{THEMES}")
    assert marked.returncode == 0, marked.stderr
    new = fingerprint((project / "docs" / "fr" / THEMES).read_text(encoding="utf-8"))
    assert marked.stdout == (f"docs/en/{THEMES} est marquée à jour : elle suit docs/fr/{THEMES} "
                             f"(empreinte {new}).\n")
    assert english.read_text(encoding="utf-8") == re.sub(r'translated_from: "?\w+"?', f'translated_from: {new}', before)

    empty = _translations(project, "mark", ASPIRATIONS)
    assert empty.returncode == 1
    assert empty.stderr == (f"Erreur : docs/en/{ASPIRATIONS} n'a pas encore de texte. Écrivez la traduction sous "
                            "l'en-tête, puis relancez cette commande.\n")
    (project / "docs" / "en" / ASPIRATIONS).write_text(
        "---\ntranslation: pending\n---\n\n# Our aspirations\n", encoding="utf-8")
    assert _translations(project, "mark", ASPIRATIONS.removesuffix(".md")).returncode == 0
    assert "translation:" not in (project / "docs" / "en" / ASPIRATIONS).read_text(encoding="utf-8")

    report = _translations(project, "report").stdout
    after = {**baseline, THEMES: ("original", "à jour"), ASPIRATIONS: ("original", "à jour"),
             PARTNERS: CHANGED[PARTNERS]}
    assert _rows(report) == after and _summary(after) in report

    typo = THEMES.replace("s.md", ".md")  # one letter short
    unknown = _translations(project, "mark", typo)
    assert (unknown.returncode, unknown.stderr) == (
        1, f"Erreur : aucune page « {typo} » dans docs/fr/ ni dans docs/en/. Vouliez-vous dire « {THEMES} » ?\n")
    forged = _translations(project, "mark", "x\x1b[2J\n::error::faux.md")  # red team 10 (F8): echoed as typed
    assert forged.returncode == 1 and "\x1b" not in forged.stderr and "\n::" not in forged.stderr, forged.stderr
    assert "« x\\x1b[2J\\x0a::error::faux.md »" in forged.stderr


@pytest.mark.engine_only
@pytest.mark.parametrize(("mark", "status"), [({"translation": ""}, Status.OUT_OF_DATE),
                                              ({"translation": None}, Status.OUT_OF_DATE),
                                              ({"translated_from": ""}, Status.OUT_OF_DATE)])
def test_an_empty_mark_as_the_editor_writes_a_cleared_field_is_no_mark(mark: dict, status: Status) -> None:
    """`translation: ""` is not awaiting translation, nor does it make the French version the translation."""
    page = page_translation("approche.md", {"fr": _page("fr", {}, ORIGINAL), "en": _page("en", mark, "Text")},
                            HISTORY)
    assert (page.source, page.status) == ("fr", status)


@pytest.mark.engine_only
@pytest.mark.parametrize(("meta", "problem"), [
    ("translation: \"\"\ntranslation_reviewed: \"\"\n", None),
    ("translation_reviewed: 2026-12-06 17:10\n", None),
    ("translation_reviewed: hier\n", "« translation_reviewed » : on trouve le texte « hier »"),
])
def test_the_front_matter_accepts_the_translation_fields_as_the_editor_writes_them(
        tmp_path: Path, meta: str, problem: str | None) -> None:
    file = tmp_path / "approche.md"
    file.write_text(f"---\ntitle: Our approach\ndescription: Our approach.\n{meta}---\n\n# Our approach\n",
                    encoding="utf-8")
    page = read_page(file, "en", "approche.md")[0]
    messages = [p.message for p in front_matter_problems(page)]
    assert messages == [] if problem is None else any(m.startswith(problem) for m in messages), messages


def _commit(project: Path, message: str, date: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", message]):
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True, env=env)


@pytest.mark.engine_only
@pytest.mark.parametrize("reviewed", [True, False], ids=["ticked", "not-ticked"])
def test_a_typo_fixed_in_the_original_and_the_translation_ticked_reviewed_in_the_editor_is_current(
        tmp_path: Path, reviewed: bool) -> None:
    """One save in the editor: the French typo fixed and, ticked, « Traduction relue » on the English side (one line
    added, as Decap writes it). Ticked, the translation is current; not ticked, it is to be updated."""
    project = _project(tmp_path / "project")
    _commit(project, "avant", "2026-01-02T10:00:00+00:00")
    french, english = (project / "docs" / lang / THEMES for lang in ("fr", "en"))
    head, _, body = french.read_text(encoding="utf-8").partition("\n---\n")
    word = re.search(r"^[^-\n#{][^\n]*?\b([a-z]{6,})\b", body, re.MULTILINE).group(1)
    french.write_text(f"{head}\n---\n{body.replace(word, word[::-1], 1)}", encoding="utf-8")
    saved = [f"docs/fr/{THEMES}"]
    if reviewed:
        edit(english, "\n---\n", "\ntranslation_reviewed: 2026-12-06 17:10\n---\n")
        saved.append(f"docs/en/{THEMES}")
    save_through_editor(project, saved)
    _commit(project, "typo", "2026-03-04T10:00:00+00:00")
    assert _rows(_translations(project, "report").stdout)[THEMES] == (
        "original", "à jour" if reviewed else "à mettre à jour")
    check = subprocess.run([sys.executable, "scripts/check_site.py"], cwd=project, capture_output=True, text=True,
                           timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.engine_only
@pytest.mark.parametrize("empty", ['""', "", "''"])
def test_an_empty_title_is_said_empty_at_its_line(tmp_path: Path, empty: str) -> None:
    """PROGRAMME5 F11: `title: ""` was reported at line 1 as « l'en-tête n'a pas de « title » »: it has one, empty."""
    file = tmp_path / "approche.md"
    file.write_text(f"---\ndescription: Notre approche.\ntitle: {empty}\n---\n\nTexte.\n", encoding="utf-8")
    problems = list(front_matter_problems(read_page(file, "fr", "approche.md")[0]))
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [(3, "« title » est vide")], problems


@pytest.mark.engine_only
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_marking_keeps_a_windows_page_s_line_ends(tmp_path: Path, bom: str) -> None:
    """Red team 12 L2: `make translated` rewrote every line of a page saved with Windows line ends (CR LF), hiding the
    real change in the commit; only the mark's line may change, the byte order mark (Notepad) kept."""
    project = _project(tmp_path / "project")
    english = project / "docs" / "en" / THEMES
    written = bom + english.read_text(encoding="utf-8").replace("\n", "\r\n")
    english.write_bytes(written.encode("utf-8"))
    marked = _translations(project, "mark", THEMES)
    assert marked.returncode == 0, marked.stderr
    after = english.read_bytes().decode("utf-8")
    assert after.startswith(bom) and after.count("\n") == after.count("\r\n"), "every line ends as the file's did"

    def unmarked(text: str) -> list[str]:
        return [line for line in text.split("\r\n") if not line.startswith("translated_from:")]
    assert unmarked(after) == unmarked(written) and after != written


@pytest.mark.engine_only
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_that_cannot_be_read_is_not_marked_and_the_reason_is_said(tmp_path: Path, lang: str) -> None:
    """Red team 13 M1, M2: a page saved in Windows-1252 was read as empty: its translation was marked as following an
    empty original, or said to have no text yet. Now the file's own problem is said, as the build says it, and nothing
    is written."""
    project = _project(tmp_path / "project")
    page = project / "docs" / lang / THEMES
    page.write_bytes((page.read_text(encoding="utf-8") + "\nCafé « ok ».\n").encode("cp1252"))
    before = {other: (project / "docs" / other / THEMES).read_bytes() for other in ("fr", "en")}
    marked = _translations(project, "mark", THEMES)
    assert marked.returncode == 1
    assert marked.stderr.startswith(f"Erreur : docs/{lang}/{THEMES}, ligne ") and "UTF-8" in marked.stderr, marked.stderr
    assert {other: (project / "docs" / other / THEMES).read_bytes() for other in ("fr", "en")} == before
