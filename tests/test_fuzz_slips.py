"""The explainers tested against the errors they explain: the slips people make (pcv/inspection/slips.py),
applied by Hypothesis to every data file, every page and mkdocs.yml of a copy of the project.

Each edited copy must either build with the same number of pages, or be refused by a French message
that names the edited file (at its line when the slip broke the YAML), never a traceback, never our own
code blamed, with the last good site intact. The check (`make check`'s entry point) runs for every slip;
the publishing build (`make build`'s) runs for slips the check accepts, at most PCV_FUZZ_BUILDS of them.
CI runs PCV_FUZZ_EXAMPLES slips (small by default); `make fuzz` many more. A failure found is kept in
`FOUND` below, run every time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from project_edits import place_previous_site, publish, reported_problems, tree_digest

from pcv.checks.site import all_problems
from pcv.inspection.builds import ROOT, copy_project
from pcv.inspection.slips import CHARACTERS, KINDS, Slip, apply
from pcv.pages.markdown import FRONT_MATTER

EXAMPLES = int(os.environ.get("PCV_FUZZ_EXAMPLES", "30"))
BUILDS = int(os.environ.get("PCV_FUZZ_BUILDS", "2"))
TARGETS = sorted(["mkdocs.yml", *(p.relative_to(ROOT).as_posix() for p in (ROOT / "data").glob("*.yaml")),
                  *(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*.md"))])
OUR_CODE = ("pcv/", "hooks/", "overrides/", "scripts/", "material/", ".venv/")
SLIPS = st.builds(Slip, kind=st.sampled_from(KINDS), at=st.floats(0, 1, exclude_max=True),
                  char=st.sampled_from(CHARACTERS), amount=st.integers(1, 3))

def _cut_before(target: str, key: str) -> float:
    """Where a file cut short loses `key` and what follows (the start of the file if it has no such key)."""
    text = (ROOT / target).read_text(encoding="utf-8") if (ROOT / target).exists() else ""
    return max(text.find(f"\n{key}:"), 0) / max(len(text), 1)


# Slips the fuzzer found that once failed: (file, slip, file pasted from), in the files the programme has.
FOUND = [found for found in [
    # The calls to action cut off: the page of one of them was blamed for its role alone (staff play-test 4).
    ("data/programme.yaml", Slip("cut_short", _cut_before("data/programme.yaml", "calls_to_action")), ""),
    ("data/partners.yaml", Slip("cut_short", 0.999, "["), ""),
    ("data/strings.yaml", Slip("insert_char", 0.999, "["), ""),
    ("mkdocs.yml", Slip("cut_short", 0.5), ""),
    ("mkdocs.yml", Slip("delete_line", 0.421875), ""),  # a language's name: MkDocs' Abort escaped the check
] if (ROOT / found[0]).exists()]


@pytest.fixture(scope="module")
def fuzz_project(tmp_path_factory: pytest.TempPathFactory, built_site: Path) -> Iterator[dict]:
    project = copy_project(tmp_path_factory.mktemp("fuzz") / "project")
    digest = place_previous_site(project, built_site)
    state = {"project": project, "digest": digest, "pages": _pages(project / "site"), "builds": 0, "tried": 0}
    yield state
    print(f"\nFuzzer: {state['tried']} edits tried, {state['builds']} of them built in full.")


def _pages(site: Path) -> int:
    """The site's pages (the editor's is published only where Decap CMS is installed, as in the real project)."""
    return sum(1 for page in site.rglob("*.html") if page.relative_to(site).parts[0] != "admin")


def _breaks_yaml(target: str, text: str) -> bool:
    """The edited text is no longer YAML (for a page: its front matter, when it has one)."""
    if target.endswith(".md"):
        match = FRONT_MATTER.match(text)
        text = match.group(1) if match else ""
    try:
        yaml.safe_load(text)
    except yaml.YAMLError:
        return True
    return False


def _assert_named(messages: list[tuple[str, int | None, str]], target: str, syntax: bool, output: str) -> None:
    """Some message names `target` (at a line for a syntax slip); none blames our code or is a traceback."""
    assert "Traceback" not in output and "erreur inattendue" not in output, output
    assert not [m for m in messages if m[0].startswith(OUR_CODE)], output
    assert any(file == target or target in message for file, _, message in messages), output
    if syntax:
        assert any(file == target and line for file, line, _ in messages), output


def check_slip(state: dict, target: str, slip: Slip, paste_from: str) -> None:
    project: Path = state["project"]
    original = (ROOT / target).read_text(encoding="utf-8")
    edited = apply(slip, original, (ROOT / paste_from).read_text(encoding="utf-8") if paste_from else "")
    if edited == original:
        return
    state["tried"] += 1
    path = project / target
    try:
        path.write_text(edited, encoding="utf-8")
        problems = all_problems(project)
        messages = [(p.file, p.line, p.message) for p in problems]
        if problems:
            _assert_named(messages, target, _breaks_yaml(target, edited), "\n".join(map(str, problems)))
            return
        if state["builds"] >= BUILDS:
            return
        state["builds"] += 1
        result = publish(project)
        assert "Traceback" not in result.output and "erreur inattendue" not in result.output, result.output
        if result.returncode == 0:
            assert _pages(result.site) == state["pages"], result.output
            state["digest"] = tree_digest(result.site)
            return
        assert tree_digest(result.site) == state["digest"], "the last good site was changed"
        found = [(re.split(r"[,:] ", line, maxsplit=1)[0], None, line) for line in reported_problems(result.output)]
        _assert_named(found, target, False, result.output)
    finally:
        path.write_text(original, encoding="utf-8")


@pytest.mark.parametrize(("target", "slip", "paste_from"), FOUND, ids=[f"{t}-{s.kind}" for t, s, _ in FOUND])
def test_slips_found_before_are_explained(fuzz_project: dict, target: str, slip: Slip, paste_from: str) -> None:
    check_slip(fuzz_project, target, slip, paste_from)


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(target=st.sampled_from(TARGETS), slip=SLIPS, paste_from=st.sampled_from(TARGETS))
def test_every_slip_is_built_or_explained(fuzz_project: dict, target: str, slip: Slip, paste_from: str) -> None:
    check_slip(fuzz_project, target, slip, paste_from)
