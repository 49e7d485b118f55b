"""The signs no published text may hold, as a class rather than a list: every sign Unicode gives no glyph of its own
(controls Cc, formats Cf, private use Co, unassigned Cn, surrogates Cs, line and paragraph separators Zl Zp) and
the fillers that show as blank letters. A terminal or a text reader acts on them, a browser shows nothing, search
splits a word at them, and they carry hidden text (the tag characters U+E0000-U+E007F).

Kept: tab, line feed and carriage return; the soft hyphen U+00AD, a hint where French may break a word; the
zero-width joiner U+200D, which joins emoji into one (a woman farmer). The spaces French typography needs (U+00A0,
U+202F) are spaces (Zs), not in the class.
"""

from __future__ import annotations

import re
import unicodedata

_NO_GLYPH = {"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"}
_KEPT = {"\t", "\n", "\r", "\u00ad", "\u200d"}
_FILLERS = "\u115f\u1160\u2800\u3164\uffa0"  # Hangul fillers, the blank Braille pattern
# Planes 4 to 13 are unassigned and planes 15 and 16 private use, whole: read as ranges, not sign by sign.
_WHOLE_PLANES = "\U00040000-\U000dffff\U000f0000-\U0010ffff"


def _class_ranges() -> str:
    """The class's ranges in planes 0 to 3 and 14, in a regular expression's brackets."""
    ranges = []
    for first, last in ((0, 0x40000), (0xE0000, 0xF0000)):
        signs = map(chr, range(first, last))
        mask = bytes(sign not in _KEPT and unicodedata.category(sign) in _NO_GLYPH for sign in signs)
        for run in re.finditer(b"\x01+", mask):
            ranges.append(f"{re.escape(chr(first + run.start()))}-{re.escape(chr(first + run.end() - 1))}")
    return "".join(ranges)


INVISIBLE = re.compile(f"[{_class_ranges()}{_FILLERS}{_WHOLE_PLANES}]")
