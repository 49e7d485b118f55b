"""What a reader meets in French in a built page, and the mechanical faults of French spacing in it.

Written apart from `pcv.text.typography` (which puts the spaces) so that the
tests check its result with rules of their own: an ordinary space before
; : ! ? » or %, after «, or inside a number (1 280), or no space at all.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

CODE = {"script", "style", "pre", "code", "textarea", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
SHARED_TAGS = re.compile(r"description|(og|twitter):(title|description|site_name|image:alt)")
FAULTS = {
    "espace ordinaire avant la ponctuation": re.compile(r" [;:!?»%]"),
    "espace ordinaire après «": re.compile(r"« "),
    "espace ordinaire dans un nombre": re.compile(r"(?<![\d.,])\d{1,3} \d{3}(?![\d])"),
    "pas d'espace avant ; ! ?": re.compile(r"[^\s\u00a0\u202f(«\[;:!?][;!?](?=\s|$)"),
    "pas d'espace avant :": re.compile(r"[^\s\u00a0\u202f(«\[;:!?]:(?=\s|$)"),
    "pas d'espace avant %": re.compile(r"\d%"),
    "pas d'espace après «": re.compile(r"«[^\s\u00a0\u202f]"),
    "pas d'espace avant »": re.compile(r"[^\s\u00a0\u202f]»"),
}


class _FrenchReader(HTMLParser):
    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = [("", lang)]
        self.text: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        lang = values.get("lang") or self.stack[-1][1]
        if lang.split("-")[0] == "fr":
            self.attributes += [v for name, v in values.items() if name in READ_ATTRIBUTES]
            if tag == "meta" and SHARED_TAGS.fullmatch(values.get("name") or values.get("property") or ""):
                self.attributes.append(values.get("content", ""))
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if any(tag in CODE for tag, _ in self.stack):
            self.text.append("x" if data.strip() else data)  # code reads as a word next to the text
        elif self.stack[-1][1].split("-")[0] == "fr":
            self.text.append(data)
        else:
            self.text.append("\n")


def french_texts(html: str, lang: str = "") -> list[str]:
    """The French text of `html` (read as one, across inline markup), then each French attribute value
    that readers meet; `lang` is the language of what no element's `lang` covers."""
    reader = _FrenchReader(lang)
    reader.feed(html)
    reader.close()
    return ["".join(reader.text), *reader.attributes]


def spacing_faults(text: str) -> list[str]:
    """Each fault of French spacing in `text`: what it is, and where (the text around it)."""
    return [f"{kind} — « {text[max(m.start() - 25, 0):m.end() + 15].strip()} »"
            for kind, pattern in FAULTS.items() for m in pattern.finditer(text)]

