"""Marks in a file's text that nobody meant to publish: an invisible control character, a carriage return alone, or
the lines Git writes around the two versions of a merge conflict (red team 21 H1: both versions were published, with
Git's marks)."""

from __future__ import annotations

import re

from pcv.data.yaml_schema import CONTROL
from pcv.problems import Problem

# Git's marks: « <<<<<<< HEAD », « ||||||| base » (diff3), « >>>>>>> branche »; « ======= » alone may be a heading's
# underline, so a conflict is told by its first or last mark.
_CONFLICT = re.compile(r"^(?:<{7}|\|{7}|>{7})(?: |$)", re.MULTILINE)
# Markdown and YAML end a line at a carriage return alone too, where the checks and their bounds (lines, depth,
# headings of a page) count lines at \n: a page of 180 lines held 281 nested quotes or 13,000 headings (red team 23 H1).
_LONE_CR = re.compile(r"\r(?!\n)")
_LINE_ENDINGS = ("Enregistrez le fichier avec des fins de ligne ordinaires (dans VS Code : cliquez « CRLF » ou « LF » "
                 "en bas à droite de la fenêtre, choisissez « LF », puis enregistrez).")


def stray_mark_problem(text: str, name: str) -> Problem | None:
    """A control character, a carriage return alone, or Git's conflict marks, in the text of the file `name`; None
    when there is none."""
    control = CONTROL.search(text, 1 if text.startswith("\ufeff") else 0)  # (a byte order mark, as Notepad saves)
    if control:
        line, column = _place(text, control.start())
        return Problem(name, line, column,
            f"caractère de contrôle invisible (U+{ord(control.group()):04X}), souvent laissé par un copier-coller. "
            "Supprimez-le (retapez le texte autour si besoin).")
    if lone := _LONE_CR.search(text):
        if "\n" not in text:
            return Problem(name, None, None, "les lignes de ce fichier finissent par un retour chariot seul (la fin de "
                           "ligne des anciens Mac), que le site ne lit pas. " + _LINE_ENDINGS)
        line, column = _place(text, lone.start())
        return Problem(name, line, column, "retour chariot seul (U+000D, sans saut de ligne après), souvent laissé par "
                       "un copier-coller : Markdown et YAML y voient une fin de ligne, les vérifications du site non. "
                       + _LINE_ENDINGS)
    if conflict := _CONFLICT.search(text):
        line, _ = _place(text, conflict.start())
        return Problem(name, line, 1,
            "conflit de fusion laissé par Git : deux versions du texte sont dans le fichier, entre les lignes qui "
            "commencent par « <<<<<<< », « ======= » et « >>>>>>> ». Gardez la bonne version (ou fusionnez les deux), "
            "puis effacez ces lignes de marques. Sur GitHub, le bouton « Resolve conflicts » de la demande de "
            "fusion le fait.")
    return None


def _place(text: str, offset: int) -> tuple[int, int]:
    """(line, column), 1-based, of `offset` in `text`."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1
