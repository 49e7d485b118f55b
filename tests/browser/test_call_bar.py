"""The phone's call bar (partials/call-bar.html) never hides a page's own main action (VISITOR11 #9: on Contact it
covered the page's main button). It is left off the pages that carry their own main action: the home, the call's
own page (the first call to action with a page, data/programme.yaml) and the contact page (role: contact); on
every other page each button of the page's main content on the first screen shows above it (further down, the
page scrolls it clear, and its end is kept clear: test_inner_pages). Expectations come from the data (the call and
its page) and the pages' roles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from pcv.data.loading import load_site_data
from pcv.inspection.builds import ROOT
from pcv.inspection.pages import LANGUAGES, _pages, page_url, role_pages, shared_page_paths
from pcv.inspection.tabs import Tab

from .pages import MOBILE, NARROW

DATA = load_site_data(ROOT / "data")
# Whether each button of the page's main content (not the header's, not the bar's) is the element at its centre,
# or only partly in the window.
UNCOVERED = """() => [...document.querySelectorAll('main .pcv-button')].map(a => {
  const r = a.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  if (r.bottom <= 0 || r.top >= innerHeight || !r.width) return null;
  return {text: a.textContent.trim(), shown: a.contains(document.elementFromPoint(x, Math.min(y, innerHeight - 1))),
          top: r.top, bottom: r.bottom};
}).filter(Boolean)"""


def _own_action_pages() -> set[str]:
    """The shared paths of the pages that carry their own main action: the home, the call's page, the contact page."""
    pages = role_pages()
    call = next((call for call in DATA.programme.calls_to_action if call.id in pages), None)
    return {"index.md"} | {pages[key] for key in (call.id if call else None, "contact") if key in pages}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", (NARROW, MOBILE))
def test_the_call_bar_never_hides_a_page_s_own_main_action(open_page: Callable[..., Tab], site_url: str,
                                                          lang: str, width: int) -> None:
    page = open_page(page_url("index.md", lang), width).page
    own = _own_action_pages()
    assert "contact" in role_pages(), "the contact page is the case the review saw"
    for path in (path for path in shared_page_paths() if (lang, path) in _pages()):
        page.goto(site_url + page_url(path, lang))
        bar = page.locator(".pcv-callbar__link")
        if path in own:
            expect(bar).to_have_count(0)
            continue
        for button in page.evaluate(UNCOVERED):  # the first screen
            assert button["shown"], f"/{page_url(path, lang)} at {width} px: « {button['text']} » under the call bar"
