"""A translation left as its original's text, word for word (STAFF9 F1: « Remplir depuis l'autre langue » in the web
editor's English column), said once, at its first line of text (pcv/checks/page_set.py); what follows from the copy
waits until it is translated (STAFF10 M9: the cause came 4th of 6 problems, after the themes' anchors of
data/programme.yaml that its French headings lack): the problems of its text, and those of other files about it
(pcv/checks/project.py leaves it out of the checks of anchors, as it does a page whose header cannot be read).
A page written in the other folder's language is said the same way, once, at its first line (STAFF11 H4, REDTEAM23 L1)."""

from __future__ import annotations

import re

from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.pages.front_matter import meta_line
from pcv.pages.page_header import PENDING
from pcv.problems import Problem

COPIED_LEAST = 120  # characters of text, besides headings: a page's copy, not a line alike in both languages
_SENTENCE = re.compile(r"\b(?:le|la|les|des|du|une|et|pour|avec|dans|sur|aux|est|sont)\b", re.I)  # French's
_SENTENCE_END = re.compile(r"[.!?:;…][*_)\]»”\"’']*(?:\s|$)")  # a sentence ends so; a name does not
COPY_SAID = "le texte de cette page est celui de"  # how the copy's own problem begins
MISPLACED_SAID = "cette page est en"  # how a page's in the other language's folder begins (« … français ; sa place … »)
# French's and English's commonest small words (« a », « on », « as » are both's); a page is French when it has many of
# the first and few of the second: names and places in French (« Université Laval », « La Paz ») are not enough
_SMALL_WORDS = {"fr": frozenset("le la les des du une et pour avec dans sur aux au est sont qui que nous vous ils elles "
                                 "leur leurs cette ces".split()),
                "en": frozenset("the and of to in for with is are that this our we you they their from by at".split())}
_OTHER = dict(zip(LANGUAGES, reversed(LANGUAGES)))
LANGUAGE_LEAST = 8  # of a language's small words, three times as many as the other's
# A name: capitalised words, French's small words between them (« Cégep de la Gaspésie et des Îles », « La Paz »)
_NAME = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:(?:\s+(?:de|la|le|les|des|du|et|pour|aux|au|en|sur))*\s*[\s’'-]\s*"
                   r"[^\W\d_a-zß-ÿ][^\W\d_]*)+")


def _prose(page: MarkdownPage) -> list[str]:
    """The page's lines of text, headings aside."""
    return [line.strip() for line in page.body.split("\n") if line.strip() and not line.lstrip().startswith("#")]


def _sentence(line: str) -> bool:
    """Whether the line holds a French sentence of its own: French's small words outside its names, and a sentence's
    end (a list of organisations named in French, « Union des groupements de femmes et des jeunes du Zou », has none)."""
    return bool(_SENTENCE.search(_NAME.sub(" ", line)) and _SENTENCE_END.search(line))


def is_copy(original: MarkdownPage, translation: MarkdownPage) -> bool:
    """Whether most of the translation's text is lines of its original's, word for word, each a French sentence (a
    line or two alike in both languages is no copy; headings, and names alike in both, count neither way: REDTEAM23
    M3). Most, not all: with its title line deleted or changed, or a sentence translated, the page still shows French
    (STAFF11 H1)."""
    original_lines = set(_prose(original))
    prose = [line for line in _prose(translation) if line not in original_lines or _sentence(line)]
    copied = " ".join(line for line in prose if line in original_lines)
    return 2 * len(copied) >= len(" ".join(prose)) and len(copied) >= COPIED_LEAST


def text_reads(text: str, lang: str, least: int = LANGUAGE_LEAST) -> bool:
    """Whether `text` is written in `lang` (« fr » or « en »): `least` of its small words, names aside, and three times
    as many as the other language's."""
    words = re.findall(r"[^\W\d_]+", _NAME.sub(" ", text).lower())
    own, other = (sum(word in _SMALL_WORDS[language] for word in words) for language in (lang, _OTHER[lang]))
    return own >= least and own > 3 * other


def reads(page: MarkdownPage, lang: str) -> bool:
    """Whether the page's title, description and text are written in `lang`."""
    return text_reads(" ".join([page.body, *(str(page.meta.get(key, "")) for key in ("title", "description"))]), lang)


def french_sentences(page: MarkdownPage) -> list[tuple[int, str]]:
    """The page's description and sentences of its text that read French (STAFF12 M-a), with their line: a sentence
    of French's small words, names aside, with a sentence's end (a list of names in French has none)."""
    description = page.meta.get("description")
    found = [(meta_line(page, "description"), description)] if isinstance(description, str) and text_reads(
        description, "fr", 3) else []
    for number, line in page.prose_lines():
        if line.strip() and not line.lstrip().startswith(("#", "    ", "`", "<", "|")):
            found += [(number, sentence) for sentence in re.split(r"(?<=[.!?])\s+", line.strip())
                      if _SENTENCE_END.search(sentence) and text_reads(sentence, "fr", 4)]
    return found


def misplaced_pages(pages: dict[tuple[str, str], MarkdownPage]) -> dict[str, str]:
    """The pages written in the other folder's language, by file, with their shared path: a French page among the
    English ones (not pending, no copy of its original: said as such; STAFF11 H4), an English one among the French
    ones (REDTEAM23 L1: a new page's English text saved in docs/fr/ was published as French)."""
    first = LANGUAGES[0]
    return {page.name: path for (lang, path), page in pages.items()
            if page.meta.get("translation") != PENDING and reads(page, _OTHER[lang])
            and not (lang != first and (first, path) in pages and is_copy(pages[(first, path)], page))}


def problem_order(problem: Problem) -> tuple:
    """Where `problem` comes in the list: by file, a copy's or a French page's own first in its file (STAFF11 H2: an
    English page filled from the French, its title not written yet, was told first of its title), then by line."""
    return problem.file, not problem.message.startswith((COPY_SAID, MISPLACED_SAID)), problem.line or 0, problem.column or 0


def copied_pages(pages: dict[tuple[str, str], MarkdownPage]) -> dict[str, int]:
    """The translations (not pending) whose text is their original's, by file, with the number of their header's
    lines."""
    return {page.name: page.front_matter_lines for (lang, path), page in pages.items()
            if lang != LANGUAGES[0] and page.meta.get("translation") != PENDING and (LANGUAGES[0], path) in pages
            and is_copy(pages[(LANGUAGES[0], path)], page)}


def without_knock_ons(problems: list[Problem], copied: dict[str, int], misplaced: dict[str, str],
                      said: tuple[str, ...] = ()) -> list[Problem]:
    """`problems` but those in the text of a page of `copied` other than its copy's own, and what follows from a page
    of `misplaced`: its other problems (all but its own, which begins with MISPLACED_SAID or one of `said`), and the
    menu's that name its path."""
    named = {f"« {path} »" for path in misplaced.values()}
    return [problem for problem in problems if (problem.file not in copied or (problem.line or 0) <= copied[problem.file]
            or problem.message.startswith(COPY_SAID)) and (problem.message.startswith((MISPLACED_SAID, *said)) or (
            problem.file not in misplaced and not (problem.file == "mkdocs.yml" and any(n in problem.message for n in named))))]
