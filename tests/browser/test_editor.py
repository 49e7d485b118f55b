"""The web editor in local mode, as staff use it on a laptop: decap-server and the built site on
127.0.0.1, a figure changed through its form and saved; the file on disk changes and the next build
shows the new figure in both languages. Everything happens in a copy of the project."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Route

from pcv.editor.local import decap_server_command
from pcv.inspection.builds import ROOT, build_site, copy_project
from pcv.inspection.pages import LANGUAGES, html_file, page_url
from pcv.inspection.server import base_url, bind, serving
from pcv.inspection.tabs import Traffic
from pcv.text.formatting import format_figure

TARGET = "canadians"


@dataclass
class LocalEditor:
    project: Path
    site_url: str
    hosts: set[str]  # host:port of the site and of decap-server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, server: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, f"decap-server s'est arrêté : {log.read_text(encoding='utf-8')}"
        with socket.socket() as client:
            if client.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"decap-server n'écoute pas sur 127.0.0.1:{port} après {seconds} s")


@pytest.fixture
def local_editor(tmp_path: Path, browser: Browser) -> Iterator[LocalEditor]:
    """A project copy (with the real node_modules) built with /admin/, served on loopback with
    decap-server writing into the copy, each on a free port."""
    project = copy_project(tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    port = _free_port()
    server = bind(tmp_path / "site")
    built = build_site(project, tmp_path / "site", PCV_SITE_URL=base_url(server),
                       PCV_EDITOR_PORT=str(port), PCV_EDITOR_REQUIRED="1")
    assert built.returncode == 0, built.output
    command, env = decap_server_command(project, port)
    assert (env["BIND_HOST"], env["MODE"]) == ("127.0.0.1", "fs")
    log = tmp_path / "decap-server.log"
    with log.open("w", encoding="utf-8") as output:
        decap = subprocess.Popen(command, cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(port, decap, log)
        with serving(server) as url:
            yield LocalEditor(project, url, {urlsplit(url).netloc, f"127.0.0.1:{port}"})
    finally:
        decap.terminate()
        decap.wait(timeout=10)


def test_a_figure_changed_in_the_form_is_saved_to_the_file_and_built_in_both_languages(
    local_editor: LocalEditor, browser: Browser, tmp_path: Path
) -> None:
    data_file = local_editor.project / "data" / "programme.yaml"
    before_text = data_file.read_text(encoding="utf-8")
    assert "#" not in before_text  # no comment for the save to lose
    before = yaml.safe_load(before_text)
    (target,) = [t for t in before["targets"] if t["id"] == TARGET]
    new_value = target["value"] + 1234

    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    context.set_default_timeout(20_000)
    traffic = Traffic()
    context.on("console", traffic.on_console)
    context.on("weberror", traffic.on_web_error)
    context.on("response", traffic.on_response)

    def route(route: Route) -> None:
        if urlsplit(route.request.url).netloc in local_editor.hosts:
            route.continue_()
        else:
            traffic.other_hosts.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", route)
    try:
        page = context.new_page()
        page.goto(local_editor.site_url + "admin/")
        page.get_by_role("button", name="Se connecter").click()  # local mode: no account, no password
        page.get_by_role("heading", name="Collections").wait_for()
        page.goto(local_editor.site_url + "admin/#/collections/donnees/entries/programme")
        item = page.get_by_text(TARGET, exact=True).locator("xpath=..")  # the target's row in the list
        item.get_by_role("button").first.click()  # unfold it
        item.get_by_label("Valeur").fill(str(new_value))
        page.get_by_role("button", name="Publier").click()
        page.get_by_role("menuitem", name="Publier maintenant").click()
        for _ in range(100):
            if data_file.read_text(encoding="utf-8") != before_text:
                break
            page.wait_for_timeout(100)
    finally:
        context.close()

    assert traffic.other_hosts == [] and traffic.problems == []
    after = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    target["value"] = new_value
    assert after == before  # the figure changed, nothing else
    rebuilt = build_site(local_editor.project, tmp_path / "rebuilt")
    assert rebuilt.returncode == 0, rebuilt.output
    for lang in LANGUAGES:
        home = html_file(rebuilt.site, page_url("index.md", lang)).read_text(encoding="utf-8")
        assert format_figure(new_value, target["format"], lang) in home, lang
