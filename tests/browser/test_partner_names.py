"""Partner organisations do not look like links they are not (VISITOR11 #8): data/partners.yaml gives each
organisation a name and no address, so on the partners page, in both languages, each name is plain text: not a
link, not in bold, not on a coloured bar (in bold beside the accent's bar they read as cards to click), and the
pointer does not change over it. Expectations come from the data (its groups and names) and the page's role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, page_url, role_pages
from pcv.inspection.tabs import Tab

from .pages import DESKTOP, MOBILE

DATA = load_site_data(ROOT / "data")
NAMES = "ul.pcv-partners__list > li"
LOOK = """e => { const s = getComputedStyle(e); return {links: e.querySelectorAll("a").length, weight: +s.fontWeight,
  bar: parseFloat(s.borderLeftWidth), cursor: s.cursor, text: e.textContent.replace(/\\s+/g, " ").trim()} }"""


@pytest.mark.parametrize("width", [MOBILE, DESKTOP])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_partner_names_are_plain_text_not_cards_to_click(open_page: Callable[..., Tab], lang: str, width: int) -> None:
    if "partners" not in role_pages() or not DATA.partners.groups:
        pytest.skip("no partners page or no group of partners in data/partners.yaml")
    page = open_page(page_url(role_pages()["partners"], lang), width).page
    names = [" ".join(partner.name.in_(lang).split())
             for group in DATA.partners.groups for partner in group.organisations]
    shown = [item.evaluate(LOOK) for item in page.locator(NAMES).all()]
    assert [item["text"] for item in shown] == names, lang
    for item in shown:
        assert item["links"] == 0 and item["cursor"] != "pointer", (lang, width, item)
        assert item["weight"] < 600 and item["bar"] == 0, (lang, width, item)
