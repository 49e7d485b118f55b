"""`make editor-format` writes the files as the web editor does, once and for all: run again, it changes
nothing; the site still passes `make check`, and each translation keeps its state."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from programme_facts import FICTIF
from test_staff_changes import _commit

from pcv.checks.site import all_problems
from pcv.editor.config import DATA_FORMAT, form_keys
from pcv.inspection.builds import ROOT, assemble_programme, build_site


def _run(project: Path, script: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)}
    return subprocess.run([sys.executable, f"scripts/{script}", *(["report"] if script == "translations.py" else [])],
                          cwd=project, env=env, capture_output=True, text=True, timeout=300)


def test_formatting_as_the_editor_does_is_stable_and_keeps_translations_current(tmp_path: Path) -> None:
    project = tmp_path / "project"  # a clone: each translation's state as the repository's history has it
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(project)], check=True, timeout=120)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    states = _run(project, "translations.py").stdout
    assert _run(project, "editor_format.py").returncode == 0
    assert _run(project, "check_site.py").returncode == 0
    assert _run(project, "translations.py").stdout.split("\n\n")[0] == states.split("\n\n")[0]
    os.environ["GIT_COMMITTER_DATE"] = "2099-01-01T00:00:00Z"  # later than the first commit, to the second
    try:
        _commit(project, "Fichiers écrits comme l'éditeur les écrit")
    finally:
        del os.environ["GIT_COMMITTER_DATE"]
    assert _run(project, "editor_format.py").returncode == 0
    changed = subprocess.run(["git", "status", "--porcelain", "--", "data", "docs"], cwd=project,
                             capture_output=True, text=True, check=True).stdout
    assert changed == "", "a second run changes nothing: the editor would save these files as they are"


@pytest.mark.engine_only
@pytest.mark.parametrize(("name", "after", "comment"), [
    ("data/programme.yaml", "targets:\n", "  # Source : entente de 2021, annexe B (à confirmer avec Marie)\n"),
    (f"docs/fr/{FICTIF.page_with_role('themes')}", "---\n", "# Relu par l'équipe juridique le 3 mars\n"),
])
def test_a_comment_the_editor_would_delete_is_refused_and_nothing_is_written(tmp_path: Path, name: str, after: str,
                                                                            comment: str) -> None:
    """Red team 8 (critical C2): a save in the web editor (make editor-format) deleted the comments staff typed in
    data/ and in a page's front matter, silently. Each is named at its line, by the build and before any write."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    file = project / name
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace(after, after + comment, 1), encoding="utf-8")
    line = text[:text.index(after) + len(after)].count("\n") + 1
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file() and "node_modules" not in path.parts}
    result = _run(project, "editor_format.py")
    assert result.returncode == 1
    assert f"- {name}, ligne {line} : commentaire (« # … ») : l'éditeur web l'effacerait" in result.stderr, result.stderr
    assert before == {path: path.read_bytes() for path in before}
    problems = [str(p) for p in all_problems(project)]
    assert problems and problems[0].startswith(f"{name}, ligne {line} : commentaire"), problems


@pytest.mark.engine_only
def test_a_colour_left_unquoted_is_told_to_be_quoted_and_the_advice_passes(tmp_path: Path) -> None:
    """PROGRAMME12 F2: « colour: #1d4e89 » was told to be a comment to delete, then, deleted, an empty value; the
    message says to quote it, and what it says to write is read."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    file = project / "data" / "programme.yaml"
    text = file.read_text(encoding="utf-8")
    quoted = re.search(r"^ *(colour): (['\"])(#[0-9a-fA-F]+)\2$", text, re.MULTILINE)
    key, colour = quoted.group(1), quoted.group(3)
    file.write_text(text.replace(quoted.group(0), quoted.group(0).replace(quoted.group(2), "")), encoding="utf-8")
    line = text[:quoted.start()].count("\n") + 1
    problems = [str(p) for p in all_problems(project) if p.file == "data/programme.yaml"]
    advice = f"« {key}: \"{colour}\" »"
    assert problems == [f"data/programme.yaml, ligne {line} : « {colour} » après « {key}: » est lu comme un commentaire "
                        "(« # … »), pas comme une valeur : une valeur qui commence par « # » s'écrit entre guillemets. "
                        f"Écrivez {advice}."]
    file.write_text(text.replace(quoted.group(0), quoted.group(0).split(key)[0] + advice[2:-2]), encoding="utf-8")
    assert [str(p) for p in all_problems(project) if p.file == "data/programme.yaml"] == []



@pytest.mark.engine_only
def test_a_tab_typed_between_quotes_stays_readable_once_written_as_the_editor_writes(tmp_path: Path) -> None:
    """Red team 24: « "Deux<tab>mots" », accepted by the build, was written unquoted by make editor-format (yaml 1.x),
    then refused as a tab out of place, at a line the person never touched."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    file = project / "data" / "programme.yaml"
    text = file.read_text(encoding="utf-8")
    label = re.search(r"^( +(?:fr|en): )(\S.*)$", text, re.MULTILINE)
    file.write_text(text.replace(label.group(0), f'{label.group(1)}"Deux\tmots"', 1), encoding="utf-8")
    assert [str(p) for p in all_problems(project) if p.file == "data/programme.yaml"] == []
    assert _run(project, "editor_format.py").returncode == 0
    assert "Deux\tmots" not in file.read_text(encoding="utf-8")  # written as the escape « \t », between quotes
    assert [str(p) for p in all_problems(project) if p.file == "data/programme.yaml"] == []

@pytest.mark.engine_only
def test_a_text_yaml_1_1_reads_as_yes_or_no_survives_the_editor_s_writer(tmp_path: Path) -> None:
    """Red team 11 (M7): a title typed « "Yes" » lost its quotes in the editor (YAML 1.2 needs none), then the build
    refused it as MkDocs' YAML 1.1 boolean, and the next save removed the quotes the message asked for. The build
    gives MkDocs the front matter as the editor reads it: the title shows « Yes », the description « No »."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    page = project / "docs" / "en" / FICTIF.page_with_role("themes")
    text = page.read_text(encoding="utf-8")
    fields = {line.split(":")[0]: line for line in text.split("---\n")[1].splitlines() if not line.startswith(" ")}
    text = text.replace(fields["title"], 'title: "Yes"', 1).replace(fields["description"], 'description: "No"', 1)
    # Its « # » line says the title too (PROGRAMME9 F7), and its text still has the word of its address (« themes »).
    text = re.sub(r"(?m)^# (.*)$", r"# Yes\n\n\1.", text, count=1)
    page.write_text(text, encoding="utf-8")
    assert _run(project, "editor_format.py").returncode == 0
    written = page.read_text(encoding="utf-8")
    assert "\ntitle: Yes\n" in written and "\ndescription: No\n" in written  # as the web editor writes them
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.output
    heads = [path.read_text(encoding="utf-8") for path in (project / "site" / "en").rglob("index.html")]
    assert any("<title>Yes" in head and 'name="description" content="No"' in head for head in heads)


@pytest.mark.parametrize("value", ["2026-02-30", "2026-13-01"])
def test_a_field_yaml_1_1_cannot_read_never_shows_in_the_page(project_copy: Path, value: str) -> None:
    """What MkDocs' YAML 1.1 fails to read (an impossible date) it would leave in the page's text,
    the front matter shown as Markdown; the build reads the front matter by YAML 1.2 as the editor does."""
    page = next(p for p in sorted((project_copy / "docs" / "fr").glob("*.md")) if "\ndescription: " in p.read_text())
    text = page.read_text(encoding="utf-8")
    start = text.index("\ndescription: ") + 1
    end = text.index("\n", start)
    while text[end + 1] == " ":  # the description's next lines
        end = text.index("\n", end + 1)
    page.write_text(text[:start] + f"description: {value}" + text[end:], encoding="utf-8")
    result = build_site(project_copy, project_copy / "site")
    assert result.returncode == 0, result.output
    leaked = [path for path in (project_copy / "site").rglob("*.html") if re.search(r"description\W*:", path.read_text())]
    assert not leaked


@pytest.mark.engine_only
def test_make_editor_format_starts_node_once_per_pass_and_writes_each_file_as_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17 (CI under 15 min): one Node process per file cost ~0.1 CPU s each, 40 to 50 files a run; one process
    for the files, one for the translations kept current. Each file comes out as if written alone, with its own form's
    key order (a data file's, a page's)."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    names = ["data/programme.yaml", "data/countries.yaml", f"docs/fr/{FICTIF.page_with_role('themes')}"]
    alone = tmp_path / "alone"
    for name in names:
        (alone / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(project / name, alone / name)
        subprocess.run(["node", str(ROOT / "scripts" / "editor_format.mjs"), str(DATA_FORMAT), str(alone / name),
                        *form_keys(project, name)], check=True, timeout=60, cwd=tmp_path)
    assert any((alone / name).read_bytes() != (project / name).read_bytes() for name in names), "nothing to write"
    tools, log = tmp_path / "bin", tmp_path / "node-starts"
    tools.mkdir()
    (tools / "node").write_text(f"#!/bin/sh\necho \"$1\" >> '{log}'\nexec '{shutil.which('node')}' \"$@\"\n",
                                encoding="utf-8")
    (tools / "node").chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    result = _run(project, "editor_format.py")
    assert result.returncode == 0, result.stderr
    written = int(re.match(r"(\d+) fichiers écrits", result.stdout).group(1))
    starts = log.read_text(encoding="utf-8").splitlines()
    assert written > 2 and len(starts) <= 2, f"{len(starts)} Node processes for {written} files"
    assert [name for name in names if (project / name).read_bytes() != (alone / name).read_bytes()] == []
