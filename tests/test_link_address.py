"""Where a link leads (pcv/safety/link_address.py): every link address a page, the data or a template publishes is
judged on the host `urllib.parse` reads, and an address a browser could read otherwise is refused with a French
reason naming what hides the host (red team 12 M5: `https://ceci.org@evil.example/`, a backslash, a Cyrillic
« с », a full-width dot were published). tests/browser/test_link_hosts.py checks the class against Chromium."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.data.loading import DataProblems, load_site_data
from pcv.field_labels import SCHEMA_DIR
from pcv.inspection.builds import ROOT
from pcv.safety.link_address import https_link_problem, link_problem

SOUND = ["approche.md", "approche.md#nos-themes", "#haut", "../en/", "/fr/", "activites/benin.md", "photo.png",
         "https://ceci.org/fr", "HTTPS://CECI.ORG/fr?x=1&y=2#z", "http://example.org", "https://127.0.0.1:8443/x",
         "https://[::1]/", "https://xn--cci-bma.org/", "//example.org/x", "mailto:info@ceci.ca",
         "mailto:info@ceci.ca?subject=Signaler%20une%20erreur&body=x", "tel:+15145550100", "tel:+1-514-555-0100",
         "https://ceci.org/fr/été"]

# Each way a link can hide its host (or leave the link's reading to the browser), and what the reason names.
HIDDEN = [
    ("https://ceci.org@evil.example/fr", "le lien mène à « evil.example »"),
    ("https://ceci.org:x@evil.example/fr", "le lien mène à « evil.example »"),
    ("https://a@ceci.org@evil.example/", "le lien mène à « evil.example »"),
    ("//ceci.org@evil.example/", "le lien mène à « evil.example »"),
    ("https://evil.example\\@ceci.org/fr", "elle contient « \\ », qu'un navigateur lit « / »"),
    ("/\\evil.example/", "elle contient « \\ »"),
    ("https://ceci.org\t@evil.example/", "elle contient une tabulation"),
    ("https://ceci.org\n.evil.example/", "elle contient un saut de ligne"),
    ("https://\u0441eci.org/fr", "« \u0441 » (U+0441, signe cyrillique) ; un navigateur le lit « xn--eci-3ed.org »"),
    ("https://ceci\uff0eorg/fr", "« \uff0e » (U+FF0E, signe pleine chasse) ; un navigateur le lit « ceci.org »"),
    ("https://ceci\u3002org/fr", "« \u3002 » (U+3002) ; un navigateur le lit « ceci.org »"),
    ("https://c\u00e9ci.org/", "« \u00e9 » (U+00E9)"),
    ("https://ceci.org%40evil.example/", "contient un code « % »"),
    ("https://%65vil.example/", "contient un code « % »"),
    ("https:evil.example/", "après « https: », écrivez « // »"),
    ("https:/evil.example/", "après « https: », écrivez « // »"),
    ("https:///evil.example/", "après « https: », écrivez « // »"),
    ("https://0x7f.1/", "se lit comme une adresse IP"),
    ("https://3232235521/", "se lit comme une adresse IP"),
    ("javascript:alert(1)", "son début « javascript: » n'est pas permis"),
    (" data:text/html,x", "son début « data: » n'est pas permis"),
    ("mailto:info@ceci.ca?bcc=x@evil.example", "« bcc »"),
    ("mailto:info@ceci.ca?cc=x@evil.example&subject=y", "« cc »"),
    ("mailto:info@ceci.ca,x@evil.example", "une seule adresse de courriel"),
    ("mailto:info@ceci.ca%2Cx@evil.example", "une seule adresse de courriel"),
    ("mailto:info@\u0441eci.ca", "une seule adresse de courriel, écrite en clair"),
    ("tel:+1 514 555 0100;ext=2", "un lien « tel: » ne s'écrit qu'avec des chiffres"),
]


@pytest.mark.parametrize("url", SOUND)
def test_a_link_every_reader_reads_alike_is_accepted(url: str) -> None:
    assert link_problem(url) is None


@pytest.mark.parametrize(("url", "reason"), HIDDEN)
def test_a_link_that_may_lead_elsewhere_is_refused_naming_why(url: str, reason: str) -> None:
    problem = link_problem(url)
    assert problem is not None and reason in problem, problem


def test_a_data_address_is_a_full_https_one_judged_alike() -> None:
    """The data's format « https-url » (schemas/) is the same judge, on https addresses only."""
    assert https_link_problem("https://ceci.org/fr") is None
    assert "commençant par https://" in https_link_problem("http://ceci.org/fr")
    assert "commençant par https://" in https_link_problem("approche.md")
    for url, reason in HIDDEN:
        if url.startswith("https://"):
            assert reason in https_link_problem(url)


HOST_PARTS = ["ceci.org", "\u0441eci.org", "ceci\uff0eorg", "evil.example", "127.0.0.1", "[::1]", "0x7f.1",
              "xn--eci-3ed.org", "%65vil.example", "ceci.org.", "CECI.ORG", ""]
JOINS = ["", "@", ":x@", "\\@", "%40", "\t@", "/", "\\", ":443", ":0443", "#@", "?@"]


def test_no_combination_of_host_parts_hides_a_host_from_the_parser() -> None:
    """Every accepted combination of two host parts and a join: the host urllib reads is all that follows « // »
    up to the path, ASCII, with no name before it (the property the browser test checks against Chromium)."""
    from urllib.parse import urlsplit

    for start, join, end in itertools.product(["https://", "//", "HTTPS://", "https:"], JOINS, HOST_PARTS):
        for first in HOST_PARTS:
            url = f"{start}{first}{join}{end}/x"
            if link_problem(url) is None:
                parts = urlsplit(url if not url.startswith("//") else "https:" + url)
                assert parts.netloc.isascii() and "@" not in parts.netloc and "%" not in parts.netloc, url
                assert "\\" not in url and "\t" not in url, url


def _schema_strings(node: object) -> list[dict]:
    """Every string field of a JSON Schema, nested anywhere."""
    if isinstance(node, list):
        return [found for item in node for found in _schema_strings(item)]
    if not isinstance(node, dict):
        return []
    own = [node] if node.get("type") == "string" else []
    return own + [found for value in node.values() for found in _schema_strings(value)]


def test_every_address_field_of_the_schemas_is_judged_as_a_link() -> None:
    """A field whose pattern, title or description asks for an address has the format « https-url »."""
    fields = [field for path in sorted(SCHEMA_DIR.glob("*.schema.json"))
              for field in _schema_strings(json.loads(path.read_text(encoding="utf-8")))]
    addresses = [field for field in fields if "http" in field.get("pattern", "") + field.get("description", "")
                 or "adresse" in field.get("title", "").lower()]
    assert len(addresses) >= 3 and all(field.get("format") == "https-url" for field in addresses), addresses


@pytest.mark.parametrize("folder", [ROOT, FICTIF.folder], ids=["project", "fictif"])
def test_every_address_in_the_data_refuses_a_hidden_host_at_its_line(tmp_path: Path, folder: Path) -> None:
    """Each https address written in the programme's data, replaced by one that hides its host: refused at its line,
    with the reason (red team 12 M5: organisation_website held `https://ceci.org@evil.example/fr`, published)."""
    data = shutil.copytree(folder / "data", tmp_path / "data")
    hidden = itertools.cycle([(url, reason) for url, reason in HIDDEN
                              if url.startswith("https://") and url.isprintable()])
    expected = []
    for path in sorted(data.glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for number, line in enumerate(lines, 1):
            if re.search(r":\s+https://\S+\n?$", line):
                url, reason = next(hidden)
                lines[number - 1] = line.split("https://")[0] + json.dumps(url, ensure_ascii=False) + "\n"
                expected.append((f"data/{path.name}", number, reason))
        path.write_text("".join(lines), encoding="utf-8")
    assert expected
    with pytest.raises(DataProblems) as raised:
        load_site_data(data)
    found = [(problem.file, problem.line, problem.message) for problem in raised.value.problems]
    for name, line, reason in expected:
        assert any(n == name and l == line and reason in m for n, l, m in found), (name, line, reason, found)
