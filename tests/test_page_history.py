"""The repository's history as page dates, for file names with accents too (tests/test_history.py has the rest)."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime
from pathlib import Path

from pcv.pages.history import last_commit_dates


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

