"""The signs no published text may hold, as a class derived from Unicode's properties rather than a list: every sign
Unicode gives no glyph of its own (controls Cc, formats Cf, private use Co, unassigned Cn, surrogates Cs, line and
paragraph separators Zl Zp), every Default_Ignorable_Code_Point (a browser shows nothing for it: the combining
grapheme joiner, Mongolian and Khmer signs, the Hangul fillers) and every Variation_Selector, and the blank Braille
pattern, which shows as a blank letter. A terminal or a text reader acts on them, a browser shows nothing, search
splits a word at them, and they carry hidden text (tag characters, or bytes written as variation selectors).

Kept: tab, line feed and carriage return; the soft hyphen U+00AD, a hint where French may break a word; the
zero-width joiner U+200D, which joins emoji into one (a woman farmer); the text and emoji presentation selectors
U+FE0E and U+FE0F right after an emoji (« ❤️ »), or after a digit, « # » or « * » that a keycap sign follows (« 1️⃣ »);
a flag's tag letters, the zero-width non-joiner between letters of a joining script, a variation selector after a
Chinese character or a Mongolian letter (each changes what is seen there).
The spaces French typography needs (U+00A0, U+202F) are spaces (Zs), not in the class.

The properties are read by the `regex` library (its Unicode version, newer than Python's own): a sign Unicode
assigns later is no longer refused as unassigned.
"""

from __future__ import annotations

import regex

_CLASS = (r"[[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Variation_Selector}\u2800]"
          r"--[\t\n\r\u00ad\u200d\ufe0e\ufe0f]]")
# U+FE0E and U+FE0F other than after an emoji (not an ASCII one), or after an ASCII one a keycap follows
_PRESENTATION = (r"(?<![[\p{Emoji}--[\x00-\x7f]]])(?<![0-9#*](?=[\ufe0e\ufe0f]\u20e3))[\ufe0e\ufe0f]")
# Signs of the class that change what is seen where they stand (red team 20 C2; the web editor keeps them,
# pcv/editor/invisible_signs.js): the tag letters of a flag (a black flag, up to 6 tags of a subdivision code, the
# cancel tag: England « 🏴󠁧󠁢󠁥󠁮󠁧󠁿 »; longer runs of tags carry hidden text);
# the zero-width non-joiner after a letter of a script whose letters join or form conjuncts (Persian « می‌خواهم »,
# Hindi « क्‌ष »), before a letter; a variation selector after a Chinese character (its variant) or a Mongolian
# letter (its form, with the vowel separator). Elsewhere each shows nothing and is still refused.
_TAG = r"[\U000E0030-\U000E0039\U000E0061-\U000E007A]"  # a subdivision code's letters and digits, as emoji write it
_ACTING = (rf"(?<=\U0001F3F4{_TAG}{{0,6}})(?={_TAG}{{0,6}}\U000E007F)(?:{_TAG}|\U000E007F)"
           r"|(?<=[\p{L}--[\p{Latin}\p{Greek}\p{Cyrillic}\p{Common}]]\p{M}*)\u200c(?=\p{L})"
           r"|(?<=\p{Han})[\ufe00-\ufe0f\U000E0100-\U000E01EF]|(?<=[\p{Mongolian}&&\p{L}]\p{M}*)[\u180b-\u180f]")
FLAGS = regex.V1
INVISIBLE = regex.compile(f"(?!{_ACTING}){_CLASS}|{_PRESENTATION}", FLAGS)
