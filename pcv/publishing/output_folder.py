"""The site folder changes only when a build succeeds; what a killed build left is cleaned up.

`mkdocs build` empties the site folder before it writes the new pages, and a
`--strict` failure (or an error) comes once some are written. Here a build
writes into a new folder beside the site folder (`begin`), which replaces it
only once the build has succeeded (`swap`); a failed build's folder is
removed (`discard`). The folders' names carry the builder's process id, so
the next build removes those of a build that was killed (`begin`). Only a
site may be replaced: a folder given as the site's that holds something else
(`--site-dir data`, the project itself, a git repository) is refused, never emptied. The site
folder holds only what a build writes, the new one starting empty: a file put there by hand, hidden or not
(`.well-known/`, `.htaccess`), is removed by the next build, which names it (`swap`; red team 16 F6: hidden ones
were carried into every new site, unnamed); what is published goes in docs/.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from pcv.problems import visible


SITE_FILES = ("index.html", "404.html")  # what every site the build makes holds at its top
MAX_NAMED = 10  # files named of those a build removed from the site folder


class NotASiteFolder(Exception):
    """The folder named as the site's holds something else; the message says so, in French."""


def begin(site: Path) -> Path:
    """A new, empty folder beside `site` for a build to write into; stale ones removed first; `NotASiteFolder` if
    `site` is there and is not a site (or an empty folder)."""
    if site.is_symlink() or (site.exists() and not site.is_dir()):
        raise NotASiteFolder(f"« {visible(str(site))} » n'est pas un dossier : la construction le remplacerait par le site. "
                             "Choisissez un autre dossier pour le site (site/ par défaut).")
    if (site / ".git").exists():
        raise NotASiteFolder(f"le dossier « {visible(str(site))} » contient un dépôt git (.git) : la construction remplace "
                             "tout ce dossier par ce qu'elle écrit, et l'effacerait. Déplacez ce dépôt hors du dossier "
                             "du site (et copiez-y le site après chaque construction), ou choisissez un autre dossier "
                             "pour le site.")
    if site.is_dir() and any(site.iterdir()) and not all((site / name).is_file() for name in SITE_FILES):
        raise NotASiteFolder(f"le dossier « {visible(str(site))} » n'est pas un site construit (il n'a pas {' et '.join(SITE_FILES)}) "
                             "et n'est pas vide : le remplacer par le site effacerait ce qu'il contient. Choisissez un "
                             "autre dossier pour le site (site/ par défaut), ou videz celui-ci s'il n'a rien à garder.")
    site.parent.mkdir(parents=True, exist_ok=True)
    for stale in _left_by_dead_builds(site):
        shutil.rmtree(stale, ignore_errors=True)
    new = Path(tempfile.mkdtemp(prefix=f".{site.name}-new-{os.getpid()}-", dir=site.parent))
    umask = os.umask(0)
    os.umask(umask)
    new.chmod(0o777 & ~umask)  # mkdtemp makes it private to its owner
    return new


def swap(new: Path, site: Path) -> str | None:
    """Put `new` at `site`; the previous site is removed only once the new one is in place, nothing of it kept.
    Returns a French notice naming the previous site's files the new one does not have (None if none)."""
    removed = _not_rebuilt(site, new)
    old = Path(tempfile.mkdtemp(prefix=f".{site.name}-old-{os.getpid()}-", dir=site.parent))
    previous = old / site.name
    try:
        if site.exists():
            site.replace(previous)
        try:
            new.replace(site)
        except OSError:
            if previous.exists():
                previous.replace(site)
            raise
    finally:
        shutil.rmtree(old, ignore_errors=True)
    if not removed:
        return None
    shown = ", ".join(visible(name) for name in removed[:MAX_NAMED]) + (" …" if len(removed) > MAX_NAMED else "")
    return (f"Retirés de {visible(str(site))}, car cette construction ne les écrit pas ({len(removed)}) : {shown}. Le "
            "dossier du site ne contient que ce que la construction écrit (un fichier qu'on y met serait publié sans "
            "aucune vérification) : une page se met dans docs/fr/ et docs/en/, une photo dans docs/fr/.")


def _not_rebuilt(site: Path, new: Path) -> list[str]:
    """The files of `site` (hidden ones and links too) that the build in `new` did not write: the swap removes them,
    since a file put in the site folder by hand would be published past every check."""
    if not site.is_dir():
        return []
    return sorted(relative for file in site.rglob("*") if (file.is_symlink() or not file.is_dir())
                  and not (new / (relative := file.relative_to(site).as_posix())).is_file())


def discard(new: Path) -> None:
    shutil.rmtree(new, ignore_errors=True)


def _left_by_dead_builds(site: Path) -> list[Path]:
    pattern = re.compile(rf"\.{re.escape(site.name)}-(?:new|old)-(\d+)-.+")
    found = []
    for path in site.parent.iterdir():
        match = pattern.fullmatch(path.name)
        if match and not _alive(int(match.group(1))):
            found.append(path)
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
