"""The repository's history as page dates, for file names with accents too, and in the built footer (tests/test_history.py
has the rest)."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from pcv.inspection.builds import build_site, copy_project
from pcv.inspection.pages import country_pages, page_url, role_page
from pcv.pages.history import edited_times, last_commit_dates


def _git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if date:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def test_each_file_gets_the_date_of_the_last_commit_that_touched_it(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    (tmp_path / "docs" / "fr").mkdir(parents=True)
    (tmp_path / "docs" / "fr" / "été.md").write_text("un\n", encoding="utf-8")
    (tmp_path / "data.yaml").write_text("a: 1\n", encoding="utf-8")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "first", date="2026-01-02T10:00:00+00:00")
    (tmp_path / "data.yaml").write_text("a: 2\n", encoding="utf-8")
    _git(tmp_path, "commit", "-qam", "second", date="2026-03-04T10:00:00-05:00")

    dates = last_commit_dates(tmp_path)

    assert dates["docs/fr/été.md"] == datetime.fromisoformat("2026-01-02T10:00:00+00:00")
    assert dates["data.yaml"] == datetime.fromisoformat("2026-03-04T10:00:00-05:00")



def test_a_file_saved_since_the_last_commit_is_dated_when_it_was_written_unless_saved_as_it_was(tmp_path: Path) -> None:
    """What the editor wrote on this computer before any commit: a changed page and a new one by their file's time,
    staged or not; a page written again as it was committed is not among them (the editor rewrites both languages)."""
    _git(tmp_path, "init", "-q")
    for lang in ("fr", "en"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
        (tmp_path / "docs" / lang / "été.md").write_text(f"{lang}\n", encoding="utf-8")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "first", date="2026-01-02T10:00:00+00:00")
    (tmp_path / "docs" / "fr" / "été.md").write_text("fr\n", encoding="utf-8")  # as it was
    (tmp_path / "docs" / "en" / "été.md").write_text("en, relue\n", encoding="utf-8")
    (tmp_path / "docs" / "en" / "new.md").write_text("new\n", encoding="utf-8")
    (tmp_path / "docs" / "fr" / "new.md").write_text("nouveau\n", encoding="utf-8")
    _git(tmp_path, "add", "docs/fr/new.md")
    os.utime(tmp_path / "docs" / "en" / "été.md", (1_800_000_000, 1_800_000_000))

    edited = edited_times(tmp_path)

    assert sorted(edited) == ["docs/en/new.md", "docs/en/été.md", "docs/fr/new.md"]
    assert edited["docs/en/été.md"] == datetime.fromtimestamp(1_800_000_000, UTC)


def test_a_page_shows_the_day_its_text_last_changed_never_the_build_day(tmp_path: Path) -> None:
    """The footer's « Date de modification » is the last commit of the page's file, or of the data it draws as its
    own (a country's facts): a page changed later shows its own day, a country page the day its data changed,
    the others the day of the first commit (all long before the build)."""
    project = copy_project(tmp_path / "project")
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "first", date="2025-01-02T10:00:00+00:00")
    changed, unchanged = role_page("partners"), role_page("programme")
    with (project / "docs" / "fr" / changed).open("a", encoding="utf-8") as page:
        page.write("\n")
    _git(project, "commit", "-qam", "second", date="2025-03-04T10:00:00+00:00")
    country_page = sorted(country_pages().values())[:1]  # a programme may have no country page
    with (project / "data" / "countries.yaml").open("a", encoding="utf-8") as data:
        data.write("\n")
    _git(project, "commit", "-qam", "third", date="2025-05-06T10:00:00+00:00")

    result = build_site(project, tmp_path / "site")

    assert result.returncode == 0, result.output
    for path, day in ((changed, "2025-03-04"), (unchanged, "2025-01-02"), *((p, "2025-05-06") for p in country_page)):
        html = (result.site / page_url(path, "fr") / "index.html").read_text(encoding="utf-8")
        assert re.findall(r'<time datetime="([^"]+)"', html) == [day], path
