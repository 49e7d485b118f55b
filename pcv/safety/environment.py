"""The environment variables the build reads, checked before anything uses them (pure).

`PCV_SITE_URL` (the site's address, written into every page) and
`PCV_REPO_URL` (the programme's repository, where the web editor saves:
pcv/editor/repository.py) must each be an absolute http(s) address with no
quote, space, angle bracket or control character, and no name and password,
query or fragment (`base_address_problem`). Unset (or empty), mkdocs.yml's values stay. `SOURCE_DATE_EPOCH`, which
MkDocs reads as the build's date, must be a past time written in digits (a
stray value stopped the build with an "unexpected error" blamed on mkdocs.yml).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

from pcv.problems import visible
from pcv.safety.urls import base_address_problem

EPOCH_FLOOR = 1_112_832_000  # 2005-04-07, when git first existed: a build date from a commit is later
VARIABLES = {  # variable -> (setting of mkdocs.yml it replaces, what it is, an example)
    "PCV_SITE_URL": ("site_url", "l'adresse du site publié", "https://www.exemple.org/"),
    "PCV_REPO_URL": ("repo_url", "le dépôt où l'éditeur web enregistre les changements", "https://github.com/compte/depot"),
}


class EnvironmentProblem(Exception):
    """A variable of the environment cannot be used; the message says which and why, in French."""


@dataclass(frozen=True)
class Settings:
    site_url: str | None
    repo_url: str | None


def settings_from(environ: Mapping[str, str]) -> Settings:
    """The addresses the environment sets (None where a variable is unset), or `EnvironmentProblem`; and
    `SOURCE_DATE_EPOCH`, which MkDocs reads for a reproducible build's date, a time that has been."""
    epoch = environ.get("SOURCE_DATE_EPOCH") or None
    if epoch is not None and not (epoch.isascii() and epoch.isdigit() and len(epoch) <= 10
                                  and EPOCH_FLOOR <= int(epoch) <= time.time() + 86_400):
        raise EnvironmentProblem(
            f"La variable d'environnement SOURCE_DATE_EPOCH (la date de la construction, en secondes depuis 1970, "
            f"pour une construction reproductible) vaut « {visible(epoch[:40])} » : ce n'est pas un moment passé "
            f"depuis 2005 écrit en chiffres. Donnez-lui la date du dernier commit (git log -1 --format=%ct), ou "
            "retirez-la. Rien n'a été construit.")
    values: dict[str, str | None] = {}
    for variable, (setting, role, example) in VARIABLES.items():
        value = environ.get(variable) or None  # set but empty is unset, as in a shell
        if value is not None:
            problem = base_address_problem(value)
            if problem:
                raise EnvironmentProblem(
                    f"La variable d'environnement {variable} ({role}) vaut « {visible(value[:80])} » : {problem}. "
                    f"Donnez-lui une adresse complète, par exemple {variable}={example}, ou retirez-la. "
                    "Rien n'a été construit.")
            if setting == "site_url" and not value.endswith("/"):
                value += "/"
        values[setting] = value
    return Settings(**values)
