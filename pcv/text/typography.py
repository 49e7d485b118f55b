"""French spacing in an HTML document: no-break spaces where French typography needs them (pure, testable).

Editors, data and the theme type ordinary spaces, or none. In every French
element (the `lang` of the nearest element that says one), this module
puts a narrow no-break space before ; ! ?, a no-break space before : and %,
inside « », and between the digit groups of a number (1 280), in the text
and in the attributes a reader or a screen reader meets (alt, title,
aria-label, placeholder, and the content of description and sharing tags).
Text is read across inline markup ("<strong>Régions</strong> :"), and code
counts as a word next to it, but is never changed itself.
"""

from __future__ import annotations

import html as html_lib
import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACES = "[ \u00a0\u202f]*"
_OBJECT = "\ufffc"  # stands for code in the text read: a word, never changed
# A script or style element is one token: its text may hold "<" and ends only at its end tag.
_SCRIPT_OR_STYLE = r"<script\b.*?</script\s*>|<style\b.*?</style\s*>"
_TOKEN = re.compile(rf"({_SCRIPT_OR_STYLE}|<!--.*?-->|<[^>]*>|&#?\w+;)", re.DOTALL | re.IGNORECASE)
_WHOLE_ELEMENT = re.compile(_SCRIPT_OR_STYLE, re.DOTALL | re.IGNORECASE)
_RAW = {"script", "style", "pre", "code", "textarea", "svg"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)")
_LANG = re.compile(r"""\slang\s*=\s*["']?([\w-]*)""", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""(\s(?:alt|title|aria-label|placeholder)\s*=\s*")([^"]*)(")""", re.IGNORECASE)
_META_TEXT = re.compile(r"""\s(?:name|property)\s*=\s*"(?:description|(?:og|twitter):(?:title|description|site_name|image:alt))\"""")
_CONTENT = re.compile(r"""(\scontent\s*=\s*")([^"]*)(")""", re.IGNORECASE)
# Each rule finds a gap (a run of spaces, maybe empty) and the one space it must hold.
_RULES = (
    (re.compile(rf"(?<=[^\s;:!?«(\[])(?P<gap>{_SPACES})(?=[;!?](?![\w/=&]))"), NNBSP),
    (re.compile(rf"(?<=[^\s;:!?«(\[])(?P<gap>{_SPACES})(?=:(?:\s|$))"), NBSP),
    (re.compile(rf"(?<=\d)(?P<gap>{_SPACES})(?=%)"), NBSP),
    (re.compile(rf"(?<=«)(?P<gap>{_SPACES})"), NBSP),
    (re.compile(rf"(?<=\S)(?P<gap>{_SPACES})(?=»)"), NBSP),
    (re.compile(r"(?<![\d.,])\d{1,3}(?P<gap> )(?=\d{3}(?:[ \u00a0]\d{3})*(?![\d.,]\d))"), NBSP),
)


@dataclass
class _Part:
    text: str  # as in the document
    read: str  # as read by the rules: the character of an entity, _OBJECT for code, "" for a tag
    editable: bool

    @property
    def plain(self) -> bool:
        """Editable text read as written (not an entity): a space can go anywhere in it."""
        return self.editable and self.read == self.text


Memo = dict  # (open elements, lang, a line's text) -> (the line spaced, open elements after it)


def french_spacing(html: str, lang: str = "fr", memo: Memo | None = None) -> str:
    """`html` with French spacing in the text and attributes of its French elements; `lang` is
    the language of what no element's `lang` covers.

    The document is spaced line by line: a rule finds a gap between two characters that are neither a
    line break nor beside one, so no rule reaches across a line break between two tags, and a line with
    the same open elements is spaced the same way wherever it is. `memo` keeps the lines already spaced
    (pages share their menu and footer: a build passes one memo for all its pages)."""
    memo = {} if memo is None else memo
    stack: tuple[tuple[str, str], ...] = ()  # open elements that set a language or hold raw text: (tag, lang)
    out: list[str] = []
    tokens = _TOKEN.split(html)  # text at even places, markup and entities at odd ones
    ends = list(accumulate(map(len, tokens)))  # where each token ends in `html`
    lines = [2 * i for i, text in enumerate(tokens[::2]) if "\n" in text and text.isspace()]  # each line's last token
    if not lines or lines[-1] != len(tokens) - 1:
        lines.append(len(tokens) - 1)
    start = 0
    for end in lines:
        # A line is known by its text: the same text is the same tokens (a line ends where a token does).
        key = (stack, lang, html[ends[start - 1] if start else 0:ends[end]])
        spaced = memo.get(key)
        if spaced is None:
            spaced = memo[key] = _spaced_tokens(tuple(filter(None, tokens[start:end + 1])), list(stack), lang)
        out.append(spaced[0])
        stack = spaced[1]
        start = end + 1
    return "".join(out)


def _spaced_tokens(tokens: tuple[str, ...], stack: list[tuple[str, str]], lang: str) -> tuple[str, tuple]:
    parts: list[_Part] = []
    for token in tokens:
        current = stack[-1][1] if stack else lang
        raw = any(tag in _RAW for tag, _ in stack)
        if token.startswith("<!--") or _WHOLE_ELEMENT.fullmatch(token):
            parts.append(_Part(token, "", False))
        elif token.startswith("<"):
            parts.append(_Part(_tag(token, stack, current), "", False))
        elif token.startswith("&"):
            parts.append(_Part(token, _OBJECT if raw else html_lib.unescape(token), not raw and _is_french(current)))
        else:
            parts.append(_Part(token, _OBJECT if raw and token.strip() else token, not raw and _is_french(current)))
    _space_parts(parts)
    return "".join(part.text for part in parts), tuple(stack)


def _is_french(lang: str) -> bool:
    return lang.lower().split("-")[0] == "fr"


def _tag(token: str, stack: list[tuple[str, str]], current: str) -> str:
    """Follow the open elements; a start tag of a French element comes back with its attributes spaced."""
    match = _TAG.match(token)
    if not match:
        return token
    closing, name = match.group(1), match.group(2).lower()
    if closing:
        for index in range(len(stack) - 1, -1, -1):
            if stack[index][0] == name:
                del stack[index:]
                break
        return token
    lang_match = _LANG.search(token)
    lang = lang_match.group(1) if lang_match else current
    if (lang_match or name in _RAW) and name not in _VOID and not token.endswith("/>"):
        stack.append((name, lang))
    elif stack and name == stack[-1][0]:
        stack.append((name, lang))  # the same element nested in itself: keep the count
    if not _is_french(lang):
        return token
    token = _ATTRIBUTE.sub(lambda m: m.group(1) + _space_value(m.group(2)) + m.group(3), token)
    if name == "meta" and _META_TEXT.search(token):
        token = _CONTENT.sub(lambda m: m.group(1) + _space_value(m.group(2)) + m.group(3), token)
    return token


def _space_value(value: str) -> str:
    parts = [_Part(t, html_lib.unescape(t) if t.startswith("&") else t, True) for t in _TOKEN.split(value) if t]
    _space_parts(parts)
    return "".join(part.text for part in parts)


def _space_parts(parts: list[_Part]) -> None:
    """Apply every rule to the text the parts read as one, editing only the editable parts."""
    if not any(part.editable for part in parts):
        return
    read = None
    for pattern, space in _RULES:
        if read is None:  # read again only after a rule changed it
            read = "".join(part.read for part in parts)
            ends = list(accumulate(len(part.read) for part in parts))  # where each part's reading ends
        edits = [m.span("gap") for m in pattern.finditer(read) if m.group("gap") != space]
        for start, end in reversed(edits):  # from the end, so that the positions before stay right
            _replace_gap(parts, ends, start, end, space)
        if edits:
            read = None


def _owner(ends: list[int], position: int) -> tuple[int, int]:
    """The part that holds the character read at `position`, and its offset in it."""
    index = bisect_right(ends, position)
    return index, position - (ends[index - 1] if index else 0)


def _replace_gap(parts: list[_Part], ends: list[int], start: int, end: int, space: str) -> None:
    """Put `space` in place of the characters read at start:end (none: insert it there)."""
    touched = [_owner(ends, position) for position in range(start, end)]
    if any(not parts[index].editable for index, _ in touched):
        return
    if not touched:  # an insertion: into the text holding the next character, else the previous one
        after = _owner(ends, start) if start < ends[-1] else None
        before = _owner(ends, start - 1) if start > 0 else None
        if after and parts[after[0]].plain:
            index, offset = after
        elif before and parts[before[0]].plain:
            index, offset = before[0], before[1] + 1
        else:
            return
        part = parts[index]
        part.text = part.read = part.text[:offset] + space + part.text[offset:]
        return
    for index, offset in reversed(touched):
        part = parts[index]
        replacement = space if (index, offset) == touched[0] else ""
        if not part.plain:  # an entity (&nbsp;): the whole of it
            part.text = part.read = replacement
        else:
            part.text = part.read = part.text[:offset] + replacement + part.text[offset + 1:]


# Material's script writes these labels followed by ": " (missing search terms: "Non trouvé: …").
LABELS_BEFORE_COLON = ("search.result.term.missing",)


def space_script_labels(translations: dict[str, str]) -> None:
    """End the French labels that Material's script follows with ": " with the no-break space French wants."""
    for key in LABELS_BEFORE_COLON:
        if key in translations:
            translations[key] = translations[key].rstrip(" \u00a0") + NBSP
