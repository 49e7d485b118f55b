"""`make build` (scripts/build_site.py), and even a plain `mkdocs build -d`, replace the site folder
only with a complete, successful build (pcv/build/setup_steps.py, hooks/pcv_site.py); a killed build's folders are
cleaned by the next build, and it leaves no build running. These mechanics are the engine's, whatever the content:
they run on the fixture programme (engine_only), `make`'s commands on the project itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from project_edits import place_previous_site, publish, tree_digest

from pcv.inspection.builds import FIXTURES, ROOT, assemble_programme, build_site

PROGRAMME = FIXTURES / "programme-fictif"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The fixture programme with the engine, to build and change."""
    return assemble_programme(PROGRAMME, tmp_path / "project")


@pytest.fixture
def last_site(programme_site: Callable[..., Path]) -> Path:
    """The fixture programme's site, built once for the session: the last publication."""
    return programme_site(PROGRAMME)


@pytest.mark.engine_only
def test_successful_build_replaces_the_previous_site(project: Path, last_site: Path) -> None:
    place_previous_site(project, last_site)
    (project / "site" / "old-page.html").write_text("removed since", encoding="utf-8")
    (project / "site" / ".well-known").mkdir()  # red team 16 F6: hidden, it was kept by every build, unnamed
    (project / "site" / ".well-known" / "page.html").write_text("<script>alert(43)</script>", encoding="utf-8")
    (project / "site" / ".htaccess").write_text("Options +Indexes\n", encoding="utf-8")
    result = publish(project)
    assert result.returncode == 0, result.output
    assert not any((result.site / name).exists() for name in ("old-page.html", ".well-known", ".htaccess"))
    notice = [line for line in result.output.splitlines() if line.startswith(f"Retirés de {result.site}, car cette "
              "construction ne les écrit pas (")]
    assert len(notice) == 1 and notice[0].endswith("(3) : .htaccess, .well-known/page.html, old-page.html. Le dossier "
        "du site ne contient que ce que la construction écrit (un fichier qu'on y met serait publié sans aucune "
        "vérification) : une page se met dans docs/fr/ et docs/en/, une photo dans docs/fr/."), result.output
    assert (result.site / "index.html").is_file() and (result.site / "en" / "index.html").is_file()
    assert result.site.stat().st_mode & 0o755 == 0o755
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []


@pytest.mark.engine_only
def test_a_site_folder_holding_a_git_repository_is_refused_never_emptied(project: Path, last_site: Path) -> None:
    """The new site starts empty: a repository in the site folder (a site published by hand from its own checkout)
    would be erased, so the build refuses, in French, and leaves it as it was."""
    place_previous_site(project, last_site)
    (project / "site" / ".git").mkdir()
    (project / "site" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    before = tree_digest(project / "site")
    result = publish(project)
    assert result.returncode == 1, result.output
    assert "contient un dépôt git (.git) : la construction remplace tout ce dossier" in result.output, result.output
    assert tree_digest(result.site) == before and (result.site / ".git" / "HEAD").is_file()


@pytest.mark.engine_only
def test_failure_after_mkdocs_starts_writing_keeps_the_previous_site(project: Path, last_site: Path) -> None:
    """A --strict warning aborts only once the pages are written: in place, the site would be half-built."""
    hook = project / "hooks" / "pcv_site.py"  # the hook mkdocs.yml lists (its settings are the engine's)
    hook.write_text(hook.read_text(encoding="utf-8") + "\n\ndef _late_warning(*, config):\n"
                    "    logging.getLogger('mkdocs.hooks.late').warning('late warning')\n\n\n"
                    "on_post_build = CombinedEvent(*on_post_build.methods, _late_warning)\n\nimport logging\n",
                    encoding="utf-8")
    before = place_previous_site(project, last_site)

    published = publish(project)
    assert published.returncode == 1 and "late warning" in published.output
    assert f"Échec de la construction : {published.site} n'a pas été modifié." in published.output
    assert tree_digest(published.site) == before

    in_place = build_site(project, project / "site")
    assert in_place.returncode == 1
    assert tree_digest(in_place.site) == before  # mkdocs build would have emptied it before the warning
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []


@pytest.mark.engine_only
def test_folders_left_by_a_killed_build_are_removed_by_the_next(project: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], cwd=project, capture_output=True,
                              text=True)
    killed = project / f".site-new-{int(finished.stdout)}-x1y2"  # its process has ended
    (killed / "en").mkdir(parents=True)
    running = project / f".site-new-{os.getpid()}-z3"  # a build still running (this process)
    running.mkdir()
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.output
    assert not killed.exists() and running.exists()


@pytest.mark.engine_only
@pytest.mark.parametrize("folder", ["data", "docs", "."])
def test_a_site_folder_that_holds_something_else_is_refused_not_emptied(project: Path, folder: str) -> None:
    """`make build`'s --site-dir, or mkdocs build -d, naming data/ (or the project) replaced it by the site."""
    before = tree_digest(project / "data")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "scripts/build_site.py", "--site-dir", folder], cwd=project, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert f"Construction refusée : le dossier « {(project / folder).resolve()} » n'est pas un site construit" \
        in result.stderr, result.stderr
    assert tree_digest(project / "data") == before
    plain = build_site(project, project / "data")
    assert plain.returncode == 1 and "Construction refusée : le dossier" in plain.output, plain.output
    assert tree_digest(project / "data") == before


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux's /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.engine_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc (CI runs on Linux)")
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill", "term"])
def test_a_killed_build_leaves_no_build_running(project: Path, stop: signal.Signals) -> None:
    """A child `mkdocs build` that outlived `make build` would write a whole site after the next build's clean-up."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    parent = subprocess.Popen([sys.executable, "scripts/build_site.py"], cwd=project, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (children := _children(parent.pid)) and parent.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert children, "the build never started mkdocs"
    os.kill(parent.pid, stop)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 1  # at once: the build itself takes longer than that
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, children)), "mkdocs build still runs after make build was stopped"
    if stop == signal.SIGTERM:  # stopped, not killed: it removes its own folder
        assert [p.name for p in project.iterdir() if p.name.startswith(".site-")] == []


def make_commands(target: str) -> str:
    """What `make target` would run from scratch (a dry run that rebuilds everything)."""
    completed = subprocess.run(["make", "--dry-run", "--always-make", target, "PAGE=approche.md"], cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


@pytest.mark.parametrize("target", ["serve", "build", "check", "translations", "translated"])
def test_site_commands_need_python_alone(target: str) -> None:
    commands = make_commands(target)
    assert "pip install" in commands and "npm" not in commands and "node" not in commands, commands


@pytest.mark.parametrize("target", ["test", "bench"])
def test_tests_and_benchmark_install_the_node_tools(target: str) -> None:
    assert "npm ci" in make_commands(target)


@pytest.mark.engine_only
def test_the_build_run_directly_prints_no_theme_banner(project: Path) -> None:
    """Red team 8 (low): run as `python scripts/build_site.py` (not through make), Material printed its English
    end-of-life banner on every build."""
    env = {key: value for key, value in os.environ.items() if key != "NO_MKDOCS_2_WARNING"}
    result = subprocess.run([sys.executable, "scripts/build_site.py"], cwd=project, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "end of life" not in result.stdout + result.stderr


@pytest.mark.engine_only
def test_a_stopped_build_ends_in_french(tmp_path: Path) -> None:
    """PROGRAMME4: a stopped build's French report ended with MkDocs' English « Aborted with a BuildError! »."""
    project = assemble_programme(PROGRAMME, tmp_path / "project")
    page = project / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").rstrip("\n") + "\n\nVoir [rien](#pas-d-ancre).\n", encoding="utf-8")
    line = page.read_text(encoding="utf-8").count("\n")
    result = subprocess.run([sys.executable, "scripts/build_site.py"], cwd=project, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 1
    assert f"docs/fr/index.md, ligne {line}" in result.stderr, result.stderr
    assert "Aborted" not in result.stdout + result.stderr, result.stdout + result.stderr
    assert (result.stdout + result.stderr).rstrip().endswith("n'a pas été modifié.")
