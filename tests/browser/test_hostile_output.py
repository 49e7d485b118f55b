"""The sanitiser on the way out, tried in Chromium: whatever reaches a page's HTML by a path the
checks do not see (here a hook that writes hostile HTML into every page, its head, its body
tag, its content and the 404 page), the published page runs no script of it, has no event
handler, asks nothing of another host, while the site's own scripts still run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from pcv.inspection.builds import build_site, copy_project
from pcv.inspection.pages import country_pages, elements, page_url, role_page
from pcv.inspection.server import base_url, bind, serving
from pcv.inspection.tabs import MATERIAL_STARTED, open_tab

from project_edits import edit

# Each attack calls alert() (a dialog) or sets window.pwned, or fetches from evil.example. The image fails to load
# (its data is no image), so its onerror would run; a missing file of the site would be refused by the build's last
# check of every src before anything is published (red team 17 F6).
ATTACKS = (
    '<img src="data:," onerror="window.pwned=1;alert(1)">'
    "<script>window.pwned=2;alert(2)</script>"
    '<a id="pcv-hostile-link" href="javascript:window.pwned=3">lien</a>'
    '<a href="java&#9;script:alert(3)">lien</a>'
    '<p id="pcv-hostile-focus" autofocus onfocus="window.pwned=4;alert(4)" tabindex="0">texte</p>'
    '<div style="background-image:url(https://evil.example/a.png)">fond</div>'
    '<img src="https://evil.example/b.png" srcset="https://evil.example/c.png 2x" alt="">'
    '<img src="//evil.example/d.png" alt=""><img src="/\\evil.example/e.png" alt="">'
    '<iframe src="https://evil.example/f"></iframe><object data="https://evil.example/g"></object>'
    '<link rel="stylesheet" href="https://evil.example/h.css">'
    '<svg><image href="https://evil.example/i.png"/><a href="javascript:alert(5)"><text>t</text></a></svg>'
    '<form action="https://evil.example/j"><button>envoyer</button></form>'
    # links hiding their host (pcv/safety/link_address.py): a name before « @ », a backslash, a Cyrillic « с »
    '<a href="https://ceci.org@evil.example/l">lien</a><a href="https://evil.example\\@ceci.org/m">lien</a>'
    '<a href="https://\u0441eci.org/n">lien</a>'
)
# Unclosed, it would swallow the rest of the page (the site's own scripts too): as a page's own HTML is,
# it is cleaned alone first (on_page_content), then again with the page.
CONTENT_ATTACK = '<math><mtext><table><mglyph><style><img src=x onerror="alert(6)">'

HEAD_ATTACK = ('<title></title><script>window.pwned=7;alert(7)</script>'
               '<meta http-equiv="refresh" content="0;url=https://evil.example/k"><base href="https://evil.example/">')
HOOK = f'''
from mkdocs.plugins import event_priority

ATTACKS = {ATTACKS!r}
CONTENT_ATTACK = {CONTENT_ATTACK!r}
HEAD_ATTACK = {HEAD_ATTACK!r}


def _hostile(html):
    html = html.replace("<title>", HEAD_ATTACK + "<title>", 1)
    html = html.replace("<body", '<body onload="window.pwned=8;alert(8)"', 1)
    return html.replace("</main>", ATTACKS + "</main>", 1)


def on_page_content(html, page, config, files):  # its own ids: a page writes each id once (the link check)
    return html + ATTACKS.replace('id="pcv-hostile-', 'id="pcv-hostile-content-') + CONTENT_ATTACK


def on_post_page(output, page, config):
    return _hostile(output)


def on_post_template(output_content, template_name, config):
    return _hostile(output_content)
'''
PAGES = ("", page_url(sorted(country_pages().values())[0], "en"), page_url(role_page("partners"), "fr"), "404.html")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    (project / "hooks" / "hostile.py").write_text(HOOK, encoding="utf-8")
    edit(project / "engine.yml", "  - hooks/pcv_site.py\n", "  - hooks/pcv_site.py\n  - hooks/hostile.py\n")
    site = project / "site"
    server = bind(site)
    result = build_site(project, site, PCV_SITE_URL=base_url(server))
    assert result.returncode == 0, result.output
    with serving(server) as url:
        yield url, site


@pytest.mark.parametrize("url", PAGES)
def test_the_built_html_holds_none_of_the_attacks(hostile_site: tuple[str, Path], url: str) -> None:
    _, site = hostile_site
    html = (site / (url or "index.html") if url.endswith(".html") else site / url / "index.html").read_text("utf-8")
    tags = elements(html)
    assert [(tag, name) for tag, attrs, _ in tags for name in attrs if name.startswith("on")] == []
    assert [(tag, name) for tag, attrs, _ in tags for name in attrs if name in ("style", "srcset", "action")] == []
    assert {tag for tag, _, _ in tags} & {"iframe", "object", "image", "base", "math", "mglyph"} == set()
    # The one <meta http-equiv> left is the site's own policy (pcv/safety/csp.py); a <meta> keeps its content:
    # without http-equiv, no browser acts on it.
    assert [attrs["http-equiv"] for tag, attrs, _ in tags if tag == "meta" and "http-equiv" in attrs] == [
        "Content-Security-Policy"]
    assert [value for tag, attrs, _ in tags for value in attrs.values() if "evil.example" in value and tag != "meta"] == []
    assert "alert(" not in html and "window.pwned" not in html
    assert "\u0441eci.org" not in html
    assert html.count("<script") == html.count("</script>") >= (0 if url == "404.html" else 1)  # the site's own stay


@pytest.mark.parametrize("url", PAGES)
def test_in_chromium_no_attack_runs_or_loads(browser: Browser, hostile_site: tuple[str, Path], url: str) -> None:
    site_url, _ = hostile_site
    tab = open_tab(browser, site_url, url)
    dialogs: list[str] = []
    tab.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for _ in range(6):
            tab.page.keyboard.press("Tab")  # focus moves through the page (onfocus, autofocus)
        tab.page.mouse.click(5, 5)
        tab.page.evaluate("document.querySelectorAll('#pcv-hostile-link, #pcv-hostile-focus')"
                          ".forEach(element => { element.focus(); element.click() })")
        tab.page.wait_for_timeout(300)
        if url != "404.html":
            expect(tab.page.locator("html")).to_have_class(MATERIAL_STARTED)  # the site's own script runs
        assert dialogs == []
        assert tab.page.evaluate("window.pwned") is None
        assert tab.traffic.other_hosts == []
    finally:
        tab.context.close()
