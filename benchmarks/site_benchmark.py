"""Figures of the site: what each page weighs on a first visit, Lighthouse on
the home pages, and what a build costs as the data grows.

A script that prints figures, not a test: `make bench` (a few minutes; needs
Chromium and `npm ci`). The site is built for the loopback address it is
served from (so its canonical and hreflang links point to that host, as in
production) and served with gzip.

1. Weight: every page of both languages opened in a fresh 390 px Chromium
   context (empty cache); the gzip-encoded bytes of every response (headers
   included) until the network is idle, and the number of requests. Pages
   over the 40 KiB budget, or with a request that blocks the first paint, are flagged. Then the same, followed by the
   reader's first interaction, which fetches Material's script and search
   (overrides/partials/theme-script.html).
2. Lighthouse 12 (npm, pinned) on each home page, mobile (default) and
   desktop presets, 3 runs each: medians of the four category scores, LCP,
   CLS and TBT, and the audits that cost points.
3. The web editor (/admin/, not a public page): what it ships, and what
   opening it transfers (benchmarks/editor_weight.py).
4. Build cost: `mkdocs build --strict` of the project, then of copies whose
   data holds more countries; seconds and peak memory of the build process.
   Country codes must be ISO 3166 codes the validation accepts, and each only
   once, so no more than that many countries can exist (249, not 1,000).
   Two series: countries listed only (no activities, so no page), and
   countries with activities, each with its page in both languages, in the
   navigation (the growth that matters: Material renders the whole navigation
   into every page). Then each against a bare MkDocs + Material + static-i18n
   build of the same pages (benchmarks/build_cost.py).
5. `make serve`: seconds from saving a page to the preview serving it changed
   (benchmarks/serve_reload.py).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from build_cost import print_against_bare, print_build_scaling, timed_build
from editor_weight import print_editor_weight
from lighthouse_scores import print_lighthouse
from page_weight import CHROMIUM, CHROMIUM_ARGS, print_first_round_trip, print_weights
from serve_reload import print_reload
from playwright.sync_api import sync_playwright

from pcv.inspection.server import base_url, bind, serving

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pcv-bench-") as tmp:
        work = Path(tmp)
        site = work / "site"
        server = bind(site)
        site_url = base_url(server)
        real = timed_build(ROOT, site, site_url)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"# Site : mesures ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} processeurs, charge {load})")
        with serving(server), sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print_weights(browser, site_url)
            print_first_round_trip(site)
            print_editor_weight(browser, site, site_url)
            browser.close()
            print_lighthouse(site_url)
        print_build_scaling(work, site_url, real)
        print_against_bare(work)
        print_reload()


if __name__ == "__main__":
    main()
