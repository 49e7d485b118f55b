"""Whether a path the build reads is a file it can read: not a folder, a named pipe, a socket or a device.

A folder named like a page or a data file (an archive tool or an editor made one) stopped the build with an
« erreur inattendue » blaming our code (red team 16 F4); a named pipe hung `make check` and `make build` for ever
on its first read (F5). Every read of a page or a data file asks here first, and never opens what is not a regular
file; the walk of docs/, data/ and overrides/ (pcv/checks/files.py) names any such entry, whatever its name.
"""

from __future__ import annotations

import stat
from pathlib import Path

FOLDER = ("c'est un dossier, là où le site attend un fichier (un outil ou une archive a pu créer un dossier de ce "
          "nom). Remplacez-le par le fichier, ou supprimez-le")
SPECIAL = ("ce n'est pas un fichier ordinaire (un tube nommé, une prise ou un périphérique) : le site ne l'ouvre pas, "
           "sa lecture bloquerait la construction. Supprimez-le, ou remplacez-le par le fichier ou le dossier attendu")


def not_a_file(path: Path) -> str | None:
    """Why `path` is not a file the build can read, in French (no final period); None for a regular file or one that
    does not exist (its reader says so)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:  # a name too long, a loop of links, no permission…
        return f"ce fichier ne peut pas être lu ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    return FOLDER if stat.S_ISDIR(mode) else SPECIAL
