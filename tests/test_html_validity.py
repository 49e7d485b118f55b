"""Every built page, in both languages, is valid HTML for the Nu Html Checker.

The checker is the npm package vnu-jar (pinned in package.json), run with
Java. Without Java or `npm ci` the tests skip, except under CI (env CI or
PCV_REQUIRE_BROWSER set, as .ci/run does), where a missing tool is a failure.
The second test gives the checker an invalid page, so a checker that silently
stopped reporting would show.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, shared_page_paths

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Java's quick compiler only and its simplest collector: the checker runs a few seconds, too short for the optimising
# compiler to pay back (the site's 33 pages: 9 -> 3.8 CPU s, the same messages); that compiler's frames are larger, so
# a larger stack than the 512 KB the checker asks for (1 MB overflowed on the site).
JAVA_OPTIONS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss8m"]


def vnu_errors(target: Path) -> list[str]:
    """The checker's errors for every HTML file under `target`, as "file:line: message"."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        reason = "Java or the npm package vnu-jar is missing (apt-get install default-jre-headless; npm ci)"
        if os.environ.get("CI") or os.environ.get("PCV_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    completed = subprocess.run(
        [java, *JAVA_OPTIONS, "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html", "--format", "json", str(target)],
        capture_output=True, text=True, timeout=600, cwd=target,  # started outside the project: it reads `target` alone
    )
    messages = json.loads(completed.stderr)["messages"]
    root = target.resolve().as_uri()
    return [
        f"{m.get('url', '').removeprefix(root).lstrip('/') or target.name}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
    ]


def test_every_page_is_valid_html(built_site: Path) -> None:
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > len(shared_page_paths()) * len(LANGUAGES), "the site has fewer pages than its docs/"
    errors = vnu_errors(built_site)
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)


@pytest.mark.engine_only
def test_checker_reports_an_invalid_page(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(
        '<!doctype html><html lang="fr"><head><title>x</title></head>'
        '<body><label tabindex="">x</label></body></html>',
        encoding="utf-8",
    )
    errors = vnu_errors(tmp_path)
    assert any("tabindex" in e for e in errors), errors
