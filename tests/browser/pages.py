"""The pages the browser tests visit, as pytest parameters."""

from __future__ import annotations

import pytest

from pcv.inspection.pages import LANGUAGES, page_url, shared_page_paths
from pcv.inspection.tabs import DESKTOP, MOBILE

WIDTHS = (MOBILE, DESKTOP)
NARROW = 320  # the narrowest phone the site is audited at
AUDIT_WIDTHS = (NARROW, MOBILE, DESKTOP)


def every_page() -> list:
    """(path, lang, url) for every page of both languages, with readable ids ("en:activites/benin")."""
    return [pytest.param(path, lang, page_url(path, lang), id=f"{lang}:{path.removesuffix('.md')}")
            for lang in LANGUAGES for path in shared_page_paths()]


def other_language(lang: str) -> str:
    return next(other for other in LANGUAGES if other != lang)
