"""What each page weighs on a first visit: every response's gzip-encoded bytes, headers included."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Request

from pcv.inspection.pages import LANGUAGES, page_url, shared_page_paths
from pcv.inspection.tabs import InFlight, first_interaction
from pcv.theme.first_paint import FIRST_ROUND_TRIP, first_round_trip_bytes

BUDGET_KIB = 40  # a first visit, all requests (photos aside): the team's bar
CHROMIUM = os.environ.get("PCV_CHROMIUM") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@dataclass
class Resource:
    url: str
    kind: str  # Playwright's resource type: document, stylesheet, script, xhr…
    status: int
    encoded_bytes: int  # gzip-encoded body and headers, as transferred


@dataclass
class Visit:
    resources: list[Resource]
    render_blocking: list[str]  # URLs the browser waited for before the first paint (besides the HTML)

    @property
    def kib(self) -> float:
        return sum(r.encoded_bytes for r in self.resources) / 1024


def first_visit(browser: Browser, url: str, *, interact: bool = False) -> Visit:
    """Everything a first visit to `url` loads until the network is idle, in a 390 px window;
    with `interact`, and what the reader's first interaction loads."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="block")
    finished: list[Request] = []
    context.on("requestfinished", lambda request: finished.append(request))
    in_flight = InFlight(context)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    if interact:
        first_interaction(page, in_flight)
    blocking = page.evaluate("performance.getEntriesByType('resource')"
                             ".filter(e => e.renderBlockingStatus === 'blocking').map(e => e.name)")
    resources = []
    for request in finished:
        sizes, response = request.sizes(), request.response()
        # Chromium gives no body size for a worker's own script: take what the server said it sent.
        body = sizes["responseBodySize"] or int(response.headers.get("content-length", 0))
        resources.append(Resource(request.url, request.resource_type, response.status,
                                  body + sizes["responseHeadersSize"]))
    context.close()
    return Visit(resources, blocking)


def print_weights(browser: Browser, site_url: str) -> None:
    print(f"\n## Poids d'une première visite (gzip, en-têtes compris ; budget {BUDGET_KIB} KiB)\n")
    print("« bloq. » : ressources attendues avant le premier affichage, en plus du HTML (budget : aucune).")
    print("« + interaction » : la même visite suivie de la première interaction du lecteur (une touche),")
    print("qui charge le script de Material et la recherche (hors budget : le lecteur l'a demandé).\n")
    print(f"{'page':<28} {'req.':>4} {'bloq.':>5} {'KiB':>7} | {'+ interaction':>13} {'KiB':>6}  détail (KiB)")
    homes = {}
    for lang in LANGUAGES:
        for path in shared_page_paths():
            url = page_url(path, lang)
            visit, used = first_visit(browser, site_url + url), first_visit(browser, site_url + url, interact=True)
            by_kind: Counter = Counter()
            for resource in used.resources:
                by_kind[resource.kind] += resource.encoded_bytes
            detail = ", ".join(f"{kind} {size / 1024:.1f}" for kind, size in by_kind.most_common())
            flag = "  ** AU-DESSUS DU BUDGET **" if visit.kib > BUDGET_KIB or visit.render_blocking else ""
            print(f"/{url:<27} {len(visit.resources):>4} {len(visit.render_blocking):>5} {visit.kib:>7.1f} |"
                  f" {len(used.resources):>9} req {used.kib:>6.1f}  {detail}{flag}")
            if path == "index.md":
                homes[url] = used
    for url, visit in homes.items():
        print(f"\nPage d'accueil /{url} et première interaction, requête par requête (B : bloque le premier affichage) :")
        for r in sorted(visit.resources, key=lambda r: -r.encoded_bytes):
            mark = "B" if r.url in visit.render_blocking else " "
            print(f"  {r.encoded_bytes / 1024:>6.1f} KiB {mark} {r.kind:<10} {r.status}  /{r.url.removeprefix(site_url)}")


def print_first_round_trip(site: Path) -> None:
    """Each home's HTML against TCP's first window: what a slow phone gets before the first acknowledgement."""
    print(f"\n## Premier aller-retour (HTML gzip niveau 6 + en-têtes ; budget {FIRST_ROUND_TRIP} octets)\n")
    for lang in LANGUAGES:
        url = page_url("index.md", lang)
        size = first_round_trip_bytes((site / url / "index.html").read_bytes())
        flag = "  ** AU-DESSUS DU BUDGET **" if size > FIRST_ROUND_TRIP else ""
        print(f"/{url:<27} {size:>6} octets{flag}")
