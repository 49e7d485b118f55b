"""A page's Markdown made HTML for the checks as the build makes it: the same extensions and settings as MkDocs, the
page headed by its title in the same way (pcv/pages/headings.py, `headed`), the data's figures filled in the same way
(pcv/pages/placeholders.py), so that what the checks read is what the site publishes (red team 17: the checks read a
page before its placeholders were filled, the build after). For the checks only, two marks: each attribute an
attribute list set over one already written (TYPED_OVER), and each photo, link and heading Markdown wrote (FROM_MARKDOWN)."""

from __future__ import annotations

import functools
import json
import secrets
import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import markdown
from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder
from markdown.treeprocessors import Treeprocessor

from pcv.pages.headings import headed
from pcv.pages.markdown import MarkdownPage
from pcv.pages.placeholders import FigureExtension

# Attributes the site writes on a photo after Markdown (pcv/publishing/photos.py): an attribute list's are replaced.
WRITTEN_LATER = {"img": frozenset({"width", "height", "decoding", "loading"})}
# Set by the checks' reading only: the attributes an attribute list replaced. Its name drawn per process, so that no
# page can type it (as `{ data-pcv-typed-over=href }` or in raw HTML) to pass an attribute off as ours.
TYPED_OVER = f"data-pcv-typed-over-{secrets.token_hex(8)}"
# Set by the checks' reading only, on each photo, link and heading Markdown wrote (`![…](…)`, `[…](…)`): one without it was
# typed in HTML, whose address MkDocs neither adjusts to the page's folder nor checks (red team 17 F6). Drawn per
# process, as TYPED_OVER.
FROM_MARKDOWN = f"data-pcv-markdown-{secrets.token_hex(8)}"
MARKED = frozenset({"img", "a", "h1", "h2", "h3", "h4", "h5", "h6"})  # (headings: the heading checks read Markdown's)


@dataclass(frozen=True)
class MarkdownSettings:
    """The Markdown extensions MkDocs uses, and their settings (as JSON, to be hashable)."""

    extensions: tuple[str, ...]
    configs: str

    @classmethod
    def of(cls, extensions: list, configs: dict) -> MarkdownSettings:
        names = tuple(name for name in extensions if isinstance(name, str))
        return cls(names, json.dumps({name: configs.get(name, {}) for name in names}, sort_keys=True, default=str))

    @functools.cached_property
    def _figures(self) -> FigureExtension:
        return FigureExtension()

    @functools.cached_property
    def _markdown(self) -> markdown.Markdown:
        converter = markdown.Markdown(extensions=[*self.extensions, self._figures],
                                      extension_configs=json.loads(self.configs))
        if "attr_list" in converter.treeprocessors:
            converter.treeprocessors.register(_OverridesTold(converter), "attr_list", 8)
        converter.treeprocessors.register(_MadeByMarkdown(converter), "pcv_made_by_markdown", 7)  # after attr_list
        return converter

    def render(self, text: str, figures: Mapping[str, str] | None = None) -> str:
        """`text` as HTML, its placeholders filled with `figures` as the build fills them (pcv/pages/placeholders.py),
        by one converter for every page (reset before each, as Python-Markdown allows)."""
        self._figures.texts = figures or {}
        return self._markdown.reset().convert(text)

    def renderer(self, figures: Mapping[str, Mapping[str, str]] | None = None) -> Callable[[MarkdownPage], str]:
        """`render(page)`: a page made HTML as the build makes it (headed by its title, `headed`), its placeholders
        filled with `figures[its language]` (`figure_texts`; none without data), once for every check that reads it."""
        cached = functools.lru_cache(maxsize=None)(lambda text, lang: self.render(text, (figures or {}).get(lang)))
        return lambda page: cached(headed(page.body, page.path, page.title), page.lang)


class _OverridesTold(AttrListTreeprocessor):
    """Markdown's attribute lists, which also mark (TYPED_OVER) each attribute a list sets where the Markdown itself
    wrote one (a link's `href` or `title`, a photo's `src` or `alt`, an admonition's `class`…), where the site writes
    one later (a photo's `width`…), or that the same list sets twice: attr_list replaces the value silently."""

    def assign_attrs(self, elem, attrs_string: str, *, strict: bool = False) -> str:  # noqa: ANN001 (Markdown's)
        attributes, remainder = get_attrs_and_remainder(attrs_string)
        replaced = []
        if not (strict and remainder):
            written = {name.lower() for name in elem.attrib} | WRITTEN_LATER.get(elem.tag, frozenset())
            typed: set[str] = set()
            for key, _ in attributes:
                name = "class" if key == "." else self.sanitize_name(key).lower()
                if key != "." and (name in written or name in typed) and name not in replaced:
                    replaced.append(name)
                typed.add(name)
        remainder = super().assign_attrs(elem, attrs_string, strict=strict)
        if replaced:
            elem.set(TYPED_OVER, " ".join(replaced))
        return remainder


class _MadeByMarkdown(Treeprocessor):
    """Marks (FROM_MARKDOWN) each photo, link and heading Markdown wrote: raw HTML is not in Markdown's tree."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag in MARKED:
                element.set(FROM_MARKDOWN, "")
