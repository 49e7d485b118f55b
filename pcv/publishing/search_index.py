"""One language's search index, cut from the index of all languages (pure, testable).

Material's search appends a wildcard to every word typed ("partenaires" is
searched as "partenaires*"), and a wildcard word skips lunr's stemmer, so
turning the stemmer on makes whole words miss their own pages. Instead, each
page gets hidden fields of variants: the other forms, found anywhere in the
same language, of the words it contains, grouped by their Snowball stem
("partenaire" brings "partenaires", "changement" brings "changements").
Variants of the title (`title_variants`) weigh as much as the title, those
of the text (`text_variants`) as much as the text.

People type fast, without accents, or copy a name in the other language: a
word's variants also hold its form without accents ("bénin" brings "benin")
and the words of either language that read the same without accents
("senegal" on an English page brings "sénégal"), so that "benin" finds the
Bénin page in French and "Sénégal" the Senegal page in English; and the words a
search treats as one (pcv/publishing/search_synonyms.py: "bénévole" finds the
volunteers' page).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Callable

import snowballstemmer

from pcv.publishing.search_skipped import Skipped, skipped_parts, without_skipped
from pcv.publishing.search_snippets import LABELS, shown_apart_from_labels
from pcv.publishing.search_synonyms import fold, synonym_groups, synonyms_of

STEMMERS = {"fr": "french", "en": "english"}
VARIANT_OF = {"title_variants": "title", "text_variants": "text"}
_TAG = re.compile(r"<[^>]+>")
_LETTERS = re.compile(r"[^\W\d_]+")


def language_index(merged: dict[str, Any], locale: str, prefix: str, other_prefixes: tuple[str, ...],
                   synonyms: str = "") -> dict[str, Any]:
    """The entries of the language whose pages are under `prefix` ("" or "en/"), located from
    that folder, one per location, searched with that language's stop words and variants (its `synonyms`
    among them: search_synonyms.py)."""
    entries: dict[str, dict[str, Any]] = {}
    for doc in merged["docs"]:
        location = doc["location"]
        if not location.startswith(prefix) or (other_prefixes and location.startswith(other_prefixes)):
            continue
        location = location[len(prefix):]
        entries[location] = {**doc, "location": location}  # a later copy replaces an earlier one
    config = {**merged["config"], "lang": [locale]}
    config["fields"] = {**config["fields"], LABELS: config["fields"]["text"]}
    docs = [shown_apart_from_labels(doc) for doc in one_per_page(list(entries.values()))]
    if locale in STEMMERS:
        vocabulary = set().union(*(_words(doc.get(field, ""), config["separator"])
                                   for doc in merged["docs"] for field in VARIANT_OF.values()))
        add_variants(docs, snowballstemmer.stemmer(STEMMERS[locale]).stemWord, config["separator"], vocabulary,
                     synonym_groups(synonyms))
        config["fields"] = {**config["fields"],
                            **{name: config["fields"][field] for name, field in VARIANT_OF.items()}}
    return {"config": config, "docs": docs}


def one_per_page(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per page, at its address, with its title and all its sections' text in order: a result is
    then a page, its title and the start of its text (Material shows a section of a page as a result of
    its own, under the page's title, only when it scores as well as the page)."""
    pages: dict[str, dict[str, Any]] = {}
    for doc in docs:
        url = doc["location"].split("#", 1)[0]
        page = pages.setdefault(url, {**doc, "location": url, "text": ""})
        if doc["location"] == url:
            page["title"] = doc["title"]
        page["text"] = " ".join(part for part in (page["text"], doc.get("text", "").strip()) if part)
    return list(pages.values())


def add_variants(docs: list[dict[str, Any]], stem: Callable[[str], str], separator: str,
                 vocabulary: set[str] = frozenset(), synonyms: list[frozenset[str]] = ()) -> None:
    """Give each doc, for its title and its text, the words of `docs` that share a stem
    with the words of that field but that the field lacks, their forms without accents,
    the words of `vocabulary` (every language's) that read the same without accents, and the words of the groups
    of `synonyms` that have one of its words."""
    words = {field: [_words(f"{doc.get(field, '')} {doc.get(LABELS, '') if field == 'text' else ''}", separator)
                     for doc in docs] for field in VARIANT_OF.values()}
    stems = {word: stem(word) for word in set().union(*(w for ws in words.values() for w in ws))}
    forms: dict[str, set[str]] = defaultdict(set)
    for word, word_stem in stems.items():
        forms[word_stem].add(word)
    spelled: dict[str, set[str]] = defaultdict(set)  # a word without accents -> the words written so
    for word in vocabulary | set(stems):
        spelled[fold(word)].add(word)
    for name, field in VARIANT_OF.items():
        for doc, own in zip(docs, words[field]):
            related = set().union(*(forms[stems[word]] for word in own))
            variants = related | {fold(word) for word in related} | set().union(*(spelled[fold(w)] for w in own))
            variants |= synonyms_of(own, synonyms, stem)
            doc[name] = html.escape(" ".join(sorted(variants - own)), quote=False)  # HTML, as the text (red team 23 M1)


def _words(value: str, separator: str) -> set[str]:
    text = html.unescape(_TAG.sub(" ", value)).lower()
    return {word for token in re.split(separator, text) for word in _LETTERS.findall(token)}


_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*)</article>', re.DOTALL)
_HIDDEN = re.compile(r'(<[a-z][^>]*?\s(?:aria-hidden="true"|class="(?:[^"]*\s)?pcv-unindexed(?=[\s"])[^"]*"))', re.IGNORECASE)
# Material's indexer drops every tag but a few and keeps the text on either side as it stands: two texts that
# the page shows apart (a term and its definition, a link and the line under it, a name and its note in a
# smaller line) were glued into one word ("CanadaThrough", "The programThe VCP"). A tag that can draw its
# content apart is one of these elements, or any element given a class (the theme may show it as a block).
_APART = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "img", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "svg", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul", "input", "button", "label", "select", "textarea", "picture", "video", "iframe"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_TAGS = re.compile(r'<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>|<!--.*?-->', re.DOTALL)
_CLASS = re.compile(r'\sclass\s*=', re.IGNORECASE)
_NO_SPACE_AFTER = "([{«“‘\u00a0\u202f/-"
_NO_SPACE_BEFORE = ")]}»”’,.;:!?…\u00a0\u202f/-"


def spaced(content: str, skipped: Iterable[Skipped] = ()) -> str:
    """`content` with a space between two texts that an element showing its content apart separates
    (`_APART`), where nothing already parts them: "Canada<span class="more">through" -> "Canada <span…>through".
    Texts joined only by inline markup without a class stay one word ("<strong>P</strong>CV").

    Each part of `skipped` (inside an element the indexer skips: search_skipped.py) is left out, but for what the
    indexer reads of it (`kept`), and read only as far as its first text, which the text before it needs."""
    open_apart: list[tuple[str, bool]] = []  # each open element: its name, whether it draws its content apart
    runs: list[list] = []  # [start, end, apart] of each run of tags with no text between them
    left_out: list[Skipped] = []
    parts = iter(skipped)
    part, inside = next(parts, None), None  # the next part to leave out; the one being read, and the open elements
    position = 0
    while (tag := _TAGS.search(content, position)) is not None:
        if inside and tag.start() != runs[-1][1]:  # the part's text begins: the rest of it is left out
            (left, depth), inside = inside, None
            left_out.append(left)
            del open_apart[depth:]  # what it opens it closes (search_skipped.py checked it)
            position = left.end  # its end tag
            continue
        apart = False
        if tag.group(2) is not None:  # not a comment
            name = tag.group(2).lower()
            if tag.group(1):  # an end tag: apart if its element was
                apart = name in _APART
                for i in range(len(open_apart) - 1, -1, -1):
                    if open_apart[i][0] == name:
                        apart = apart or open_apart[i][1]
                        del open_apart[i:]
                        break
            else:
                apart = name in _APART or bool(_CLASS.search(tag.group(3)))
                if name not in _VOID and not tag.group(3).rstrip().endswith("/"):
                    open_apart.append((name, apart))
        if runs and runs[-1][1] == tag.start():
            runs[-1][1:] = [tag.end(), runs[-1][2] or apart]
        else:
            runs.append([tag.start(), tag.end(), apart])
        position = tag.end()
        if inside and position > inside[0].end:  # its end tag read: no text in it
            inside = None
        while part is not None and part.start <= position:
            if (part.tag, part.start) == (tag.start(), position):  # its element's start tag
                inside = part, len(open_apart)
            part = next(parts, None)
    out: list[str] = []
    written = 0
    cuts = iter(left_out)
    cut = next(cuts, None)
    for start, end, apart in runs:
        if cut is not None and cut.end <= start:  # the run that starts at its end tag comes after a part left out
            out += (content[written:cut.start], *cut.kept)
            written = cut.end
            cut = next(cuts, None)
            if start == written:
                continue  # a space there would be inside the part's element, unread
        before, after = content[start - 1:start], content[end:end + 1]
        if (apart and before and after and not before.isspace() and not after.isspace()
                and before not in _NO_SPACE_AFTER and after not in _NO_SPACE_BEFORE):
            out += (content[written:start], " ")
            written = start
    out.append(content[written:])
    return "".join(out)


def shown_content(output: str) -> str | None:
    """The main content of a built page (its article: the Markdown and what the templates add from data),
    with what screen readers skip (aria-hidden, like the map's labels) and what a template marks as
    not the page's own (class "pcv-unindexed": a country page's links to the others, its map and caption)
    left out of search;
    texts that the page shows apart kept apart by a space (`spaced`)."""
    content = _article(output)
    return None if content is None else _as_paragraphs(spaced(content))


def indexed_content(output: str) -> str | None:
    """What the indexer is given of a built page: its `shown_content` `without_skipped`. The same text, made without
    spacing what is then left out (a country page's list of every other country is most of its article): each such
    part is read only as far as its first text, where nothing in it reads differently for `spaced`
    (`_read_alike`)."""
    content = _article(output)
    if content is None:
        return None
    skipped = [part for part in skipped_parts(content) if _read_alike(content, part)]
    return without_skipped(_as_paragraphs(spaced(content, skipped)))


def _article(output: str) -> str | None:
    """The page's article, its parts that search leaves out marked so (`data-search-exclude`)."""
    match = _ARTICLE.search(output)
    return _HIDDEN.sub(r"\1 data-search-exclude", match.group(1)) if match else None


# What `spaced` reads as tags but the search's tokens do not (a script's or a style's text), and what `_as_paragraphs`
# renames (which may change what is nested in what).
_READ_APART = re.compile(r"<(?:script|style|/?d[dt])", re.IGNORECASE)


def _read_alike(content: str, part: Skipped) -> bool:
    return _READ_APART.search(content, part.tag, part.end) is None


# A term and its definition read by Material's indexer as paragraphs: the text it keeps outside <p> and <li> ran on
# as one block, and a result showed of it the word found alone (« Le programme — Bénin, », « The program — Global »).
_DEFINITION = re.compile(r"<(/?)d[dt](?=[\s>])", re.IGNORECASE)


def _as_paragraphs(content: str) -> str:
    return _DEFINITION.sub(r"<\1p", content)


def is_entry_of(location: str, url: str) -> bool:
    """An index entry at `location` ("approach/#economic-power") belongs to the page at `url` ("approach/")."""
    return location == url or location.startswith(f"{url}#")


def without_empty_preface(entries: list[dict[str, Any]], url: str, heading_id: str | None) -> list[dict[str, Any]]:
    """A page's `entries`, where what comes before its h1 (`heading_id`) holds no text (an edit link):
    the h1's section is then the page's own entry, at the page's `url`, as Material indexes the Markdown."""
    if len(entries) < 2 or entries[0]["text"].strip() or entries[1]["location"] != f"{url}#{heading_id}":
        return entries
    return [{**entries[1], "location": url}, *entries[2:]]
