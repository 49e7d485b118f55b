"""The templates' own `<script>`, `<style>` and `<noscript>` elements, told apart from anything a page,
the data or the environment could put in a page.

The sanitiser removes every script and style element. The ones the theme's
templates write themselves (Material's configuration and helpers, our
script loader, our stylesheet's first-paint rules and its link for readers
without script) must stay: `OwnCode`, a Jinja extension, wraps each
`<script…</script>`, `<style…</style>` and `<noscript…</noscript>` written in
a template file's *source* between two HTML comments that carry a secret
drawn when the build starts. Text that reaches a template as a value (a
page's HTML, its front matter, the data, an environment variable) is never
template source, so it cannot carry the secret: its scripts are not marked,
and the sanitiser removes them. `set_aside` takes the marked elements out
of a page before it is sanitised, `put_back` returns them after.

A script a template builds in a filter or a Python value (not written in
its source) is not marked, so it is removed: write scripts in templates.
"""

from __future__ import annotations

import secrets

from jinja2.ext import Extension

SECRET = secrets.token_hex(16)  # drawn once per build process
OPEN, CLOSE = f"<!--own-code-{SECRET}-->", f"<!--/own-code-{SECRET}-->"
_ELEMENTS = ("script", "style", "noscript")


class OwnCode(Extension):
    """Marks every script, style and noscript element of a template's source as the template's own."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        for tag in _ELEMENTS:
            source = source.replace(f"<{tag}", f"{OPEN}<{tag}").replace(f"</{tag}>", f"</{tag}>{CLOSE}")
        return source


def set_aside(html: str) -> tuple[str, dict[str, str]]:
    """`html` with each marked element replaced by a token, and the elements by token."""
    kept: dict[str, str] = {}
    parts: list[str] = []
    position = 0
    while (start := html.find(OPEN, position)) != -1 and (end := html.find(CLOSE, start)) != -1:
        token = f"own{SECRET}n{len(kept)}"
        kept[token] = html[start + len(OPEN):end]
        parts += [html[position:start], token]
        position = end + len(CLOSE)
    parts.append(html[position:])
    return "".join(parts), kept


def put_back(html: str, kept: dict[str, str]) -> str:
    """`html` with each token replaced by the element it stands for."""
    for token, element in kept.items():
        html = html.replace(token, element, 1)
    return html
