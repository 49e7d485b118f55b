"""Every link and anchor the pages and templates write is checked on the built site (pcv/checks/site_links.py):
a heading renamed, or a link to nothing, stops the build with the page that links to nothing; a theme's anchor
changed in the data stops it before, at the data's line (pcv/checks/theme_anchors.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import edit, place_previous_site, publish, reported_problems, tree_digest

from pcv.checks.page_anchors import anchor_problems
from pcv.checks.page_html import page_html_problems
from pcv.checks.page_rendering import MarkdownSettings
from pcv.checks.site_links import _ID, _link_key, _resolved, link_problems
from pcv.pages.markdown import read_page
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

# The builds below break a copy of programme-fictif, over its last good site.
THEMES, ACCESSIBILITY = FICTIF.page_with_role("themes"), FICTIF.page_with_role("accessibility")


def test_an_anchor_changed_in_the_data_stops_the_build_at_its_line(tmp_path: Path, programme_site) -> None:
    project_copy = assemble_programme(FICTIF.folder, tmp_path / "project")
    theme = FICTIF.data.programme.themes[0]
    anchor = theme.anchor.en
    data = project_copy / "data" / "programme.yaml"
    text = data.read_text(encoding="utf-8")
    line = text[:text.index(f"en: {anchor}\n")].count("\n") + 1
    data.write_text(text.replace(f"en: {anchor}\n", f"en: {anchor}-x\n", 1), encoding="utf-8")
    before = place_previous_site(project_copy, programme_site(FICTIF.folder))
    result = publish(project_copy)
    assert result.returncode == 1, result.output
    problems = reported_problems(result.output)
    assert any(p.startswith(f"data/programme.yaml, ligne {line}, ") and f"l'ancre « {anchor}-x » du thème « "
               f"{theme.title.en} » n'est celle d'aucun titre de docs/en/{THEMES}" in p for p in problems), problems
    assert tree_digest(result.site) == before


def test_a_theme_heading_given_another_s_anchor_is_named_at_its_line(tmp_path: Path) -> None:
    """PROGRAMME12 F6: a theme's heading given the anchor of the heading above was told only as the data's anchor
    that no heading has; the duplicate is named at its line too, as on any page."""
    from pcv.checks.site import all_problems
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    first, second = (theme.anchor.fr for theme in FICTIF.data.programme.themes[:2])
    page = project / "docs" / "fr" / THEMES
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(f"{{ #{second} }}", f"{{ #{first} }}", 1), encoding="utf-8")
    lines = text.splitlines()
    line, first_line = (next(n for n, typed in enumerate(lines, 1) if f"{{ #{anchor} }}" in typed)
                        for anchor in (second, first))
    heading = lines[line - 1].lstrip("#").split("{")[0].strip()
    problems = [str(p) for p in all_problems(project)]
    assert [p for p in problems if p.startswith(f"docs/fr/{THEMES}")] == [
        f"docs/fr/{THEMES}, ligne {line} : le titre « {heading} » donne l'identifiant « {first} », mais la page l'écrit "
        f"déjà à la ligne {first_line} : un lien vers « #{first} » ne saurait pas où aller. Écrivez une autre ancre au "
        f"bout de ce titre (« {heading} {{ #autre-nom }} »)."]
    assert any(f"l'ancre « {second} » du thème" in p for p in problems), problems


def test_links_to_missing_files_and_anchors_are_found(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<h2 id="ici">x</h2><a href="a/">a</a><a href="#ici">ici</a>'
                                         '<a href="https://ailleurs.example/#x">x</a>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<a href="../#la">?</a><a href="../b/">?</a>'
                                               '<a href="https://pcv.example.org/a/#ici">?</a>', encoding="utf-8")
    found = [str(p) for p in link_problems(tmp_path, "https://pcv.example.org/", {"a/index.html": "docs/fr/a.md"},
                                           tmp_path)]
    assert [p.split(" : ")[0] for p in found] == ["docs/fr/a.md"] * 3
    assert "« #la »" in found[0] and "« ../b/ »" in found[1] and "« #ici » de docs/fr/a.md" in found[2]


def test_a_link_to_a_missing_anchor_is_named_at_its_line_with_the_closest_anchor(tmp_path: Path) -> None:
    """Programme review 3 (F6): the page and anchor were named, not the line, nor the anchor meant."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<h2 id="l-ecoute">x</h2><h2 id="__search">s</h2>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<a href="../#ecoute">?</a>', encoding="utf-8")
    (tmp_path / "docs" / "fr").mkdir(parents=True)
    (tmp_path / "docs" / "fr" / "a.md").write_text("---\ntitle: A\n---\n\nVoir [l'écoute](index.md#ecoute).\n",
                                                   encoding="utf-8")
    found = [str(p) for p in link_problems(tmp_path, "", {"a/index.html": "docs/fr/a.md"}, tmp_path)]
    assert len(found) == 1 and found[0].startswith("docs/fr/a.md, ligne 5 : un lien de la page mène à l'ancre "
                                                   "« #ecoute »"), found
    assert found[0].endswith("Vouliez-vous dire « #l-ecoute » ?"), found


def test_an_id_written_twice_in_a_page_stops_the_build_at_its_line(tmp_path: Path, programme_site) -> None:
    """A heading given the id of the theme's search box (`__search`) would break search; two headings given one
    anchor leave a link not knowing where to go."""
    project_copy = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project_copy / "docs" / "fr" / ACCESSIBILITY
    text = page.read_text(encoding="utf-8").rstrip("\n")
    page.write_text(f"{text}\n\n## Recherche {{ #__search }}\n", encoding="utf-8")
    line = text.count("\n") + 3
    other = project_copy / "docs" / "en" / ACCESSIBILITY
    text = other.read_text(encoding="utf-8").rstrip("\n")
    other.write_text(f"{text}\n\n## One {{ #same }}\n\n## Two {{ #same }}\n", encoding="utf-8")
    before = place_previous_site(project_copy, programme_site(FICTIF.folder))
    result = publish(project_copy)
    assert result.returncode == 1, result.output
    problems = reported_problems(result.output)
    assert any(p.startswith(f"docs/fr/{ACCESSIBILITY}, ligne {line}, colonne ") and "l'identifiant « __search » est "
               "réservé au site" in p for p in problems), problems
    assert not any("« same »" in p for p in problems), "the build stops before it writes pages"
    edit(page, "## Recherche { #__search }", "## Recherche")
    problems = reported_problems(publish(project_copy).output)
    first = text.count("\n") + 3
    assert f"docs/en/{ACCESSIBILITY}, ligne {first + 2} : le titre « Two » donne l'identifiant « same », mais la page " \
           f"l'écrit déjà à la ligne {first} : un lien vers « #same » ne saurait pas où aller. Écrivez une autre ancre " \
           "au bout de ce titre (« Two { #autre-nom } »)." in problems, problems
    assert tree_digest(result.site) == before


def test_an_anchor_in_the_site_s_own_ids_is_refused_at_its_line(tmp_path: Path) -> None:
    """Material's ids start with "__" (__search, __drawer, __config): a page may not take one, even one that no
    template writes on that page today."""
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n\n# A\n\n## Recherche { #__palette }\n", encoding="utf-8")
    page, _ = read_page(tmp_path / "a.md", "fr", "a.md")
    settings = MarkdownSettings.of(["attr_list", "toc"], {})
    problems = [str(p) for p in page_html_problems(page, settings.renderer())]
    assert problems == ["docs/fr/a.md, ligne 7, colonne 17 : l'identifiant « __palette » est réservé au site (les "
                        "siens commencent par « __ » : recherche, menu ; une ancre du même nom les casserait). Donnez "
                        "à cette ancre un autre nom."], problems


def test_a_link_to_an_anchor_of_a_page_that_cannot_be_read_is_not_said_missing(tmp_path: Path) -> None:
    """Red team 13 (note): a page whose front matter could not be read (a line of 40,000 signs) got its own message,
    and each link to one of its anchors a second, false one: the anchor exists, the page was not read."""
    (tmp_path / "a.md").write_text("---\ntitle: A\ndescription: x" + "x" * 40_000 + "\n---\n\n# A\n\n## Espaces\n",
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: B\ndescription: x\n---\n\n# B\n\nVoir [les espaces](a.md#espaces).\n",
                                   encoding="utf-8")
    (target, problem), (page, _) = read_page(tmp_path / "a.md", "fr", "a.md"), read_page(tmp_path / "b.md", "fr", "b.md")
    assert problem is not None
    pages = {("fr", "a.md"): target, ("fr", "b.md"): page}
    render = MarkdownSettings.of(["attr_list", "toc"], {}).renderer()
    assert list(anchor_problems(pages, render, tmp_path, {}, frozenset({target.name}))) == []
    assert list(anchor_problems(pages, render, tmp_path, {})), "without it, the link is said to miss its anchor"


def test_a_french_page_s_link_to_an_english_anchor_of_the_data_is_said_by_the_check(tmp_path: Path) -> None:
    """PROGRAMME8 F7b: « nos-axes.md#knowledge » (a theme's English anchor) in a French page passed `make check`,
    the data's anchors being taken in either language, then the build refused it. The check says it at its line;
    the French anchor passes."""
    from pcv.checks.site import all_problems
    from project_edits import data_of
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    anchor = data_of(project / "data" / "programme.yaml")["themes"][0]["anchor"]
    themes = next(path.name for path in (project / "docs" / "fr").glob("*.md")
                  if "role: themes" in path.read_text(encoding="utf-8"))
    page = project / "docs" / "fr" / "index.md"
    text = page.read_text(encoding="utf-8")
    line = text.count("\n") + 2
    for typed, said in ((anchor["en"], True), (anchor["fr"], False)):
        page.write_text(f"{text}\nVoir [le premier thème]({themes}#{typed}).\n", encoding="utf-8")
        found = [str(problem) for problem in all_problems(project) if problem.file == "docs/fr/index.md"]
        assert found == ([f"docs/fr/index.md, ligne {line}, colonne {len('Voir [le premier thème](') + 1} : le lien "
                          f"« {themes}#{typed} » mène à l'ancre « #{typed} » de docs/fr/{themes}, qui n'a pas cette "
                          "ancre (un titre renommé ?). Corrigez le lien ou l'ancre."] if said else []), found


def test_a_link_to_the_heading_the_build_makes_of_a_page_s_title_is_no_missing_anchor(tmp_path: Path) -> None:
    """The checks render a page as the build does: a page written without « # Titre » is headed by its title (its
    h1 and that h1's id), so a link to that id was said missing by `make check` while the site had it."""
    (tmp_path / "a.md").write_text("---\ntitle: Nos aspirations\n---\n\nTexte.\n\n## Plus\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: B\n---\n\nVoir [a](a.md#nos-aspirations), [b](a.md#absente).\n",
                                   encoding="utf-8")
    pages = {("fr", name): read_page(tmp_path / name, "fr", name)[0] for name in ("a.md", "b.md")}
    found = [str(p) for p in anchor_problems(pages, MarkdownSettings.of(["attr_list", "toc"], {}).renderer(), tmp_path,
                                             {})]
    assert len(found) == 1 and "« #absente »" in found[0], found


def test_links_given_one_key_lead_to_one_place() -> None:
    """The check resolves each link once per key (_link_key: the part of its page's folder it depends on, issue 17):
    every page, folder and link that share a key lead to the same file and anchor."""
    folders = ["", "a", "b", "a/b", "a/c", "b/b", "a/b/c", "a/b/d", "x/b/c", "a/.hidden/c"]
    hrefs = ["", "#top", "?q", "x", "x/", "./x", "../", "../x", "../x/", "../x#f", "../../x/", "../../../x", "../.././x",
             "..", "../..", "/x/", "../a:b", "../%2E%2E/x", "..%2F..%2Fx", "https://pcv.example.org/x/", "//h/x",
             "mailto:a@b.c", "../../../../x"]
    seen: dict[tuple, tuple] = {}
    for folder in folders:
        for href in hrefs:
            page = f"{folder}/index.html" if folder else "index.html"
            key = _link_key(page, folder, href)
            resolved = _resolved(page, folder, href, "https://pcv.example.org/")
            assert seen.setdefault(key, resolved) == resolved, (folder, href, key)
    assert len(seen) < len(folders) * len(hrefs)  # some links share their key across folders


def test_ids_are_read_as_a_space_then_id_reads_them() -> None:
    """_ID looks for « id=" » first, then the space before it (issue 17: the search jumps from one to the next): the
    ids it reads are those of the plain pattern, ids written after any kind of space, inside other values too."""
    import re

    plain = re.compile(r'\sid="([^"]*)"')
    texts = ['<h2 id="a">', '<p data-id="b">', '<a title=" id="c" id="d">', '<p\nid="e"\tid="f"\u00a0id="g">',
             'id="h"', ' id="i', '  id=""id="j" id="k"', '<x id="l"id="m" xid="n" id ="o" \u2003id="p">']
    for text in texts:
        assert _ID.findall(text) == plain.findall(text), text
    assert _ID.findall("".join(texts)) == plain.findall("".join(texts))
