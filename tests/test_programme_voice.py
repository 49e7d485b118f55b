"""The site speaks as the organisation that runs the programme, « nous » / "we", in both languages (VISITOR15 #3: its
headings said « Où nous travaillons », « Nos cibles », while its text said « Le CECI travaille… », « CECI volunteers »:
a programme site written about itself from outside). The organisation is named where the page says who it is, where a
link leads or what a source is (« Un programme du CECI », « sur ceci.org, le site du CECI », « la page publique du
CECI »), never as the third-person subject of what it does, nor as the owner of « its » volunteers."""

from __future__ import annotations

import re
from pathlib import Path

from live_data import DATA

from pcv.inspection.pages import LANGUAGES, html_file, page_url, shared_page_paths
from pcv.inspection.site_checks import shown_text


def _third_person(organisation: str, lang: str) -> re.Pattern[str]:
    """The organisation as the subject of a verb (« Le CECI mène », "In Benin, CECI works") or as its volunteers'
    owner (« les volontaires du CECI », "CECI volunteers", "CECI’s volunteers")."""
    name = re.escape(organisation)
    if lang == "fr":
        return re.compile(rf"\b[Ll]e {name}\s+[a-zà-ÿ]|\bvolontaires d(?:u|e l’|e) {name}\b")
    return re.compile(rf"(?:^|[.:;!?,]\s+){name}\s+[a-z]|\b{name}(?:’s)? volunteers\b", re.M)


def test_the_pages_speak_as_the_organisation_not_about_it(built_site: Path) -> None:
    said = []
    for lang in LANGUAGES:
        organisation = DATA.programme.organisation.in_(lang)
        pattern = _third_person(organisation, lang)
        for path in shared_page_paths():
            html = html_file(built_site, page_url(path, lang)).read_text(encoding="utf-8")
            main = html[html.index("<main"):html.index("</main>")]
            text = shown_text(main).replace("\u00a0", " ").replace("\u202f", " ")
            said += [(lang, path, line) for line in text.splitlines() if pattern.search(line)]
    assert not said, "\n".join(f"{lang} {path}: {line}" for lang, path, line in said)
