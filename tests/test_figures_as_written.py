"""Figures that are only figures: a number equal to a figure of the data, now or in the history of
data/programme.yaml, gets a message saying both what to write for the figure and how to keep the number
as written ({{ "2030" }}); a number kept so is shown as typed. Checked on a copy of the project."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from project_edits import engine_markdown

from pcv.checks.page_text import text_problems
from pcv.data.yaml_source import MAX_BYTES
from pcv.pages import figure_history
from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES, assemble_programme
from pcv.pages.figures import INSERT_FIGURE, as_written, figure_texts
from pcv.pages.front_matter import front_matter_problems
from pcv.pages.markdown import read_pages
from pcv.text.formatting import format_figure

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

PROGRAMME = FIXTURES / "programme-fictif"  # its figures, typed in its pages


def _project(tmp_path: Path) -> Path:
    return assemble_programme(PROGRAMME, tmp_path / "project")


def _write(project: Path, text: str) -> None:
    (project / "docs" / "fr" / "aspirations.md").write_text(
        "---\ntitle: Nos aspirations\ndescription: Quatre aspirations.\n---\n\n# Nos aspirations\n\n" + text + "\n",
        encoding="utf-8")


def _problems(project: Path) -> list[str]:
    data = load_site_data(project / "data")
    page = read_pages(project / "docs")[0][("fr", "aspirations.md")]
    return [problem.message for problem in text_problems(page, data, project / "docs")]


def _git(project: Path, *arguments: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *arguments], cwd=project,
                   check=True, capture_output=True)


def test_a_year_equal_to_the_period_end_says_how_to_keep_it_as_written(tmp_path: Path) -> None:
    project = _project(tmp_path)
    end = load_site_data(project / "data").programme.period.end
    _write(project, f"Selon l’Agenda {end} des Nations Unies.")
    assert _problems(project) == [
        f"« {end} » est un chiffre des données, l'année où le programme finit (data/programme.yaml, period.end). "
        "Si la phrase parle de ce chiffre, écrivez {{ period.end }} à la place (dans l'éditeur : sélectionnez "
        f"« {end} », puis choisissez-le dans la liste « {INSERT_FIGURE} » au-dessus du texte) : le site l'affichera "
        "depuis les données, dans le format de la langue. S'il dit autre chose (une autre année, un nom comme « Agenda "
        f'2030 »), gardez-le tel quel en l\'écrivant {{{{ "{end}" }}}}.']
    _write(project, f'Selon l’Agenda {{{{ "{end}" }}}} des Nations Unies.')
    assert _problems(project) == []


def test_a_pasted_number_longer_than_any_figure_is_text(tmp_path: Path) -> None:
    """A reference number of 4,400 digits (past what Python turns into a number) is not a figure, nor our error."""
    project = _project(tmp_path)
    _write(project, "Référence : " + "7" * 4_400)
    assert _problems(project) == []


def test_a_number_kept_as_written_is_shown_as_typed() -> None:
    data = load_site_data(PROGRAMME / "data")
    percent = next(t for t in data.programme.targets if t.format == "percent")
    shown = engine_markdown().render(f'{percent.value} veut dire {{{{ "{percent.value} %" }}}} ; {{{{ period }}}}.',
                                     figure_texts(data, "fr"))
    assert shown == f"<p>{percent.value} veut dire {percent.value} % ; {figure_texts(data, 'fr')['period']}.</p>"


def test_a_previous_value_of_a_figure_is_flagged_like_a_current_one(tmp_path: Path) -> None:
    project = _project(tmp_path)
    data = load_site_data(project / "data")
    target = next(t for t in data.programme.targets if t.format == "number")
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "first")
    programme = project / "data" / "programme.yaml"
    raised = target.value + 5
    text = programme.read_text(encoding="utf-8")
    programme.write_text(text.replace(f"value: {target.value}\n", f"value: {raised}\n", 1), encoding="utf-8")
    _git(project, "commit", "-q", "-am", "raised")
    _write(project, f"Déjà {target.value} jardins.")
    assert _problems(project) == [
        f"« {target.value} » était un chiffre des données, la cible « {format_figure(raised, target.format, 'fr')} "
        f"{target.label.in_('fr')} » (data/programme.yaml, targets, id « {target.id} »), qui vaut maintenant "
        f"{format_figure(raised, target.format, 'fr')}. Écrivez {{{{ targets.{target.id} }}}} pour montrer le chiffre "
        f"à jour (dans l'éditeur : sélectionnez « {target.value} », puis choisissez-le dans la liste « {INSERT_FIGURE} » "
        f"au-dessus du texte) ; si la page parle bien de l'ancien chiffre, ou d'autre chose (un exemple, une année), "
        f"gardez-le tel quel en l'écrivant {{{{ \"{target.value}\" }}}}."]
    _write(project, f"Déjà {raised} jardins.")
    assert _problems(project)[0].startswith(f"« {raised} » est un chiffre des données")


def test_a_number_written_before_the_figure_ever_had_its_value_is_not_that_figure(tmp_path: Path) -> None:
    """Red team 8 (M2): a target once 50 (75, then 50, then 75 again) stopped the build on the open-data page's
    example « 50 veut dire 50 % », written years before: it could not have been copied from the figure. A line
    written while the figure had that value, or since, is still flagged (issue 19: a stale figure is caught)."""
    project = _project(tmp_path)
    programme = project / "data" / "programme.yaml"
    target = next(t for t in load_site_data(project / "data").programme.targets if t.format == "number")
    once = target.value + 5

    def commit(day: int, value: int) -> None:
        text = programme.read_text(encoding="utf-8")
        programme.write_text(text.replace(f"value: {held[0]}\n", f"value: {value}\n", 1), encoding="utf-8")
        held[0] = value
        date = f"2024-01-{day:02d}T12:00:00"
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", str(day),
                        "--date", date], cwd=project, check=True, capture_output=True,
                       env={**os.environ, "GIT_COMMITTER_DATE": date})

    held = [target.value]
    _write(project, f"Un exemple : {once} jardins.")
    _git(project, "init", "-q")
    _git(project, "add", ".")
    commit(1, target.value)  # nothing changed yet: the first commit, the page's line with it
    commit(2, once)
    commit(3, target.value)
    assert _problems(project) == []
    stale = f"Déjà {once} jardins."  # written now, after the figure was {once}: perhaps copied from it
    _write(project, f"Un exemple : {once} jardins.\n\n{stale}")
    assert [message.split(" était")[0] for message in _problems(project)] == [f"« {once} »"]


def test_a_past_version_that_cannot_be_read_says_nothing_and_stops_nothing(tmp_path: Path) -> None:
    """A value PyYAML cannot build (a 30 February, a !!float abc) in an earlier commit of data/programme.yaml stopped
    every later build with an error blamed on PyYAML; the current files were right."""
    project = _project(tmp_path)
    programme = project / "data" / "programme.yaml"
    good = programme.read_text(encoding="utf-8")
    _git(project, "init", "-q")
    for slip in ("note_interne: 2024-02-30\n", "ratio: !!float abc\n", "targets: 5\n"):
        programme.write_text(good + slip, encoding="utf-8")
        _git(project, "add", ".")
        _git(project, "commit", "-q", "-m", f"slip {slip}")
    programme.write_text(good, encoding="utf-8")
    _git(project, "commit", "-q", "-am", "restored")
    _write(project, "Un texte sans chiffre.")
    assert _problems(project) == []


def test_a_past_version_over_the_size_limit_is_not_read(tmp_path: Path, monkeypatch) -> None:
    """One oversized paste committed then fixed is not parsed again by every later build (the file's own limit)."""
    project = _project(tmp_path)
    programme = project / "data" / "programme.yaml"
    good = programme.read_text(encoding="utf-8")
    _git(project, "init", "-q")
    programme.write_text(good + "".join(f"note_{n}: {n}\n" for n in range(60_000)), encoding="utf-8")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "a paste gone wrong")
    programme.write_text(good, encoding="utf-8")
    _git(project, "commit", "-q", "-am", "restored")
    read: list[int] = []
    load = yaml.load
    monkeypatch.setattr(yaml, "load", lambda text, Loader: read.append(len(text.encode())) or load(text, Loader=Loader))
    assert len(figure_history._past_versions(project, "this test")) == 1
    assert read == [len(good.encode())], "only the version within the limit is parsed"


def test_a_figure_committed_from_a_clock_set_ahead_is_still_caught(tmp_path: Path) -> None:
    """Red team 11 M5: a figure committed from a machine whose clock ran years ahead, changed since, then a page
    committed today with the old figure: the line's commit came after the figure's, yet its clock time is earlier, and
    the old figure passed. Commits are dated as their neighbours allow (pcv/pages/history.py), not by their clocks."""
    project = _project(tmp_path)
    programme = project / "data" / "programme.yaml"
    target = next(t for t in load_site_data(project / "data").programme.targets if t.format == "number")
    once = target.value + 5
    text = programme.read_text(encoding="utf-8")
    _git(project, "init", "-q")
    programme.write_text(text.replace(f"value: {target.value}\n", f"value: {once}\n", 1), encoding="utf-8")
    ahead = "2031-06-01T12:00:00"
    _git(project, "add", ".")
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "ahead", "--date",
                    ahead], cwd=project, check=True, capture_output=True, env={**os.environ, "GIT_COMMITTER_DATE": ahead})
    programme.write_text(text, encoding="utf-8")
    _git(project, "commit", "-qam", "back to today's figure")
    _write(project, f"Déjà {once} jardins.")
    _git(project, "commit", "-qam", "a page copied from the old figure")
    assert [message.split(" était")[0] for message in _problems(project)] == [f"« {once} »"]


def _write_header(project: Path, header: str) -> None:
    (project / "docs" / "fr" / "aspirations.md").write_text(f"---\n{header}\n---\n\n# Nos aspirations\n\nTexte.\n",
                                                             encoding="utf-8")


def test_a_figure_typed_in_the_header_gets_the_advice_that_works_there(tmp_path: Path) -> None:
    """PROGRAMME7 F1: in a title or a description, {{ period.end }} is refused by the next build (the header shows no
    figure of the data): the first message says so and gives what works there, {{ "2030" }} or a sentence without it."""
    project = _project(tmp_path)
    end = load_site_data(project / "data").programme.period.end
    _write_header(project, f"title: Nos aspirations\ndescription: >-\n  Ce que le programme vise,\n  d'ici {end}.")
    assert _problems(project) == [
        f"« {end} » est un chiffre des données, l'année où le programme finit (data/programme.yaml, period.end). "
        "L'en-tête de la page ne peut pas l'afficher depuis les données ({{ period.end }} ne s'y affiche pas) : si la "
        "phrase parle de ce chiffre, écrivez-la sans lui (le texte de la page peut le donner, avec {{ period.end }}). "
        "S'il dit autre chose (une autre année, un nom comme « Agenda 2030 »), gardez-le tel quel en l'écrivant "
        f'{{{{ "{end}" }}}}.']
    _write_header(project, f'title: Agenda {{{{ "{end}" }}}}\ndescription: Selon l’Agenda {{{{ "{end}" }}}}.')
    assert _problems(project) == []
    page = read_pages(project / "docs")[0][("fr", "aspirations.md")]
    assert [as_written(page.meta[key]) for key in ("title", "description")] == [f"Agenda {end}", f"Selon l’Agenda {end}."]


def test_a_number_in_a_header_field_readers_do_not_see_is_not_a_figure(tmp_path: Path) -> None:
    """An address or a name in the header (slug: agenda-2030) is not text a figure could drift in; {{ "2030" }} would
    not fit there (the slug's form refuses it)."""
    project = _project(tmp_path)
    end = load_site_data(project / "data").programme.period.end
    _write_header(project, f"title: Nos aspirations\ndescription: Quatre aspirations.\nslug: agenda-{end}")
    assert _problems(project) == []


@pytest.mark.parametrize("kept", ["<form><input name=mdp><button>OK</button></form>", "</title><script>x</script>",
                                  "Notre &#x202E;ehcorppa"])
def test_markup_kept_as_written_in_a_title_is_refused_at_its_line(tmp_path: Path, kept: str) -> None:
    """Red team 16 F2, F3 (high): what {{ "…" }} keeps in a title was exempt from the title's « no < > " & » rule,
    then written as markup in every page's menu (a form, a link to another host), or blamed on our 404 template."""
    project = _project(tmp_path)
    (project / "docs" / "fr" / "aspirations.md").write_text(
        f"---\ntitle: 'Nos {{{{ \"{kept}\" }}}}'\ndescription: Quatre aspirations.\n---\n\nTexte.\n", encoding="utf-8")
    page = read_pages(project / "docs")[0][("fr", "aspirations.md")]
    problems = [str(problem) for problem in front_matter_problems(page)]
    assert len(problems) == 1 and problems[0].startswith("docs/fr/aspirations.md, ligne 2, colonne "), problems
    assert "n'est pas permis dans « title »" in problems[0]


def test_a_number_kept_as_written_in_a_title_is_still_accepted(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "docs" / "fr" / "aspirations.md").write_text(
        "---\ntitle: 'L’Agenda {{ \"2030\" }}'\ndescription: Quatre aspirations.\n---\n\nTexte.\n", encoding="utf-8")
    assert list(front_matter_problems(read_pages(project / "docs")[0][("fr", "aspirations.md")])) == []


@pytest.mark.parametrize("typed", ['<{{ "img" }} src="https://evil.example/a.png" alt="x">',
                                   '<{{ "script" }}>alert(1)</{{ "script" }}>', '{{ "deux mille" }}'])
def test_only_a_number_is_kept_as_written(tmp_path: Path, typed: str) -> None:
    """Red team 17 F1 (critical): a tag's name written through {{ "…" }} was text for the checks (which read the
    page before its placeholders are filled) and a tag for the build, the sanitiser then removing it in silence."""
    project = _project(tmp_path)
    _write(project, f"Avant {typed} après.")
    assert any(message.startswith("« {{ » resterait tel quel sur la page") for message in _problems(project))
