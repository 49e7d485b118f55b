"""The data's figures are filled by Markdown, in a page's text only, and the checks read the page as the build does
(red team 17 F2: `{{ … }}` was replaced before Markdown, inside code spans and code blocks too, silently changing
what a guide page showed; the checks read the page before its placeholders were filled, the build after).

Every place a placeholder can be written is tried: the text (paragraph, emphasis, heading, its anchor, link words,
admonition title, attribute list) shows the figure; code (span, indented, fenced) shows what was typed; raw HTML, a
link's address or title and an image's description, which Markdown does not read, are refused at the line; every
front-matter key either shows a kept number or refuses the placeholder at its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import engine_markdown

from pcv.checks.page_figures import figure_left_problems
from pcv.checks.page_set import template_problems
from pcv.checks.page_text import SHOWN_FIELDS, text_problems
from pcv.inspection.builds import assemble_programme, build_site
from pcv.pages.figures import as_written, figure_texts
from pcv.pages.front_matter import FIELDS, KINDS, front_matter_problems
from pcv.pages.markdown import read_page, read_pages

pytestmark = pytest.mark.engine_only  # builds a fixture programme; reads engine.yml only

PAGE = "aspirations.md"  # a page with no role, in both languages
END = str(FICTIF.data.programme.period.end)
TARGET = f"targets.{FICTIF.data.programme.targets[0].id}"
FIGURES = {lang: figure_texts(FICTIF.data, lang) for lang in ("fr", "en")}


GUIDE = f"""Guide : `{{{{ {TARGET} }}}}` affiche un chiffre, `{{{{ "2030" }}}}` garde un nombre.

    exemple {{{{ period.end }}}} dans un bloc de code

```
{{{{ period }}}} dans un bloc délimité
```

Texte : {{{{ {TARGET} }}}} ; *{{{{ period.end }}}}* ; [jusqu'en {{{{ period.end }}}}](programme.md) ; \\{{{{ period.end }}}}.

!!! note "Titre {{{{ period.end }}}}"
    Corps {{{{ period.end }}}}.

## Horizon {{{{ period.end }}}}
"""


def test_figures_show_in_the_text_and_code_shows_what_was_typed(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    page = project / "docs" / "fr" / PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\n" + GUIDE, encoding="utf-8")
    # the heading's anchor is made from the figure, as the checks read it: a link to it is no broken link
    other = project / "docs" / "fr" / FICTIF.page_with_role("programme")
    other.write_text(other.read_text(encoding="utf-8") + f"\n[L'horizon]({PAGE}#horizon-{END})\n", encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    html = (result.site / PAGE.removesuffix(".md") / "index.html").read_text(encoding="utf-8")  # no slug: its name
    assert f"<code>{{{{ {TARGET} }}}}</code>" in html and "<code>{{ \"2030\" }}</code>" in html
    assert "exemple {{ period.end }} dans un bloc de code" in html
    assert "{{ period }} dans un bloc délimité" in html
    shown = FIGURES["fr"][TARGET].replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    assert shown in html.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    for written in (f"<em>{END}</em>", f"jusqu'en {END}</a>", f"Titre {END}</p>", f"Corps {END}.",
                    f'id="horizon-{END}"', f"{{{{ period.end }}}}."):
        assert written in html, written


@pytest.mark.parametrize(("typed", "placeholder"), [
    (f'<span title="{{{{ period.end }}}}">Horizon</span>', "{{ period.end }}"),
    (f"<div>\nEn {{{{ {TARGET} }}}}\n</div>", f"{{{{ {TARGET} }}}}"),
    ("[Le programme](programme.md#{{ period.end }})", "{{ period.end }}"),
    ('[Le programme](programme.md "En {{ period.end }}")', "{{ period.end }}"),
    ('![Une photo en {{ "2030" }}](images/photo.jpg)', '{{ "2030" }}'),
])
def test_a_figure_where_markdown_reads_no_text_is_refused_at_its_line(tmp_path: Path, typed: str,
                                                                      placeholder: str) -> None:
    (tmp_path / PAGE).write_text(f"---\ntitle: A\n---\n\nAvant.\n\n{typed}\n", encoding="utf-8")
    page, _ = read_page(tmp_path / PAGE, "fr", PAGE)
    problems = list(figure_left_problems(page, engine_markdown(), FIGURES["fr"]))
    line = next(n for n, text in enumerate(page.text.split("\n"), 1) if placeholder in text)
    column = page.text.split("\n")[line - 1].index(placeholder) + 1
    assert [(p.line, p.column) for p in problems] == [(line, column)], problems
    assert problems[0].message.startswith(f"« {placeholder} » est écrit là où le site ne remplace pas les chiffres")


def test_a_figure_in_the_text_code_or_escaped_is_accepted(tmp_path: Path) -> None:
    (tmp_path / PAGE).write_text(f"---\ntitle: A\n---\n\n{GUIDE}", encoding="utf-8")
    page, _ = read_page(tmp_path / PAGE, "fr", PAGE)
    assert list(figure_left_problems(page, engine_markdown(), FIGURES["fr"])) == []


@pytest.mark.parametrize("key", sorted(set(FIELDS)))
@pytest.mark.parametrize("placeholder", ["{{ period.end }}", '{{ "2030" }}'])
def test_a_placeholder_in_any_front_matter_key_is_shown_as_a_number_or_refused_at_its_line(
        tmp_path: Path, key: str, placeholder: str) -> None:
    """Every key of the front matter: a figure's placeholder is refused at its line; a number kept as written is
    shown (title, description: as_written) or refused by the key's own form, never published with its braces."""
    value = f"\n  - '{placeholder}'" if FIELDS[key].type is list else f" '{placeholder}'"
    fields = "".join(f"{name}: {'A' if name == 'title' else 'Un résumé.'}\n" for name in ("title", "description")
                     if name != key)
    name = next(path for kind, path in (("page", PAGE), ("country", PAGE), ("home", "index.md")) if key in KINDS[kind])
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / name).write_text(f"---\n{fields}{key}:{value}\n---\n\nTexte.\n", encoding="utf-8")
    page = read_pages(tmp_path)[0][("fr", name)]
    pages = {("fr", name): page}
    problems = [*front_matter_problems(page), *text_problems(page, FICTIF.data, tmp_path, []),
                *template_problems(pages, {"aspirations.html"}, ["aspirations.html"], FICTIF.data)]
    line = 2 + fields.count("\n")  # the key's line (a list's items are said there)
    if key in SHOWN_FIELDS and placeholder.startswith('{{ "'):
        assert problems == [] and as_written(page.meta[key]) == "2030", problems
    else:
        assert [p.line for p in problems] == [line], (key, [str(p) for p in problems])
