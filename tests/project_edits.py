"""Editing a copy of the project as a staff member would, and publishing it with `make build`'s script."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

from pcv.checks.page_rendering import MarkdownSettings
from pcv.data.yaml_source import read_yaml
from pcv.inspection.builds import ROOT, SITE_URL, BuildResult, assemble_programme


def data_of(path: Path):
    """A data file as the build reads it (YAML 1.2's core schema): « code: NO » is Norway, where yaml.safe_load
    reads false (PROGRAMME8 F9: a test that rewrote data/countries.yaml through safe_load broke a programme in
    Norway)."""
    return read_yaml(path, path.name).data


def engine_markdown() -> MarkdownSettings:
    """The Markdown extensions and settings every programme's pages are built with (engine.yml)."""
    extensions = yaml.safe_load((ROOT / "engine.yml").read_text(encoding="utf-8"))["markdown_extensions"]
    configs = {name: value for entry in extensions if isinstance(entry, dict) for name, value in entry.items()}
    return MarkdownSettings.of([e if isinstance(e, str) else next(iter(e)) for e in extensions], configs)


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of `old` in `path` (fails if the text is not there exactly once)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} appears {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def replace_value(path: Path, start: str, new: str) -> None:
    """Replace the one line of `path` that begins with `start`, and the lines that continue its value (a long
    text the web editor folded over several more indented lines), by `new` and blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    found = [i for i, line in enumerate(lines) if line.startswith(start)]
    assert len(found) == 1, f"{start!r} begins {len(found)} lines in {path}"
    indent = len(start) - len(start.lstrip())
    end = found[0] + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) > indent:
        end += 1
    padding = "\n" * (end - found[0] - 1)  # blank lines: the lines below keep their numbers
    path.write_text("".join(lines[:found[0]]) + new + "\n" + padding + "".join(lines[end:]), encoding="utf-8")


def line_of(name: str, start: str) -> int:
    """The number of the first line of the real project's file `name` that starts with
    `start` once indented spaces are removed (expected messages follow the files as staff edit them)."""
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.lstrip().startswith(start))


def tree_digest(folder: Path) -> str:
    """A hash of every file's path and bytes under `folder`."""
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(file.relative_to(folder).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def place_previous_site(project: Path, built_site: Path) -> str:
    """Put a good built site at `project`/site, as the last publication left it; its digest."""
    shutil.copytree(built_site, project / "site")
    return tree_digest(project / "site")


def publish(project: Path) -> BuildResult:
    """Run the publishing build (`make build`) in `project`, into `project`/site."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PCV_SITE_URL": SITE_URL}
    completed = subprocess.run([sys.executable, "scripts/build_site.py"], cwd=project, env=env,
                               capture_output=True, text=True, timeout=300)
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, project / "site")


def reported_problems(output: str) -> list[str]:
    """The problems listed by a stopped build, one per line, without the leading "- "."""
    return re.findall(r"^- (.+)$", output, re.MULTILINE)


def group_publisher(groups: dict[str, tuple[Path, Callable[[Path], None]]], tmp_path_factory,
                    site_of: Callable[[Path], Path]) -> Callable[[str], tuple[BuildResult, str]]:
    """`publish_group(name)`: the programme folder `groups[name][0]` assembled with the engine over its last
    good site (`site_of(folder)`), edited by `groups[name][1]`, published once per name; returns the result
    and the previous site's digest."""

    @functools.cache
    def publish_group(group: str) -> tuple[BuildResult, str]:
        programme, change = groups[group]
        project = assemble_programme(programme, tmp_path_factory.mktemp(group) / "project")
        before = place_previous_site(project, site_of(programme))
        change(project)
        return publish(project), before

    return publish_group


def section_without_index(project: Path) -> list[str]:
    """The first two pages of `project`'s top-level menu (a programme's mkdocs.yml and docs/) put in a menu section
    without an index page, titled as its first page is in each language (the PCV's « Le programme »); their shared
    paths, its first page first."""
    import yaml  # noqa: PLC0415 (only this helper reads YAML)

    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    head, menu = text.split("\nnav:\n", 1)
    nav = yaml.safe_load("nav:\n" + menu)["nav"]
    pages = [entry for entry in nav if isinstance(entry, str) and entry != "index.md"][:2]
    titles = {}
    for lang in ("fr", "en"):
        front = (project / "docs" / lang / pages[0]).read_text(encoding="utf-8").split("\n---", 1)[0]
        titles[lang] = yaml.safe_load(front.removeprefix("---\n"))["title"]
    kept = [line for line in menu.splitlines() if line.strip() not in {f"- {page}" for page in pages}]
    position = next(n for n, line in enumerate(kept) if line.strip() == "- index.md") + 1
    section = [f"  - {titles['fr']}:", *(f"      - {page}" for page in pages)]
    menu = "\n".join([*kept[:position], *section, *kept[position:]]) + "\n"
    head = head.replace("        nav_translations:\n",
                        f"        nav_translations:\n          {titles['fr']}: {titles['en']}\n")
    config.write_text(f"{head}\nnav:\n{menu}", encoding="utf-8")
    return pages
