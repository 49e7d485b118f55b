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
WORD = "\u200b\ufeff\u200e\u200f\u2060\u202a\u202c\u2066\u2069\u0007\u000b\U000e0041"  # left by Word, PDFs, e-mail


def _cleaned(texts: list[str], pasted: bool, call: str = "clean") -> list[str]:
    script = (f"const m = require({json.dumps(str(SCRIPT))}); let s = ''; process.stdin.on('data', c => s += c);"
              f"process.stdin.on('end', () => process.stdout.write(JSON.stringify(JSON.parse(s).map("
              f"t => m.{call}(t, {json.dumps(pasted)})))));")
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


def test_word_s_line_and_paragraph_separators_become_the_breaks_she_saw_in_a_paste() -> None:
    """STAFF9 F5: a line broken with Maj+Entrée in Word (U+2028) was kept by a paste and the build refused the page;
    U+2029 likewise. A paste makes them a line break and a paragraph break in a text box, a space in a field of one
    line; the build still refuses them, for a file changed elsewhere."""
    pasted = "dit Amélie.\u2028Puis elle part.\u2029Fin."
    assert all(INVISIBLE.search(sign) for sign in "\u2028\u2029")  # the build refuses both
    assert _cleaned([pasted], False, call="breaks") == ["dit Amélie.\nPuis elle part.\n\nFin."]
    assert _cleaned([pasted], True, call="breaks") == ["dit Amélie. Puis elle part. Fin."]


def test_only_signs_the_build_refuses_are_taken_out_on_every_code_point() -> None:
    """Each code point alone of the planes where letters and signs are (0-1) and of the tags and selectors (14),
    surrogates excepted: what the editor takes out on saving, the build refuses."""
    points = [chr(p) for p in (*range(0x20000), *range(0xe0000, 0xe1000)) if not 0xd800 <= p <= 0xdfff]
    out = _cleaned(points, pasted=False)
    removed = [point for point, after in zip(points, out) if after != point]
    assert removed and all(INVISIBLE.fullmatch(point) for point in removed), \
        [f"U+{ord(p):04X}" for p in removed if not INVISIBLE.fullmatch(p)][:20]
    assert set(WORD) <= set(removed)


# Red team 20 C2: signs that change what is seen where they stand, with what they show
ACTING = {
    "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f": "England's flag",
    "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f": "Scotland's flag",
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645": "Persian, letters kept apart",
    "\u0915\u094d\u200c\u0937": "Hindi, no conjunct",
    "\u182d\u180b": "Mongolian letter, its first variant form",
    "\u845b\U000e0100": "Chinese character, its variant",
}


@pytest.mark.parametrize("pasted", [True, False])
def test_signs_that_change_what_is_seen_are_kept_by_the_editor_and_accepted_by_the_build(pasted: bool) -> None:
    """A flag's tag letters, the zero-width non-joiner and a variation selector each change the text's look: the
    editor, pasting or saving, keeps them (it used to make England's flag a black flag), and the build accepts them
    there."""
    texts = [f"Partenaire {text} : fin." for text in ACTING]
    assert _cleaned(texts, pasted) == texts
    assert [text for text in texts if INVISIBLE.search(text)] == []


def test_the_same_signs_where_they_show_nothing_are_still_refused_by_the_build() -> None:
    """Kept by the editor (it never guesses), they are said by the build at their line: a non-joiner between French
    letters, a selector after a Latin letter, a flag's tags without its end; tags without a flag (hidden text) go."""
    stray = ["cha\u200cnger", "a\ufe00", "\U0001f3f4\U000e0067\U000e0062 fin", "\u0645\u200c ", " \u180b"]
    assert _cleaned(stray, pasted=True) == stray
    assert all(INVISIBLE.search(text) for text in stray)
    assert _cleaned(["oui\U000e0041\U000e007f"], pasted=False) == ["oui"]


def test_a_run_of_tags_longer_than_a_flag_is_still_refused_by_the_build() -> None:
    """Tags after a black flag can still carry hidden text: kept by the editor, refused by the build past a
    subdivision code's length (6), or with a capital or a space."""
    def tags(code: str) -> str:
        return "\U0001f3f4" + "".join(chr(0xE0000 + ord(letter)) for letter in code) + "\U000e007f"
    assert not INVISIBLE.search(tags("gbwls"))
    hidden = [tags("gbeng mot de passe"), tags("Gbeng"), tags("gbengxx")]
    assert _cleaned(hidden, pasted=True) == hidden
    assert all(INVISIBLE.search(text) for text in hidden)
