"""What one build run knows: `SiteBuild`, made at the outer `on_config` and dropped when the next run starts.

MkDocs loads hook modules once per process, and mkdocs-static-i18n builds each
further language by calling MkDocs' `build()` again from its own
`on_post_build`: one run is the outer build and the inner build of every other
language. Everything the steps share lives here, for that run only: the checked
data and pages, the views of each language, the site's stylesheet, the pages
kept for the end. Nothing read from a file is kept between runs, so each `make serve` rebuild
reads the files again; what the `Command` keeps is known by its whole input (a line of text, a tag).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from pcv.build.mkdocs_warnings import WarningsKept
from pcv.checks.project import ProjectState
from pcv.data.map_shapes import WorldMap
from pcv.data.models import SiteData
from pcv.languages.static_i18n import Language, languages
from pcv.pages.placeholders import FigureExtension
from pcv.publishing.photos import PhotoExtension
from pcv.theme.first_paint import Stylesheet
from pcv.view import SiteView

_PAGE_ERROR = re.compile(r"Error (?:reading|building) page '(.+?)':")


@dataclass
class Command:
    """The MkDocs command of this process (`on_startup`): whether its output folder is swapped in at the end,
    whether it is the live preview."""

    protect_output: bool = False
    preview: bool = False  # `serve`: MkDocs adds its live-reload script to each page it serves
    run: SiteBuild | None = None  # the run in progress, or the last one
    # Kept from run to run (each `make serve` rebuild), known by their whole input, never by a file's time:
    spacing_memo: dict = field(default_factory=dict)  # the lines French spacing has done (pcv.text.typography)
    markup_memo: dict = field(default_factory=dict)  # what each start tag holds (pcv.safety.removals)


@dataclass
class SiteBuild:
    """One run of the build: both languages, from the outer `on_config` to the last `on_post_build`."""

    root: Path  # the project: mkdocs.yml's folder
    languages: tuple[Language, ...]  # as static-i18n's configuration declares them, the default first
    protect_output: bool = False  # `mkdocs build`: write beside the site folder, swap at the end
    preview: bool = False  # the live preview (`serve`): no Content-Security-Policy, for MkDocs' live-reload script
    output: tuple[Path, Path] | None = None  # (site folder, new folder written meanwhile) on `mkdocs build`
    state: ProjectState | None = None  # the checked data, pages and translations (`check_project`)
    world: WorldMap | None = None  # the map's shapes
    maps: dict = field(default_factory=dict)  # what every language's maps share (the overview's numbers' places)
    photos: PhotoExtension = field(default_factory=PhotoExtension)
    figures: FigureExtension = field(default_factory=FigureExtension)  # the data's figures in the pages' text
    views: dict[str, SiteView] = field(default_factory=dict)  # by language: what the templates see as `pcv`
    stylesheet: Stylesheet | None = None  # the site's one stylesheet, parsed (first-paint CSS)
    spacing_memo: dict = field(default_factory=dict)  # the command's (Command.spacing_memo)
    markup_memo: dict = field(default_factory=dict)  # the command's (Command.markup_memo)
    written_markup: dict[str, Counter] = field(default_factory=dict)  # by page: what the sanitiser must keep
    first_paint: dict[str, str] = field(default_factory=dict)  # by page: its first-paint rules, until it leaves
    not_found: dict[str, str] = field(default_factory=dict)  # by language prefix: its 404 page, written at the end
    page: str | None = None  # the page MkDocs was building when an error came (its log line)
    warnings: WarningsKept | None = None  # MkDocs' warnings during this run (pcv/build/mkdocs_warnings.py)
    built: bool = False  # every language built, every step done

    @classmethod
    def start(cls, config: MkDocsConfig, command: Command) -> SiteBuild:
        run = cls(Path(config.config_file_path).parent, tuple(languages(config)), command.protect_output,
                  command.preview, spacing_memo=command.spacing_memo, markup_memo=command.markup_memo)
        _PageErrorLine.follow(run)
        run.warnings = WarningsKept.follow()
        return run

    @property
    def data(self) -> SiteData:
        assert self.state is not None and self.state.data is not None, "read before the checks passed"
        return self.state.data

    def language(self, locale: str) -> Language:
        return next(lang for lang in self.languages if lang.locale == locale)


class _PageErrorLine(logging.Filter):
    """Drops MkDocs' English line about a failed page, telling the run which page it was
    (the build's French report names it instead: see `stages.report_error`)."""

    def __init__(self, run: SiteBuild):
        super().__init__()
        self.run = run

    def filter(self, record: logging.LogRecord) -> bool:
        match = _PAGE_ERROR.match(str(record.msg))
        if match:
            self.run.page = match.group(1)
        return not match

    @classmethod
    def follow(cls, run: SiteBuild) -> None:
        """Put the filter of `run` in place of the previous run's."""
        logger = logging.getLogger("mkdocs.commands.build")
        for old in [f for f in logger.filters if type(f).__name__ == cls.__name__]:
            logger.removeFilter(old)
        logger.addFilter(cls(run))
