"""How every page ends (VISITOR15 #4: a light strip with the page's date between the page and an eleven-link footer
made the end of every page heavy): the page's details (its date, the report link) are the footer's last line, on the
footer's dark ground; a page that ends on a band (the call to volunteer) meets the footer, no white strip between."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from pcv.inspection.pages import LANGUAGES

from .pages import DESKTOP, every_page

END = """() => {
  const footer = document.querySelector('.md-footer'), details = document.querySelector('.pcv-page-details');
  const last = document.querySelector('article').lastElementChild;
  const rgb = e => getComputedStyle(e).backgroundColor.match(/[\\d.]+/g).slice(0, 3).map(Number);
  return {
    details: details ? {inFooter: footer.contains(details), lastLine: footer.lastElementChild === details,
                        ground: rgb(details)} : null,
    band: last && last.classList.contains('pcv-band')
      ? Math.round(footer.getBoundingClientRect().top - last.getBoundingClientRect().bottom) : null }
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_s_details_end_the_footer_and_a_closing_band_meets_it(shown_page: Callable[..., Page],
                                                                         lang: str) -> None:
    urls = [url for _, code, url in (p.values for p in every_page()) if code == lang]
    seen = {"details": 0, "band": 0}
    for url in urls:
        end = shown_page(url, DESKTOP).evaluate(END)
        if end["details"]:
            seen["details"] += 1
            assert end["details"]["inFooter"] and end["details"]["lastLine"], f"/{url}: the page's details {end}"
            assert max(end["details"]["ground"]) < 80, f"/{url}: the page's details on a light ground {end}"
        if end["band"] is not None:
            seen["band"] += 1
            assert end["band"] == 0, f"/{url}: {end['band']} px of white between the closing band and the footer"
    assert seen["details"] and seen["band"], f"nothing to check: {seen}"
