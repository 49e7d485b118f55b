"""The site survives the end of MkDocs 1.x: ProperDocs (its maintained fork) builds the same pages."""

from __future__ import annotations

import gzip
import re
import subprocess
from pathlib import Path

import pytest

from pcv.inspection.builds import ROOT, build_command

# The one line that names the generator, and so differs by design.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("properdocs-site")
    command, env = build_command(site, tool="properdocs")
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return site


def files_of(site: Path) -> dict[str, bytes]:
    """Each file's content (a .gz file's unpacked: its header holds the day of the build, which differs when two
    builds are either side of midnight)."""
    return {p.relative_to(site).as_posix(): GENERATOR.sub(b"", _content(p))
            for p in sorted(site.rglob("*")) if p.is_file()}


def _content(file: Path) -> bytes:
    return gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()


def test_properdocs_builds_the_same_files_with_the_same_content(built_site: Path, properdocs_site: Path) -> None:
    ours, theirs = files_of(built_site), files_of(properdocs_site)
    assert sorted(ours) == sorted(theirs)
    differing = [name for name in ours if ours[name] != theirs[name]]
    assert differing == [], f"ProperDocs builds these files differently: {differing}"
    assert any(name.endswith(".html") for name in ours) and len(ours) > 50
