"""A failed `mkdocs build` (plain, `-d`, or `make build`) leaves the site folder as it was.

On `mkdocs build`, the build writes into a new folder beside the site folder,
which takes its place only once every language is built and the command ends
without error or `--strict` warning (pcv/publishing/output_folder.py); a
failed build's folder is removed, and so are those a killed build left.
`mkdocs serve` and builds run from Python (tests) write in place as usual.

Events: `on_startup`, `on_config`, `on_post_build`, `on_shutdown`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from pcv.languages.static_i18n import all_languages_built
from pcv.publishing.output_folder import begin, discard, swap

_run: dict[str, object] = {}  # this command's: "site", "new", "built"; the hook is loaded once per command


def on_startup(*, command: str, dirty: bool) -> None:
    _run.clear()
    _run["protect"] = command == "build" and not dirty


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _run.get("protect") and "new" not in _run:  # the first on_config; static-i18n runs it again per language
        _run["site"] = Path(config.site_dir)
        _run["new"] = begin(Path(config.site_dir))
    if "new" in _run:
        config.site_dir = str(_run["new"])
    return config


@event_priority(-1000)  # after every other step of the build
def on_post_build(*, config: MkDocsConfig) -> None:
    if "new" in _run and all_languages_built(config):
        _run["built"] = True


def on_shutdown() -> None:
    new = _run.pop("new", None)
    if new is None:
        return
    if _run.get("built") and sys.exc_info()[0] is None:  # MkDocs calls this in a `finally`: an error is in flight
        swap(new, _run["site"])
    else:
        discard(new)
