"""What a person types in a page is shown, or refused at its line: nothing dropped or reshaped without a
word by Markdown (pcv/checks/markdown_losses.py), no {{ }} left as typed, no slow shape
(pcv/pages/markdown.py), line numbers as an editor counts them."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from cpu_time import in_this_thread
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from project_edits import engine_markdown

from pcv.checks.markdown_losses import loss_problems
from pcv.checks.page_html import page_html_problems
from pcv.checks.page_rendering import MarkdownSettings
from pcv.checks.page_text import text_problems
from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT, build_site
from pcv.inspection.pages import LANGUAGES, html_file, page_url, role_page
from pcv.pages.figures import PLACEHOLDER
from pcv.pages.markdown import MAX_COUNTS, MAX_DEPTH, MAX_HEADINGS, MAX_LINES, MAX_STARTS, read_page

FRONT = "---\ntitle: Essai\ndescription: Une page d'essai.\n---\n\n"


def _page(tmp_path: Path, body: str):
    file = tmp_path / "essai.md"
    file.write_text(FRONT + body, encoding="utf-8")
    return read_page(file, "fr", "essai.md")


@pytest.mark.engine_only
@pytest.mark.parametrize(("body", "line", "expected"), [
    ("| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |\n", 9, "cette ligne du tableau a 3 cellules, mais son en-tête"),
    ("Avant.\n\n<?php echo 'x' ?>\n", 8, "une instruction « <?…?> » ne s'affiche pas"),
    ("Un <![CDATA[ texte ]]> caché.\n", 6, "un bloc « <![CDATA[…]]> » ne s'affiche pas"),
    ("Texte[^1].\n\n[^1]: Une note.\n", 8, "les notes de bas de page (« [^1]: … ») ne sont pas disponibles"),
    ("Texte.\n\n[source]: https://www.ceci.ca/fr \"Rapport annuel\"\n", 8, "aucun lien de la page n'utilise « [source] »"),
    ("- [source]: https://www.ceci.ca/fr\n", 6, "aucun lien de la page n'utilise « [source] »"),
    ("Voir `[source]`.\n\n> [source]: /a\n", 8, "aucun lien de la page n'utilise « [source] »"),
    ("Voir [le rapport][Source].\n\n[source]: /a\n[SOURCE]: /b\n", 8, "le lien « [source] » est défini de nouveau ligne 9"),
    ("Avant.\n\n#PCV2026 est notre campagne.\n", 8, "« #PCV2026 » en début de ligne ferait de la ligne un titre"),
    ("- un\n- #hashtag\n", 7, "« #hashtag » en début de ligne ferait de la ligne un titre"),
    ("## Le langage C#\n", 6, "le « # » à la fin de ce titre disparaîtrait"),
    ("Un texte &#x202E;à l'envers.\n", 6, "« &#x202E; » écrit un caractère de contrôle invisible"),
    ("Avant.\n\n![Une photo&#27;](images/a.jpg)\n", 8, "« &#27; » écrit un caractère de contrôle invisible"),
    ("Un &#0; nul.\n", 6, "« &#0; » écrit un caractère de contrôle invisible"),
    ("Prix : &#x0000000000202E;0001 $\n", 6, "« &#x0000000000202E; » écrit un caractère de contrôle invisible"),
    ("Prix : &#00000000008238;0001 $\n", 6, "« &#00000000008238; » écrit un caractère de contrôle invisible"),
    ("## Prix {: title=\"&#x0000000000202E;1000\" }\n", 6, "« &#x0000000000202E; » écrit un caractère de contrôle"),
    ("Un &#x1000000000041; trop grand.\n", 6, "« &#x1000000000041; » écrit un caractère de contrôle invisible"),
    ("Prix : &#8238 0001 $\n", 6, "« &#8238 » écrit un caractère de contrôle invisible"),
    ("Prix : &#x202E0001\n", 6, "« &#x202E0001 » écrit un caractère de contrôle invisible"),
    # Red team 10 (F5, F6): bidirectional marks, by name too, and noncharacters were published
    ("Prix : &rlm;0001 $\n", 6, "« &rlm; » écrit un caractère de contrôle invisible"),
    ("Un mot&ZeroWidthSpace;coupé\n", 6, "« &ZeroWidthSpace; » écrit un caractère de contrôle invisible"),
    ("Un &#xFFFF; et\n", 6, "« &#xFFFF; » écrit un caractère de contrôle invisible"),
    ("Un &#xFDD0; et\n", 6, "« &#xFDD0; » écrit un caractère de contrôle invisible"),
    # Red team 23 M7: a link to a name no line defines was shown as typed; one with no address led to the page itself
    ("Avant.\n\nVoir [le programme][prog] pour plus.\n", 8, "le lien « [le programme][prog] » renvoie à « [prog] »"),
    ("Voir [le Programme][].\n\n[source]: /b\n\n[x][Source]\n", 6, "le lien « [le Programme][] »"),
    ("Avant.\n\nVoir [la page du programme]().\n", 8, "le lien « [la page du programme]() » n'a pas d'adresse"),
    ("Voir [la page]( <> ).\n", 6, "le lien « [la page]( <> ) » n'a pas d'adresse"),
    # STAFF10 M6: a list pasted from Word, its « • » lines run together in one paragraph; said once, at its first line
    ("Nos priorités :\n\u2022\tL'emploi\n\u2022\tLe climat\n", 7, "« • » en début de ligne ne fait pas une liste"),
    ("Avant.\n\n  \u25aa L'emploi\n  \u25aa Le climat\n", 8, "« ▪ » en début de ligne ne fait pas une liste"),
])
def test_what_markdown_would_drop_is_refused_at_its_line(tmp_path: Path, body: str, line: int, expected: str) -> None:
    page, problem = _page(tmp_path, body)
    assert problem is None
    problems = list(loss_problems(page))
    assert [(p.line, expected in p.message) for p in problems] == [(line, True)], problems


@pytest.mark.engine_only
def test_a_footnote_is_not_also_reported_as_a_broken_link(tmp_path: Path) -> None:
    page, _ = _page(tmp_path, "Texte.\n\n[^1]: Une note.\n")
    assert list(text_problems(page, None, tmp_path)) == []


@pytest.mark.engine_only
@pytest.mark.parametrize("body", ["Voir [le rapport][source].\n\n[source]: https://www.ceci.ca/fr\n",
                                  "Voir [Source][].\n\n[source]: /a\n", "Voir [source].\n\n[source]: /a\n",
                                  "![Une photo][source]\n\n[source]: images/a.jpg\n", "[x]:\n", "Voir [la page][r].\n\n[r]:\n  https://www.ceci.ca/fr\n", "L&#8217;atelier &#x2014; &#233;t&#xE9;\n",
                                  "# Le langage C\\#\n\n## Titre ##\n\nUn #mot-dièse au milieu.\n\n# Numéro #1\n"])
def test_a_link_reference_definition_that_a_link_uses_and_a_visible_character_reference_are_accepted(tmp_path: Path, body: str) -> None:
    page, _ = _page(tmp_path, body)
    assert list(loss_problems(page)) == []


@st.composite
def _lines_with_references(draw: st.DrawFn) -> tuple[list[str], dict[int, str]]:
    """Lines mixing link reference definitions (each its own address), uses, text and blank lines."""
    lines: list[str] = []
    addresses: dict[int, str] = {}
    for index in range(draw(st.integers(1, 6))):
        label = draw(st.sampled_from(["a", "B", "deux mots"]))
        kind = draw(st.sampled_from(["definition", "use", "shortcut", "blank", "text"]))
        if kind == "definition":
            addresses[len(lines)] = f"https://u{index}.example/"
            lines.append(f"{draw(st.sampled_from(['', '  ', '- ', '> ', '1. ']))}[{label}]: https://u{index}.example/")
        else:
            lines.append({"use": f"Voir [texte][{label.upper()}].", "shortcut": f"Voir [{label}] ici.", "blank": "",
                          "text": "Du texte."}[kind])
    return lines, addresses


@pytest.mark.engine_only
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_lines_with_references())
def test_a_link_reference_definition_is_refused_exactly_when_markdown_drops_it(
        tmp_path: Path, drawn: tuple[list[str], dict[int, str]]) -> None:
    lines, addresses = drawn
    page, _ = _page(tmp_path, "\n".join(lines) + "\n")
    refused = {problem.line - FRONT.count("\n") - 1 for problem in loss_problems(page)}
    shown = markdown.markdown("\n".join(lines), extensions=["admonition", "attr_list"])
    shown_as_typed = {index for index, line in enumerate(lines) if line.startswith("Voir [texte][") and line[5:-1] in shown}
    assert {index for index, address in addresses.items() if address not in shown} | shown_as_typed == refused, lines


@pytest.mark.engine_only
def test_a_table_as_typed_and_code_are_accepted(tmp_path: Path) -> None:
    page, _ = _page(tmp_path, "| a | b |\n|---|---|\n| 1 | 2 |\n| 1 \\| 2 | 3 |\n\n```\n<?xml version='1.0'?>\n```\n")
    assert list(loss_problems(page)) == []


def test_braces_left_as_typed_are_refused_and_hyphenated_ids_are_placeholders(tmp_path: Path) -> None:
    data = load_site_data(ROOT / "data")
    page, _ = _page(tmp_path, "Voir {{ targets.canadians } ici.\n")
    assert [(p.line, p.column, p.message[:20]) for p in text_problems(page, data, tmp_path)] == [
        (6, 6, "« {{ » resterait tel")]
    assert PLACEHOLDER.fullmatch("{{ targets.women-committees }}")
    assert ATTRIBUTE_LISTS.render("{{ targets.women-committees }}", {"targets.women-committees": "12"}) == "<p>12</p>"


@pytest.mark.engine_only
def test_40000_heading_lines_without_blank_lines_are_refused_at_once(tmp_path: Path) -> None:
    (page, problem), seconds = in_this_thread(
        lambda: _page(tmp_path, "\n".join(f"# Titre {i}" for i in range(40_000)) + "\n"))
    assert seconds < 2
    assert (problem.line, problem.message[:30]) == (6 + MAX_STARTS, f"plus de {MAX_STARTS} titres ou traits d")


@pytest.mark.engine_only
def test_a_pasted_line_separator_is_refused_and_lines_count_as_an_editor_does(tmp_path: Path) -> None:
    _, problem = _page(tmp_path, "Un\u2028texte.\n")
    assert (problem.line, problem.column, "U+2028" in problem.message) == (6, 3, True)


@pytest.mark.engine_only
def test_40000_headings_with_blank_lines_are_refused_at_once(tmp_path: Path) -> None:
    """The search index's cost grows with the square of a page's headings, blank lines or not."""
    (page, problem), seconds = in_this_thread(
        lambda: _page(tmp_path, "\n\n".join(f"## Titre {i}" for i in range(40_000)) + "\n"))
    assert seconds < 2
    assert problem.message.startswith(f"plus de {MAX_HEADINGS} titres dans la page")


@pytest.mark.engine_only
def test_a_page_awaiting_translation_with_its_own_text_is_an_error(tmp_path: Path) -> None:
    file = tmp_path / "essai.md"
    file.write_text("---\ntranslation: pending\n---\n\nMy own translation, which the site would hide.\n",
                    encoding="utf-8")
    page, _ = read_page(file, "en", "essai.md")
    assert [(p.file, p.line, "translation: pending" in p.message) for p in loss_problems(page)] == [
        ("docs/en/essai.md", 4, True)]
    file.write_text("---\ntranslation: pending\n---\n", encoding="utf-8")
    assert list(loss_problems(read_page(file, "en", "essai.md")[0])) == []


@pytest.mark.engine_only
def test_a_root_absolute_address_is_refused_in_french(tmp_path: Path) -> None:
    page, _ = _page(tmp_path, "![Une photo](/images/photo.jpg) et [le programme](/programme/).\n")
    assert [(p.line, p.column, p.message.split(" : ")[0]) for p in text_problems(page, None, tmp_path)] == [
        (6, 14, "l'adresse « /images/photo.jpg » commence par « / »"),
        (6, 51, "l'adresse « /programme/ » commence par « / »")]


@pytest.mark.engine_only
def test_a_link_into_the_other_language_folder_is_named_at_its_line(tmp_path: Path) -> None:
    for lang in ("fr", "en"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "programme.md").write_text(FRONT, encoding="utf-8")
    file = tmp_path / "fr" / "essai.md"
    file.write_text(FRONT + "Voir [the program](../en/programme.md) et [le programme](programme.md).\n", encoding="utf-8")
    page, _ = read_page(file, "fr", "essai.md")
    assert [(p.line, p.column, "dossier d'une autre langue" in p.message) for p in text_problems(page, None, tmp_path)] \
        == [(6, 20, True)]


@pytest.mark.engine_only
@pytest.mark.parametrize("sign", ["`", "*", "_"])
def test_a_page_of_formatting_signs_within_every_other_bound_is_refused_at_the_first_one_too_many(
        tmp_path: Path, sign: str) -> None:
    """Red team 6 (high): 200 lines of « `a``b » (1 MB, every line under 5,000 signs, no « < », « [ » or heading)
    made ~300,000 <code> elements and ~100 s of build."""
    line = (f"{sign}a{sign}{sign}b" * 998)[:4990]
    page, problem = _page(tmp_path, "\n\n".join(line for _ in range(200)) + "\n")
    limit = MAX_COUNTS[sign]
    assert problem is not None and problem.message.startswith(f"trop de « {sign} » dans la page")
    assert problem.line == 6 + 2 * (limit // line.count(sign)), problem


@pytest.mark.engine_only
@pytest.mark.parametrize("unit", ["&#x41; ", "&amp; ", "\\. "])
def test_a_page_of_entities_or_escapes_is_refused_at_the_first_one_too_many(tmp_path: Path, unit: str) -> None:
    """Red team 7 (high): entities and backslash escapes cost Python-Markdown the square of their number in one
    paragraph (80 lines of 800 « &#x41; » took 17 s of CPU; 120,000 did not end in 120 s)."""
    sign = unit[0]
    line = unit * (4900 // len(unit))
    page, problem = _page(tmp_path, "\n".join(line for _ in range(80)) + "\n")
    limit = MAX_COUNTS[sign]
    assert problem is not None and problem.message.startswith(f"trop de « {sign} » dans la page"), problem
    assert problem.line == 6 + limit // line.count(sign), problem


# Python-Markdown's time grows with the square of the headings, rules and underlines of one block in a quote, a list
# or an admonition too, and with the lines times their depth (benchmarks/markdown_cost.py): each refused at once,
# at its line, before Markdown reads the page.
@pytest.mark.engine_only
@pytest.mark.parametrize(("body", "line", "expected"), [
    ("> a\n> ---\n" * 4000, 5 + 2 * (MAX_STARTS + 1), f"plus de {MAX_STARTS} titres ou traits dans un seul bloc"),
    ("- a\n- ---\n" * 4000, 5 + 2 * (MAX_STARTS + 1), f"plus de {MAX_STARTS} titres ou traits dans un seul bloc"),
    ("!!! note\n    - a\n      ---\n" * 4000, 5 + 3 * (MAX_STARTS + 1), f"plus de {MAX_STARTS} titres ou traits"),
    ("\n".join("> - " * depth + "x" for depth in range(1, 700)), 6 + MAX_DEPTH // 4, "ligne trop en retrait"),
    ("\n".join("  " * depth + "- x" for depth in range(700)), 6 + MAX_DEPTH // 2, "ligne trop en retrait"),
    ("- x\n" * 100_000, 1 + MAX_LINES, f"plus de {MAX_LINES} lignes dans la page"),
    ("a|b\n-|-\n" + "c|d\n" * 3000, 6 + MAX_COUNTS["|"], "trop de « | » dans la page"),
])
def test_shapes_markdown_is_slow_on_are_refused_at_once(tmp_path: Path, body: str, line: int, expected: str) -> None:
    (_, problem), seconds = in_this_thread(lambda: _page(tmp_path, body))
    assert seconds < 2
    assert (problem.line, problem.message[:len(expected)]) == (line, expected), problem


@pytest.mark.engine_only
def test_a_quote_and_a_list_as_staff_write_them_are_accepted(tmp_path: Path) -> None:
    page, problem = _page(tmp_path, "> Une citation.\n>\n> — Une partenaire\n\n- Un point\n    - Un sous-point\n"
                          "        1. Une étape\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert problem is None and list(loss_problems(page)) == []


def test_a_number_in_an_address_or_an_anchor_is_no_figure_but_in_the_text_it_is(tmp_path: Path) -> None:
    """Red team 8 (medium M5): a year or a target's value in a link's address, a photo's file name or a heading's
    anchor was taken for a figure typed by hand (and the advice would have put the formatted figure in the URL)."""
    data = load_site_data(ROOT / "data")
    year = data.programme.period.start
    page, _ = _page(tmp_path, f"Voir le [rapport](https://www.ceci.ca/fr/rapport-annuel-{year}).\n\n"
                    f"![Un atelier avec des partenaires](atelier-{year}.jpg)\n\n## Bilan {{ #bilan-{year} }}\n\n"
                    f"[r]: https://www.ceci.ca/fr/{year}\n\n<https://www.ceci.ca/{year}>\n\nEn {year}, le programme.\n")
    figures = [(p.line, p.message[:len(str(year)) + 4]) for p in text_problems(page, data, tmp_path)
               if "chiffre des données" in p.message]
    assert figures == [(16, f"« {year} »")]


def test_a_toc_marker_typed_on_a_line_stays_text(project_copy: Path, tmp_path: Path) -> None:
    """Python-Markdown's « [TOC] » would be replaced by a table of contents, silently (red team 12, C1)."""
    path = role_page("accessibility")
    page = project_copy / "docs" / LANGUAGES[0] / path
    page.write_text(page.read_text(encoding="utf-8") + "\n[TOC]\n", encoding="utf-8")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.output
    html = html_file(result.site, page_url(path, LANGUAGES[0])).read_text(encoding="utf-8")
    assert "<p>[TOC]</p>" in html and 'class="toc"' not in html


ATTRIBUTE_LISTS = MarkdownSettings.of(["attr_list", "toc"], {})


@pytest.mark.engine_only
@pytest.mark.parametrize(("body", "line", "braces"), [
    ("## Nos cibles {2030}\n", 6, "{2030}"),  # red team 12 M4: told of an HTML attribute « 2030 » nobody typed
    ("## Notre devise {solidarité}\n", 6, "{solidarité}"),
    ("## Nos cibles {année 2030}\n", 6, "{année 2030}"),  # two words: said once
    ("## Contact {title}\n", 6, "{title}"),  # an attribute the page may hold, emptied: the text vanished silently
    ("Notre horizon :\n{2030}\n", 7, "{2030}"),  # a paragraph's own last line
    ("Le **programme**{2030} vise loin.\n", 6, "{2030}"),  # right after a word in bold
])
def test_words_between_braces_that_markdown_reads_as_attributes_are_told_so(tmp_path: Path, body: str, line: int,
                                                                            braces: str) -> None:
    """Python-Markdown's attribute lists take « {…} » at the end of a heading (or on a paragraph's last line, or after
    a bold word or a link) as HTML attributes: the braces vanish from the text. The message names the braces typed and
    how to keep them (« \\{2030} »), never an attribute."""
    page, _ = _page(tmp_path, body)
    problems = list(page_html_problems(page, ATTRIBUTE_LISTS.renderer()))
    assert [(p.line, p.column) for p in problems] == [(line, page.text.split("\n")[line - 1].index(braces) + 1)]
    assert f"« {braces} » est lu par Markdown comme des attributs HTML" in problems[0].message
    assert f"écrivez « \\{braces} »" in problems[0].message
    kept, _ = _page(tmp_path, body.replace(braces, "\\" + braces))
    assert list(page_html_problems(kept, ATTRIBUTE_LISTS.renderer())) == []
    assert braces in ATTRIBUTE_LISTS.render(kept.body)


@pytest.mark.engine_only
@pytest.mark.parametrize("body", ["## Prix {: autofocus }\n", "## Recherche { #__search }\n", "## Titre {.x style=y}\n"])
def test_an_attribute_list_written_as_such_is_told_about_its_attribute(tmp_path: Path, body: str) -> None:
    page, _ = _page(tmp_path, body)
    problems = list(page_html_problems(page, ATTRIBUTE_LISTS.renderer()))
    assert problems and not any("est lu par Markdown comme des attributs" in p.message for p in problems), problems


@pytest.mark.engine_only
@pytest.mark.parametrize(("typed", "replaced"), [
    ('[Le CECI](https://ceci.ca){ href="https://evil.example/" }', "href"),  # red team 15 F4
    ('[Le CECI](https://ceci.ca){ HREF="https://evil.example/" }', "href"),  # a browser keeps the first
    ('<https://ceci.ca>{ href="https://evil.example/" }', "href"),
    ('[Le CECI][ceci]{ href="https://evil.example/" }\n\n[ceci]: https://ceci.ca', "href"),
    ('[Le CECI](https://ceci.ca "Le site du CECI"){ title="Autre chose" }', "title"),
    ("![Une photo d’essai](images/t.jpg){ alt=\"\" }", "alt"),  # the photo made « decorative »
    ("![Une photo d’essai](images/t.jpg){ alt=\"A test photo\" }", "alt"),  # the other language's text, unchecked
    ('![Une photo d’essai](images/t.jpg){ src="images/u.jpg" }', "src"),
    ('![Une photo d’essai](images/t.jpg){ width="10" }', "width"),  # the site writes it from the photo
    ('![Une photo d’essai](images/t.jpg){ loading="eager" }', "loading"),
    ("## Nos cibles {#cibles #objectifs}", "id"),  # one list, two values: the first lost
    ("Un texte.\n{.encadre class=note}", "class"),
])
def test_an_attribute_list_never_replaces_what_the_markdown_wrote(tmp_path: Path, typed: str, replaced: str) -> None:
    """An attribute list (`{ … }`) sets each attribute over any value the element already has: a link that reads one
    address would lead to another, a photo lose its description. Each such attribute is refused at its line and
    column, named, in French; the same braces without it are accepted."""
    page, _ = _page(tmp_path, f"Avant.\n\n{typed}\n")
    problems = list(page_html_problems(page, engine_markdown().renderer()))
    told = [p for p in problems if f"l'attribut « {replaced} » entre accolades remplacerait" in p.message]
    line, typed_line = next((n, text) for n, text in enumerate(page.text.split("\n"), 1) if "{" in text)
    assert [(p.file, p.line) for p in told] == [(page.name, line)], problems
    assert typed_line[told[0].column - 1:].lower().startswith((replaced, "#")), (typed_line, told[0].column)
    assert f"Retirez « {replaced} » des accolades" in told[0].message


@pytest.mark.engine_only
@pytest.mark.parametrize("typed", [
    '[Le CECI](https://ceci.ca){ hreflang="fr" }',
    '[Le CECI](https://ceci.ca){ title="Le site du CECI" }',  # no title typed in the link: nothing replaced
    "![Une photo d’essai](images/t.jpg){ .large }",
    "## Nos cibles {#cibles}",  # an anchor of one's own choosing: the table of contents writes none then
    "Un texte.\n{.encadre .note}",
    "!!! note\n    Un texte.\n    {.encadre}",
])
def test_an_attribute_list_that_adds_what_nothing_wrote_is_kept(tmp_path: Path, typed: str) -> None:
    page, _ = _page(tmp_path, f"Avant.\n\n{typed}\n")
    assert list(page_html_problems(page, engine_markdown().renderer())) == []


@pytest.mark.engine_only
@pytest.mark.parametrize("typed", ['<a href="https://ceci.ca" href="https://evil.example/">Le CECI</a>',
                                   '<span title="Un" class="x" TITLE="Deux">mot</span>'])
def test_an_attribute_typed_twice_in_html_is_refused(tmp_path: Path, typed: str) -> None:
    """A browser keeps the first of two attributes of one name (the sanitiser too): the second, which a reviewer
    reads, would be dropped silently; the same class as an attribute list replacing what the link wrote."""
    page, _ = _page(tmp_path, f"Avant.\n\n{typed}\n")
    problems = list(page_html_problems(page, engine_markdown().renderer()))
    assert [(p.line, p.column) for p in problems] == [(8, typed.lower().index(" href" if "href" in typed else " title") + 2)]
    assert "est écrit deux fois sur" in problems[0].message, problems


@pytest.mark.engine_only
def test_the_checks_own_mark_cannot_be_typed(tmp_path: Path) -> None:
    """The checks mark a replaced attribute with an attribute of their own, its name drawn per process: typed in a
    page, the usual name is an attribute like any other, refused, and marks nothing."""
    page, _ = _page(tmp_path, 'Avant.\n\n[Le CECI](https://ceci.ca){ data-pcv-typed-over="title" }\n')
    problems = list(page_html_problems(page, engine_markdown().renderer()))
    assert len(problems) == 1 and "attribut HTML « data-pcv-typed-over » interdit sur <a>" in problems[0].message
