"""The state of each page's translation for the web editor on this computer (make editor): what `make translations`
says, by the path both languages share, counting what was saved since the last commit (pcv.pages.history)."""

from __future__ import annotations

from pathlib import Path

from pcv.languages.translations import page_translations
from pcv.pages.history import edited_times, last_commit_dates
from pcv.pages.markdown import read_pages


def translation_states(root: Path) -> dict[str, str]:
    """Shared path ("approche.md") -> the state of its translation ("à mettre à jour"), for every page of `root`."""
    pages, _ = read_pages(root / "docs")
    translations = page_translations(pages, last_commit_dates(root), edited_times(root))
    return {path: translation.status.value for path, translation in translations.items()}
