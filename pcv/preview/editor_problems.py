"""What the web editor opened from this computer shows at its foot (/__pcv/problems.json, problems.js): the build's
problems, each with where it is in the editor's form; the addresses « À vérifier » that make check and the pull
request's check show too, which stop nothing (STAFF10: an « http:// » link was said by make check only); and the
state of each page's translation."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from pcv.checks.outside_addresses import outside_address_notes
from pcv.editor.places import editor_problem
from pcv.preview.translation_states import translation_states
from pcv.problems import Problem, visible


def problems_json(problems: list[Problem], notes: list[str], root: Path, admin_dir: Path | None) -> bytes:
    """The problems for the editor at /admin/ (published in `admin_dir`), each with where it is in the editor's form,
    if on a page; a page missing in one language says what to do in the editor rather than in the file. Then the
    addresses to look at (`review`), as make check says them, and the state of each page's translation."""
    collections = _editor_collections(admin_dir)
    return json.dumps({"problems": [editor_problem(p, root, collections) for p in problems],
                       "notes": [visible(note) for note in notes],
                       "review": [editor_problem(p, root, collections) for p in _review(root)],
                       "translations": translation_states(root)},  # shown beside « Traduction relue »
                      ensure_ascii=False).encode("utf-8")


def _review(root: Path) -> tuple[Problem, ...]:
    """make check's « À vérifier »; none when the pages cannot be read that far (the build's problems say why)."""
    try:
        return outside_address_notes(root)
    except Exception:  # noqa: BLE001 - the preview keeps answering, whatever the pages hold
        return ()


def _editor_collections(admin_dir: Path | None) -> list[dict]:
    """The collections of the editor's configuration, as published; none without one."""
    try:
        return yaml.safe_load((admin_dir / "config.yml").read_text(encoding="utf-8"))["collections"]
    except (TypeError, OSError, yaml.YAMLError, KeyError):
        return []
