"""No traceback, ever: an error that escapes a hook, a template or Markdown stops the build
with a French message naming the file (and line when known), in the same report as every
other problem (pcv/safety/failures.py).

MkDocs logs "Error building page 'x':" in English before it gives up; that
line is kept out of the output, and its page is the file the report names.

Events: `on_config`, `on_build_error`.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import BuildError, PluginError
from mkdocs.plugins import event_priority

from pcv.checks.project import problems_report
from pcv.safety.failures import problem_of

_PAGE_ERROR = re.compile(r"Error (?:reading|building) page '(.+?)':")
_build: dict[str, object] = {}  # "root" of the project; "page" MkDocs was building when the error came


class _PageErrorLine(logging.Filter):
    """Drops MkDocs' English line about a failed page, remembering the page."""

    def filter(self, record: logging.LogRecord) -> bool:
        match = _PAGE_ERROR.match(str(record.msg))
        if match:
            _build["page"] = match.group(1)
        return not match


_FILTER = _PageErrorLine()


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    logging.getLogger("mkdocs.commands.build").addFilter(_FILTER)  # adding it again changes nothing
    _build.clear()
    _build["root"] = Path(config.config_file_path).parent
    return config


def on_build_error(*, error: Exception) -> None:
    if isinstance(error, BuildError):
        return
    problem = problem_of(error, _build.get("root") or Path.cwd(), _build.get("page"))
    raise PluginError(problems_report((problem,))) from None
