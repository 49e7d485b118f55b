"""Building the project as staff and CI do: the real one, or a copy to change without touching it."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from pcv.inspection.in_process import run_mkdocs

ROOT = Path(__file__).resolve().parents[2]  # the project: pcv/ lives at its root
PROJECT_PARTS = ("mkdocs.yml", "engine.yml", "docs", "data", "overrides", "hooks", "schemas", "scripts")
# What a programme writes: its settings and menu, its facts, its pages. The rest of the project is the engine's.
PROGRAMME_PARTS = ("mkdocs.yml", "data", "docs")
ENGINE_PARTS = tuple(part for part in PROJECT_PARTS if part not in PROGRAMME_PARTS) + ("data/geo",)  # the world map
FIXTURES = ROOT / "tests" / "fixtures"
SITE_URL = "https://pcv.example.org/"


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path


def build_command(site: Path, tool: str = "mkdocs", **env_vars: str) -> tuple[list[str], dict[str, str]]:
    """Command and environment of `mkdocs build --strict` (or `properdocs`, its fork) into `site`
    (`env_vars` add to or override the environment, e.g. PCV_SITE_URL or PCV_REPO_URL)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PCV_SITE_URL": SITE_URL, **env_vars}
    # ProperDocs looks for properdocs.yml first; ours is mkdocs.yml, which both read.
    return [sys.executable, "-m", tool, "build", "--strict", "--config-file", "mkdocs.yml", "--site-dir", str(site)], env


def build_site(project: Path, site: Path, **env_vars: str) -> BuildResult:
    """Run `mkdocs build --strict` on `project` into `site`, as a staff member would (in this process:
    the same command line, without a new process's imports)."""
    command, env = build_command(site, **env_vars)
    returncode, output = run_mkdocs(project, command[3:], env)
    return BuildResult(returncode, output, site)


def copy_project(destination: Path) -> Path:
    """A copy of the project's sources in `destination`, to change without touching the real one."""
    destination.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / part)
    return destination


def assemble_programme(programme: Path, destination: Path) -> Path:
    """A project in `destination` made of the engine's parts and the programme folder `programme`'s own
    (its mkdocs.yml, data/ and docs/, as `PROGRAMME_PARTS`): how a second programme builds with this engine."""
    destination.mkdir(parents=True)
    for part in PROGRAMME_PARTS:
        source = programme / part
        if source.is_dir():
            shutil.copytree(source, destination / part)
        elif source.exists():
            shutil.copy2(source, destination / part)
    for part in ENGINE_PARTS:
        if (destination / part).exists():
            continue
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / part, destination / part)
    return destination


def build_programme(programme: Path, workspace: Path, **env_vars: str) -> BuildResult:
    """Build the programme folder `programme` with the engine, as `mkdocs build --strict`, into
    `workspace`/site (its project assembled in `workspace`/project)."""
    return build_site(assemble_programme(programme, workspace / "project"), workspace / "site", **env_vars)
