"""`make setup` and `make other-programme` do only what they must (PROGRAMME9 F11): a clone given a copy of another
clone's node_modules ran `npm ci` again, over the network, because its package-lock.json was newer than the stamp;
`make other-programme` wrote its copy of the project to the system's temporary folder."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pcv.inspection.builds import ROOT

pytestmark = pytest.mark.engine_only  # the engine's Makefile and tools only (tests/live_reads.py)


def _make_node_modules(folder: Path) -> bool:
    """Run `make node_modules/.installed` in `folder` with an `npm` that only says it ran; whether it ran."""
    tools = folder / "bin"
    tools.mkdir(exist_ok=True)
    (tools / "npm").write_text(f"#!/bin/sh\necho ran >> '{folder / 'npm-ran'}'\n", encoding="utf-8")
    (tools / "npm").chmod(0o755)
    (folder / "npm-ran").unlink(missing_ok=True)
    env = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["make", "--no-print-directory", "node_modules/.installed"], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return (folder / "npm-ran").exists()


@pytest.mark.skipif(not shutil.which("make"), reason="make is not installed")
def test_node_modules_copied_from_another_clone_is_not_installed_again(tmp_path: Path) -> None:
    for name in ("Makefile", "package-lock.json"):
        shutil.copy2(ROOT / name, tmp_path / name)
    lock = json.loads((tmp_path / "package-lock.json").read_text(encoding="utf-8"))
    installed = {"name": lock["name"], "lockfileVersion": lock["lockfileVersion"], "requires": True,
                 "packages": {key: value for key, value in lock["packages"].items() if key}}  # as npm records it
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / ".package-lock.json").write_text(json.dumps(installed), encoding="utf-8")
    stamp = tmp_path / "node_modules" / ".installed"
    stamp.touch()
    os.utime(stamp, (0, 0))  # older than the lock file, as in a clone given a copied node_modules
    assert not _make_node_modules(tmp_path)
    assert stamp.stat().st_mtime > 0, "the stamp is renewed: make asks no more"
    # The lock asks for another version of a package: installed again.
    first = next(key for key in lock["packages"] if key)
    lock["packages"][first]["version"] = "0.0.0-autre"
    (tmp_path / "package-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    assert _make_node_modules(tmp_path)
    # No record of what is installed (node_modules made by hand, or by an old npm): installed.
    (tmp_path / "node_modules" / ".package-lock.json").unlink()
    os.utime(stamp, (0, 0))
    assert _make_node_modules(tmp_path)


def _other_programme():
    spec = importlib.util.spec_from_file_location("other_programme", ROOT / "tests" / "tools" / "other_programme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("ends", ["with a result", "with an error"])
def test_make_other_programme_works_in_the_project_s_build_folder_and_removes_its_copy(
        monkeypatch: pytest.MonkeyPatch, ends: str) -> None:
    tool, used = _other_programme(), []

    def run(programme: Path, folder: Path, pytest_args: list[str]) -> int:
        used.append(folder)
        assert folder.is_dir() and folder.parent == ROOT / "build", folder
        if ends == "with an error":
            raise KeyboardInterrupt
        return 0

    monkeypatch.setattr(tool, "run", run)
    monkeypatch.setattr("sys.argv", ["other_programme.py"])
    if ends == "with an error":
        with pytest.raises(KeyboardInterrupt):
            tool.main()
    else:
        assert tool.main() == 0
    assert len(used) == 1 and not used[0].exists()
