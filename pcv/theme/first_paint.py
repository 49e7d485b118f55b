"""The part of the site's stylesheet that a page's first paint needs, to write in the page.

The site's stylesheet (pcv/theme/css.py) is one file that every page shares,
but a page that waits for it is a round trip late, and a page that carries
all of it (17 KiB gzip) no longer arrives in the first round trip of a slow
phone connection (TCP's first window, about 14 KB) and keeps the phone busy
matching rules it does not use. So each page carries in its <style> only the
rules that can apply to what it shows before the reader does anything, and
fetches the file after its first paint (overrides/partials/stylesheet.html).

A selector is kept when the page has everything it requires: each class, id,
attribute and element name of its compound selectors, outside :not(), :is(),
:has()… (those count as met: when unsure, a rule is kept). Left out:
- selectors that only apply once the reader acts (STATES: pointer, focus,
  and :checked on a page where nothing is checked: the menus' toggles);
- what lies inside the parts of a page that are hidden until the reader asks
  for them (HIDDEN_UNTIL_ASKED): the rules of their container, that hide
  it, are kept;
- print rules, animations that no kept rule names, and custom properties that
  no kept rule reads.
The kept rules keep their order, and the file comes after them: once it is
there, the cascade gives what the file alone gives, so nothing moves or
changes on the first screen (tests/browser/test_first_paint.py compares
both states on every page).
"""

from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass, field

from mkdocs.exceptions import PluginError

from pcv.theme.css import without_unread_properties
from pcv.theme.css_syntax import blocks, selectors, without_comments
from pcv.safety.tag_lines import ANY, matches_in_line

FIRST_ROUND_TRIP = 10 * 1460  # bytes a server sends before the first acknowledgement (RFC 6928)
HEADER_ROOM = 600  # room for the response's headers


def first_round_trip_bytes(html: bytes) -> int:
    """What a page's HTML takes of the first round trip: gzip (level 6, as servers use) and its headers."""
    return len(gzip.compress(html, compresslevel=6)) + HEADER_ROOM


# Pseudo-classes of the reader's actions: no first paint shows them.
STATES = frozenset({"hover", "focus", "focus-visible", "focus-within", "active"})
# Classes of elements whose content the reader sees only after asking for it: Material's
# menu drawer (off screen on phones and tablets, hidden on wide screens, where the header
# carries the sections) and the search results (hidden while search is closed, site.css).
HIDDEN_UNTIL_ASKED = frozenset({"md-sidebar--primary", "md-search__output"})
PLACEHOLDER = "/*first-paint*/"  # what overrides/partials/stylesheet.html writes in its <style>

_SELECTOR_TOKEN = re.compile(
    r"""(?P<class>\.[\w-]+)|(?P<id>\#[\w-]+)|(?P<attribute>\[\s*(?P<name>[\w-]+)\s*(?:(?P<op>[~|^$*]?=)\s*"""
    r"""(?P<value>"[^"]*"|'[^']*'|[^\]\s]+)\s*(?:[is]\s*)?)?\])|(?P<pseudo>::?[\w-]+)(?P<call>\()?|(?P<tag>[a-zA-Z][\w-]*)"""
    r"""|(?P<close>\))""")
_ANY_OF = frozenset({"is", "where", "matches", "-webkit-any"})
_HIDDEN_CODE = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*)>")
_ATTRIBUTE = re.compile(r"""([^\s=/"'>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_WORD = re.compile(r"[\w-]+")
_NEVER = frozenset({"\0"})  # what no page has: the needs of a selector that applies only once the reader acts


@dataclass(frozen=True)
class _Rule:
    selectors: tuple[str, ...]
    body: str
    needs: tuple[frozenset[str], ...]  # per selector of the rule, what the page must have


@dataclass(frozen=True)
class _Group:
    prelude: str  # @media … or @supports …
    items: tuple[_Rule | _Group, ...]


@dataclass(frozen=True)
class Stylesheet:
    items: tuple[_Rule | _Group, ...]
    kept_as_is: tuple[str, ...]  # other at-rules (@font-face…), kept whole
    animations: dict[str, str]  # @keyframes: name -> the whole block
    asked: frozenset[str]  # every token a selector requires
    # the rules by the tokens of a page that the stylesheet asks for (pages of one kind share them)
    _for_tokens: dict[frozenset[str], str] = field(default_factory=dict, compare=False, hash=False)
    _lines: dict = field(default_factory=dict, compare=False, hash=False)  # what each line of a page holds (page_tokens)


@functools.lru_cache(maxsize=4)
def parse(css: str) -> Stylesheet:
    """`css` read once into rules and what each selector requires of a page."""
    kept: list[str] = []
    animations: dict[str, str] = {}
    items = _items(without_comments(css), kept, animations)
    return Stylesheet(items, tuple(kept), animations, frozenset().union(*_requirements(items)))


def first_paint_css(stylesheet: Stylesheet, html: str) -> str:
    """The rules of `stylesheet` that can apply to what the page `html` shows before the reader acts."""
    tokens = page_tokens(html, stylesheet._lines) & stylesheet.asked
    if tokens not in stylesheet._for_tokens:
        stylesheet._for_tokens[tokens] = _for_tokens(stylesheet, tokens)
    return stylesheet._for_tokens[tokens]


def _for_tokens(stylesheet: Stylesheet, tokens: frozenset[str]) -> str:
    css = "".join(stylesheet.kept_as_is) + "".join(_kept(stylesheet.items, tokens))
    names = set(_WORD.findall(css))
    css += "".join(block for name, block in stylesheet.animations.items() if name in names)
    css = without_unread_properties(css)
    if "</style" in css.lower():
        raise PluginError("La feuille de style du site contient « </style » : elle ne peut pas être écrite dans la page.")
    return css


def page_tokens(html: str, memo: dict | None = None) -> frozenset[str]:
    """The element names, classes, ids and attributes (`[name`, `[name=value`) of `html`,
    but for what is inside an element of HIDDEN_UNTIL_ASKED. `memo` keeps what each line holds, by the
    hidden element open before it (pages share most of their lines; pcv/safety/tag_lines.py)."""
    memo = {} if memo is None else memo
    text = _HIDDEN_CODE.sub("", html)
    found: list[frozenset[str]] = []
    hidden: tuple[str, int] = ("", 0)  # the element whose content is hidden, and how deep in it
    for line in text.split("\n"):
        read = memo.get((hidden, line))
        if read is None:
            matches = matches_in_line(_TAG, ANY, line)
            if matches is None:  # a tag over two lines: the whole page read at once
                return frozenset(_tokens(_TAG.findall(text), ("", 0))[0])
            read = memo[hidden, line] = _tokens((match.groups() for match in matches), hidden)
        tokens, hidden = read
        found.append(tokens)
    return frozenset().union(*found)


def _tokens(tags, hidden: tuple[str, int]) -> tuple[frozenset[str], tuple[str, int]]:
    """The tokens of `tags` ((end slash, name, attributes) in order) outside hidden content, given the hidden
    element open before them; the one open after them."""
    tokens: set[str] = set()
    hidden_tag, depth = hidden
    for closing, tag, attributes in tags:
        if hidden_tag:
            if tag.lower() == hidden_tag and not attributes.rstrip().endswith("/"):
                depth += -1 if closing else 1
                hidden_tag = hidden_tag if depth else ""
            continue
        if closing:
            continue
        found, hides = _start_tag_tokens(tag, attributes)
        tokens.update(found)
        if hides:
            hidden_tag, depth = tag.lower(), 1
    return frozenset(tokens), (hidden_tag, depth)


@functools.lru_cache(maxsize=1 << 14)
def _start_tag_tokens(tag: str, attributes: str) -> tuple[tuple[str, ...], bool]:
    """The tokens of one start tag, and whether it hides its content (pages repeat most of their tags)."""
    tokens = [tag.lower()]
    hides = False
    for name, value in _ATTRIBUTE.findall(attributes):
        value = value[1:-1] if value[:1] in "\"'" and len(value) > 1 else value
        tokens += (f"[{name}", f"[{name}={value}")
        if name == "class":
            classes = value.split()
            tokens += ("." + c for c in classes)
            hides = hides or bool(HIDDEN_UNTIL_ASKED.intersection(classes))
        elif name == "id":
            tokens.append("#" + value)
    return tuple(tokens), hides


def requirements(selector: str) -> frozenset[str] | None:
    """What a page must have for `selector` to match it, or None if it matches only once the reader acts."""
    needs: set[str] = set()
    for token, inner in _top_level(selector):
        if token.startswith(":"):
            name = token.lstrip(":")
            if name in STATES or (inner is not None and name in _ANY_OF and _all_states(inner)):
                return None
            if name == "checked":
                needs.add("[checked")
        else:
            needs.add(token)
    return frozenset(needs)


def _all_states(selector_list: str) -> bool:
    return all(requirements(s) is None for s in selectors(selector_list))


def _top_level(selector: str) -> list[tuple[str, str | None]]:
    """The simple selectors outside parentheses, as tokens (`.class`, `#id`, `[name`, `[name=value`, a
    lower-case element name, or a pseudo-class with its argument, None without one); pseudo-elements left out."""
    found: list[tuple[str, str | None]] = []
    depth, call, call_start = 0, "", 0
    for match in _SELECTOR_TOKEN.finditer(selector):
        if match["call"]:
            depth += 1
            if depth == 1:
                call, call_start = match["pseudo"], match.end()
        elif match["close"]:
            depth -= 1
            if depth == 0 and call:
                found.append((call, selector[call_start:match.start()]))
                call = ""
        elif depth:
            continue
        elif match["pseudo"]:
            if not match["pseudo"].startswith("::") and match["pseudo"] not in (":before", ":after", ":first-line",
                                                                                ":first-letter"):
                found.append((match["pseudo"], None))
        elif match["attribute"]:
            value = (match["value"] or "").strip("\"'")
            found.append((f"[{match['name']}={value}" if match["op"] == "=" else f"[{match['name']}", None))
        else:
            found.append((match["class"] or match["id"] or match["tag"].lower(), None))
    return found


def _items(css: str, kept: list[str], animations: dict[str, str]) -> tuple[_Rule | _Group, ...]:
    items: list[_Rule | _Group] = []
    for prelude, body in blocks(css):
        if body is None or prelude.startswith("@page") or re.match(r"@media\s+print\b", prelude):
            continue  # @charset, @import; print rules (the file has them when printing)
        if prelude.startswith(("@media", "@supports")):
            items.append(_Group(prelude, _items(body, kept, animations)))
        elif prelude.startswith(("@keyframes", "@-webkit-keyframes")):
            animations[prelude.split()[-1]] = f"{prelude}{{{body}}}"
        elif prelude.startswith("@"):
            kept.append(f"{prelude}{{{body}}}")
        else:
            parts = tuple(s.strip() for s in selectors(prelude))
            items.append(_Rule(parts, body, tuple(_NEVER if (r := requirements(s)) is None else r for s in parts)))
    return tuple(items)


def _requirements(items: tuple[_Rule | _Group, ...]) -> list[frozenset[str]]:
    return [needs for item in items
            for needs in (_requirements(item.items) if isinstance(item, _Group) else item.needs)]


def _kept(items: tuple[_Rule | _Group, ...], tokens: frozenset[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if isinstance(item, _Group):
            inner = _kept(item.items, tokens)
            if inner:
                out.append(f"{item.prelude}{{{''.join(inner)}}}")
            continue
        chosen = [s for s, needs in zip(item.selectors, item.needs) if needs <= tokens]
        if chosen:
            out.append(f"{','.join(chosen)}{{{item.body}}}")
    return out
