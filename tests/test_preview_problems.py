"""The preview (make serve, make editor) starts even when the site has a problem, keeps the web editor at
/admin/ answering whatever the build's state, and tells the editor the build's French problems
(/__pcv/problems.json, shown at the bottom of /admin/ by pcv/editor/problems.js)."""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import edit

from pcv.inspection.builds import ROOT, assemble_programme
from pcv.preview.french_log import french_terminal
from pcv.preview.translation_states import translation_states

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


def _problems(url: str, wanted, seconds: float = 90) -> dict:
    """The problems the preview reports, once `wanted(problems)` holds (it rebuilds after each save)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            found = json.loads(_get(url + "__pcv/problems.json")[1])
            if wanted(found):
                return found
        except OSError:
            pass
        assert time.monotonic() < deadline, "the preview never reported the expected problems"
        time.sleep(0.5)


@pytest.mark.skipif(not (ROOT / "node_modules" / "decap-cms" / "dist").is_dir(), reason="needs npm ci (make setup)")
def test_the_editor_answers_and_shows_the_problems_of_a_broken_save(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")  # a programme saved broken
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    figure = FICTIF.target("number")
    edit(project / "data/programme.yaml", f"    value: {figure.value}\n", '    value: "beaucoup"\n')
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen([sys.executable, "scripts/serve.py", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        broken = _problems(url, lambda found: found["problems"])
        where = f"data/programme.yaml, ligne {FICTIF.line_of('data/programme.yaml', f'value: {figure.value}')}"
        assert [p["where"].split(", colonne")[0] for p in broken["problems"]] == [where]
        assert "on attend un nombre entier" in broken["problems"][0]["message"]
        status, page = _get(url + "admin/")
        assert status == 200 and b'<script src="problems.js"></script>' in page and b"livereload" not in page
        assert b'<html lang="fr" data-preview="problems"' in page, "the editor's script asks this preview"
        assert _get(url + "admin/config.yml")[0] == 200 and _get(url + "admin/decap-cms.js")[0] == 200
        assert b"Aper\xc3\xa7u arr\xc3\xaat\xc3\xa9" in _get(url)[1], "the site's pages show the problems"

        edit(project / "data/programme.yaml", '    value: "beaucoup"\n', f"    value: {figure.value}\n")
        assert _problems(url, lambda found: not found["problems"] and not found["notes"])
        assert _get(url + "admin/")[0] == 200
        assert b"Aper\xc3\xa7u arr\xc3\xaat\xc3\xa9" not in _get(url)[1], "the site is back"
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_the_preview_terminal_says_mkdocs_routine_lines_in_french_or_leaves_them_out() -> None:
    """Staff play-test 6: the terminal of make editor was full of English lines around the one French line."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    french_terminal(handler)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    # A build run earlier in this process (tests/test_build_script.py) leaves MkDocs' loggers disabled, raised or
    # filtered (PROGRAMME7 F7: the test failed after it on the same worker): each is reset here, then restored.
    names = ("mkdocs.commands.build", "mkdocs.livereload", "mkdocs.plugins.mkdocs_static_i18n.plugin", "mkdocs.hooks")
    saved = {name: (emitter.disabled, emitter.filters, emitter.level)
             for name, emitter in ((name, logging.getLogger(name)) for name in names)}
    for name in names:
        emitter = logging.getLogger(name)
        emitter.disabled, emitter.filters = False, []
        emitter.setLevel(logging.NOTSET)
    try:
        logging.getLogger("mkdocs.commands.build").info("Cleaning site directory")
        logging.getLogger("mkdocs.commands.build").info("Documentation built in %.2f seconds", 12.5)
        logging.getLogger("mkdocs.livereload").info("[05:41:01] Serving on http://127.0.0.1:8000/")
        logging.getLogger("mkdocs.livereload").info("[05:41:01] Watching paths for changes: 'docs'")
        logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.plugin").info("Building 'fr' documentation")
        logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.plugin").warning("a real warning")
        logging.getLogger("mkdocs.hooks").info("Construction de l'aperçu…")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        logging.getLogger("mkdocs.plugins.mkdocs_static_i18n").setLevel(logging.NOTSET)
        for name, (disabled, filters, level) in saved.items():
            emitter = logging.getLogger(name)
            emitter.disabled, emitter.filters = disabled, filters
            emitter.setLevel(level)
    assert stream.getvalue().splitlines() == ["Aperçu prêt (12,50 s).", "Aperçu : http://127.0.0.1:8000/",
                                              "a real warning", "Construction de l'aperçu…"]


def test_the_editor_is_told_each_translation_s_state_as_saved_before_any_commit(tmp_path: Path) -> None:
    """What « Traduction relue » shows beside its box (staff play-test 5: nothing said the English page was out of
    date): an original saved after its translation makes it out of date, the translation saved since brings it back."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_COMMITTER_DATE": "2026-01-02T10:00:00+00:00"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "first"]):
        subprocess.run(["git", *command], cwd=project, check=True, capture_output=True, env=env)
    path = FICTIF.page_with_role("themes")
    assert translation_states(project)[path] == "à jour"
    original = project / "docs" / "fr" / path
    original.write_text(original.read_text(encoding="utf-8") + "\nUne phrase de plus.\n", encoding="utf-8")
    assert translation_states(project)[path] == "à mettre à jour"
    translation = project / "docs" / "en" / path
    translation.write_text(translation.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    os.utime(translation, (original.stat().st_mtime + 60,) * 2)
    assert translation_states(project)[path] == "à jour"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP])
def test_the_preview_leaves_nothing_in_the_temporary_folder_after_restarting_and_being_stopped(
        tmp_path: Path, stop: signal.Signals) -> None:
    """Red team 21 L2: each restart after a change of code left the editor's folder, and a preview stopped by a
    closed terminal (SIGHUP) or a stopped task (SIGTERM) left the whole preview site, drafts included."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen([sys.executable, "scripts/serve.py", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temporary)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _problems(url, lambda found: True)
        first = {p.name for p in temporary.iterdir()}
        hook = min((project / "hooks").glob("*.py"))
        hook.write_text(hook.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # as a `git pull` of new code
        deadline = time.monotonic() + 90
        while {p.name for p in temporary.iterdir()} & first:
            assert time.monotonic() < deadline, "the preview never restarted with the new code"
            time.sleep(0.5)
        _problems(url, lambda found: True)
        assert len(list(temporary.iterdir())) == 2, "the preview's site and editor, once each"
        server.send_signal(stop)
        server.wait(timeout=30)
    finally:
        server.kill()
        server.wait()
    assert list(temporary.iterdir()) == []
