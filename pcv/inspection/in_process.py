"""MkDocs' command line run in this process, as a subprocess would run it: same arguments, environment and
working folder, same exit code and output. The tests build hundreds of sites; each new process would first
spend about a second importing MkDocs, Material and the engine again."""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

from click.testing import CliRunner
from mkdocs.__main__ import cli


def run_mkdocs(project: Path, arguments: list[str], env: dict[str, str]) -> tuple[int, str]:
    """`mkdocs <arguments>` in `project` with the environment `env`: its exit code and its output (stdout,
    then stderr; an unexpected exception's traceback as Python would print it)."""
    changed = {name: value for name, value in env.items() if os.environ.get(name) != value}
    changed.update({name: None for name in os.environ if name not in env})
    logger = logging.getLogger("mkdocs")
    handlers, propagate, level = list(logger.handlers), logger.propagate, logger.level
    folder = os.getcwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(cli, arguments, env=changed, catch_exceptions=True)
    finally:
        os.chdir(folder)
        logger.handlers[:] = handlers  # each run adds its own handler, writing to that run's captured output
        logger.propagate, logger.level = propagate, level
    output = result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return 1, output + "".join(traceback.format_exception(result.exception))
    return result.exit_code, output
