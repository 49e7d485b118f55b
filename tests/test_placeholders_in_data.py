"""A page's placeholder typed in the data or in mkdocs.yml is said at its line (red team 17 F9: `{{ organisation }}`
in data/strings.yaml was published « { organisation } » on both home pages, since « {{ » and « }} » show one brace
each in an interface text; in any other data file a text is shown as typed, braces and all; mkdocs.yml refuses
braces in the texts every page repeats)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import edit

from pcv.checks.config_file import config_problems
from pcv.data.loading import DataProblems, load_site_data
from pcv.inspection.builds import assemble_programme

pytestmark = pytest.mark.engine_only  # reads a fixture programme

TAGLINE = FICTIF.data.programme.tagline.fr


def _messages(tmp_path: Path, change) -> list[str]:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    change(project / "data")
    with pytest.raises(DataProblems) as raised:
        load_site_data(project / "data")
    return [str(problem) for problem in raised.value.problems]


@pytest.mark.parametrize(("typed", "shown", "advice"), [
    ("{{ organisation }}", "{ organisation }", "comme {organisation}"),  # c44
    ("{{programme}}", "{programme}", "comme {programme}"),
    ("{{ targets.people }}", "{ targets.people }", "ne s'écrit que dans les pages"),
])
def test_a_page_placeholder_in_an_interface_text_is_said_at_its_line(tmp_path: Path, typed: str, shown: str,
                                                                      advice: str) -> None:
    def change(data: Path) -> None:
        (data / "strings.yaml").write_text(f"home.themes.title:\n  fr: Nos thèmes {typed}\n  en: Our themes {typed}\n",
                                           encoding="utf-8")
    said = [m for m in _messages(tmp_path, change) if f"« {typed} » s'afficherait « {shown} »" in m]
    assert [m.split(" : ", 1)[0].split(",")[:2] for m in said] == [["data/strings.yaml", " ligne 2"],
                                                                    ["data/strings.yaml", " ligne 3"]], said
    assert advice in said[0]


def test_literal_braces_around_a_placeholder_are_accepted(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    (project / "data" / "strings.yaml").write_text(
        "home.themes.title:\n  fr: Nos thèmes {{{programme}}}\n  en: Our themes {{{programme}}}\n", encoding="utf-8")
    load_site_data(project / "data")


def test_a_page_placeholder_in_another_data_file_is_said_at_its_line(tmp_path: Path) -> None:
    messages = _messages(tmp_path, lambda data: edit(data / "programme.yaml", f"fr: {TAGLINE}",
                                                     f"fr: {TAGLINE} {{{{ targets.people }}}}"))
    line = FICTIF.line_of("data/programme.yaml", f"fr: {TAGLINE}")
    assert len(messages) == 1 and messages[0].startswith(f"data/programme.yaml, ligne {line}, "), messages
    assert "« {{ targets.people }} » s'afficherait tel quel, accolades comprises" in messages[0]


@pytest.mark.parametrize(("line_start", "typed"), [("site_name: ", " {{ period.end }}"),
                                                   ("  - Où nous travaillons", ' {{ "2030" }}')])
def test_a_placeholder_in_mkdocs_yml_is_refused_at_its_line(tmp_path: Path, line_start: str, typed: str) -> None:
    """The last place a person types a text the site shows: the site's names and the menu's titles."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    config = project / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith(line_start))
    lines[number - 1] = lines[number - 1].rstrip(":") + typed + (":" if lines[number - 1].endswith(":") else "")
    config.write_text("\n".join(lines), encoding="utf-8")
    problems = [str(p) for p in config_problems(project)]
    assert len(problems) == 1 and problems[0].startswith(f"mkdocs.yml, ligne {number}, "), problems
    assert "« { » n'est pas permis" in problems[0]
