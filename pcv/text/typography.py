"""French spacing rules applied to the text of an HTML document (pure, testable)."""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_TAG_OR_ENTITY = re.compile(r"(<[^>]*>|&#?\w+;)")
_RAW_ELEMENTS = re.compile(r"<(/?)(script|style|pre|code|textarea)\b", re.IGNORECASE)
_RULES = (
    (re.compile(r"[ \u00a0\u202f]*([;!?])(?=\s|$|<|&)"), NNBSP + r"\1"),
    (re.compile(r"(?<=\w)[ \u00a0\u202f]*(:)(?=\s|$)"), NBSP + r"\1"),
    (re.compile(r"«[ \u00a0\u202f]*"), "«" + NBSP),
    (re.compile(r"[ \u00a0\u202f]*»"), NBSP + "»"),
)


def french_spacing(html: str) -> str:
    """`html` with French no-break spaces in its text nodes."""
    parts = _TAG_OR_ENTITY.split(html)
    raw_depth = 0
    for index, part in enumerate(parts):
        if part.startswith("&"):
            continue
        if part.startswith("<"):
            match = _RAW_ELEMENTS.match(part)
            if match:
                raw_depth += -1 if match.group(1) else 1
                raw_depth = max(raw_depth, 0)
        elif raw_depth == 0 and part.strip():
            parts[index] = _space(part)
    return "".join(parts)


def _space(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
