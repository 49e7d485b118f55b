"""What the web editor (/admin/) ships and what opening it costs: not a public page (no budget),
but staff open it on the same networks."""

from __future__ import annotations

import gzip
from pathlib import Path

from page_weight import first_visit
from playwright.sync_api import Browser


def print_editor_weight(browser: Browser, site: Path, site_url: str) -> None:
    admin = site / "admin"
    print("\n## Éditeur web (/admin/)")
    if not (admin / "index.html").is_file():
        print("non publié : Decap CMS n'est pas installé (npm ci)")
        return
    files = [f for f in admin.rglob("*") if f.is_file()]
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes(), compresslevel=6)) for f in files)
    print(f"publié : {len(files)} fichiers, {raw / 2**20:.1f} Mio ({packed / 2**20:.1f} Mio en gzip)")
    visit = first_visit(browser, site_url + "admin/")
    print(f"ouverture (390 px, cache vide, jusqu'à l'écran de connexion) : {visit.kib:.0f} Kio transférés "
          f"en gzip, {len(visit.resources)} requêtes")
