"""The repository's history marks a translation up to date when it was saved after its original (what
GitHub's web editor does), and `make translations` shows what changed in the original since. Each test
makes its own small repository: nothing depends on the project's real history."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pcv.languages.translations import Status, page_translations
from pcv.pages import history
from pcv.pages.history import last_commit_dates
from pcv.pages.markdown import read_pages

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

FR = "---\ntitle: Notre approche\n---\n\n# Notre approche\n\nTexte.\n"
EN = "---\ntitle: Our approach\n---\n\n# Our approach\n\nText.\n"


def commit(repo: Path, files: dict[str, str], when: str) -> None:
    """Write `files` (path -> text) and commit them at `when` (ISO date)."""
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_NAME": "Équipe",
           "GIT_AUTHOR_EMAIL": "equipe@example.org", "GIT_COMMITTER_NAME": "Équipe",
           "GIT_COMMITTER_EMAIL": "equipe@example.org"}
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", f"Changement du {when}"], cwd=repo, check=True, env=env)


def repository(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    commit(repo, {"docs/fr/approche.md": FR, "docs/en/approche.md": EN}, "2026-01-05T10:00:00+00:00")
    return repo


def status(repo: Path) -> Status:
    pages, _ = read_pages(repo / "docs")
    return page_translations(pages, last_commit_dates(repo))["approche.md"].status


def test_last_commit_dates_gives_each_file_its_last_commit(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    commit(repo, {"docs/fr/approche.md": FR + "Ajout.\n"}, "2026-02-10T09:30:00+00:00")
    dates = last_commit_dates(repo)
    assert dates["docs/fr/approche.md"] == datetime(2026, 2, 10, 9, 30, tzinfo=timezone.utc)
    assert dates["docs/en/approche.md"] == datetime(2026, 1, 5, 10, 0, tzinfo=timezone.utc)


def test_no_history_says_nothing_and_fails_nothing(tmp_path: Path) -> None:
    assert last_commit_dates(tmp_path) == {}
    assert last_commit_dates(repository(tmp_path)) == {}, "one commit (a shallow clone) dates every file alike"


def test_saving_the_translation_after_its_original_marks_it_up_to_date(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    commit(repo, {"docs/en/approche.md": EN + "\n"}, "2026-01-06T10:00:00+00:00")
    assert status(repo) is Status.UP_TO_DATE
    commit(repo, {"docs/fr/approche.md": FR + "Une phrase ajoutée.\n"}, "2026-03-01T10:00:00+00:00")
    assert status(repo) is Status.OUT_OF_DATE, "the original changed after its translation"
    commit(repo, {"docs/en/approche.md": EN + "An added sentence.\n"}, "2026-03-02T10:00:00+00:00")
    assert status(repo) is Status.UP_TO_DATE, "the translation was saved after the original, no command"


def test_the_report_shows_what_changed_in_the_original(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    commit(repo, {"docs/en/approche.md": EN + "\n"}, "2026-01-06T10:00:00+00:00")
    commit(repo, {"docs/fr/approche.md": FR.replace("Texte.", "Texte revu.")}, "2026-03-01T10:00:00+00:00")
    script = Path(__file__).resolve().parent.parent / "scripts" / "translations.py"
    (repo / "scripts").mkdir()
    (repo / "scripts" / "translations.py").write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
    report = subprocess.run([sys.executable, "scripts/translations.py", "report"], cwd=repo, capture_output=True,
                            text=True, check=True).stdout
    assert ("Changements de docs/fr/approche.md depuis le dernier enregistrement de docs/en/approche.md "
            "(- avant, + maintenant) :") in report
    assert "    -Texte.\n    +Texte revu." in report


def test_a_commit_dated_in_the_future_neither_shows_that_date_nor_hides_an_outdated_translation(
        tmp_path: Path) -> None:
    repo = repository(tmp_path)
    commit(repo, {"docs/en/approche.md": EN + "\n"}, "2099-01-01T10:00:00+00:00")  # a clock set wrong
    commit(repo, {"docs/fr/approche.md": FR + "Une phrase ajoutée.\n"}, "2026-03-01T10:00:00+00:00")
    dates = last_commit_dates(repo)
    assert max(dates.values()) <= datetime.now(timezone.utc)
    assert dates["docs/en/approche.md"] <= dates["docs/fr/approche.md"]
    assert status(repo) is Status.OUT_OF_DATE, "the original changed after its translation"


def test_a_commit_dated_before_git_or_before_its_parent_neither_shows_that_date_nor_hides_an_outdated_translation(
        tmp_path: Path) -> None:
    repo = repository(tmp_path)
    commit(repo, {"docs/en/approche.md": EN + "\n"}, "2026-02-01T10:00:00+00:00")
    commit(repo, {"docs/fr/approche.md": FR + "Une phrase ajoutée.\n"}, "1970-01-01T00:00:01+00:00")  # a clock reset
    commit(repo, {"docs/fr/autre.md": FR}, "2026-03-01T10:00:00+00:00")
    dates = last_commit_dates(repo)
    assert min(dates.values()).year >= 2005
    assert dates["docs/en/approche.md"] < dates["docs/fr/approche.md"] < dates["docs/fr/autre.md"]
    assert status(repo) is Status.OUT_OF_DATE, "the original changed after its translation"


def test_a_commit_dated_past_year_9999_is_dated_by_its_neighbours(tmp_path: Path) -> None:
    """Git keeps a committer date Python cannot hold (year 11476): it stopped every later build, blaming our code."""
    repo = repository(tmp_path)
    commit(repo, {"docs/en/approche.md": EN + "\n"}, "@300000000000 +0000")
    commit(repo, {"docs/fr/approche.md": FR + "Une phrase ajoutée.\n"}, "2026-03-01T10:00:00+00:00")
    dates = last_commit_dates(repo)
    assert max(dates.values()) <= datetime.now(timezone.utc)
    assert dates["docs/en/approche.md"] < dates["docs/fr/approche.md"]
    assert status(repo) is Status.OUT_OF_DATE, "the original changed after its translation"


def test_a_persons_git_settings_do_not_change_what_the_history_reads(tmp_path: Path, monkeypatch) -> None:
    """A ~/.gitconfig writing the log in UTF-16, in colour, with signatures (red team 12, H2: every build stopped,
    blaming our code)."""
    repo = repository(tmp_path)
    commit(repo, {"docs/fr/approche.md": FR + "Une phrase ajoutée.\n"}, "2026-03-01T10:00:00+00:00")
    expected = last_commit_dates(repo)
    config = tmp_path / "gitconfig"
    config.write_text("[i18n]\n\tlogOutputEncoding = UTF-16\n[color]\n\tui = always\n[log]\n\tshowSignature = true\n"
                      "[core]\n\tabbrev = 12\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    history._dates.cache_clear()  # read again, with those settings
    assert last_commit_dates(repo) == expected


def test_a_first_commit_dated_1970_takes_a_date_just_before_the_next_one(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    commit(repo, {"docs/fr/approche.md": FR}, "1970-01-01T00:00:01+00:00")
    commit(repo, {"docs/en/approche.md": EN}, "2026-01-05T10:00:00+00:00")
    dates = last_commit_dates(repo)
    assert dates["docs/fr/approche.md"] < dates["docs/en/approche.md"]
    assert dates["docs/fr/approche.md"].year == 2026


def test_a_file_name_in_latin_1_somewhere_in_the_history_keeps_every_page_s_date(tmp_path: Path) -> None:
    """One name committed by an old Windows tool (not UTF-8) made the whole log unreadable: no page had a date."""
    repo = repository(tmp_path)
    name = os.fsdecode(b"caf\xe9.txt")
    (repo / name).write_text("x", encoding="utf-8")
    commit(repo, {}, "2026-02-01T10:00:00+00:00")
    (repo / name).unlink()
    commit(repo, {"docs/fr/approche.md": FR + "Une phrase.\n"}, "2026-03-01T10:00:00+00:00")
    dates = last_commit_dates(repo)
    assert dates["docs/fr/approche.md"].month == 3 and "docs/en/approche.md" in dates


def test_a_history_that_cannot_be_read_is_said_once_with_git_s_reason(tmp_path: Path, caplog, monkeypatch) -> None:
    """Red team 13 M5: a project downloaded as a zip (or whose .git git refuses to read) was built without any page's
    date of change, without a word. The log says why, once per build."""
    history._say_unreadable.cache_clear()
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.history"):
        assert history.last_commit_dates(tmp_path) == {} and history.last_commit_dates(tmp_path) == {}
    notes = [record.getMessage() for record in caplog.records if "Historique illisible" in record.getMessage()]
    assert len(notes) == 1 and "le projet n'est pas un dépôt git" in notes[0], notes
    history._say_unreadable.cache_clear()
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))  # no git at all
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.history"):
        assert history.last_commit_dates(tmp_path) == {}
    assert any("git n'est pas installé" in record.getMessage() for record in caplog.records), caplog.records
    history._say_unreadable.cache_clear()
