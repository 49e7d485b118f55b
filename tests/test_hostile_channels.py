"""The channels a page of another site could use on this machine while `make editor` or `make serve` runs: the
servers answer only a browser that opened them by their own address (DNS rebinding: another site's name
re-pointed at 127.0.0.1 is refused), decap-server writes only the editor's folders, and for the editor's page.
Each is tried with real requests to the running server."""

from __future__ import annotations

import base64
import hashlib
import html
import http.client
import ipaddress
import importlib.util
import json
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcv.editor.local import decap_server_command
from pcv.inspection.builds import ROOT, build_site
from pcv.preview.problems_page import problems_page
from pcv.preview.editor_problems import problems_json
from pcv.preview.server import PreviewServer
from pcv.preview.local_requests import PREVIEW_POLICY, refusal
from pcv.invisible_signs import INVISIBLE
from pcv.pages.front_matter import PENDING
from pcv.pages.markdown import read_page
from pcv.problems import Problem, inert_line, visible
from pcv.safety.csp import with_policy

EDITOR = "http://127.0.0.1:8000"  # the page the editor is opened from (make editor)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as client:
        return client.connect_ex(("127.0.0.1", port)) == 0


def _request(port: int, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, body or None, headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def decap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """decap-server as `make editor` starts it, writing into a small project; (project, port)."""
    project = tmp_path_factory.mktemp("editor")
    for folder in ("docs", "data", "hooks"):
        (project / folder).mkdir()
    (project / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    port = _free_port()
    command, env = decap_server_command(project, port, EDITOR + "/")
    server = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not _listening(port):
            assert server.poll() is None and time.monotonic() < deadline, "decap-server did not start"
            time.sleep(0.2)
        yield project, port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _persist(port: int, path: str, host: str, origin: str | None) -> tuple[int, bytes]:
    """The request Decap CMS sends to save an entry, naming `host` and sent from a page of `origin`."""
    body = {"action": "persistEntry", "params": {
        "branch": "main", "entry": {"slug": "x", "path": path, "raw": "écrit\n"}, "assets": [],
        "options": {"collectionName": "pages", "commitMessage": "x", "useWorkflow": False,
                    "status": "draft"}}}
    headers = {"Host": host, "Content-Type": "application/json", **({"Origin": origin} if origin else {})}
    return _request(port, "POST", "/api/v1", headers, json.dumps(body).encode())


@pytest.mark.engine_only
@pytest.mark.parametrize(("host", "origin", "path"), [
    ("evil.example:{port}", "http://evil.example:{port}", "hooks/written.py"),  # DNS rebinding (red team H2)
    ("evil.example:{port}", None, "docs/written.md"),
    ("127.0.0.1.nip.io:{port}", None, "docs/written.md"),
    ("127.0.0.1:{port}", "http://evil.example", "docs/written.md"),  # a page of another site
    ("127.0.0.1:{port}", "null", "docs/written.md"),  # a sandboxed frame or a file opened from disk
    ("127.0.0.1:{port}", EDITOR, "hooks/written.py"),  # the editor itself writes pages and data only
    ("127.0.0.1:{port}", EDITOR, "docs/../hooks/written.py"),
    ("127.0.0.1:{port}", EDITOR, "/hooks/written.py"),
    ("localhost:{port}", EDITOR, "data/.git/config"),
])
def test_decap_server_writes_nothing_for_another_site_or_outside_docs_and_data(
        decap: tuple[Path, int], host: str, origin: str | None, path: str) -> None:
    project, port = decap
    status, answer = _persist(port, path, host.format(port=port), origin and origin.format(port=port))
    assert status == 403, answer
    assert "refusé" in json.loads(answer)["error"]
    assert not [file for file in project.rglob("written*") if "node_modules" not in file.parts]


@pytest.mark.engine_only
@pytest.mark.parametrize(("host", "origin", "path"), [
    ("127.0.0.1:{port}", EDITOR, "docs/fr/written.md"),
    ("localhost:{port}", None, "data/written.yaml"),
])
def test_decap_server_writes_the_editors_pages_and_data(decap: tuple[Path, int], host: str, origin: str | None,
                                                        path: str) -> None:
    project, port = decap
    status, answer = _persist(port, path, host.format(port=port), origin)
    assert (status, json.loads(answer)) == (200, {"message": "entry persisted"})
    assert (project / path).read_text(encoding="utf-8") == "écrit\n"


@pytest.mark.engine_only
def test_decap_server_follows_symbolic_links_before_it_writes(decap: tuple[Path, int]) -> None:
    """A link docs/lien -> ../hooks (pulled with a commit: the build refuses it, the editor did not) let a save of
    « docs/lien/written.py » write hooks/written.py: decap-server resolves links, the guard read the path's text."""
    project, port = decap
    link = project / "docs" / "lien"
    link.symlink_to(project / "hooks", target_is_directory=True)
    try:
        status, answer = _persist(port, "docs/lien/written.py", f"127.0.0.1:{port}", EDITOR)
        assert status == 403 and "refusé" in json.loads(answer)["error"], answer
        assert not list((project / "hooks").iterdir())
    finally:
        link.unlink()


@pytest.mark.engine_only
def test_decap_server_renames_an_entry_only_within_its_folder(decap: tuple[Path, int]) -> None:
    """decap-server moves a renamed entry's whole folder with it (`hasSubfolders`): a rename into another folder
    would carry every page of its folder along. The editor's forms rename within a folder only."""
    project, port = decap
    (project / "docs" / "rangees").mkdir()
    for name in ("a.md", "b.md"):
        (project / "docs" / "rangees" / name).write_text("x\n", encoding="utf-8")
    body = {"action": "persistEntry", "params": {
        "branch": "main", "entry": {"slug": "a", "path": "docs/rangees/a.md", "newPath": "docs/autres/a.md", "raw": "y\n"},
        "assets": [], "options": {"collectionName": "pages", "commitMessage": "x", "useWorkflow": False,
                                  "status": "draft"}}}
    status, answer = _request(port, "POST", "/api/v1", {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json",
                                                        "Origin": EDITOR}, json.dumps(body).encode())
    assert status == 403 and "refusé" in json.loads(answer)["error"], answer
    assert sorted(file.name for file in (project / "docs" / "rangees").iterdir()) == ["a.md", "b.md"]


@pytest.mark.engine_only
@pytest.mark.parametrize("empty", ["", "\n", "---\n---\n", "  \n\n"])
def test_a_page_column_left_empty_is_written_and_read_back_as_a_pending_translation(
        decap: tuple[Path, int], empty: str) -> None:
    """A new page filled in French only: Decap sends its English column as an empty text. It was written as an
    empty file, which the check refused (no header) and the editor then called unreadable and would not save (staff
    play-test 8 F1). It is written as the pending translation of CONTRIBUTING.md part 5, which the build reads
    without a problem; a page file already empty is read back the same way, so its form opens and can be filled."""
    project, port = decap
    headers = {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json", "Origin": EDITOR}
    french = "---\ntitle: Témoignages\ndescription: Des volontaires racontent.\n---\n\nTexte.\n"
    body = {"action": "persistEntry", "params": {
        "branch": "main", "dataFiles": [{"slug": "vide", "path": "docs/fr/vide.md", "raw": french},
                                        {"slug": "vide", "path": "docs/en/vide.md", "raw": empty}],
        "assets": [], "options": {"collectionName": "pages", "commitMessage": "x", "useWorkflow": False,
                                  "status": "draft"}}}
    status, answer = _request(port, "POST", "/api/v1", headers, json.dumps(body).encode())
    assert status == 200, answer
    assert (project / "docs" / "fr" / "vide.md").read_text(encoding="utf-8") == french
    written, problem = read_page(project / "docs" / "en" / "vide.md", "en", "vide.md")
    assert problem is None and written.meta == {"translation": PENDING}
    (project / "docs" / "en" / "vide.md").write_text(empty, encoding="utf-8")  # left empty by an earlier save
    status, answer = _request(port, "POST", "/api/v1", headers, json.dumps(
        {"action": "getEntry", "params": {"branch": "main", "path": "docs/en/vide.md"}}).encode())
    assert status == 200, answer
    shown = json.loads(answer)["data"]
    assert yaml.safe_load(shown.split("---")[1]) == {"translation": PENDING}


@pytest.mark.engine_only
def test_a_page_field_cleared_in_the_editor_is_left_out_of_the_file(decap: tuple[Path, int]) -> None:
    """STAFF8 F7: « Place dans le menu » emptied with its ✕ was written `menu_after: null`; the line is left out, the
    page's other fields and its text kept as sent (a « null » in the text is text)."""
    project, port = decap
    kept = "---\ntitle: Nous joindre\ndescription: null ou pas.\n---\n\nmenu_after: null\n"
    raw = kept.replace("title: Nous joindre\n", "title: Nous joindre\nmenu_after: null\n")
    body = {"action": "persistEntry", "params": {
        "branch": "main", "entry": {"slug": "contact", "path": "docs/fr/contact.md", "raw": raw}, "assets": [],
        "options": {"collectionName": "pages", "commitMessage": "x", "useWorkflow": False, "status": "draft"}}}
    status, answer = _request(port, "POST", "/api/v1", {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json",
                                                        "Origin": EDITOR}, json.dumps(body).encode())
    assert status == 200, answer
    written = (project / "docs" / "fr" / "contact.md").read_text(encoding="utf-8")
    assert written == kept
    page, problem = read_page(project / "docs" / "fr" / "contact.md", "fr", "contact.md")
    assert problem is None and "menu_after" not in page.meta


_SEGMENTS = st.sampled_from(["docs", "data", "hooks", "..", ".", "", ".git", "fr", "x.md", "~", "%2e%2e", "docs\\..",
                              "data\\..\\hooks", "docs\\x", " docs", "DOCS"])


@pytest.mark.engine_only
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_SEGMENTS, min_size=1, max_size=5), st.sampled_from(["", "/", "//"]))
def test_decap_server_writes_inside_docs_and_data_whatever_the_path(decap: tuple[Path, int], segments: list[str],
                                                                    start: str) -> None:
    """Any path the editor's own page sends: written only if it lands in docs/ or data/ (outside .git)."""
    project, port = decap
    status, answer = _persist(port, start + "/".join(segments + ["written-by-fuzz.txt"]), f"127.0.0.1:{port}", EDITOR)
    files = [file for file in project.rglob("*written-by-fuzz.txt") if "node_modules" not in file.parts]
    written = [file.relative_to(project).parts for file in files]
    for file in files:
        file.unlink()  # (each example starts from none)
    assert all(len(parts) > 1 and parts[0] in ("docs", "data") and ".git" not in parts for parts in written), written
    assert status != 200 or written, answer  # saved: it is in docs/ or data/


@pytest.mark.engine_only
def test_decap_server_lets_only_the_editors_page_read_its_answers(decap: tuple[Path, int]) -> None:
    """CORS: the browser shows decap-server's answers to the editor's page (ORIGIN), to no other."""
    _, port = decap
    preflight = {"Host": f"127.0.0.1:{port}", "Access-Control-Request-Method": "POST"}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("OPTIONS", "/api/v1", headers={**preflight, "Origin": EDITOR})
    response = connection.getresponse()
    assert response.status == 204 and response.getheader("Access-Control-Allow-Origin") == EDITOR
    connection.close()
    status, _ = _request(port, "OPTIONS", "/api/v1", {**preflight, "Origin": "http://localhost:3000"})
    assert status == 403


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[int]:
    """The preview server (make serve, make editor) on a free port, with a page and the editor; its port."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<!doctype html><title>Brouillon</title>", encoding="utf-8")
    (tmp_path / "admin").mkdir()
    (tmp_path / "admin" / "index.html").write_text('<!doctype html><html lang="fr">', encoding="utf-8")
    server = PreviewServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.admin_dir = tmp_path / "admin"
    server.server_bind()
    server.server_activate()
    # Its own thread: MkDocs' shutdown() stops only that one (another thread's loop would spin on the closed socket).
    server.serve_thread.daemon = True
    server.serve_thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.serve_thread.join(timeout=10)
        assert not server.serve_thread.is_alive(), "the preview server did not stop"


@pytest.mark.engine_only
@pytest.mark.parametrize("path", ["/", "/index.html", "/__pcv/problems.json", "/admin/", "/livereload/1/1"])
@pytest.mark.parametrize(("host", "origin"), [
    ("evil.example:{port}", None), ("127.0.0.1.nip.io:{port}", None), ("localhost.evil.example:{port}", None),
    ("127.0.0.1:{port}", "http://evil.example"), ("127.0.0.1:1", None), ("", None),
])
def test_the_preview_answers_no_other_site(preview: int, path: str, host: str, origin: str | None) -> None:
    headers = {"Host": host.format(port=preview), **({"Origin": origin} if origin else {})}
    status, answer = _request(preview, "GET", path, headers)
    assert status == 403 and answer.startswith("Refusé".encode())


@pytest.mark.engine_only
@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "[::1]:{port}", "192.168.1.20:{port}"])
def test_the_preview_answers_this_machine_and_its_network_by_address(preview: int, host: str) -> None:
    status, answer = _request(preview, "GET", "/", {"Host": host.format(port=preview)})
    assert status == 200 and b"Brouillon" in answer
    status, answer = _request(preview, "GET", "/__pcv/problems.json", {"Host": host.format(port=preview),
                                                                         "Origin": f"http://{host.format(port=preview)}"})
    assert status == 200 and json.loads(answer)["problems"] == []


@pytest.mark.engine_only
@pytest.mark.parametrize("path", ["/", "/index.html", "/__pcv/problems.json", "/absente/"])
def test_the_previews_pages_may_send_requests_only_to_the_preview(preview: int, path: str) -> None:
    """decap-server writes for a request from the preview's address: a script in a preview page cannot reach it."""
    connection = http.client.HTTPConnection("127.0.0.1", preview, timeout=10)
    connection.request("GET", path, headers={"Host": f"127.0.0.1:{preview}"})
    response = connection.getresponse()
    assert response.getheader("Content-Security-Policy") == PREVIEW_POLICY
    assert {"connect-src 'self'", "form-action 'self'", "frame-ancestors 'self'"} <= set(PREVIEW_POLICY.split("; "))
    connection.close()


@pytest.mark.engine_only
@pytest.mark.parametrize("path", ["/admin", "/admin/", "/admin/index.html", "/admin/absent.js"])
@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}"])
def test_no_other_site_may_frame_the_editor(preview: int, path: str, host: str) -> None:
    """The editor writes files at a click: a page of another site showing it in a frame, its own buttons laid
    over it (clickjacking), would have the person save or delete without knowing. The editor's <meta> policy
    cannot forbid frames; every answer of the editor says so in its headers."""
    connection = http.client.HTTPConnection("127.0.0.1", preview, timeout=10)
    connection.request("GET", path, headers={"Host": host.format(port=preview)})
    response = connection.getresponse()
    assert response.getheader("Content-Security-Policy") == "frame-ancestors 'self'", response.getheaders()
    assert response.getheader("X-Frame-Options") == "SAMEORIGIN"
    connection.close()


@pytest.mark.engine_only
def test_the_previews_pages_run_their_own_scripts_and_the_live_reload_only(tmp_path: Path) -> None:
    """A script in a preview page could open the editor (same site) and save through it: the preview's pages carry
    the site's policy too, with the live-reload script MkDocs adds to each answer allowed by its hash."""
    own = "document.documentElement.dataset.ok = 1"
    page = with_policy(f"<!doctype html><html><head><title>Brouillon</title><script>{own}</script></head><body><p>x"
                       "</p></body></html>").encode("utf-8")
    server = PreviewServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        answered = server._inject_js_into_html(page, 7).decode("utf-8")  # what MkDocs' server sends for a page
    finally:
        server.server_close()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', answered).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", answered, re.DOTALL)
    assert len(scripts) == 2 and scripts[0] == own and "livereload(7," in scripts[1], answered
    allowed = next(part.split()[1:] for part in policy.split("; ") if part.startswith("script-src"))
    hashes = [f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'" for script in scripts]
    assert sorted(allowed) == sorted(["'self'", *hashes]), (allowed, hashes)


@pytest.mark.engine_only
def test_the_editor_opened_at_localhost_moves_to_the_address_decap_server_answers(preview: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", preview, timeout=10)
    connection.request("GET", "/admin/", headers={"Host": f"localhost:{preview}"})
    response = connection.getresponse()
    assert (response.status, response.getheader("Location")) == (302, f"http://127.0.0.1:{preview}/admin/")
    connection.close()


def _serve(address: str, folder: Path) -> subprocess.CompletedProcess:
    """`make serve` with `--dev-addr address`, started in `folder` (not the project: the address is refused before
    anything of a programme is read, so these tests read none of the live content)."""
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "serve.py"), "--dev-addr", address], cwd=folder,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.engine_only
@pytest.mark.parametrize("address", ["127.0.0.1:²", "127.0.0.1", ":8000", "127.0.0.1:99999", "127.0.0.1:0"])
def test_a_preview_address_that_cannot_be_read_is_explained_in_french(address: str, tmp_path: Path) -> None:
    ran = _serve(address, tmp_path)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert f"L'adresse de l'aperçu « {address} » ne se lit pas" in ran.stderr


@pytest.mark.engine_only
@pytest.mark.parametrize("address", ["0.0.0.0:8000", "192.168.1.20:8000", "[::]:8000", "evil.example:8000",
                                     "127.0.0.1.nip.io:8000"])
def test_the_preview_listens_on_this_machine_only(address: str, tmp_path: Path) -> None:
    """Red team 10 (F3): `--dev-addr 0.0.0.0:…` served the drafts, the problems' file names and the editor to every
    machine of the network (a café's wifi). Refused in French, before anything listens."""
    ran = _serve(address, tmp_path)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr, ran.stderr
    assert "L'aperçu ne peut pas écouter sur" in ran.stderr and "écrivez 127.0.0.1:8000" in ran.stderr


def _translations_script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.engine_only
def test_page_lines_quoted_in_the_translations_report_are_never_a_ci_command(tmp_path: Path) -> None:
    """`make translations` runs in CI and quotes what changed in an original: a page line « ::error::… » (or one
    from history holding a terminal escape) is shown, never acted on by GitHub Actions or the terminal."""
    def git(*arguments: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *arguments], cwd=tmp_path, check=True,
                       capture_output=True)
    (tmp_path / "docs" / "fr").mkdir(parents=True)
    (tmp_path / "docs" / "en").mkdir()
    french = "---\ntitle: Essai\n---\n\n::stop-commands::jeton\n\x1b[2JAvant.\n"
    (tmp_path / "docs" / "fr" / "essai.md").write_text(french, encoding="utf-8")
    script = _translations_script()
    (tmp_path / "docs" / "en" / "essai.md").write_text(script.marked_up_to_date(
        "---\ntitle: Test\n---\n\nBefore.\n", script.fingerprint(french)), encoding="utf-8")
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "un")
    (tmp_path / "docs" / "fr" / "essai.md").write_text(french.replace("\x1b[2JAvant.", "Après."), encoding="utf-8")
    report = script.report(tmp_path / "docs")
    assert "jeton" in report and "Après" in report, report
    assert not [line for line in report.splitlines() if line.lstrip().startswith("::")], report
    assert "\x1b" not in report and "\\x1b[2JAvant." in report


def test_what_mkdocs_and_its_plugins_print_is_never_a_ci_command(project_copy: Path) -> None:
    """mkdocs-static-i18n prints each language's names from mkdocs.yml as they are: an English `site_name` typed
    with « \\n::error::… » (a YAML escape) printed a line GitHub Actions runs as a command in `make build`'s log."""
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    english = re.search(r"^( +site_name: )(.+)$", text, re.MULTILINE)  # the English name (indented: a language's)
    config.write_text(text.replace(english.group(), f'{english.group(1)}"{english.group(2)}\\n::error title=x::jeton"',
                                   1), encoding="utf-8")
    built = build_site(project_copy, project_copy.parent / "site")
    assert "jeton" in built.output, built.output
    assert not [line for line in built.output.splitlines() if line.lstrip().startswith("::")], built.output


def test_the_previews_problems_show_what_was_typed_as_text_never_as_markup_or_reordered() -> None:
    """The preview's page and /__pcv/problems.json (shown by the editor) quote typed values."""
    problem = Problem("docs/fr/a.md", 3, None, "le titre « <img src=x onerror=alert(1)>\u202eevil » est trop long")
    page = problems_page([problem], ["note \u2066<b>"])
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;\\u202eevil" in page
    assert "\u202e" not in page and "\u2066" not in page and "&lt;b&gt;" in page
    answer = json.loads(problems_json([problem], ["note \u2066"], ROOT, None))
    assert answer["problems"][0]["message"].endswith("&gt;\\u202eevil » est trop long".replace("&gt;", ">"))
    assert answer["notes"] == ["note \\u2066"]


@pytest.mark.engine_only
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([":", " ", "\u3000", "\t", "\x1b", "\u202e", "\x85", "a", "é", "-", "+", "#", "[",
                                         "\u2061", "\U000e0041", "\u3164", "\U0010fffd"])))
def test_a_report_line_is_never_a_ci_command_nor_a_terminal_control(line: str) -> None:
    shown = inert_line(line)
    assert not shown.lstrip().startswith("::") and not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e]", shown), shown
    assert "##[" not in shown, "the runner's older commands (##[error …]) are read anywhere in a line"
    assert not INVISIBLE.search(shown.replace("\u2060", "")), "the class no published text may hold is shown as codes"
    assert shown.replace("\u2060", "") == visible(line)


@pytest.mark.engine_only
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.:[]@localhostevil-x%\\/ ")), max_size=30))
def test_the_preview_answers_only_an_ip_address_or_localhost_at_its_port(host: str) -> None:
    if refusal(host, None, 8000) is None:
        name, _, port = host.rpartition(":")
        assert port.lstrip("0") == "8000" and (name.lower() == "localhost" or ipaddress.ip_address(name.strip("[]")))


def test_the_programmes_label_in_every_tabs_title_is_its_text_never_markup(project_copy: Path) -> None:
    """Red team 6 (critical): `striptags` gave the escaped label back as raw text, written into every page's head:
    a typed « </title><a …> » became a link on every page, and « <PCV> » stopped the build blaming our template (here
    « <Site> »: a programme's own acronym is now refused as typed in strings.yaml)."""
    label = "<Site></title><a href=https://evil.example/>x</a><title>"  # short enough for the tab (share.tab_name)
    strings = project_copy / "data" / "strings.yaml"  # a programme may word nothing differently (no such file)
    words = (yaml.safe_load(strings.read_text(encoding="utf-8")) if strings.exists() else None) or {}
    strings.write_text(yaml.safe_dump({**words, "home.hero.label": {"fr": label, "en": label}}, allow_unicode=True,
                                      sort_keys=False, width=1000), encoding="utf-8")
    built = build_site(project_copy, project_copy.parent / "site")
    assert built.returncode == 0, built.output
    escaped = html.escape(label, quote=False)
    for page in (built.site / "index.html", built.site / "en" / "index.html"):
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        assert f"<title>{escaped}</title>" in head or f" - {escaped}</title>" in head, head[:2000]
    assert not [file for file in built.site.rglob("*.html") if "https://evil.example" in file.read_text(encoding="utf-8")
                .replace("href=https://evil.example/&gt;", "")]


_MKDOCS = "# Réglages\nsite_name: Essai\nplugins:\n  i18n:\n    languages:\n      - locale: fr\n        default: true\n" \
          "      - locale: en\n        nav_translations:\n          A: B\nnav:\n  - index.md\n  - A:\n      - a.md\n"


def _send(port: int, action: str, params: dict) -> tuple[int, bytes]:
    return _request(port, "POST", "/api/v1", {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json",
                                              "Origin": EDITOR}, json.dumps({"action": action, "params": params}).encode())


@pytest.mark.engine_only
@pytest.mark.parametrize(("menu", "written"), [
    # « Menu du site » (STAFF8 F5): the menu and its sections' names, in order
    (_MKDOCS.replace("  - index.md\n  - A:\n      - a.md\n", "  - C:\n      - a.md\n  - index.md\n").replace("A: B", "C: D"),
     True),
    (_MKDOCS + "hooks:\n  - docs/fr/x.py\n", False),  # a setting of the engine: never from the editor
    (_MKDOCS.replace("site_name: Essai", "site_name: Autre"), False),
])
def test_decap_server_writes_mkdocs_yml_only_for_its_menu(decap: tuple[Path, int], menu: str, written: bool) -> None:
    project, port = decap
    config = project / "mkdocs.yml"
    config.write_text(_MKDOCS, encoding="utf-8")
    try:
        status, answer = _send(port, "getEntry", {"branch": "main", "path": "mkdocs.yml"})
        assert status == 200 and json.loads(answer)["data"] == _MKDOCS
        status, answer = _send(port, "persistEntry", {
            "branch": "main", "dataFiles": [{"slug": "menu", "path": "mkdocs.yml", "raw": menu}], "assets": [],
            "options": {"collectionName": "donnees", "commitMessage": "x", "useWorkflow": False, "status": "draft"}})
        assert (status == 200) == written, answer
        assert config.read_text(encoding="utf-8") == (menu if written else _MKDOCS)
        status, answer = _send(port, "deleteFiles", {"branch": "main", "paths": ["mkdocs.yml"], "options": {}})
        assert status == 403 and config.is_file()
    finally:
        config.unlink()
