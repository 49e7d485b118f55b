"""What HTML may leave the build: the elements, attributes and addresses allowed (pure tables).

Two lists, one inside the other:
- `PAGE`: what the Markdown of a page may produce (Markdown, its enabled
  extensions, attribute lists and raw HTML typed in a page). Anything else
  stops the build with the file and line (pcv/checks/page_html.py).
- `SITE`: `PAGE` plus what the theme's templates add around it (head, menu,
  search form, map, icons). Every page leaves the build through it
  (pcv/safety/sanitiser.py).

Never allowed anywhere: event handlers (on…), `style` attributes, `<script>`
and `<style>` elements (the templates' own are set aside, see
pcv/safety/own_code.py), an address that runs script (`javascript:`,
`data:`…), and anything loaded from another host (`src`, `srcset`, `poster`,
`<link href>`): only relative addresses, or the site's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pcv.safety.urls import LINK_SCHEMES

# Attributes whose address the browser fetches by itself (as `link href`).
LOADED = frozenset({"src", "srcset", "poster", "data", "background"})


@dataclass(frozen=True, eq=False)  # compared (and cached) by identity
class Allowlist:
    tags: frozenset[str]
    attributes: dict[str, frozenset[str]]  # by tag; "*": on every tag
    attribute_prefixes: frozenset[str] = field(default_factory=frozenset)

    def allows_tag(self, tag: str) -> bool:
        return tag in self.tags

    def allows_attribute(self, tag: str, name: str) -> bool:
        return (name in self.attributes.get(tag, ()) or name in self.attributes.get("*", ())
                or name.startswith(tuple(self.attribute_prefixes)))

    def attributes_of(self, tag: str) -> list[str]:
        """The attributes allowed on `tag`, for messages."""
        return sorted(self.attributes.get(tag, frozenset()) | self.attributes.get("*", frozenset()))

    def including(self, other: Allowlist) -> Allowlist:
        names = self.attributes.keys() | other.attributes.keys()
        return Allowlist(
            self.tags | other.tags,
            {name: self.attributes.get(name, frozenset()) | other.attributes.get(name, frozenset()) for name in names},
            self.attribute_prefixes | other.attribute_prefixes,
        )


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


PAGE = Allowlist(
    tags=_set("p h1 h2 h3 h4 h5 h6 a em strong b i u s del ins mark small sub sup code kbd pre "
              "blockquote q cite abbr ul ol li dl dt dd hr br img figure figcaption div span "
              "table thead tbody tfoot tr th td caption "
              "picture source"),  # a photo's sizes (pcv/publishing/photos.py)
    attributes={
        "*": _set("id class title lang dir"),
        "a": _set("href hreflang"),
        "img": _set("src alt width height loading decoding"),
        "source": _set("type srcset sizes"),
        "ol": _set("start reversed"),
        "th": _set("colspan rowspan scope"),
        "td": _set("colspan rowspan"),
    },
)

TEMPLATES = Allowlist(
    tags=_set("title meta link header footer main nav section article aside form input label button time details summary "
              "svg g path circle line text tspan"),
    attributes={
        "*": _set("role tabindex hidden aria-label aria-labelledby aria-describedby aria-hidden "
                  "aria-expanded aria-current aria-controls"),
        "a": _set("rel download"),
        "meta": _set("charset name property content"),
        "link": _set("rel href hreflang type sizes"),
        "form": _set("name"),
        "input": _set("type name placeholder autocapitalize autocomplete autocorrect spellcheck required checked"),
        "label": _set("for"),
        "button": _set("type"),
        "time": _set("datetime"),  # the footer's date modified
        "svg": _set("viewBox preserveAspectRatio xmlns focusable font-size width height "
                    "fill stroke stroke-width stroke-linecap stroke-linejoin"),  # the map's label size, the theme icons' lines
        "path": _set("d"),
        "circle": _set("cx cy r"),
        "line": _set("x1 y1 x2 y2"),
        "text": _set("x y dy text-anchor"),
        "tspan": _set("x dy"),  # a map label on two lines
    },
    attribute_prefixes=frozenset({"data-md-"}),  # Material's script finds its components by them
)

SITE = PAGE.including(TEMPLATES)
URL_SCHEMES = LINK_SCHEMES
