"""A page's header that MkDocs would not read, said with what to write in it: none in an empty file, an empty one
(« --- » twice), or one left open (the web editor on this computer closes it by the same rule as
open_front_matter_end: pcv/editor/decap_server.js)."""

from __future__ import annotations

import re

from pcv.data.models import LANGUAGE_NAMES, LANGUAGES
from pcv.data.yaml_source import UnreadableYaml, parse_yaml
from pcv.problems import Problem

EMPTY_HEADER = re.compile(r"-{3}[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*(?:\.{3}|-{3})[ \t]*(?:\n|$)")  # no field in it
PENDING = "pending"  # `translation: pending`: the page shows its original until it is translated
PENDING_PAGE = f"« --- », « translation: {PENDING} », « --- »"  # the whole file of a translation to come
_OPENED = re.compile(r"-{3}[ \t]*\n")
_HEADING = re.compile(r"^# +(.+?)[ \t#]*$", re.MULTILINE)
_RESTORE = "GitHub Desktop : clic droit sur le fichier, « Discard changes » ; en ligne, demandez-le à l'équipe technique"


def header_problem(text: str, name: str, lang: str) -> Problem | None:
    """What keeps the header of page `text` (`name`, in `lang`), which MkDocs does not find or finds without a field,
    from being read, and what to write; None if it has no header at all (pcv/pages/front_matter.py says so)."""
    pending = "" if lang == LANGUAGES[0] else (f" Si sa traduction est à faire, écrivez plutôt ces trois lignes "
        f"seulement : {PENDING_PAGE} (le site montrera la version en {LANGUAGE_NAMES[LANGUAGES[0]]}, avec un avis).")
    if not text.strip():
        removed = (f"pour retirer la page du site, supprimez ses fichiers dans chaque langue et sa ligne du menu"
                   if lang == LANGUAGES[0] else "")
        return Problem(name, 1, None, "le fichier est vide : une page a besoin d'un en-tête (« --- », « title: … », "
                       f"« description: … », « --- ») puis de son texte. S'il a été vidé par erreur, rétablissez-le "
                       f"({_RESTORE}){' ; ' + removed if removed else ''}.{pending}")
    if EMPTY_HEADER.match(text):
        heading = _HEADING.search(text)
        return Problem(name, 1, 1, "l'en-tête, entre les deux lignes « --- », est vide : une page y a besoin au moins "
                       f"de son titre et de son résumé. Écrivez entre ces deux lignes « title: "
                       f"{heading.group(1) if heading else '…'} » et « description: … » (une phrase qui dit ce que la "
                       f"page présente).{pending}")
    if _OPENED.match(text):
        end = open_front_matter_end(text)
        after = f" (ligne {end - 1})" if end else ""
        return Problem(name, 1, 1, "l'en-tête commence par « --- » mais ne se termine jamais. Ajoutez une ligne "
                       f"« --- » après son dernier champ{after}.")
    return None


def open_front_matter_end(text: str) -> int | None:
    """The line where the « --- » missing from a front matter left open goes: after its first lines up to a blank one
    (or the end), if they read as fields (« nom: valeur »); None otherwise. The web editor on this computer shows such
    a page closed there (pcv/editor/decap_server.js, by the same rule), and saving it writes the line."""
    lines = text.split("\n")
    end = next((number for number, line in enumerate(lines[1:], 1) if not line.strip()), len(lines))
    try:
        fields = parse_yaml("\n".join(lines[1:end]), "", first_line=2).data
    except UnreadableYaml:
        return None
    return end + 1 if isinstance(fields, dict) else None
