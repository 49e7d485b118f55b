"""On GitHub, each problem becomes an annotation on its file and line of the pull request, and the job
summary lists them in French (scripts/check_site.py --github, CI's `make check`)."""

from __future__ import annotations

import html
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import cmarkgfm
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest
from programme_facts import FICTIF, typed
from project_edits import edit

from pcv.checks.github import annotations, summary
from pcv.inspection.builds import ROOT, assemble_programme
from pcv.problems import Problem, field_in_words, visible
from pcv.text.formatting import country_name


def check(project: Path, summary: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GITHUB_STEP_SUMMARY": str(summary)}
    return subprocess.run([sys.executable, "scripts/check_site.py", "--github"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.engine_only
def test_each_problem_is_an_annotation_at_its_line_and_a_row_of_the_summary(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")  # a programme broken as staff might
    figure = FICTIF.target("number")
    edit(project / "data/programme.yaml", f"    value: {figure.value}\n", f'    value: "{typed(figure, "fr")} personnes"\n')
    page = FICTIF.page_with_role("themes")
    edit(project / "docs" / "fr" / page, "\ntitle: ", "\ntitre: ")
    summary = tmp_path / "summary.md"
    result = check(project, summary)
    assert result.returncode == 1
    value_line = FICTIF.line_of("data/programme.yaml", f"value: {figure.value}")
    index = FICTIF.data.programme.targets.index(figure)
    nth = f"{index + 1}e" if index else "1re"
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations[0] == (
        f"::error file=data/programme.yaml,line={value_line},col=12,title=À corriger::{nth} cible (targets), champ « Valeur » "
        f"(value) : on attend un nombre entier, on trouve le texte « {typed(figure, 'fr')} personnes ». Écrivez seulement le nombre, en "
        "chiffres, sans espace, séparateur ni unité (ex. 12500 ou 40).")
    assert any(a.startswith(f"::error file=docs/fr/{page},line=") for a in annotations[1:]), annotations
    text = summary.read_text(encoding="utf-8")
    assert text.startswith(f"## Vérification du site : {len(annotations)} problèmes à corriger")
    shown = cmarkgfm.github_flavored_markdown_to_html(text)
    assert f"<td>data/programme.yaml</td>\n<td>{value_line}</td>\n<td>{nth} cible (targets), champ « Valeur » (value) : on attend un nombre" in shown
    assert "Traceback" not in result.stdout + result.stderr
    # The terminal says what stopped: the check, which builds and publishes nothing (PROGRAMME7 F10: the build's
    # words, « La construction est arrêtée… Rien n'a été publié »).
    assert result.stderr.startswith(f"Vérification : {len(annotations)} problèmes à corriger (elle ne construit ni ne "
                                    "publie rien).\n- "), result.stderr
    assert result.stderr.rstrip().endswith("Corrigez, puis relancez la vérification (make check).")
    assert "construction" not in result.stderr.split("\n- ")[0] + result.stderr.rsplit("\n", 1)[1]


def test_a_clean_project_passes_and_says_so(project_copy: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = check(project_copy, summary)
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert "Aucun problème" in summary.read_text(encoding="utf-8")


def _summary_cells(problems: tuple[Problem, ...]) -> list[str]:
    """The summary as GitHub shows it (its own renderer, cmark-gfm): the text of each cell of the table's body."""
    shown = cmarkgfm.github_flavored_markdown_to_html(summary(problems))
    body = shown.split("<tbody>", 1)[1]
    tags = set(re.findall(r"</?([a-z]+)", body))
    assert tags <= {"tbody", "tr", "td", "table"}, (tags, shown)  # no link, image, HTML or formatting of ours
    return [html.unescape(cell).replace("\u2060", "") for cell in re.findall(r"<td>(.*?)</td>", body, re.S)]


HOSTILE = ("<img src=https://evil.example/p.png> [x](https://evil.example/) ![i](https://evil.example/i.png) "
           "https://evil.example/ www.evil.example a@evil.example `code` **gras** | ~~barré~~ &lt;b&gt; <!-- x --> \\")


@pytest.mark.engine_only
def test_what_was_typed_is_shown_in_the_job_summary_never_read_as_markdown_or_html() -> None:
    """Red team 5 M4: a menu title holding HTML and a link was put as is in the job summary."""
    problem = Problem("mkdocs.yml", 12, 3, f"le titre « {HOSTILE} » du menu contient du HTML.", "nav[1]")
    assert _summary_cells((problem,)) == ["mkdocs.yml", "12", f"{field_in_words('nav[1]')} : {problem.message}"]


@pytest.mark.engine_only
@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(min_size=1))
def test_any_text_in_a_problem_shows_as_written_in_the_job_summary(message: str, file: str) -> None:
    assert _summary_cells((Problem(file, 3, None, message),)) == [visible(file).strip(" "), "3", visible(message).strip(" ")]


@pytest.mark.engine_only
def test_an_annotation_is_one_workflow_command_whatever_was_typed() -> None:
    """A line break in a typed value would start a workflow command of its own (::add-mask::, ::stop-commands::)."""
    problem = Problem("docs/fr/a\n::warning::b.md", 2, 1, "« x\r\n::stop-commands::jeton » \u202e")
    lines = annotations((problem,)).splitlines()
    assert len(lines) == 1 and lines[0].startswith("::error file=docs/fr/a\\x0a%3A%3Awarning%3A%3Ab.md,line=2,col=1")
    assert lines[0].endswith("« x\\x0d\\x0a::stop-commands::jeton » \\u202e")


@pytest.mark.engine_only
def test_a_fault_of_ours_during_make_check_is_a_french_problem_not_a_traceback(monkeypatch, capsys) -> None:
    """Red team 8 (high H1): a data slip our checks missed crashed `make check` (CI's first step) with a traceback."""
    spec = importlib.util.spec_from_file_location("check_site", ROOT / "scripts" / "check_site.py")
    check_site = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_site)

    def crash(_root: Path) -> None:
        country_name("ZZ\n", "fr")  # a KeyError inside our own code

    monkeypatch.setattr(check_site, "all_problems", crash)
    assert check_site.main([]) == 1
    errors = capsys.readouterr().err
    assert "pcv/text/formatting.py, ligne " in errors and "erreur inattendue (détail technique : KeyError" in errors
    assert "Ce fichier est du code du site, pas un texte à modifier" in errors and "Traceback" not in errors
