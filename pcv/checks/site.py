"""Every problem of the project, checked as the build checks it but without building."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError

from pcv.checks.config_file import CONFIG_FILE, config_problems
from pcv.checks.project import site_problems
from pcv.problems import Problem


def all_problems(root: Path) -> tuple[Problem, ...]:
    """mkdocs.yml first (MkDocs could not read the rest without it), then the data, pages, menu and templates."""
    problems = config_problems(root)
    if problems:
        return tuple(problems)
    try:
        config = load_config(config_file=str(root / CONFIG_FILE))
    except (ConfigurationError, Abort) as exc:
        return (Problem(CONFIG_FILE, None, None, f"MkDocs refuse la configuration ({exc}). Annulez votre dernier "
                        "changement de ce fichier (git restore mkdocs.yml), ou demandez de l'aide à l'équipe technique."),)
    return site_problems(config)
