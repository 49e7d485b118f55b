"""The terminal of `make serve` and `make editor` in French: MkDocs' routine lines, in English, said in French or left
out (the build's own messages are French already); mkdocs-static-i18n's notes on each language's build only when
something is wrong."""

from __future__ import annotations

import logging
import re

_SAID = ((re.compile(r"Documentation built in ([0-9.]+) seconds"),
          lambda found: f"Aperçu prêt ({found.group(1).replace('.', ',')} s)."),
         (re.compile(r"Serving on (\S+)"), lambda found: f"Aperçu : {found.group(1)}"))
_LEFT_OUT = ("Cleaning site directory", "Watching paths for changes", "Reloading browsers", "Detected file changes")
_TIME = re.compile(r"^\[[0-9:]+\] ")
PLUGIN_LOGGER = "mkdocs.plugins.mkdocs_static_i18n"


class FrenchLog(logging.Filter):
    """Says MkDocs' routine lines in French, or leaves them out; lets every other line through as it is."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = _TIME.sub("", record.getMessage())  # the live-reload server's lines start with « [05:41:01] »
        if message.startswith(_LEFT_OUT):
            return False
        for pattern, french in _SAID:
            if found := pattern.match(message):
                record.msg, record.args = french(found), ()
                break
        return True


def french_terminal(handler: logging.Handler) -> None:
    """`handler` (the preview's) writes the lines in French; the languages plugin's routine notes are left out."""
    handler.addFilter(FrenchLog())
    logging.getLogger(PLUGIN_LOGGER).setLevel(logging.WARNING)
