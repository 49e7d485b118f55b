"""A data/strings.yaml kept from another programme does not pass in silence (PROGRAMME7 F8: the PCV's, kept by a
second programme, published « CECI » and « ceci.org » on 26 of its files): its texts of a call to action the
programme does not make are unknown names, a web address no address of the data has is refused, and the
organisation's short name in capitals is written {organisation}, so that no programme's file spells it by hand.
The engine's schema names no programme's call: the editor's form has a field for each call of the programme's own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from pcv.data.loading import SCHEMA_DIR, DataProblems, load_site_data
from pcv.editor.data_forms import data_forms
from pcv.field_labels import CALL_KEYS
from pcv.inspection.builds import FIXTURES, assemble_programme

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

FICTIF = FIXTURES / "programme-fictif"


def _problems(project: Path) -> list[str]:
    try:
        load_site_data(project / "data")
    except DataProblems as found:
        return [str(problem) for problem in found.problems]
    return []


def _write_strings(project: Path, texts: dict[str, dict[str, str]]) -> None:
    (project / "data" / "strings.yaml").write_text(yaml.safe_dump(texts, allow_unicode=True, sort_keys=False),
                                                   encoding="utf-8")


def _line(project: Path, text: str) -> int:
    lines = (project / "data" / "strings.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_a_web_address_the_data_does_not_have_is_refused(tmp_path: Path) -> None:
    """« sur ailleurs.example.net » in a text of a programme whose data names no such site: written for another; the
    file as a whole is said to be another programme's first (PROGRAMME8 F1, high: with only the flagged texts removed,
    as the messages said, the PCV's other texts named the new programme « Programme de coopération volontaire »)."""
    project = assemble_programme(FICTIF, tmp_path / "project")
    data = yaml.safe_load((project / "data" / "programme.yaml").read_text(encoding="utf-8"))
    own = re.sub(r"^https?://(www\.)?", "", data["organisation_website"]["url"]["fr"]).split("/")[0]
    _write_strings(project, {"call.link.where": {"fr": "sur ailleurs.example.net, le site de l’Autre",
                                                 "en": f"on {own}, its website (see page.md)"}})
    assert _problems(project) == [
        "data/strings.yaml, ligne 1 : ce fichier semble être celui d'un autre programme (1 de ses textes nomment un "
        "site que les données de ce programme ne donnent pas). S'il a été copié avec le moteur, supprimez-le en entier "
        "(README, « A second programme », étape 1) : ses autres textes, qu'aucune vérification ne peut distinguer des "
        "vôtres, seraient publiés tels quels. Puis n'y remettez que les textes que ce programme dit à sa façon.",
        f"data/strings.yaml, ligne {_line(project, 'ailleurs')}, colonne 7, champ « Page d'un appel à l'action : où "
        "mène son bouton (un autre site), sous son texte » → « Français » (call.link.where.fr) : « ailleurs.example.net » "
        "n'est l'adresse d'aucun site que donnent les données du programme (data/programme.yaml, data/partners.yaml, "
        "data/countries.yaml) : ce texte a-t-il été écrit pour un autre programme ? Récrivez-le pour celui-ci, ou "
        "retirez-le pour garder le texte du site (pcv/text/interface.yaml) ; si l'adresse est juste, donnez-la d'abord "
        "dans les données (par exemple organisation_website)."]


def test_the_organisation_s_short_name_in_capitals_is_written_as_its_placeholder(tmp_path: Path) -> None:
    project = assemble_programme(FICTIF, tmp_path / "project")
    programme = project / "data" / "programme.yaml"
    data = yaml.safe_load(programme.read_text(encoding="utf-8"))
    short = data["organisation"]["fr"].upper()
    programme.write_text(programme.read_text(encoding="utf-8").replace(
        f"organisation:\n  fr: {data['organisation']['fr']}\n  en: {data['organisation']['en']}",
        f"organisation:\n  fr: {short}\n  en: {short}"), encoding="utf-8")
    _write_strings(project, {"contact.report.link": {"fr": f"Aller sur le site de {short}",
                                                     "en": "Go to its website"}})
    assert _problems(project) == [
        f"data/strings.yaml, ligne {_line(project, 'Aller')}, colonne 7, champ « Nous joindre : le lien vers le site de "
        "l'organisation, sous « Signaler un problème » » → « Français » (contact.report.link.fr) : "
        f"« {short} » est le nom court de l'organisation (data/programme.yaml, organisation) : écrivez {{organisation}} "
        "à sa place, qui le dit depuis les données (et ne nommerait pas une autre organisation si ce fichier servait à "
        "un autre programme)."]
    _write_strings(project, {"contact.report.link": {"fr": "Aller sur le site de {organisation}",
                                                     "en": "Go to {organisation}’s website"}})
    assert _problems(project) == []


def test_a_text_of_a_call_the_programme_does_not_make_is_an_unknown_name(tmp_path: Path) -> None:
    """The PCV's « volunteer.where.title » in a programme without a call « volunteer »: no longer in the engine's
    schema, it is said to be the text of a call that data/programme.yaml lacks (the fuzzer: data/programme.yaml cut
    before its calls was said only as unknown names of data/strings.yaml, not the file the person edited)."""
    project = assemble_programme(FICTIF, tmp_path / "project")
    calls = yaml.safe_load((project / "data" / "programme.yaml").read_text(encoding="utf-8")).get("calls_to_action")
    absent = next(name for name in ("volunteer", "benevolat", "don") if name not in {c["id"] for c in calls or ()})
    _write_strings(project, {f"{absent}.where.title": {"fr": "Les pays", "en": "The countries"}})
    assert [problem for problem in _problems(project) if f"« {absent}.where.title » est un texte de l'appel à "
            f"l'action « {absent} », que data/programme.yaml n'a pas" in problem]


def test_the_engine_s_schema_names_no_programme_s_call_and_the_form_has_each_call_s_texts(tmp_path: Path) -> None:
    schema = json.loads((SCHEMA_DIR / "strings.schema.json").read_text(encoding="utf-8"))
    templates = [re.escape(t).replace(re.escape("{id}"), "[a-z][a-z0-9-]*") for t in CALL_KEYS]
    assert [key for key in schema["properties"] if any(re.fullmatch(t, key) for t in templates)
            and key not in {"contact.organisation.text", "contact.details.text", "contact.report.text"}] == []
    project = assemble_programme(FICTIF, tmp_path / "project")
    programme = project / "data" / "programme.yaml"
    data = yaml.safe_load(programme.read_text(encoding="utf-8"))
    ids = [call["id"] for call in data.get("calls_to_action") or ()]
    data["calls_to_action"] = [{"id": "semer"}]  # read as typed: the form follows the ids, valid data or not
    programme.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    fields = {field["name"]: field["label"] for form in data_forms(project / "data") if form["name"] == "strings"
              for field in form["fields"]}
    assert {key.format(id="semer") for key in CALL_KEYS} <= set(fields)
    assert fields["semer.where.title"] == "Page de l'appel « semer » : titre des cartes des pays"
    assert not [name for name in fields for call in ids if call != "semer" and f".{call}." in f".{name}."]
