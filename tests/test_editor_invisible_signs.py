"""What the web editor takes out of a paste and a save (pcv/editor/invisible_signs.js, run here under Node): the signs
nobody sees that Word and e-mail leave (staff play-test 8 F2), never a sign a font may draw; only signs the build
refuses (pcv/invisible_signs.py), but the soft hyphen of a paste (Word's optional hyphens)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pcv.inspection.builds import ROOT
from pcv.invisible_signs import INVISIBLE

SCRIPT = ROOT / "pcv" / "editor" / "invisible_signs.js"
pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node introuvable : nettoyage non testé")
WORD = "\u200b\u200c\ufeff\u200e\u200f\u2060\u202a\u202c\u2066\u2069\u0007\u000b\U000e0041"  # left by Word, PDFs, e-mail


def _cleaned(texts: list[str], pasted: bool) -> list[str]:
    script = (f"const m = require({json.dumps(str(SCRIPT))}); let s = ''; process.stdin.on('data', c => s += c);"
              f"process.stdin.on('end', () => process.stdout.write(JSON.stringify(JSON.parse(s).map("
              f"t => m.clean(t, {json.dumps(pasted)})))));")
    done = subprocess.run(["node", "-e", script], input=json.dumps(texts), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_signs_word_leaves_are_taken_out_of_a_paste_and_the_text_around_them_kept() -> None:
    text = "Les femmes au cœur du changement."
    pasted = "".join(letter + WORD[i % len(WORD)] for i, letter in enumerate(text))
    assert INVISIBLE.sub("", pasted) == text  # the build refuses each
    assert _cleaned([pasted, "pro\u00adgramme"], pasted=True) == [text, "programme"]
    assert _cleaned(["pro\u00adgramme"], pasted=False) == ["pro\u00adgramme"]  # accepted by the build: kept on save


def test_what_a_person_sees_is_never_taken_out() -> None:
    """Emoji joined or presented (« 👩‍🌾 », « ❤️ », « 1️⃣ »), French spaces, tab and line ends, a private-use sign
    (a Word symbol bullet) or a line separator: each kept (the build says the last two where they are)."""
    kept = ["\U0001f469\u200d\U0001f33e", "\u2764\ufe0f", "1\ufe0f\u20e3", "«\u00a0oui\u00a0» 10\u202f%", "a\tb\r\nc",
            "\uf0b7 point", "ligne\u2028suite", "\u0600\u0661"]
    assert _cleaned(kept, pasted=True) == kept


def test_only_signs_the_build_refuses_are_taken_out_on_every_code_point() -> None:
    """Each code point alone of the planes where letters and signs are (0-1) and of the tags and selectors (14),
    surrogates excepted: what the editor takes out on saving, the build refuses."""
    points = [chr(p) for p in (*range(0x20000), *range(0xe0000, 0xe1000)) if not 0xd800 <= p <= 0xdfff]
    out = _cleaned(points, pasted=False)
    removed = [point for point, after in zip(points, out) if after != point]
    assert removed and all(INVISIBLE.fullmatch(point) for point in removed), \
        [f"U+{ord(p):04X}" for p in removed if not INVISIBLE.fullmatch(p)][:20]
    assert set(WORD) <= set(removed)
