"""The organisation's public contact details (data/programme.yaml, contact): shown on the contact page only when the
data gives them, each as a link; with an e-mail address, every page's « Signaler un problème » writes to it naming the
page (no account). Without them, the contact page sends to the organisation's website and no page offers to report a
problem (VISITOR14 #4: the link led to the organisation's home page, a dead end). A slip in them is named in French at its line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml
from live_data import DATA

from pcv.data.loading import DataProblems, load_site_data
from pcv.inspection.builds import build_site
from pcv.inspection.pages import LANGUAGES, html_file, page_url, role_page

CONTACT = {"email": "pcv@exemple.org", "phone": "+1 514 555-0100",
           "page": {"fr": "https://exemple.org/fr/joindre", "en": "https://exemple.org/en/contact"},
           "source": "Page « Nous joindre » de l'organisation (exemple), trouvée le 2026-12-07."}
REPORT = re.compile(r'<a class="pcv-page-details__report" href="([^"]+)"')


def _with_contact(project: Path, contact: dict) -> None:
    path = project / "data" / "programme.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contact"] = contact
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_contact_details_show_on_the_contact_page_and_the_report_link_writes_naming_the_page(
        project_copy: Path, tmp_path: Path) -> None:
    _with_contact(project_copy, CONTACT)
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.output
    for lang in LANGUAGES:
        contact = html_file(result.site, page_url(role_page("contact"), lang)).read_text(encoding="utf-8")
        details = re.search(r'<dl class="pcv-contact">.*?</dl>', contact, re.S).group(0)
        assert f'href="mailto:{CONTACT["email"]}"' in details
        assert 'href="tel:+15145550100"' in details and CONTACT["phone"] in details.replace("\xa0", " ")
        assert f'href="{CONTACT["page"][lang]}"' in details
        assert CONTACT["source"] not in contact, "the source is for staff, not shown"
        for path in (role_page("accessibility"), "index.md"):  # an inner page every programme has, and the home
            href = REPORT.search(html_file(result.site, page_url(path, lang)).read_text(encoding="utf-8")).group(1)
            address = urlsplit(href.replace("&amp;", "&"))
            assert address.scheme == "mailto" and unquote(address.path) == CONTACT["email"]
            assert parse_qs(address.query)["subject"][0].endswith(page_url(path, lang)), href


def test_the_site_shows_the_contact_details_the_data_gives_and_invents_none(built_site: Path) -> None:
    """With none in the data (no source gives CECI's): no e-mail or phone anywhere; the contact page sends each audience to one
    place: the organisation's website, the call's own address; no « Signaler un problème » link or part, which could
    only lead to the organisation's home page (VISITOR14 #4). With some: the contact page shows them."""
    for lang in LANGUAGES:
        contact = html_file(built_site, page_url(role_page("contact"), lang)).read_text(encoding="utf-8")
        assert ('class="pcv-contact"' in contact) == bool(DATA.programme.contact)
    if DATA.programme.contact:
        return
    for page in (p for p in built_site.rglob("*.html") if "admin" not in p.relative_to(built_site).parts):
        assert not re.search(r'href="(mailto|tel):', page.read_text(encoding="utf-8")), page
    for lang in LANGUAGES:
        contact_path = page_url(role_page("contact"), lang)
        contact = html_file(built_site, contact_path).read_text(encoding="utf-8")
        assert f'href="{DATA.programme.organisation_website.url.in_(lang)}"' in contact
        # VISITOR11 #1: one destination per audience: the first section (the organisation) leads to its website alone,
        # and the call that leads to another site has its own section, which alone leads there.
        sections = re.findall(r'<section class="pcv-ask"[^>]*>.*?</section>', contact, re.S)
        assert re.findall(r'<a [^>]*href="([^"]+)"', sections[0]) == [DATA.programme.organisation_website.url.in_(lang)]
        for call in (c for c in DATA.programme.calls_to_action if c.link):
            assert [s for s in sections if f'href="{call.link.url.in_(lang)}"' in s] == [
                next(s for s in sections if f">{call.label.in_(lang)}</h2>" in s)]
        assert not re.search(r'<section class="pcv-ask" id=', contact), contact_path
    for page in (p for p in built_site.rglob("*.html") if "admin" not in p.relative_to(built_site).parts):
        assert not REPORT.search(page.read_text(encoding="utf-8")), page


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("email", "pcv@exemple", "champ « Coordonnées publiques » → « Courriel » (contact.email) : on trouve le texte"),
    # a ? or & adds recipients or a subject to the mail, # or % hides part of the address: none is an address
    ("email", "info?bcc=spy%40evil.example&x=@exemple.org", "(contact.email) : on trouve le texte"),
    ("email", "info#/../%2e@exemple.org", "(contact.email) : on trouve le texte"),
    ("email", "info&copy@exemple.org", "(contact.email) : on trouve le texte"),
    ("phone", "écrire au CECI", "champ « Coordonnées publiques » → « Téléphone » (contact.phone) : on trouve le texte"),
    ("source", None, "(contact.source) : ce champ obligatoire manque : remplissez-le dans l'éditeur"),
])
def test_a_slip_in_the_contact_details_is_named_in_french_at_its_line(tmp_path: Path, field: str, value, expected: str
                                                                      ) -> None:
    data = shutil.copytree(Path(__file__).parent.parent / "data", tmp_path / "data")
    contact = {key: item for key, item in CONTACT.items() if key != field}
    if value is not None:
        contact[field] = value
    _with_contact(tmp_path, contact)
    with pytest.raises(DataProblems) as problems:
        load_site_data(data)
    message = str(problems.value)
    assert "data/programme.yaml, ligne " in message and expected in message, message


def test_the_report_subject_is_the_text_staff_typed(project_copy: Path, tmp_path: Path) -> None:
    """The mail's subject is plain text (« & » and « ' » as typed, not as HTML codes), naming the page."""
    _with_contact(project_copy, CONTACT)
    strings = project_copy / "data" / "strings.yaml"
    own = yaml.safe_load(strings.read_text(encoding="utf-8")) if strings.exists() else {}
    own["footer.report.subject"] = {"fr": "Site & page d'accueil : {address}", "en": "Site & the page's {address}"}
    strings.write_text(yaml.safe_dump(own, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.output
    for lang in LANGUAGES:
        path = role_page("accessibility")
        href = REPORT.search(html_file(result.site, page_url(path, lang)).read_text(encoding="utf-8")).group(1)
        subject = parse_qs(urlsplit(href.replace("&amp;", "&")).query)["subject"][0]
        typed = own["footer.report.subject"][lang].split("{")[0]
        assert subject.startswith(typed) and subject.endswith(page_url(path, lang)), subject


def _with_string(project: Path, key: str, text: dict) -> None:
    strings = project / "data" / "strings.yaml"
    own = (yaml.safe_load(strings.read_text(encoding="utf-8")) or {}) if strings.exists() else {}
    own[key] = text
    strings.write_text(yaml.safe_dump(own, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_report_anchor_that_is_no_address_end_is_named_at_its_line(tmp_path: Path) -> None:
    """« #signaler un problème » would be published in every page's link: letters, digits and hyphens only."""
    data = shutil.copytree(Path(__file__).parent.parent / "data", tmp_path / "data")
    _with_string(tmp_path, "contact.report.anchor", {"fr": "signaler un problème", "en": "report"})
    with pytest.raises(DataProblems) as problems:
        load_site_data(data)
    assert "data/strings.yaml, ligne " in str(problems.value) and "contact.report.anchor" in str(problems.value)


def test_a_report_anchor_equal_to_a_heading_of_the_contact_page_names_the_strings(project_copy: Path,
                                                                                  tmp_path: Path) -> None:
    """The anchor is written by the data, not the page: the message says where else it may come from (on a contact
    page with its part on problems: the data gives contact details)."""
    _with_contact(project_copy, CONTACT)
    page = project_copy / "docs" / LANGUAGES[0] / role_page("contact")
    page.write_text(page.read_text(encoding="utf-8") + "\n## Mot de passe\n\nTexte.\n", encoding="utf-8")
    anchor = {"fr": "mot-de-passe", "en": "report"}
    _with_string(project_copy, "contact.report.anchor", anchor)
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    line = page.read_text(encoding="utf-8").split("\n").index("## Mot de passe") + 1
    assert (f"docs/{LANGUAGES[0]}/{role_page('contact')}, ligne {line} : le titre « Mot de passe » donne l'identifiant "
            "« mot-de-passe », mais l'ancre « contact.report.anchor » des textes du site (data/strings.yaml, ou les "
            "textes du moteur) l'écrit aussi dans cette page") in result.output, result.output[-2000:]
