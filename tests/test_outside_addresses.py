"""A page's web or e-mail address whose domain no data of the programme gives is said « À vérifier » after make check
and make build, and as a warning on the pull request's line, never refused (PROGRAMME11 F1: « [Écrivez-nous](mailto:
autre@pcv.ca) » in another programme's page was published without a word; an outside link staff add on purpose,
to the United Nations or a partner's news, must still build)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from programme_facts import FICTIF
from project_edits import publish

from pcv.checks.outside_addresses import outside_address_notes
from pcv.checks.site import all_problems
from pcv.inspection.builds import assemble_programme
from pcv.preview.editor_problems import problems_json

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

PAGE = f"docs/fr/{FICTIF.page_of_country(FICTIF.countries_with_activities()[0].code)}"
OWN = urlsplit(FICTIF.data.programme.organisation_website.url.fr)  # a site the data gives
OTHER_MAIL = "autre@pcv.ca"


def _copied_page(tmp_path: Path) -> tuple[Path, int, int]:
    """The fixture programme with a sentence of another programme's page in its country page, as staff paste it,
    and a link to the programme's own site; the line and column of the other programme's address."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    text = (project / PAGE).read_text(encoding="utf-8")
    last = text.rstrip("\n").rsplit("\n", 1)[1]
    added = (f" [Écrivez-nous](mailto:{OTHER_MAIL}) ou voyez [nos offres](https://www.pcv.ca/stages), et "
             f"[notre site]({OWN.scheme}://{OWN.hostname}/nouvelles).")
    (project / PAGE).write_text(text.replace(last, last + added), encoding="utf-8")
    return project, text.splitlines().index(last) + 1, len(last) + added.index(OTHER_MAIL) + 1


NOTE = (f"{PAGE}, ligne {{line}}, colonne {{column}} : « {OTHER_MAIL} » est une adresse de courriel en « @pcv.ca » (et "
        "1 autre endroit des pages), un domaine qu'aucune donnée de ce programme ne donne (ni son courriel, ni ses "
        "sites, ni ceux de ses partenaires) : les lecteurs écriraient à un autre organisme. Cette page vient-elle d'un "
        "autre programme ? Si oui, écrivez l'adresse de celui-ci ; si l'adresse est juste, rien à faire (le site est "
        "construit avec elle).")


def test_another_programme_s_address_is_said_by_make_check_and_on_the_pull_request_not_refused(tmp_path: Path) -> None:
    project, line, column = _copied_page(tmp_path)
    assert [str(p) for p in all_problems(project)] == []
    checked = subprocess.run([sys.executable, "scripts/check_site.py", "--github"], cwd=project, capture_output=True,
                             text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"\n- {NOTE.format(line=line, column=column)}\n" in checked.stdout + "\n", checked.stdout
    assert checked.stdout.count("\n- ") == 1  # the programme's own site is not said
    assert f"::warning file={PAGE},line={line},col={column},title=À vérifier::« {OTHER_MAIL} »" in checked.stdout


def test_make_build_says_it_last_and_publishes_the_site(tmp_path: Path) -> None:
    project, line, column = _copied_page(tmp_path)
    result = publish(project)
    assert result.returncode == 0, result.output
    built = result.output.split("Site construit et mis en place dans", 1)[1]
    assert ("\nÀ vérifier (rien n'est bloqué) : des adresses des pages que les données de ce programme ne donnent pas"
            f"\n- {NOTE.format(line=line, column=column)}\n") in built, result.output  # after the build's last word
    assert (result.site / "index.html").is_file()


def test_an_unencrypted_address_of_the_programme_s_own_site_is_said_too(tmp_path: Path) -> None:
    """PROGRAMME11 F10 (N19): « http:// », refused in the data, was published from a page without a word."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    text = (project / PAGE).read_text(encoding="utf-8")
    last = text.rstrip("\n").rsplit("\n", 1)[1]
    address = f"http://{OWN.hostname}/nouvelles"
    (project / PAGE).write_text(text.replace(last, f"{last} Voir [le site]({address})."), encoding="utf-8")
    line, column = text.splitlines().index(last) + 1, len(last) + len(" Voir [le site](") + 1
    assert [str(note) for note in outside_address_notes(project)] == [
        f"{PAGE}, ligne {line}, colonne {column} : « {address} » commence par « http:// » : ce lien mène à une page sans "
        "chiffrement, que le navigateur dit « non sécurisée » (les données refusent ces adresses). Si le site répond à "
        "« https:// », écrivez-la ainsi ; sinon, rien à faire."]


def test_the_editor_on_this_computer_says_what_make_check_says_to_look_at(tmp_path: Path) -> None:
    """STAFF10 M12: an « http:// » link was « À vérifier » in make check only; the editor's foot (problems.json of the
    preview, problems.js) said nothing. It lists make check's notes, each where it is in the editor's form."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    text = (project / PAGE).read_text(encoding="utf-8")
    last = text.rstrip("\n").rsplit("\n", 1)[1]
    (project / PAGE).write_text(text.replace(last, f"{last} Voir [le site](http://{OWN.hostname}/nouvelles)."),
                                encoding="utf-8")
    notes = outside_address_notes(project)
    review = json.loads(problems_json([], [], project, None))["review"]
    assert notes and [(item["where"], item["message"]) for item in review] == [(n.place, n.message) for n in notes]
    assert all(item["editor"].startswith("dans l'éditeur : « Texte de la page », ligne ") for item in review), review


def test_an_address_written_without_its_https_is_said_as_with_it(tmp_path: Path) -> None:
    """Red team 23 M2: « //autre.example/page », which a browser follows to that site, was said nothing of."""
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    text = (project / PAGE).read_text(encoding="utf-8")
    last = text.rstrip("\n").rsplit("\n", 1)[1]
    (project / PAGE).write_text(text.replace(last, f"{last} Voir [la page](//autre.example/page)."), encoding="utf-8")
    line, column = text.splitlines().index(last) + 1, len(last) + len(" Voir [la page](") + 1
    assert [str(note) for note in outside_address_notes(project)] == [
        f"{PAGE}, ligne {line}, colonne {column} : « //autre.example/page » mène au site autre.example, qu'aucune donnée "
        "de ce programme ne nomme (ni ses sites, ni ceux de ses partenaires et bailleurs, ni ses sources). Cette page "
        "vient-elle d'un autre programme ? Si oui, écrivez l'adresse de celui-ci ; si l'adresse est juste, rien à faire "
        "(le site est construit avec elle)."]
