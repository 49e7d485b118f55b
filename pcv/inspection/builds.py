"""Building the project as staff and CI do: the real one, or a copy to change without touching it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project: pcv/ lives at its root
PROJECT_PARTS = ("mkdocs.yml", "engine.yml", "docs", "data", "overrides", "hooks", "schemas", "scripts")
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
    """Run `mkdocs build --strict` on `project` into `site`, as a staff member would."""
    command, env = build_command(site, **env_vars)
    completed = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, site)


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
