"""What the build prints, in a terminal or in CI's log, shows typed text as text: no line of a message is read by
a terminal as a control (an escape sequence) nor by GitHub Actions as a workflow command (`::error`,
`::add-mask::`…, which must start a line).

Our own problems pass `visible` and `inert_line` (pcv/problems.py), but MkDocs and its plugins log values as
they are: mkdocs-static-i18n prints the English `site_name` of mkdocs.yml, MkDocs a link's address. Each
message any of them logs through the command's handlers is made inert here, line by line, before it is
formatted (MkDocs' colours, added by its formatter, are kept).
"""

from __future__ import annotations

import logging

from pcv.problems import inert_line

LOGGERS = ("", "mkdocs", "properdocs")  # the root logger, and those whose handlers MkDocs and ProperDocs set up


class InertMessages(logging.Filter):
    """Each record's message, line by line, through `inert_line`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        inert = "\n".join(inert_line(line) for line in message.split("\n"))
        if inert != message:
            record.msg, record.args = inert, None
        return True


def make_logs_inert() -> None:
    """Every handler of the command's loggers, now set up, makes each message inert before it prints it."""
    for name in LOGGERS:
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(found, InertMessages) for found in handler.filters):
                handler.addFilter(InertMessages())
