"""A Content-Security-Policy for each page, from the hashes of its own inline scripts and styles.

Every page leaves the build sanitised (pcv/safety/sanitiser.py): the inline `<script>` and `<style>`
elements left are the templates' own. The policy lets the browser run those (by their SHA-256) and
load anything else only from the site itself, so that a script that got past every check still cannot
run. It is a `<meta http-equiv>` at the top of `<head>`, before any script: a static host sends no
header of ours. Directives a `<meta>` cannot carry (frame-ancestors, report-uri, sandbox) are left out.

The preview's pages carry it too (a script there could drive the editor, same site, which writes files): the
live-reload script MkDocs adds to each answer is allowed by its hash (`with_injected_script`).
"""

from __future__ import annotations

import base64
import hashlib
import re

from pcv.safety.raw_text import raw_elements

_SRC = re.compile(r"""\ssrc\s*=""", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
# Material's icons are data: SVG images in its stylesheet; everything else comes from the site itself.
FIXED = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"


def policy(html: str) -> str:
    """The policy of the page `html`: its inline scripts' and styles' hashes, the rest from the site only."""
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for element in raw_elements(html):
        tag = element.name.lower()
        if tag == "script" and _SRC.search(element.attributes):
            continue
        content = html[element.content:element.end]
        digest = base64.b64encode(hashlib.sha256(content.encode("utf-8")).digest()).decode("ascii")
        hashes[tag].append(f"'sha256-{digest}'")
    script, style = (" ".join(["'self'", *dict.fromkeys(found)]) for found in (hashes["script"], hashes["style"]))
    return f"{FIXED}; script-src {script}; style-src {style}"


def with_policy(html: str) -> str:
    """`html` with its policy as the first element of its `<head>` (unchanged if it has none)."""
    head = _HEAD.search(html)
    if head is None:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html[:head.end()] + meta + html[head.end():]


def with_injected_script(page: bytes, answered: bytes) -> bytes:
    """`answered`, the `page` with one inline `<script>` inserted before its last `</body>` (MkDocs' live reload),
    its policy allowing that script too."""
    end = page.rfind(b"</body>")
    end = len(page) if end == -1 else end
    script = answered[end + len(b"<script>"):len(answered) - (len(page) - end) - len(b"</script>")]
    digest = base64.b64encode(hashlib.sha256(script).digest()).decode("ascii")
    return answered.replace(b"script-src 'self'", f"script-src 'self' 'sha256-{digest}'".encode(), 1)
