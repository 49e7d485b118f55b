"""A data/strings.yaml kept from another programme does not pass in silence (PROGRAMME7 F8: the PCV's, kept by a
second programme, published « CECI » and « ceci.org » on 26 of its files): its texts of a call to action the
programme does not make are unknown names, a web address no address of the data has is refused, and the
programme's own names are written {organisation}, {programme}, {acronym}, so that no programme's file spells them by
hand (and a copy carries none of them), and an acronym that neither the data nor the engine's texts write is refused.
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
from pcv.publishing.share import share_card
from project_edits import data_of, edit

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
    data = data_of(project / "data" / "programme.yaml")
    own = re.sub(r"^https?://(www\.)?", "", data["organisation_website"]["url"]["fr"]).split("/")[0]
    _write_strings(project, {"call.link.where": {"fr": "sur ailleurs.example.net, le site de l’Autre",
                                                 "en": f"on {own}, its website (see page.md)"}})
    assert _problems(project) == [
        "data/strings.yaml, ligne 1 : ce fichier semble être celui d'un autre programme (1 de ses textes nomment un "
        "site ou un sigle que les données de ce programme ne donnent pas). S'il a été copié avec le moteur, supprimez-le en entier "
        "(README, « A second programme », étape 1) : ses autres textes, qu'aucune vérification ne peut distinguer des "
        "vôtres, seraient publiés tels quels. Puis n'y remettez que les textes que ce programme dit à sa façon.",
        f"data/strings.yaml, ligne {_line(project, 'ailleurs')}, colonne 7, champ « Page d'un appel à l'action : où "
        "mène son bouton (un autre site), sous son texte » → « Français » (call.link.where.fr) : « ailleurs.example.net » "
        "n'est l'adresse d'aucun site que donnent les données du programme (data/programme.yaml, data/partners.yaml, "
        "data/countries.yaml) : ce texte a-t-il été écrit pour un autre programme ? Récrivez-le pour celui-ci, ou "
        "retirez-le pour garder le texte du site (pcv/text/interface.yaml) ; si l'adresse est juste, donnez-la d'abord "
        "dans les données (par exemple organisation_website)."]


def test_the_programme_s_own_names_in_any_case_are_written_as_their_placeholders(tmp_path: Path) -> None:
    """PROGRAMME8 F2: only the organisation's short name in capitals was refused; « Exemplia », the programme's name
    or its acronym typed by hand passed, and a copy of the file would have named this programme on the next one's
    site. Each is said at its line with its placeholder, which then fills the text with this programme's name."""
    project = assemble_programme(FICTIF, tmp_path / "project")
    programme = data_of(project / "data" / "programme.yaml")
    organisation, name, acronym = (programme[field]["fr"] for field in ("organisation", "name", "acronym"))
    full = programme["organisation_name"]["name"]["en"]
    _write_strings(project, {"home.hero.label": {"fr": f"{name} ({acronym}) de {organisation}",
                                                 "en": f"A program of {full}"}})
    line = _line(project, "home.hero.label") + 1
    def at(lang: str) -> str:
        return (f"data/strings.yaml, ligne {line + (lang == 'en')}, colonne 7, champ « Mention au-dessus du grand "
                "titre de l'accueil (aussi en pied de page et sur l'image de partage) » → "
                f"« {'Français' if lang == 'fr' else 'Anglais'} » (home.hero.label.{lang}) : ")
    said = "qui le dit depuis les données (et ne nommerait pas ce programme-ci si ce fichier servait à un autre)."
    assert _problems(project) == [
        f"{at('fr')}« {name} » est le nom du programme (data/programme.yaml, name) : écrivez {{programme}} à sa "
        f"place, {said}",
        f"{at('fr')}« {organisation} » est le nom court de l'organisation (data/programme.yaml, organisation) : "
        f"écrivez {{organisation}} à sa place, {said}",
        f"{at('fr')}« {acronym} » est le sigle du programme (data/programme.yaml, acronym) : écrivez {{acronym}} à "
        f"sa place, {said}",
        f"{at('en')}« {full} » est le nom complet de l'organisation (data/programme.yaml, organisation_name.name) : "
        f"écrivez {{organisation}} à sa place, {said}"]
    _write_strings(project, {"home.hero.label": {"fr": "{programme} ({acronym}), {organisation}",
                                                 "en": "{programme} ({acronym}), {organisation}"}})
    assert _problems(project) == []
    data = load_site_data(project / "data")
    assert [share_card(data, lang).label for lang in ("fr", "en")] == [
        f"{programme['name'][lang]} ({programme['acronym'][lang]}), {programme['organisation'][lang]}"
        for lang in ("fr", "en")]


def test_another_programme_s_acronym_is_refused_unless_the_data_writes_it(tmp_path: Path) -> None:
    """PROGRAMME8 F2: « Les thèmes du PCV du CECI » typed in a fictional programme's file was published. A word in
    capitals that neither the programme's data nor the engine's texts write is said at its line, and the file as a
    whole as another programme's; one the data writes (a partner's, a source's) is the programme's to use."""
    project = assemble_programme(FICTIF, tmp_path / "project")
    texts = str(data_of(project / "data" / "programme.yaml")) + str(data_of(project / "data" / "partners.yaml"))
    assert "PCV" not in texts and "CECI" not in texts and "ONU" not in texts  # the fixture is fictional
    _write_strings(project, {"home.themes.title": {"fr": "Les thèmes du PCV du CECI (ONU)",
                                                   "en": "Themes of the ONU"}})
    line = _line(project, "home.themes.title") + 1
    field = "champ « Accueil : titre des thèmes » → "
    advice = ("n'est écrit ni dans les données du programme (data/programme.yaml, data/partners.yaml, "
              "data/countries.yaml) ni dans les textes du site : ce texte a-t-il été écrit pour un autre programme ? "
              "Le sigle de ce programme s'écrit {acronym}, le nom de son organisation {organisation} ; un autre sigle "
              "juste s'écrit en toutes lettres (« Nations unies » pour « ONU »).")
    problems = _problems(project)
    assert problems[0].startswith("data/strings.yaml, ligne 1 : ce fichier semble être celui d'un autre programme "
                                  "(4 de ses textes nomment un site ou un sigle que les données de ce programme ne "
                                  "donnent pas).")
    assert problems[1:] == [
        f"data/strings.yaml, ligne {line}, colonne 7, {field}« Français » (home.themes.title.fr) : « {word} » "
        f"{advice}" for word in ("PCV", "CECI", "ONU")] + [
        f"data/strings.yaml, ligne {line + 1}, colonne 7, {field}« Anglais » (home.themes.title.en) : « ONU » "
        f"{advice}"]
    edit(project / "data" / "programme.yaml", "  source: Inventé pour les tests du générateur de sites.",
         "  source: Inventé pour les tests du générateur de sites, comme les agences de l'ONU.")
    _write_strings(project, {"home.themes.title": {"fr": "Les thèmes du {acronym} (ONU)",
                                                   "en": "{acronym} themes (ONU)"}})
    assert _problems(project) == []


def test_a_text_of_a_call_the_programme_does_not_make_is_an_unknown_name(tmp_path: Path) -> None:
    """The PCV's « volunteer.where.title » in a programme without a call « volunteer »: no longer in the engine's
    schema, it is said to be the text of a call that data/programme.yaml lacks (the fuzzer: data/programme.yaml cut
    before its calls was said only as unknown names of data/strings.yaml, not the file the person edited)."""
    project = assemble_programme(FICTIF, tmp_path / "project")
    calls = data_of(project / "data" / "programme.yaml").get("calls_to_action")
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
