"""`make serve` shows a broken edit where the person is looking: the page in the browser turns, by
itself, into a French list of the problems (file, line, what to do), and back into the site once the
file is fixed and saved."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from pcv.inspection.builds import ROOT, copy_project
from pcv.text.formatting import country_name
from tests.live_data import countries_with_activities, target
from tests.project_edits import edit, line_of


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A project copy previewed by scripts/serve.py (make serve) on a free loopback port: (project, url)."""
    project = copy_project(tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules")  # the web editor, at /admin/
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "scripts/serve.py", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url, timeout=5).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "the preview did not start"
                time.sleep(0.3)
        yield project, url
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_broken_edit_shows_its_problems_in_the_browser_until_it_is_fixed(browser: Browser,
                                                                          preview: tuple[Path, str]) -> None:
    project, url = preview
    page = browser.new_page()
    try:
        country, value = countries_with_activities()[0], target("number").value
        name = country_name(country.code, "fr")
        page.goto(url + f"activites/{country.slug}/")
        site_title = page.title()
        assert name in site_title and page.locator("h1").inner_text() == name, "the preview shows the site first"
        edit(project / "data/programme.yaml", f"    value: {value}\n", f'    value: "{value} personnes"\n')
        expect(page).to_have_title(re.compile(r"^Aperçu arrêté : 1 problème à corriger"), timeout=30_000)
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        item = page.locator("li")
        expect(item).to_contain_text(f"data/programme.yaml, ligne {line_of('data/programme.yaml', f'value: {value}')}")
        expect(item).to_contain_text("on attend un nombre entier")
        editor = browser.new_page()  # the web editor keeps answering, with the same problems at its foot
        try:
            editor.goto(url + "admin/")
            alert = editor.get_by_role("alert")
            expect(alert).to_contain_text("Le site ne peut pas être construit", timeout=30_000)
            expect(alert).to_contain_text("on attend un nombre entier")
        finally:
            editor.close()
        edit(project / "data/programme.yaml", f'    value: "{value} personnes"\n', f"    value: {value}\n")
        expect(page).to_have_title(site_title, timeout=30_000)
    finally:
        page.close()
