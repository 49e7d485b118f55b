"""The web editor saves to the programme's own repository (`repo_url` of its mkdocs.yml, or PCV_REPO_URL): the
engine names none, so a programme that gives none gets no editor, and the build says in French what to add."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from pcv.build.site_steps import staff_editor
from pcv.editor.admin import publish_for
from pcv.editor.config import NoRepository, editor_settings, preview_port
from pcv.editor.repository import MISSING, github_repository
from pcv.inspection.builds import ENGINE_PARTS, FIXTURES, ROOT, assemble_programme

PROGRAMMES = (ROOT, FIXTURES / "programme-fictif", FIXTURES / "programme-atelier")


def _repo_url(programme: Path) -> str | None:
    return yaml.safe_load((programme / "mkdocs.yml").read_text(encoding="utf-8")).get("repo_url")


def _project(programme: Path, tmp_path: Path, repository: bool = True) -> Path:
    """A project of the engine, Decap (npm ci) and `programme` (without its `repo_url` line unless `repository`)."""
    project = assemble_programme(programme, tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    if not repository:
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        (project / "mkdocs.yml").write_text(f"{config}\n".replace(f"repo_url: {_repo_url(programme)}\n", ""),
                                            encoding="utf-8")
        assert _repo_url(project) is None
    return project


def _config(programme: Path, tmp_path: Path, repository: bool = True) -> MkDocsConfig:
    """The programme's configuration as MkDocs reads it, in a project with the engine and Decap (npm ci)."""
    project = ROOT if programme == ROOT else _project(programme, tmp_path, repository)
    return load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))


def test_the_engine_names_no_repository() -> None:
    """A programme that names none stays without: the engine gives none of its own (it gave the PCV's)."""
    engine = yaml.safe_load((ROOT / "engine.yml").read_text(encoding="utf-8"))
    assert "repo_url" not in engine and "repo_name" not in engine and not engine.get("edit_uri")
    assert "engine.yml" in ENGINE_PARTS


@pytest.mark.parametrize("programme", [p for p in PROGRAMMES if _repo_url(p)], ids=lambda p: p.name)
def test_each_programme_s_editor_saves_to_its_own_repository(programme: Path, tmp_path: Path) -> None:
    admin = publish_for(_config(programme, tmp_path), tmp_path / "site")
    backend = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))["backend"]
    assert backend == {"name": "github", "repo": github_repository(_repo_url(programme)), "branch": "main"}
    published = "\n".join(file.read_text(encoding="utf-8") for file in admin.glob("*.*")
                          if file.suffix in (".yml", ".html", ".json", ".svg"))
    for other in PROGRAMMES:  # (make other-programme: ROOT is a fixture's, the same repository)
        if _repo_url(other) not in (None, _repo_url(programme)):
            assert github_repository(_repo_url(other)) not in published, other.name


def test_the_environment_s_repository_replaces_the_programme_s() -> None:
    """The Pages workflow gives the repository it runs in (PCV_REPO_URL), whatever mkdocs.yml says."""
    settings = editor_settings("https://github.com/fourche/copie", "", {})
    assert (settings.repo, settings.branch) == ("fourche/copie", "main")


def test_a_programme_without_repository_gets_no_editor_and_is_told_what_to_add(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    config = _config(FIXTURES / "programme-atelier", tmp_path, repository=False)
    assert not config.repo_url
    with pytest.raises(NoRepository, match="repo_url"):
        editor_settings(config.repo_url or "", config.edit_uri or "", {})
    run = SimpleNamespace(root=Path(config.config_file_path).parent, data=None)
    monkeypatch.delenv("PCV_EDITOR_REQUIRED", raising=False)
    with caplog.at_level(logging.INFO, logger="mkdocs.pcv.editor"):
        staff_editor(run, config)
    assert [r.getMessage() for r in caplog.records] == [f"Éditeur web (/admin/) non publié : {MISSING}"]
    assert not (tmp_path / "site" / "admin").exists()
    monkeypatch.setenv("PCV_EDITOR_REQUIRED", "1")  # the Pages workflow: an editor is required
    with pytest.raises(PluginError, match="Éditeur web : mkdocs.yml ne donne pas le dépôt GitHub du programme"):
        staff_editor(run, config)
    assert "« repo_url: https://github.com/compte/depot »" in MISSING and "PCV_REPO_URL" in MISSING


def test_make_editor_without_repository_says_what_to_add_and_starts_nothing(tmp_path: Path) -> None:
    """`make editor` (scripts/editor.py) in a programme that names no repository: the French message, not an editor
    that cannot save (and no decap-server, no preview started)."""
    project = _project(FIXTURES / "programme-atelier", tmp_path, repository=False)
    environ = {key: value for key, value in os.environ.items() if key != "PCV_REPO_URL"}
    result = subprocess.run([sys.executable, str(project / "scripts" / "editor.py")], cwd=project, env=environ,
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr.strip()) == (1, f"Éditeur web : {MISSING}"), result
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize(("typed", "expected"), [(None, 8000), ("8123", 8123)])
def test_the_preview_s_port_is_pcv_preview_port_or_8000(typed: str | None, expected: int) -> None:
    """STAFF10: make editor's preview (and /admin/) was fixed at 8000; PCV_PREVIEW_PORT gives another."""
    assert preview_port({} if typed is None else {"PCV_PREVIEW_PORT": typed}) == expected


def test_make_editor_with_a_preview_port_that_is_no_port_says_so_in_french(tmp_path: Path) -> None:
    """scripts/editor.py reads PCV_PREVIEW_PORT: a value that is no port is said, in French, and nothing starts."""
    project = _project(FIXTURES / "programme-atelier", tmp_path)
    result = subprocess.run([sys.executable, str(project / "scripts" / "editor.py")], cwd=project,
                            env={**os.environ, "PCV_PREVIEW_PORT": "huit-mille"}, capture_output=True, text=True,
                            timeout=60)
    assert (result.returncode, result.stderr.strip()) == (1, "Éditeur web : PCV_PREVIEW_PORT vaut « huit-mille » : on "
                                                             "attend un numéro de port (ex. 8001)."), result
