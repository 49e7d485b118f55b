"""Run the tests with another programme in place of the PCV: a test that fails there is bound to the PCV.

Copies the project (its files under version control, as they are now) to a folder, replaces its programme
(mkdocs.yml, data/ but the engine's world map, docs/) by a fixture programme's, commits it in a new git
repository (the engine's commit, then the programme's), and runs the tests there without a browser:

    .venv/bin/python tests/tools/other_programme.py [--programme tests/fixtures/programme-atelier] [pytest args]

(`make other-programme`). Every test should pass: the engine's tests read their expectations from the data
they build. tests/test_staff_changes.py is left out (it reruns the whole suite). The copy is made under the
project's build/ folder (ignored by git), not in the system's temporary folder, and removed at the end, however the
run ends (PROGRAMME9 F11); --keep names a folder to keep it in.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME_PARTS = ("mkdocs.yml", "data", "docs")
KEPT = ("data/geo",)  # the engine's, though under data/
LINKED = (".venv", "node_modules")  # installed by `make setup`, shared with the project


def project_files() -> list[str]:
    """The project's files as they are now: tracked (with their changes) and new ones not ignored."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def swapped_copy(programme: Path, destination: Path) -> Path:
    """The project in `destination`, with `programme`'s own parts in place of the PCV's, committed."""
    for name in project_files():
        if name.split("/")[0] in PROGRAMME_PARTS and not name.startswith(KEPT):
            continue
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, destination / name)
    for part in PROGRAMME_PARTS:
        source = programme / part
        if source.is_dir():
            shutil.copytree(source, destination / part, dirs_exist_ok=True)
        else:
            shutil.copy2(source, destination / part)
    for name in LINKED:
        (destination / name).symlink_to(ROOT / name)
    # Two commits, the engine's then the programme's: one alone dates nothing (as a shallow clone, pcv.pages.history).
    git = ["git", "-c", "user.name=Programme", "-c", "user.email=programme@example.org"]
    subprocess.run(git + ["init", "-q", "-b", "main"], cwd=destination, check=True)
    # The links are files to git (.gitignore's "node_modules/" names folders): kept out of the commits, as a clone has none.
    exclude = destination / ".git" / "info" / "exclude"
    exclude.parent.mkdir(exist_ok=True)
    exclude.write_text("".join(f"/{name}\n" for name in LINKED))
    for command in (["add", "-A", "--", ".", *(f":!{part}" for part in PROGRAMME_PARTS)],
                    ["commit", "-q", "-m", "The engine"], ["add", "-A"], ["commit", "-q", "-m", "Another programme"]):
        subprocess.run(git + command, cwd=destination, check=True)
    return destination


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--programme", type=Path, default=ROOT / "tests" / "fixtures" / "programme-atelier")
    parser.add_argument("--keep", type=Path, help="build the copy in this new folder and keep it")
    options, pytest_args = parser.parse_known_args()
    if options.keep:
        return run(options.programme, options.keep, pytest_args)
    (ROOT / "build").mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="other-programme-", dir=ROOT / "build"))
    try:
        return run(options.programme, folder, pytest_args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(programme: Path, folder: Path, pytest_args: list[str]) -> int:
    """The tests, in a copy of the project in `folder` with `programme` in place of its own; their exit code."""
    project = swapped_copy(programme.resolve(), folder)
    # The copy's pcv/ before the project's (installed in .venv as an editable package).
    env = {**os.environ, "PYTHONPATH": str(project), "NO_MKDOCS_2_WARNING": "1"}
    if not env.get("PCV_REPO_URL") and "\nrepo_url:" not in "\n" + (project / "mkdocs.yml").read_text(encoding="utf-8"):
        # No repository of its own (allowed: no editor then): the tests of the editor get one, as GitHub's build gives
        env["PCV_REPO_URL"] = "https://github.com/exemple/autre-programme"
    found = subprocess.run([sys.executable, "-c", "import pcv; print(pcv.__file__)"], cwd=project, env=env,
                           check=True, capture_output=True, text=True).stdout.strip()
    assert Path(found).is_relative_to(project), f"pcv imported from {found}, not from the copy"
    command = [sys.executable, "-m", "pytest", "-m", "not browser", "-p", "no:cacheprovider",
               "--ignore=tests/test_staff_changes.py", *(pytest_args or ["-q", "-n", "auto", "--dist", "loadfile"])]
    print(f"{programme.name} in place of the project's programme, in {project}", flush=True)
    return subprocess.run(command, cwd=project, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
