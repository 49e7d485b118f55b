"""Serve a built site on loopback, gzipping text as a production server would,
and answering a missing address with the site's /404.html, as GitHub Pages does.

Used by the browser tests and by `benchmarks/site_benchmark.py`.
"""

from __future__ import annotations

import functools
import gzip
import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


@functools.lru_cache(maxsize=512)
def _gzipped(path: str, _mtime_ns: int) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


class _Handler(SimpleHTTPRequestHandler):
    """Static files; text types gzip-encoded when the client accepts it."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "application/javascript",
                      ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml"}

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "") and content_type.startswith(COMPRESSIBLE)
        if not (path.is_file() and gzip_ok):
            return super().send_head()  # plain files, the redirect of "/dir" to "/dir/", and 404
        body = _gzipped(str(path), path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing address gets the site's own "page not found" (status 404), if it has one."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests and the benchmark report what matters themselves."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        """A browser that leaves a page before its last response is sent is not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def bind(site: Path) -> ThreadingHTTPServer:
    """A server of `site` bound to a free loopback port, not yet serving.

    Its URL is known before `site` is built, so a build can use it as `site_url`.
    """
    return _Server(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))


def base_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/"


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    """Serve in a background thread until the block ends; yields the base URL."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
