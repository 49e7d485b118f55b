"""Lighthouse (npm, pinned) on each home page: medians of the category scores and of LCP, CLS, TBT."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from pathlib import Path

from page_weight import CHROMIUM

from pcv.inspection.pages import LANGUAGES, page_url

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_RUNS = 3
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"LCP": ("largest-contentful-paint", "{:.0f} ms"), "CLS": ("cumulative-layout-shift", "{:.3f}"),
           "TBT": ("total-blocking-time", "{:.0f} ms")}


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
