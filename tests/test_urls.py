"""The base addresses of the site and the repository (`PCV_SITE_URL`, `PCV_REPO_URL`, pcv/safety/urls.py): a host
and port that every browser reads alike, or a French reason naming what is wrong (never a later error blamed on a
template)."""

from __future__ import annotations

import pytest

from pcv.safety.environment import EnvironmentProblem, settings_from
from pcv.safety.urls import base_address_problem

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

READ_ALIKE = ["https://pcv.ceci.org/", "https://PCV.ceci.org/pcv/", "http://localhost:8000/", "https://127.0.0.1/",
              "https://[::1]:8443/", "https://xn--cci-bma.org/", "https://pcv-2.ceci.org:65535/a_b/~x/"]


@pytest.mark.parametrize("url", READ_ALIKE)
def test_an_address_browsers_read_alike_is_accepted(url: str) -> None:
    assert base_address_problem(url) is None


@pytest.mark.parametrize(("url", "reason"), [
    *((f"https://pcv.ceci.org{c}x/", "son nom de site « pcv.ceci.org") for c in "|^{}%;&!$()*+,=_~"),
    ("https://a..b/", "son nom de site « a..b » ne se lit pas"),
    ("https://pcv.ceci.org./", "son nom de site « pcv.ceci.org. » ne se lit pas"),
    ("https://-pcv.ceci.org/", "ne se lit pas"), ("https://pcv-.ceci.org/", "ne se lit pas"),
    (f"https://{'a' * 64}.org/", "ne se lit pas"), ("https://xn--.org/", "ne se lit pas"),
    ("https://999.1.1.1/", "se lit comme une adresse IP, mais n'en est pas une"),
    ("https://0x7f.1/", "se lit comme une adresse IP"),
    ("https://[v1.x]/", "son adresse IPv6 « [v1.x] » ne se lit pas"),
    ("https://[fe80::1%25eth0]/", "son adresse IPv6"),
    ("https://pcv.ceci.org:0/", "son port « 0 » n'existe pas : un port s'écrit de 1 à 65535, sans zéro devant"),
    ("https://pcv.ceci.org:080/", "son port « 080 » n'existe pas"),
    ("https://pcv.ceci.org:/", "son port « : » n'existe pas"),
    ("https://pcv.ceci.org:65536/", "son nom de site ou son port"),
    ("https://pcv.céci.org/", "hors ASCII"),
    ("https://pcv.ceci.org/" + "a/" * 100, "elle est trop longue (221 signes, au plus 200)"),
    # the path's fault named (red team 7: « //evilexample/ » was said to hold a forbidden sign or a « . »)
    ("https://example.org//evilexample/", "son chemin « //evilexample/ » contient « // » : un dossier sans nom"),
    ("https://example.org/pcv//x/", "son chemin « /pcv//x/ » contient « // »"),
    ("https://example.org/pcv/../x/", "son chemin « /pcv/../x/ » a un dossier qui commence par « . »"),
    ("https://example.org/.well-known/", "a un dossier qui commence par « . »"),
    ("https://example.org/pcv:x/", "son chemin « /pcv:x/ » contient « : »"),
    ("https://example.org/a%2f/", "son chemin « /a%2f/ » contient « % »"),
])
def test_a_host_or_port_a_browser_would_not_read_alike_is_refused(url: str, reason: str) -> None:
    problem = base_address_problem(url)
    assert problem is not None and reason in problem, problem


def test_a_value_quoted_in_a_message_shows_the_signs_a_terminal_would_act_on() -> None:
    """An escape sequence typed in a variable (\\x1b[2J clears the terminal) is shown, never sent to the terminal."""
    with pytest.raises(EnvironmentProblem) as raised:
        settings_from({"PCV_SITE_URL": "https://pcv.ceci.org/\x1b[2J\u202e/"})
    assert "« https://pcv.ceci.org/\\x1b[2J\\u202e/ »" in str(raised.value)
    assert "\x1b" not in str(raised.value) and "\u202e" not in str(raised.value)


@pytest.mark.parametrize("epoch", ["abc", "99999999999999999", "-5", "1e9", "٣", "4102444800"])
def test_a_build_date_that_is_not_a_past_time_is_named_at_its_variable(epoch: str) -> None:
    """MkDocs reads SOURCE_DATE_EPOCH as the build's date: a stray value stopped it with an unexpected error blamed on
    mkdocs.yml (ValueError, OverflowError)."""
    with pytest.raises(EnvironmentProblem, match="La variable d'environnement SOURCE_DATE_EPOCH .* vaut « "):
        settings_from({"SOURCE_DATE_EPOCH": epoch})


def test_a_build_date_from_the_last_commit_is_accepted() -> None:
    assert settings_from({"SOURCE_DATE_EPOCH": "1764979200"}) == settings_from({})
