"""Which requests the preview answers: those of a browser on this machine that opened it by its own address.

A page of another site can re-point its own name at 127.0.0.1 (DNS rebinding) and then read the preview as
if it were its own: unpublished pages, the problems' list with the project's file names. The request still
names the other site (its `Host`), never an IP address or `localhost`, which is how it is told apart.
decap-server, which writes files, has the same rule in pcv/editor/decap_server.js (and a stricter one).

The preview's pages have no Content-Security-Policy of their own (MkDocs adds its live-reload script to each),
yet decap-server writes files for a request from the preview's address (the editor's page). So that a script
that got into a preview page cannot use it, every answer but the editor's says `PREVIEW_POLICY`: requests only
to the preview itself (decap-server's API takes only JSON, which a form cannot send), forms only to it, and shown
in a frame only by the preview itself; the editor's answers say `EDITOR_FRAMING`.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def refusal(host: str | None, origin: str | None, port: int) -> str | None:
    """Why a request naming `host` (its Host header), sent by a page of `origin` (None: no page, or the same
    one), is refused by a server on `port`; None if it is answered."""
    try:
        address = urlsplit(f"http://{host or ''}")
        name, its_port = address.hostname or "", address.port
    except ValueError:
        return "adresse illisible"
    if its_port != port or not (name == "localhost" or _is_ip(name)) or address.netloc != host:
        return f"l'aperçu s'ouvre à l'adresse http://127.0.0.1:{port}/, pas à celle d'un autre site"
    if origin is not None and origin != f"http://{host}":
        return "une page d'un autre site ne peut pas lire l'aperçu"
    return None


PREVIEW_POLICY = "connect-src 'self'; form-action 'self'; frame-ancestors 'self'"
# The editor's page writes files (through decap-server) at a click: no page of another site may show it in a
# frame and lay its own buttons over it (clickjacking). Its <meta> policy cannot say so; this header does.
EDITOR_FRAMING = (("Content-Security-Policy", "frame-ancestors 'self'"), ("X-Frame-Options", "SAMEORIGIN"))


def with_preview_policy(start_response):
    """`start_response` (WSGI) adding `PREVIEW_POLICY` to the answer's headers."""
    def starting(status, headers, exc_info=None):
        return start_response(status, [*headers, ("Content-Security-Policy", PREVIEW_POLICY)], exc_info)
    return starting


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True
