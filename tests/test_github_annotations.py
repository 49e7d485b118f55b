"""On GitHub, each problem becomes an annotation on its file and line of the pull request, and the job
summary lists them in French (scripts/check_site.py --github, CI's `make check`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from live_data import DATA, target, typed
from project_edits import edit, line_of


def check(project: Path, summary: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GITHUB_STEP_SUMMARY": str(summary)}
    return subprocess.run([sys.executable, "scripts/check_site.py", "--github"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=120)


def test_each_problem_is_an_annotation_at_its_line_and_a_row_of_the_summary(project_copy: Path,
                                                                           tmp_path: Path) -> None:
    figure = target("number")
    edit(project_copy / "data/programme.yaml", f"    value: {figure.value}\n", f'    value: "{typed(figure, "fr")} personnes"\n')
    edit(project_copy / "docs/fr/approche.md", "title: ", "titre: ")
    summary = tmp_path / "summary.md"
    result = check(project_copy, summary)
    assert result.returncode == 1
    value_line = line_of("data/programme.yaml", f"value: {figure.value}")
    nth = f"{DATA.programme.targets.index(figure) + 1}e" if DATA.programme.targets.index(figure) else "1re"
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations[0] == (
        f"::error file=data/programme.yaml,line={value_line},col=12,title=À corriger::{nth} cible (targets), champ "
        f"value : on attend un nombre entier, on trouve le texte « {typed(figure, 'fr')} personnes ». Écrivez seulement le nombre, en "
        "chiffres, sans espace, séparateur ni unité (ex. 15000 ou 75).")
    assert any(a.startswith("::error file=docs/fr/approche.md,line=") for a in annotations[1:]), annotations
    text = summary.read_text(encoding="utf-8")
    assert text.startswith(f"## Vérification du site : {len(annotations)} problèmes à corriger")
    assert f"| `data/programme.yaml` | {value_line} | {nth} cible (targets), champ value : on attend un nombre" in text
    assert "Traceback" not in result.stdout + result.stderr


def test_a_clean_project_passes_and_says_so(project_copy: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = check(project_copy, summary)
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert "Aucun problème" in summary.read_text(encoding="utf-8")
