"""Figures of the site: what each page weighs on a first visit, Lighthouse on
the home pages, and what a build costs as the data grows.

A script that prints figures, not a test: `make bench` (a few minutes; needs
Chromium and `npm ci`). The site is built for the loopback address it is
served from (so its canonical and hreflang links point to that host, as in
production) and served with gzip.

1. Weight: every page of both languages opened in a fresh 390 px Chromium
   context (empty cache); the gzip-encoded bytes of every response (headers
   included) until the network is idle, and the number of requests. Pages
   over the 100 KiB budget are flagged. Then the same, followed by the
   reader's first interaction, which fetches Material's script and search
   (overrides/partials/theme-script.html).
2. Lighthouse 12 (npm, pinned) on each home page, mobile (default) and
   desktop presets, 3 runs each: medians of the four category scores, LCP,
   CLS and TBT, and the audits that cost points.
3. Build cost: `mkdocs build --strict` of the project, then of copies whose
   data holds more countries; seconds and peak memory of the build process.
   Country codes must be ISO 3166 codes the validation accepts, and each only
   once, so no more than that many countries can exist (249, not 1,000).
   Two series: countries listed only (no activities, so no page), and
   countries with activities, each with its page in both languages, in the
   navigation (the growth that matters: Material renders the whole navigation
   into every page).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml
from playwright.sync_api import Browser, Request, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]

from browser.tabs import InFlight, first_interaction  # noqa: E402
from conftest import build_command, copy_project  # noqa: E402
from site_data import COUNTRY_CODES, load_site_data  # noqa: E402
from site_pages import LANGUAGES, page_url, shared_page_paths  # noqa: E402
from static_server import base_url, bind, serving  # noqa: E402

BUDGET_KIB = 100
CHROMIUM = os.environ.get("PCV_CHROMIUM") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_RUNS = 3
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"LCP": ("largest-contentful-paint", "{:.0f} ms"), "CLS": ("cumulative-layout-shift", "{:.3f}"),
           "TBT": ("total-blocking-time", "{:.0f} ms")}
SCALING_SIZES = (100, None)  # None: every code the validation accepts


# 1. Weight -----------------------------------------------------------------

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
    print("« bloq. » : ressources attendues avant le premier affichage, en plus du HTML (budget : 1 feuille de style).")
    print("« + interaction » : la même visite suivie de la première interaction du lecteur (une touche),")
    print("qui charge le script de Material et la recherche.\n")
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
            flag = "  ** AU-DESSUS DU BUDGET **" if max(visit.kib, used.kib) > BUDGET_KIB else ""
            print(f"/{url:<27} {len(visit.resources):>4} {len(visit.render_blocking):>5} {visit.kib:>7.1f} |"
                  f" {len(used.resources):>9} req {used.kib:>6.1f}  {detail}{flag}")
            if path == "index.md":
                homes[url] = used
    for url, visit in homes.items():
        print(f"\nPage d'accueil /{url} et première interaction, requête par requête (B : bloque le premier affichage) :")
        for r in sorted(visit.resources, key=lambda r: -r.encoded_bytes):
            mark = "B" if r.url in visit.render_blocking else " "
            print(f"  {r.encoded_bytes / 1024:>6.1f} KiB {mark} {r.kind:<10} {r.status}  /{r.url.removeprefix(site_url)}")


# 2. Lighthouse -------------------------------------------------------------

def lighthouse(url: str, preset: str) -> dict:
    """One Lighthouse run's report (JSON) of `url` with the "mobile" or "desktop" preset."""
    command = [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
               "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]
    if preset == "desktop":
        command.append("--preset=desktop")
    done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM},
                          capture_output=True, text=True, timeout=300)
    if done.returncode:
        raise SystemExit(f"Lighthouse a échoué sur {url} ({preset}) :\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def lost_points(report: dict) -> set[str]:
    """Audits that lower a category's score, as "category/audit-id"."""
    lost = set()
    for category_id, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                lost.add(f"{category_id}/{ref['id']}")
    return lost


def print_lighthouse(site_url: str) -> None:
    print(f"\n## Lighthouse {LIGHTHOUSE_RUNS} passages, médianes (scores sur 100)\n")
    print(f"{'page':<6} {'preset':<8} " + " ".join(f"{c[:5]:>5}" for c in CATEGORIES)
          + " " + " ".join(f"{m:>9}" for m in METRICS))
    losses = []
    for lang in LANGUAGES:
        url = page_url("index.md", lang)
        for preset in ("mobile", "desktop"):
            reports = [lighthouse(site_url + url, preset) for _ in range(LIGHTHOUSE_RUNS)]
            scores = [statistics.median(r["categories"][c]["score"] * 100 for r in reports) for c in CATEGORIES]
            metrics = [fmt.format(statistics.median(r["audits"][audit]["numericValue"] for r in reports))
                       for audit, fmt in METRICS.values()]
            print(f"/{url:<5} {preset:<8} " + " ".join(f"{s:>5.0f}" for s in scores)
                  + " " + " ".join(f"{m:>9}" for m in metrics))
            lost = sorted(set().union(*map(lost_points, reports)))
            losses.append(f"/{url} {preset} : " + ("; ".join(lost) or "aucun"))
    print("\nAudits qui coûtent des points (au moins un passage) :")
    print("\n".join(f"- {line}" for line in losses))


# 3. Build cost -------------------------------------------------------------

@dataclass
class BuildCost:
    seconds: float
    peak_mib: float
    pages: int


# Runs a command; writes its wall time and peak resident memory (KiB) to a file.
# A process starts with the peak of the process that started it, so the build
# is started from this small process, not from the benchmark (which holds
# Playwright and the data in memory).
MEASURE = ("import resource, subprocess, sys, time; start = time.perf_counter(); "
           "code = subprocess.run(sys.argv[2:]).returncode; seconds = time.perf_counter() - start; "
           "open(sys.argv[1], 'w').write(f'{seconds} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}'); "
           "sys.exit(code)")


def timed_build(project: Path, site: Path, site_url: str) -> BuildCost:
    """Build `project` into `site` in a child process; its wall time and peak resident memory."""
    command, env = build_command(site, PCV_SITE_URL=site_url)
    with tempfile.TemporaryDirectory() as tmp:
        figures = Path(tmp) / "figures"
        done = subprocess.run([sys.executable, "-c", MEASURE, str(figures), *command],
                              cwd=project, env=env, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"La construction de {project} a échoué :\n{(done.stdout + done.stderr)[-3000:]}")
        seconds, peak_kib = figures.read_text().split()
    return BuildCost(float(seconds), int(peak_kib) / 1024, sum(1 for _ in site.rglob("index.html")))


def add_countries(project: Path, total: int | None, with_pages: bool) -> int:
    """Grow the copy's data/countries.yaml to `total` countries (None: every accepted code).

    Added countries get made-up slugs ("pays-xx"); with `with_pages`, activities,
    a page in both languages and a place in the navigation under the activities.
    Returns the number of countries.
    """
    path = project / "data" / "countries.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    used = {c["code"] for c in data["countries"]}
    free = sorted(COUNTRY_CODES - used)
    added = free[: None if total is None else total - len(used)]
    for code in added:
        slug = f"pays-{code.lower()}"
        country: dict = {"code": code, "slug": slug}
        if with_pages:
            country["activities"] = {"target_groups": [{"fr": "Femmes et jeunes femmes", "en": "Women and young women"}]}
            for lang in LANGUAGES:
                page = project / "docs" / lang / "activites" / f"{slug}.md"
                page.write_text(f"---\ntitle: \"{code}\"\ndescription: Pays {code}.\n---\n\n# {code}\n\n{'Texte. ' * 60}\n",
                                encoding="utf-8")
        data["countries"].append(country)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    if with_pages:
        add_to_nav(project / "mkdocs.yml", [f"activites/pays-{code.lower()}.md" for code in added])
    return len(data["countries"])


def add_to_nav(config: Path, pages: list[str]) -> None:
    """List `pages` in the navigation after the activities' index page."""
    anchor = "- activites/index.md\n"
    text = config.read_text(encoding="utf-8")
    line = next((ln for ln in text.splitlines(keepends=True) if ln.strip() + "\n" == anchor), None)
    if line is None:
        raise SystemExit(f"{config} : « {anchor.strip()} » introuvable dans nav ; adaptez add_to_nav.")
    indent = line[: len(line) - len(line.lstrip())]
    text = text.replace(line, line + "".join(f"{indent}- {page}\n" for page in pages), 1)
    config.write_text(text, encoding="utf-8")


def data_load_seconds(data_dir: Path) -> float:
    """Time to read and validate `data_dir` once (what each build process does once)."""
    start = time.perf_counter()
    load_site_data(data_dir)
    return time.perf_counter() - start


def print_build_scaling(work: Path, site_url: str, real: BuildCost) -> None:
    accepted = len(COUNTRY_CODES)
    print("\n## Coût de la construction (mkdocs build --strict, processus enfant)\n")
    print(f"La validation accepte {accepted} codes de pays, chacun une fois : 1 000 pays sont impossibles "
          "sans l'affaiblir ; on mesure 100 pays et tous les codes.")
    print("« données s » : lecture et validation de data/ (une fois par construction).\n")
    print(f"{'données':<40} {'pays':>5} {'pages':>6} {'s':>7} {'Mio max':>8} {'ms/page':>8} {'données s':>10}")
    real_load = data_load_seconds(ROOT / "data")
    rows = [("données réelles", len(load_site_data(ROOT / "data").countries), real, real_load)]
    for with_pages in (False, True):
        for total in SCALING_SIZES:
            name = f"{total or 'all'}-{'pages' if with_pages else 'list'}"
            project = copy_project(work / name)
            countries = add_countries(project, total, with_pages)
            load = data_load_seconds(project / "data")  # also proves the generated data valid
            label = "pays ajoutés avec page (fr, en) et menu" if with_pages else "pays ajoutés sans activités (listés)"
            rows.append((label, countries, timed_build(project, work / f"{name}-site", site_url), load))
    for label, countries, cost, load in rows:
        print(f"{label:<40} {countries:>5} {cost.pages:>6} {cost.seconds:>7.2f} {cost.peak_mib:>8.0f}"
              f" {cost.seconds * 1000 / cost.pages:>8.1f} {load:>10.3f}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pcv-bench-") as tmp:
        work = Path(tmp)
        site = work / "site"
        server = bind(site)
        site_url = base_url(server)
        real = timed_build(ROOT, site, site_url)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"# Site PCV : mesures ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} processeurs, charge {load})")
        with serving(server), sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print_weights(browser, site_url)
            browser.close()
            print_lighthouse(site_url)
        print_build_scaling(work, site_url, real)


if __name__ == "__main__":
    main()
