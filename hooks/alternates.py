"""Each page's other-language versions, as the head, the switcher and search engines need them.

Runs after mkdocs-static-i18n has pointed `config.extra.alternate` at the
current page's counterparts: turns each link into an absolute URL (hreflang
in the head wants absolute URLs), keeps the site-relative path for the
language switcher, and names the French page as `x-default`.

Events: `on_page_context`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

DEFAULT_LANGUAGE = "fr"


@event_priority(-200)
def on_page_context(
    context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    site_url = config.site_url or "/"
    alternates = []
    # static-i18n sets the attribute (not the key) for each page: read it the same way.
    counterparts = getattr(page.file, "alternates", {})
    for alternate in getattr(config.extra, "alternate", None) or []:
        counterpart = counterparts.get(alternate["lang"])
        if counterpart is None:
            continue
        path = "" if counterpart.url in ("./", ".") else counterpart.url
        alternate["path"] = path
        alternate["link"] = urljoin(site_url, path)
        alternates.append(alternate)
    context["x_default_url"] = next(
        (a["link"] for a in alternates if a["lang"] == DEFAULT_LANGUAGE), None
    )
    return context
