"""MkDocs' command line run in this process, as a subprocess would run it: same arguments, environment and
working folder, same exit code and output. The tests build hundreds of sites; each new process would first
spend about a second importing MkDocs, Material and the engine again."""

from __future__ import annotations

import logging
import os
import traceback
import warnings
from pathlib import Path

from click.testing import CliRunner
from mkdocs.__main__ import cli
from mkdocs.utils import DuplicateFilter


def run_mkdocs(project: Path, arguments: list[str], env: dict[str, str]) -> tuple[int, str]:
    """`mkdocs <arguments>` in `project` with the environment `env`: its exit code and its output (stdout,
    then stderr; an unexpected exception's traceback as Python would print it)."""
    changed = {name: value for name, value in env.items() if os.environ.get(name) != value}
    changed.update({name: None for name in os.environ if name not in env})
    states = _logger_states()
    folder = os.getcwd()
    os.chdir(project)
    try:
        with warnings.catch_warnings():  # the command line sets warnings' filters and display, each run
            result = CliRunner().invoke(cli, arguments, env=changed, catch_exceptions=True)
    finally:
        os.chdir(folder)
        _restore(states)
    output = result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return 1, output + "".join(traceback.format_exception(result.exception))
    return result.exit_code, output


def _logger_states() -> dict[str, tuple]:
    """The state of MkDocs' loggers: each run adds its own handler to « mkdocs » (writing to that run's captured
    output) and a DuplicateFilter to « mkdocs.commands.build », which dropped every message a run had logged from
    all the later runs of the process (« Documentation built in … »: PROGRAMME7 F7)."""
    loggers = {name: logging.getLogger(name) for name in ("mkdocs", *logging.root.manager.loggerDict)
               if name == "mkdocs" or name.startswith("mkdocs.")}
    return {name: (logger, list(logger.handlers), list(logger.filters), logger.level, logger.propagate,
                   logger.disabled) for name, logger in loggers.items()}


def _restore(states: dict[str, tuple]) -> None:
    """MkDocs' loggers as `states` found them; those made during the run without the filters the run added."""
    for name, (logger, handlers, filters, level, propagate, disabled) in states.items():
        logger.handlers[:], logger.filters[:] = handlers, filters
        logger.level, logger.propagate, logger.disabled = level, propagate, disabled
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if name.startswith("mkdocs.") and name not in states and isinstance(logger, logging.Logger):
            logger.filters[:] = [f for f in logger.filters if not isinstance(f, DuplicateFilter)]
