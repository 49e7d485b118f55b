"""The one way out for HTML: every page passes the `nh3` allowlist sanitiser (Rust's ammonia).

`clean_fragment` cleans a piece of HTML against an allowlist
(pcv/safety/allowlist.py); `clean_document` cleans a whole page: the
`<html>` and `<body>` tags rebuilt with their allowed attributes only, and
everything else (head and body) cleaned as fragments, the templates' own
scripts and styles set aside and put back (pcv/safety/own_code.py).
Addresses are read as a browser reads them (pcv/safety/urls.py): a link
leads to https, http, mailto, tel or a relative address, judged on its parsed host
(pcv/safety/link_address.py); what the browser
loads by itself comes from the site only.
"""

from __future__ import annotations

import functools
import html as html_text
from html.parser import HTMLParser

import nh3

from pcv.safety.allowlist import LOADED, SITE, URL_SCHEMES, Allowlist
from pcv.safety.own_code import put_back, set_aside
from pcv.safety.link_address import link_problem
from pcv.safety.urls import is_own, srcset_is_own

SKELETON_ATTRIBUTES = {"html": ("lang", "class", "dir"), "body": ("dir", "class")}


def attribute_filter(site_url: str | None):
    """nh3's attribute callback: addresses checked as a browser reads them; no empty tabindex. Called for each
    attribute of every page: each address is read once (pages repeat most of theirs)."""
    own_srcset = functools.lru_cache(maxsize=1 << 14)(lambda value: srcset_is_own(value, site_url))
    own = functools.lru_cache(maxsize=1 << 14)(lambda value: is_own(value, site_url))
    linkable = functools.lru_cache(maxsize=1 << 14)(lambda value: link_problem(value) is None)

    def keep(tag: str, name: str, value: str) -> str | None:
        if name == "srcset":
            return value if own_srcset(value) else None
        if name in LOADED or (tag == "link" and name == "href"):
            return value if own(value) else None
        if name == "href":
            return value if linkable(value) else None
        if name == "tabindex" and not value.strip():
            return None  # Material's "not focusable"; an empty tabindex is not valid HTML
        return value

    return keep


@functools.lru_cache(maxsize=8)
def cleaner(allowlist: Allowlist, site_url: str | None) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(allowlist.tags),
        attributes={tag: set(names) for tag, names in allowlist.attributes.items()},
        generic_attribute_prefixes=set(allowlist.attribute_prefixes),
        attribute_filter=attribute_filter(site_url),
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


def clean_fragment(html: str, allowlist: Allowlist = SITE, site_url: str | None = None) -> str:
    """`html` with only what `allowlist` allows; no-break spaces kept as characters."""
    return cleaner(allowlist, site_url).clean(html).replace("&nbsp;", "\u00a0")


def clean_document(document: str, site_url: str | None = None) -> str:
    """A whole page, cleaned: its skeleton rebuilt, its head and body cleaned against `SITE`."""
    text, kept = set_aside(document)
    head = text.find("<head>")
    head_end = text.find("</head>", head)
    body = text.find("<body", head_end)
    body_tag_end = text.find(">", body)
    body_end = text.rfind("</body>")
    if min(head, head_end, body, body_tag_end) == -1 or body_end < body_tag_end:
        return put_back(clean_fragment(text, SITE, site_url), kept)

    def clean(part: str) -> str:
        return clean_fragment(part, SITE, site_url)

    html_tag = _skeleton_tag(text[:head], "html")
    body_tag = _skeleton_tag(text[body:body_tag_end + 1], "body")
    cleaned = (f"<!doctype html>\n{html_tag}\n<head>{clean(text[head + 6:head_end])}</head>\n"
               f"{clean(text[head_end + 7:body])}{body_tag}{clean(text[body_tag_end + 1:body_end])}</body>\n</html>\n")
    return put_back(cleaned, kept)


def _skeleton_tag(html: str, tag: str) -> str:
    """The first `<tag …>` of `html`, rewritten with its allowed attributes only."""
    found: list[dict[str, str]] = []

    class Finder(HTMLParser):
        def handle_starttag(self, name: str, attrs: list[tuple[str, str | None]]) -> None:
            if name == tag and not found:
                found.append({k: v or "" for k, v in attrs if k in SKELETON_ATTRIBUTES[tag]})

    Finder().feed(html)
    attributes = "".join(f' {name}="{html_text.escape(value)}"' for name, value in (found or [{}])[0].items())
    return f"<{tag}{attributes}>"
