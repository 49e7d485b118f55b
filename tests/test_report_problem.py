"""How to report a problem with the site follows the data wherever it is said: on the contact page and beside the
accessibility statement, by e-mail when data/programme.yaml gives the organisation's address (contact.email), else
through its website (overrides/partials/report-problem.html). On a fixture programme given contact details, as
staff add them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES, build_programme
from pcv.inspection.pages import LANGUAGES, html_file
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

CONTACT = {"email": "jardins@exemple.org",
           "source": "Page « Nous joindre » de l'organisation (exemple), trouvée le 2026-12-07."}


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_accessibility_statement_says_to_write_to_the_e_mail_address_the_data_gives(tmp_path: Path) -> None:
    """PROGRAMME9 F10: with contact.email in the data (and on the contact page), the box beside the accessibility
    statement still said to write « au moyen des coordonnées publiées sur son site » and linked to its home page."""
    programme = shutil.copytree(FIXTURES / "programme-fictif", tmp_path / "programme")
    path = programme / "data" / "programme.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contact"] = CONTACT
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    data = load_site_data(programme / "data")
    result = build_programme(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    pages = read_pages(programme / "docs")[0]
    for role in ("accessibility", "contact"):
        shared = next(path for (lang, path), page in sorted(pages.items()) if page.meta.get("role") == role)
        for lang in LANGUAGES:
            url = ("" if lang == LANGUAGES[0] else f"{lang}/") + page_address(pages, lang, shared)
            html = html_file(result.site, url).read_text(encoding="utf-8")
            anchor = data.strings["contact.report.anchor"].in_(lang)
            box = _plain(re.search(r'<section class="pcv-side-box" aria-labelledby="pcv-report-title">.*?</section>' if role == "accessibility"
                            else rf'<section class="pcv-ask" id="{anchor}">.*?</section>', html, re.S).group(0))
            assert f'href="mailto:{CONTACT["email"]}"' in box, (role, lang, box)
            assert _plain(data.strings["contact.report.email_text"].in_(lang)) in box, (role, lang, box)
            assert data.programme.organisation_website.url.in_(lang) not in box, (role, lang, box)
            assert _plain(data.strings["contact.report.text"].in_(lang)) not in box, (role, lang, box)


def test_an_accessibility_statement_with_its_own_part_on_reporting_says_it_once(tmp_path: Path) -> None:
    """VISITOR11: the PCV's statement has its own « Signaler un problème » part, and the box beside it said it
    again (« Signaler un problème » twice on one page). A statement whose heading names reporting (the word of
    contact.report.anchor in its anchor) keeps its own part and gets no box; one without it keeps the box."""
    programme = shutil.copytree(FIXTURES / "programme-fictif", tmp_path / "programme")
    data = load_site_data(programme / "data")
    pages = read_pages(programme / "docs")[0]
    shared = next(path for (lang, path), page in sorted(pages.items()) if page.meta.get("role") == "accessibility")
    for lang in LANGUAGES:
        page = programme / "docs" / lang / shared
        title = data.strings["contact.report.title"].in_(lang)
        page.write_text(page.read_text(encoding="utf-8").rstrip() + f"\n\n## {title}\n\n"
                        + data.strings["contact.report.email_text"].in_(lang) + "\n", encoding="utf-8")
    result = build_programme(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    for lang in LANGUAGES:
        url = ("" if lang == LANGUAGES[0] else f"{lang}/") + page_address(pages, lang, shared)
        html = _plain(html_file(result.site, url).read_text(encoding="utf-8"))
        title = _plain(data.strings["contact.report.title"].in_(lang))
        assert html.count(f">{title}</h2>") == 1, (lang, url)
        assert 'id="pcv-report-title"' not in html, (lang, url)
