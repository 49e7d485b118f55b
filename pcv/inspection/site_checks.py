"""Checks any built site can be put through, whatever its programme: links, visible text, empty parts."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from pcv.inspection.pages import elements, resolve

# Attributes whose text a reader or a sharing card shows.
SHOWN_ATTRIBUTES = ("alt", "title", "aria-label", "content", "placeholder")
# Parts that say nothing when they hold nothing (within <main> and the footer).
CONTAINERS = frozenset({"section", "ul", "ol", "dl", "nav", "table", "figure", "p", "li", "h1", "h2", "h3", "h4"})
# Parts that say nothing when a heading is all they hold, or the last thing they hold (a heading over nothing).
HEADED = frozenset({"section", "article", "li"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_FILLERS = frozenset({"img", "svg", "input", "iframe", "video", "picture"})


def broken_links(site: Path, site_url: str) -> list[str]:
    """Each link and alternate of a page of `site` to the site itself that leads to no file, or to no
    element with the id it names: "/page/: href"."""
    ids: dict[Path, set[str]] = {}
    broken = []
    for page in sorted(site.rglob("*.html")):
        url = page.relative_to(site).as_posix().removesuffix("index.html")
        for tag, attrs, _ in elements(page.read_text(encoding="utf-8")):
            href = attrs.get("href", "") if tag in ("a", "link") else ""
            if href.startswith(site_url):
                href = "/" + href.removeprefix(site_url)
            if not href or href.startswith(("mailto:", "data:")) or urlsplit(href).netloc:
                continue
            target, _, anchor = resolve(url, href).partition("#")
            file = site / target.split("?")[0]
            file = file / "index.html" if file.is_dir() else file
            if not file.is_file():
                broken.append(f"/{url}: {href}")
            elif anchor:
                if file not in ids:
                    ids[file] = {a["id"] for _, a, _ in elements(file.read_text(encoding="utf-8")) if "id" in a}
                if anchor not in ids[file]:
                    broken.append(f"/{url}: {href}")
    return broken


def _container(name: str, attributes: dict[str, str]) -> bool:
    """A part that says nothing when empty: a section, list, paragraph… or one of our templates' own blocks."""
    return name in CONTAINERS or (name == "div" and attributes.get("class", "").startswith("pcv-"))


class _Reader(HTMLParser):
    """The text a page shows (outside scripts and styles, shown attributes included), and the empty
    parts of its <main> and <footer> (those that hold nothing, or nothing after their last heading)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.empty: list[str] = []
        self._stack: list[list] = []  # [tag, filled, attributes, a heading is the last thing it holds]
        self._skip = 0
        self._inside = 0  # depth of <main> and <footer>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.texts += [attributes[name] for name in SHOWN_ATTRIBUTES if attributes.get(name)]
        if tag in ("script", "style", "template"):
            self._skip += 1
        if tag in ("main", "footer"):
            self._inside += 1
        if tag in _FILLERS:
            self._fill()
        if tag not in ("img", "input", "br", "hr", "meta", "link", "source", "wbr"):
            self._stack.append([tag, False, attributes, False])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template"):
            self._skip -= 1
        while self._stack:
            name, filled, attributes, headed = self._stack.pop()
            if self._inside and "hidden" not in attributes and (
                    (_container(name, attributes) and not filled and "md-nav" not in attributes.get("class", ""))  # Material's
                    or (name in HEADED and headed)):  # menu: a section's empty sub-list
                self.empty.append(f"<{name} {' '.join(f'{k}={v!r}' for k, v in attributes.items())}>")
            if filled:
                self._fill(heading=name in _HEADINGS)
            if name == tag:
                break
        if tag in ("main", "footer"):
            self._inside -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.texts.append(data)
            self._fill()

    def _fill(self, heading: bool = False) -> None:
        if self._stack:
            self._stack[-1][1] = True
            self._stack[-1][3] = heading


def shown_text(html: str) -> str:
    """What a page shows a reader or a sharing card, one text per line."""
    reader = _Reader()
    reader.feed(html)
    return "\n".join(reader.texts)


def empty_parts(html: str) -> list[str]:
    """The sections, lists, headings and paragraphs of a page's <main> and <footer> that hold nothing."""
    reader = _Reader()
    reader.feed(html)
    return reader.empty


# Parts of a page that read as one text: a paragraph, a list item, a heading, a table cell, a caption.
BLOCKS = frozenset({"p", "li", "dt", "dd", "td", "th", "figcaption", *_HEADINGS})


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._open: list[list] = []  # [tag, its text so far]
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style", "template")
        if tag in BLOCKS:
            self._open.append([tag, ""])

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style", "template")
        if tag in BLOCKS and any(name == tag for name, _ in self._open):
            while self._open:
                name, text = self._open.pop()
                self.texts.append(" ".join(text.split()))
                if self._open:
                    self._open[-1][1] += text
                if name == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self._open and not self._skip:
            self._open[-1][1] += data


def block_texts(html: str) -> list[str]:
    """The text of each paragraph, list item, heading or cell of a page (the inline parts within it
    included, and the blocks within it too), spaces joined."""
    reader = _Blocks()
    reader.feed(html)
    return reader.texts
