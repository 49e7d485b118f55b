"""`make serve`: MkDocs' live preview, with the build's problems shown in the browser.

MkDocs loads hook modules once per process, and Python loads `pcv` once: after an edit to a Python file
(pcv/, hooks/), the preview restarts itself (saying so) and builds with the new code; the browser reloads
once it is back. Templates, data and pages need no restart (each build reads them again).

MkDocs' own `serve` leaves the browser waiting on the last good page when a
rebuild fails, and prints a traceback. Here a failed build is caught: every
page of the preview becomes a French page listing the problems (file, line,
what to do), which reloads by itself after the next save, back to the site
once the build succeeds. mkdocs.yml is checked by us before MkDocs reads it.

This mirrors `mkdocs.commands.serve.serve` (MkDocs 1.6; ProperDocs has the
same) and relies on two internals of its LiveReloadServer: `_serve_request`
and `_inject_js_into_html`.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException
from mkdocs.livereload import LiveReloadServer

from pcv.checks.config_file import config_problems
from pcv.editor.admin import FOLDER as ADMIN, publish_for
from pcv.preview.local_requests import EDITOR_FRAMING, refusal, with_preview_policy
from pcv.problems import Problem, ProblemsFound, problems_report
from pcv.safety.csp import with_injected_script
from pcv.preview.editor_problems import problems_json
from pcv.preview.problems_page import problems_page

log = logging.getLogger("mkdocs.preview")


class BuildFailed(Exception):
    """The build stopped; `problems` and `notes` (messages without a file) say why; `logged`: already printed."""

    def __init__(self, problems: list[Problem], notes: list[str], logged: bool):
        report = problems_report(tuple(problems), then="enregistrez") if problems else ""
        super().__init__("\n".join(filter(None, [report, *notes])))
        self.problems, self.notes, self.logged = problems, notes, logged


PROBLEMS_JSON = "/__pcv/problems.json"  # what the editor at /admin/ asks, to show the problems above its forms


class PreviewServer(LiveReloadServer):
    """MkDocs' live-reload server, answering every page with `problems_html` while it is set; /admin/ (the web
    editor) from `admin_dir` whatever the build's state, and the problems as JSON at PROBLEMS_JSON."""

    problems_html: bytes | None = None
    problems_json: bytes = b'{"problems": [], "notes": []}'
    admin_dir: Path | None = None
    building: bool = False  # a rebuild is under way: the editor says the list may be about to change

    def serve_request(self, environ, start_response):
        """Only a browser of this machine or network, by address (pcv/preview/local_requests.py); the site's
        pages and their 404 with `PREVIEW_POLICY`, the editor with its own (it saves files)."""
        refused = refusal(environ.get("HTTP_HOST"), environ.get("HTTP_ORIGIN"), self.server_address[1])
        if refused:
            start_response("403 Forbidden", [("Content-Type", "text/plain; charset=utf-8")])
            return [f"Refusé : {refused}.".encode()]
        path = environ["PATH_INFO"]
        if self.admin_dir and (path == f"/{ADMIN}" or path.startswith(f"/{ADMIN}/")):
            return self._serve_admin(path, environ["HTTP_HOST"], start_response)
        return super().serve_request(environ, with_preview_policy(start_response))

    def _serve_request(self, environ, start_response):
        path = environ["PATH_INFO"]
        if path == PROBLEMS_JSON:
            content = self.problems_json[:-1] + b', "building": true}' if self.building else self.problems_json
            return _respond(start_response, content, "application/json")
        page = path.endswith("/") or path.endswith(".html")
        if self.problems_html is None or not page or path.startswith("/livereload/"):
            return super()._serve_request(environ, start_response)
        with self._epoch_cond:
            epoch = self._visible_epoch
        return _respond(start_response, self._inject_js_into_html(self.problems_html, epoch), "text/html; charset=utf-8")

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        return with_injected_script(content, super()._inject_js_into_html(content, epoch))  # allowed by the policy

    def _serve_admin(self, path: str, host: str, start_response):
        """A file of the editor, unchanged (no live reload: a reload would lose what is being typed); opened at
        localhost, the editor moves to 127.0.0.1, the only address decap-server answers (pcv/editor/local.py)."""
        if path == f"/{ADMIN}" or host.lower().startswith("localhost:"):
            there = f"http://127.0.0.1:{self.server_address[1]}" if host.lower().startswith("localhost:") else ""
            start_response("302 Found", [("Location", f"{there}/{ADMIN}/"), *EDITOR_FRAMING])
            return [b""]
        file = (self.admin_dir / path[len(ADMIN) + 2:]).resolve()
        if file.is_dir():
            file = file / "index.html"
        if not file.is_relative_to(self.admin_dir.resolve()) or not file.is_file():
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8"), *EDITOR_FRAMING])
            return ["Introuvable.".encode()]
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        content = file.read_bytes()
        if file.name == "index.html":  # tells pcv/editor/problems.js that this preview answers PROBLEMS_JSON
            content = content.replace(b'<html lang="fr"', b'<html lang="fr" data-preview="problems"', 1)
        return _respond(start_response, content, kind + ("; charset=utf-8" if kind.startswith("text/") else ""),
                        EDITOR_FRAMING)


def _respond(start_response, content: bytes, kind: str, headers: tuple[tuple[str, str], ...] = ()) -> list[bytes]:
    start_response("200 OK", [("Content-Type", kind), ("Content-Length", str(len(content))),
                              ("Cache-Control", "no-store"), *headers])
    return [content]


def build_once(root: Path, site_dir: str, serve_url: str, config: MkDocsConfig | None = None) -> None:
    """Check and read mkdocs.yml (unless `config` is given: the first build, as MkDocs' serve does), then build
    the site into `site_dir`; `BuildFailed` with the reasons if it stops."""
    problems = [] if config else config_problems(root)
    if problems:
        raise BuildFailed(problems, [], logged=False)
    with _messages() as messages:
        try:
            config = config or load_config(config_file=str(root / "mkdocs.yml"), site_dir=site_dir)
            config.site_url = serve_url
            build(config, serve_url=serve_url)
        except Abort as exc:  # MkDocs logged why: our problems (a PluginError), or --strict warnings
            found = exc.__context__
            if isinstance(found, ProblemsFound):
                raise BuildFailed(list(found.problems), [m for m in messages if m != str(found)], logged=True) from None
            raise BuildFailed([], messages or [str(exc)], logged=True) from None
        except MkDocsException as exc:
            raise BuildFailed([], [*messages, str(exc)], logged=False) from None
        except Exception as exc:  # a template or hook that breaks: a message, never a traceback
            raise BuildFailed([], [*messages, f"erreur inattendue pendant la construction ({type(exc).__name__} : "
                                   f"{exc}). Annulez votre dernier changement, ou copiez ce message à l'équipe "
                                   "technique."], logged=False) from None


@contextmanager
def _messages() -> Iterator[list[str]]:
    """The warnings and errors logged meanwhile (by MkDocs, in English, or by a hook), as texts."""
    found: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: found.append(record.getMessage())
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield found
    finally:
        logger.removeHandler(handler)


CODE_FOLDERS = ("pcv", "hooks")
# How often the watched folders are looked at (MkDocs' 0.5 s is half a second of waiting, at worst, before a
# rebuild starts: the goal is a saved page shown within 1 s); each look is a few hundred file dates.
POLLING_INTERVAL = 0.2


def code_stamp(root: Path) -> tuple[tuple[str, int], ...]:
    """Each Python file of the build's code, with its modification time: what a restart is needed for."""
    return tuple(sorted((str(path), path.stat().st_mtime_ns)
                        for folder in CODE_FOLDERS for path in (root / folder).rglob("*.py")))


def serve(root: Path, host: str, port: int) -> None:
    """Preview the site at `root` on http://host:port/ until Ctrl+C (mkdocs.yml checked by the caller)."""
    site_dir = tempfile.mkdtemp(prefix="pcv-preview-")
    editor_dir = Path(tempfile.mkdtemp(prefix="pcv-editor-"))
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=site_dir)
    serve_url = f"http://{host}:{port}/"
    server: PreviewServer
    code = code_stamp(root)

    def builder(first: MkDocsConfig | None = None) -> None:
        if code_stamp(root) != code:
            log.info("Code Python modifié (pcv/, hooks/) : l'aperçu redémarre pour construire avec le nouveau code ; "
                     "le navigateur se recharge dans quelques secondes.")
            shutil.rmtree(site_dir, ignore_errors=True)
            shutil.rmtree(editor_dir, ignore_errors=True)
            os.execv(sys.executable, [sys.executable, *sys.argv])
        log.info("Construction de l'aperçu…")
        server.building = True
        server.admin_dir = _publish_editor(config, editor_dir) or server.admin_dir
        try:
            build_once(root, site_dir, serve_url, first)
        except BuildFailed as failed:
            server.problems_html = problems_page(failed.problems, failed.notes).encode("utf-8")
            server.problems_json = problems_json(failed.problems, failed.notes, root, server.admin_dir)
            if not failed.logged:
                log.error(str(failed))
            log.error(f"L'aperçu ({serve_url}) montre ces problèmes ; il reviendra au site une fois corrigés.")
        else:
            server.problems_html = None
            server.problems_json = problems_json([], [], root, server.admin_dir)
        finally:
            server.building = False

    server = PreviewServer(builder=builder, host=host, port=port, root=site_dir, polling_interval=POLLING_INTERVAL)
    config.plugins.on_startup(command="serve", dirty=False)
    for stop in (signal.SIGTERM, signal.SIGHUP):  # a task stopped, a terminal closed: cleaned as after Ctrl+C
        signal.signal(stop, _interrupt)
    try:
        builder(config)
        watched = (config.docs_dir, config.config_file_path, *config.watch, *(str(root / f) for f in CODE_FOLDERS))
        for path in dict.fromkeys(os.path.abspath(p) for p in watched):
            if os.path.exists(path):  # a project whose engine (pcv/) is installed elsewhere has no such folder
                server.watch(path)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Aperçu arrêté.")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
        shutil.rmtree(editor_dir, ignore_errors=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _publish_editor(config: MkDocsConfig, folder: Path) -> Path | None:
    """The web editor written into `folder` apart from the site, so that it answers while the build fails;
    None when Decap CMS is not installed or its configuration cannot be made (the build says why)."""
    try:
        return publish_for(config, folder)
    except Exception:  # noqa: BLE001 - the build that follows reports the same problem in French
        return None
