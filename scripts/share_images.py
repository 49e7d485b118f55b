"""Draw the share image of each language from data/, with Chromium: 1200×630 PNG files.

    make share-images

Run it after changing the programme's name label, headline or period
(data/programme.yaml, data/strings.yaml), then commit the two images:
overrides/assets/images/share-fr.png and share-en.png. Each image keeps
the text it shows in a PNG text chunk ("Description"); tests/test_seo.py
fails when that text no longer matches the data. Set PCV_CHROMIUM if the
browser is not at /usr/bin/chromium.
"""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from playwright.sync_api import sync_playwright

from pcv.data.loading import load_site_data
from pcv.data.models import LANGUAGES
from pcv.publishing.png_text import with_text
from pcv.publishing.share import HEIGHT, IMAGE_PATH, WIDTH, share_card

ROOT = Path(__file__).resolve().parent.parent


CHROMIUM = os.environ.get("PCV_CHROMIUM", "/usr/bin/chromium")
TEXT_KEY = "Description"


def main() -> None:
    data = load_site_data(ROOT / "data")
    env = Environment(loader=FileSystemLoader(Path(__file__).parent), autoescape=select_autoescape(["html"]))
    template = env.get_template("share-image.html")
    logo = Markup((ROOT / "overrides" / "assets" / "images" / "logo.svg").read_text(encoding="utf-8"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        for lang in LANGUAGES:
            card = share_card(data, lang)
            page.set_content(template.render(lang=lang, card=card, logo=logo, width=WIDTH, height=HEIGHT))
            target = ROOT / "overrides" / IMAGE_PATH.format(lang=lang)
            target.write_bytes(with_text(page.screenshot(type="png"), TEXT_KEY, card.alt))
            print(f"{target.relative_to(ROOT)}: {card.alt}")
        browser.close()


if __name__ == "__main__":
    main()
