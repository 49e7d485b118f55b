"""The programme's repository, where the web editor saves each change: `repo_url` of its mkdocs.yml, or the
PCV_REPO_URL variable (the Pages workflow gives the repository it runs in). The engine has none of its own: a
programme that names none gets no editor, never another programme's (pure)."""

from __future__ import annotations

from urllib.parse import urlparse

from pcv.problems import visible
from pcv.safety.urls import base_address_problem

FORM = "https://github.com/compte/depot"  # how a repository's address is written
MISSING = ("mkdocs.yml ne donne pas le dépôt GitHub du programme, où l'éditeur enregistre chaque changement. "
           f"Ajoutez-y la ligne « repo_url: {FORM} » (l'adresse de votre dépôt), ou donnez la variable PCV_REPO_URL.")


def github_repository(url: str) -> str | None:
    """"owner/name" of a GitHub repository's address (https://github.com/owner/name, `.git` allowed), else None."""
    address = urlparse(url)
    parts = address.path.strip("/").removesuffix(".git").split("/")
    if address.scheme != "https" or address.hostname != "github.com" or len(parts) != 2 or not all(parts):
        return None
    return "/".join(parts)


def repository_problem(url: str, name: str = "l'adresse du dépôt") -> str | None:
    """Why `url` cannot be the programme's repository, in French, starting with `name`; None if it can."""
    problem = base_address_problem(url)
    if problem:
        return f"{name} « {visible(url[:80])} » ne se lit pas : {problem}. Écrivez-la sous la forme {FORM}."
    if github_repository(url) is None:
        return (f"{name} « {visible(url[:80])} » n'est pas celle d'un dépôt GitHub (l'éditeur web enregistre "
                f"les changements sur GitHub). Écrivez-la sous la forme {FORM}.")
    return None
