"""Every page shows its title as its one h1, whether its text starts with `# Titre` or not (the web editor asks
for none); a second `# ` line or a skipped heading level is refused in French at its line (pcv/pages/headings.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pcv.inspection.builds import FIXTURES, assemble_programme, build_site
from pcv.pages.addresses import page_address
from pcv.pages.headings import heading_problems, with_title_heading
from pcv.pages.markdown import MarkdownPage, read_pages

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

PROGRAMME = FIXTURES / "programme-fictif"
PAGES = read_pages(PROGRAMME / "docs")[0]
COUNTRY = next(path for (lang, path), page in PAGES.items() if page.meta.get("country"))
PLAIN = next(path for (lang, path), page in sorted(PAGES.items())
             if lang == "fr" and path != "index.md" and not page.meta.get("country") and not page.meta.get("role"))


def _page(body: str, path: str = "a.md") -> MarkdownPage:
    text = f"---\ntitle: Titre\n---\n\n{body}"
    return MarkdownPage("fr", path, text, {"title": "Titre"}, 4, body)


def _h1s(site: Path, lang: str, path: str) -> list[str]:
    prefix = "" if lang == "fr" else f"{lang}/"
    html = (site / prefix / page_address(PAGES, lang, path) / "index.html").read_text(encoding="utf-8")
    article = html[html.index("<article"):html.index("</article>")]
    return [re.sub(r"<[^>]+>", "", h1) for h1 in re.findall(r"<h1[^>]*>(.*?)</h1>", article, re.S)]


@pytest.fixture(scope="module")
def without_title_lines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The programme with the `# Titre` line taken out of a country page and of a plain page, in both languages."""
    workspace = tmp_path_factory.mktemp("headings")
    project = assemble_programme(PROGRAMME, workspace / "project")
    for lang in ("fr", "en"):
        for path in (COUNTRY, PLAIN):
            file = project / "docs" / lang / path
            file.write_text(re.sub(r"(?m)^# .*\n\n?", "", file.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    result = build_site(project, workspace / "site")
    assert result.returncode == 0, result.output
    return result.site


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", [COUNTRY, PLAIN])
def test_a_page_without_its_title_line_is_headed_by_its_title(without_title_lines: Path, path: str, lang: str) -> None:
    assert _h1s(without_title_lines, lang, path) == [PAGES[(lang, path)].meta["title"]]


def test_the_title_is_written_as_text_not_markup() -> None:
    assert with_title_heading("Texte.\n", "Un *atelier* [1] #2") == "# Un \\*atelier\\* \\[1\\] \\#2\n\nTexte.\n"
    assert with_title_heading("Titre\n=====\n\nTexte.\n", "Autre") == "Titre\n=====\n\nTexte.\n"
    assert with_title_heading("```\n# code\n```\n", "T").startswith("# T\n\n")


@pytest.mark.parametrize(("body", "path", "expected"), [
    ("# Titre\n\n## A\n\n### B\n\n## C\n", "a.md", []),
    ("## A\n\nTexte.\n", "a.md", []),  # the title heads it
    ("# Titre\n\n### B\n", "a.md", [(7, "intertitre de niveau 3 (« ### ») juste après un titre de niveau 1")]),
    ("# Titre\n\nTexte.\n\n# Autre\n", "a.md", [(9, "la page a déjà son titre (ligne 5) : un intertitre commence")]),
    ("# Bienvenue\n", "index.md", [(5, "la page a déjà son titre, celui de l'accueil, tiré des données")]),
    ("Titre\n=====\n\n### B\n", "a.md", [(8, "intertitre de niveau 3")]),
    # PROGRAMME9 F7: the menu and the tab said the title, the page another heading, and nothing was reported.
    ("# Nos partenaires\n\nTexte.\n", "a.md", [(5, "le titre « Nos partenaires » de cette ligne n'est pas celui "
                                                   "de l'en-tête (title: « Titre », ligne 2) : le menu et l'onglet")]),
    ("Bienvenue\n=========\n", "a.md", [(5, "le titre « Bienvenue » de cette ligne n'est pas celui de l'en-tête")]),
    ("# *titre* { #debut }\n\n# Autre\n", "a.md", [(7, "la page a déjà son titre (ligne 5)")]),  # the same words
    # PROGRAMME5 F10: « ## » with nothing after it was published as an empty <h2>.
    ("# Titre\n\n## \n\nTexte.\n\n### ##\n", "a.md", [(7, "intertitre vide"), (11, "intertitre vide")]),
])
def test_heading_slips_are_named_at_their_line(body: str, path: str, expected: list[tuple[int, str]]) -> None:
    found = [(p.line, p.message) for p in heading_problems(_page(body, path))]
    assert [line for line, _ in found] == [line for line, _ in expected]
    assert all(message.startswith(start) for (_, message), (_, start) in zip(found, expected)), found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_line_that_says_another_title_than_the_header_is_named_at_both_lines(lang: str) -> None:
    """PROGRAMME9 F7: « title: Nos alliés » over « # Nos partenaires » built silently."""
    page = PAGES[(lang, PLAIN)]
    assert not list(heading_problems(page))
    number = next(n for n, line in page.lines() if line.startswith("# "))
    title = next(n for n, line in page.lines() if line.startswith("title:"))
    changed = page.text.split("\n")
    changed[number - 1] = "# Un autre titre"
    edited = MarkdownPage(lang, PLAIN, "\n".join(changed), page.meta, page.front_matter_lines,
                          "\n".join(changed[page.front_matter_lines:]))
    (problem,) = heading_problems(edited)
    assert (problem.file, problem.line) == (f"docs/{lang}/{PLAIN}", number), problem
    assert f"« Un autre titre » de cette ligne n'est pas celui de l'en-tête (title: « {page.title} », ligne {title})" \
        in problem.message, problem.message


@pytest.mark.parametrize(("typed", "tag"), [
    ("<h1>Autre chose</h1>", "h1"),  # red team 20 M5: a second title, past the « # » line's checks
    ("<div>\n<h3>Sous-partie</h3>\n</div>", "h3"),  # inside an HTML block
])
def test_a_heading_typed_in_html_is_refused_at_its_line(tmp_path: Path, typed: str, tag: str) -> None:
    """The checks of titles and headings (one title, the header's; no level skipped) read the Markdown's headings; a
    heading typed in HTML passed them all (two <h1> on the page): it is refused at its line, with the Markdown to
    write; the page's Markdown headings are not."""
    from pcv.checks.page_html import page_html_problems
    from pcv.pages.markdown import read_page
    from project_edits import engine_markdown
    page_file = tmp_path / "aspirations.md"
    page_file.write_text(f"---\ntitle: A\n---\n\n# A\n\n## B\n\n{typed}\n\n### C\n", encoding="utf-8")
    page, _ = read_page(page_file, "fr", "aspirations.md")
    problems = list(page_html_problems(page, engine_markdown().renderer()))
    line = 9 + typed[:typed.index(f"<{tag}")].count("\n")
    assert [(p.line, p.message.split(" : ")[0]) for p in problems] == [(line, f"titre écrit en HTML (<{tag}>)")]
    assert "Écrivez-le en Markdown : « ## Intertitre »" in problems[0].message
