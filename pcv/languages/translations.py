"""Which version of each page is the original, and whether its translation is up to date.

Each page exists in docs/fr/ and docs/en/ under the same path. One version is
the original (French, unless the French page is the one marked as a
translation); the other is its translation, whose front matter records
either that it awaits translation:

    translation: pending

or the fingerprint of the original's text it was translated from:

    translated_from: "3f2a9c1b7d4e"

An empty mark (`translation: ""`, as the web editor writes a field it
clears) is no mark. The web editor marks a translation current by writing
when it was reviewed, `translation_reviewed: 2026-12-06 17:10` (ticking
« Traduction relue »): the translation then changes with its original, which
the history below counts.

A translation is up to date when that fingerprint is the original's, or when
the repository's history shows it was last changed after its original (in
the same commit, or a later one): saving the reviewed translation, from
GitHub's web editor or any other, is enough. Before any commit, a file saved
on this computer counts from when it was written (both files of one save of
the editor count as written together): the preview of `make editor` shows the
state of what she saved, « Traduction relue » included. Without history (no
git, a shallow clone), the fingerprint alone decides; `make translated PAGE=…`
records it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from pcv.pages.front_matter import PENDING
from pcv.pages.markdown import LANGUAGES, MarkdownPage

DEFAULT_SOURCE = "fr"
MARKS = ("translation", "translated_from")
SAVED_TOGETHER = timedelta(seconds=5)  # two files written by one save of the editor


class Status(Enum):
    ORIGINAL = "original"
    UP_TO_DATE = "à jour"
    OUT_OF_DATE = "à mettre à jour"
    PENDING = "en attente de traduction"
    MISSING = "manquante"


@dataclass(frozen=True)
class PageTranslation:
    path: str  # shared by both languages: "approche.md"
    source: str  # language of the original
    status: Status  # of the translation

    @property
    def translation(self) -> str:
        """The language of the translation."""
        return next(lang for lang in LANGUAGES if lang != self.source)

    def status_in(self, lang: str) -> Status:
        return Status.ORIGINAL if lang == self.source else self.status


def fingerprint(text: str) -> str:
    """A short hash of a page's text, blind to line endings and trailing spaces."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    normalised = "\n".join(lines).strip("\n")
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:12]


def is_marked(page: MarkdownPage) -> bool:
    """The page says it is a translation (it has `translation` or `translated_from`)."""
    return any(page.meta.get(mark) not in (None, "") for mark in MARKS)


def translation_language(fr: MarkdownPage, en: MarkdownPage) -> str:
    """The language of the version that is the translation: the marked one, else English."""
    return "fr" if is_marked(fr) and not is_marked(en) else "en"


def page_translation(path: str, versions: dict[str, MarkdownPage], changed: dict[str, datetime] | None = None,
                     edited: dict[str, datetime] | None = None) -> PageTranslation:
    """The state of the page at `path`, given its versions by language (one may be missing), when each file was last
    committed (`changed`, by repo-relative path) and when those saved since were written (`edited`; see
    pcv.pages.history)."""
    if len(versions) < len(LANGUAGES):
        (source,) = versions
        return PageTranslation(path, source, Status.MISSING)
    target = translation_language(versions["fr"], versions["en"])
    source = next(lang for lang in LANGUAGES if lang != target)
    translation = versions[target]
    if translation.meta.get("translation") == PENDING:
        status = Status.PENDING
    elif (str(translation.meta.get("translated_from")) == fingerprint(versions[source].text)
          or _changed_since(translation, versions[source], {**(changed or {}), **(edited or {})}, edited or {})
          or _written_together(translation, versions[source], changed or {})):
        status = Status.UP_TO_DATE
    else:
        status = Status.OUT_OF_DATE
    return PageTranslation(path, source, status)


def _changed_since(translation: MarkdownPage, original: MarkdownPage, changed: dict[str, datetime],
                   edited: dict[str, datetime]) -> bool:
    """The translation last changed with or after its original: in the same commit or a later one, or saved since
    (`edited`) after it, or both saved at once (the editor writes both files of a save a moment apart)."""
    when, original_when = changed.get(translation.name), changed.get(original.name)
    if when is None or original_when is None:
        return False
    together = translation.name in edited and original.name in edited and abs(when - original_when) <= SAVED_TOGETHER
    return when >= original_when or together


def _written_together(translation: MarkdownPage, original: MarkdownPage, changed: dict[str, datetime]) -> bool:
    """A translation never marked, created with its original: neither is in the history yet (both new, as a
    page created in both languages at once in the editor, before it is committed)."""
    return (translation.meta.get("translated_from") in (None, "")
            and translation.name not in changed and original.name not in changed)


def page_translations(pages: dict[tuple[str, str], MarkdownPage], changed: dict[str, datetime] | None = None,
                      edited: dict[str, datetime] | None = None) -> dict[str, PageTranslation]:
    """The state of every page, by shared path, in path order (`changed`, `edited`: as for `page_translation`)."""
    paths = sorted({path for _, path in pages})
    return {
        path: page_translation(path, {lang: pages[(lang, path)] for lang in LANGUAGES if (lang, path) in pages},
                               changed, edited)
        for path in paths
    }


def _as_yaml_text(value: str) -> str:
    """`value` as the web editor writes a text: bare, quoted only when YAML would read a number."""
    return f'"{value}"' if re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", value) else value


def marked_up_to_date(translation_text: str, source_fingerprint: str) -> str:
    """`translation_text` with `translated_from: <fingerprint>` in its front matter, the old marks removed with the
    lines their values continue on (« translation: » then «   pending » on the next line: red team 24), so that every
    other field reads as it did."""
    text = translation_text.replace("\r\n", "\n")
    mark = f"translated_from: {_as_yaml_text(source_fingerprint)}\n"
    match = re.match(r"-{3}[ \t]*\n(.*?\n)?(?=(?:\.{3}|-{3})[ \t]*\n)", text, re.DOTALL)
    if not match:
        return f"---\n{mark}---\n\n{text}"
    kept, in_mark = [], False
    for line in (match.group(1) or "").splitlines(keepends=True):
        if re.match(rf"({'|'.join(MARKS)})\s*:", line):
            in_mark = True
        elif not (in_mark and re.match(r"[ \t\n]|-(?:[ \t\n]|$)", line)):  # a key's value goes on indented or "- "
            in_mark = False
            kept.append(line)
    return "---\n" + "".join(kept) + mark + text[match.end():]
