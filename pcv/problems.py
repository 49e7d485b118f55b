"""What stops a build, in French: a `Problem` (file, line, column, field, what to do), the places of fields
said as a person counts them, and the report of every problem, one per line.

Every check returns `Problem`s; a step of the build that finds some raises `ProblemsFound`, and MkDocs
prints the report and exits 1, with no traceback. `ProblemFound` carries one found while rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex
from mkdocs.exceptions import PluginError

from pcv.field_labels import labelled_keys
from pcv.invisible_signs import FLAGS, INVISIBLE


# Signs a terminal or a text reader would act on rather than show (every C0 control, tab and line break included,
# and the class no published text may hold: pcv/invisible_signs.py): a file name or a value quoted in a message
# shows them as \x1b.
_INVISIBLE = regex.compile(f"[\x00-\x1f]|{INVISIBLE.pattern}", FLAGS)


def visible(text: str) -> str:
    """`text` with each sign a terminal would act on written as its code ("\x1b"), so a message shows it."""
    return _INVISIBLE.sub(lambda found: f"\\x{ord(found.group()):02x}" if ord(found.group()) < 0x100
                          else f"\\u{ord(found.group()):04x}", text)


def inert_line(line: str) -> str:
    """One line of a report as a terminal or CI's log shows it: `visible`, and never read as a GitHub Actions
    command (a line starting with « :: », spaces aside, which a quoted page line could be; or « ##[ » anywhere in
    it, the runner's older form)."""
    shown = visible(line).replace("##[", "#\u2060#[")
    text = shown.lstrip()
    return shown[:len(shown) - len(text)] + ":\u2060" + text[1:] if text.startswith("::") else shown


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, where it is and what to do."""

    file: str
    line: int | None
    column: int | None
    message: str
    field: str | None = None  # path of the field, e.g. "countries[2].regions.en"

    @property
    def place(self) -> str:
        """ "data/programme.yaml, ligne 52, colonne 12": the file and line, without the field."""
        place = visible(self.file)
        if self.line is not None:
            place += f", ligne {self.line}"
            if self.column is not None:
                place += f", colonne {self.column}"
        return place

    @property
    def where(self) -> str:
        """ "data/programme.yaml, ligne 52, colonne 12, champ targets[3].value"."""
        return f"{self.place}, {field_in_words(self.field, self.file)}" if self.field else self.place

    def __str__(self) -> str:
        return f"{self.where} : {visible(self.message)}"


class ProblemFound(Exception):
    """Raised where a problem is found only while the site is built; `problem` says what and where
    (`location`, if given, is the field's place in a data file, for its line)."""

    def __init__(self, problem: Problem, location: tuple[str | int, ...] = ()):
        super().__init__(str(problem))
        self.problem = problem
        self.location = location


def ordinal(number: int, masculine: bool = False) -> str:
    """1 -> "1re" (or "1er"), 2 -> "2e": a position as a person counts it, in French."""
    return f"{number}{('er' if masculine else 're') if number == 1 else 'e'}"


# What an item of each list of data/ is, to say « la 4e cible » rather than targets[3].
ITEM_NAMES = {"targets": "cible", "themes": "thème", "countries": "pays", "organisations": "partenaire",
              "places": "lieu", "target_groups": "public visé", "sectors": "secteur", "aims": "objectif",
              "local_partners": "partenaire local", "nav": "entrée du menu", "regions": "région", "groups": "groupe",
              "funders": "partenaire financier", "calls_to_action": "appel à l'action", "languages": "langue"}
FEMININE = {"cible", "entrée du menu", "région", "langue"}


def field_in_words(field: str, file: str = "") -> str:
    """ "countries[2].code" of data/countries.yaml -> "3e pays (countries), champ « Code du pays » (code)":
    positions as a person counts them, fields by their label in the web editor's form of `file` (if any)."""
    parts = re.split(r"\[(\d+)\]", field)  # names, position, names, position…
    groups = labelled_keys(file, [part.strip(".") for part in parts[::2]])
    words = []
    for keys, index in zip(groups, [*parts[1::2], None]):
        if index is not None:
            noun = ITEM_NAMES.get(keys[-1][0] if keys else "", "élément")
            words.append(f"{ordinal(int(index) + 1, masculine=noun not in FEMININE)} {noun} "
                         f"({'.'.join(key for key, _ in keys)})")
        elif keys:
            words.append(_field_words(keys))
    return ", ".join(words)


def _field_words(keys: list[tuple[str, str | None]]) -> str:
    names = ".".join(key for key, _ in keys)
    if not any(label for _, label in keys):
        return f"champ {names}"
    labels = " → ".join(f"« {label} »" if label else key for key, label in keys)
    # « Fin de l'adresse (slug) » names its key already: not twice (staff play-test 9 F6)
    return f"champ {labels}" if labels.endswith(f"({names}) »") else f"champ {labels} ({names})"


class ProblemsFound(PluginError):
    """The build stops on these problems (MkDocs prints the report and exits 1, with no traceback)."""

    def __init__(self, problems: tuple[Problem, ...]):
        self.problems = problems
        super().__init__(problems_report(problems))


# What stopped, said first by each command that lists problems ({count}: « 2 problèmes »).
STOPPED_BUILD = ("La construction est arrêtée : {count} à corriger. Rien n'a été publié et le site déjà construit n'a "
                 "pas changé.")
STOPPED_CHECK = "Vérification : {count} à corriger (elle ne construit ni ne publie rien)."
STOPPED_PREVIEW = "L'aperçu ne démarre pas : {count} à corriger."
STOPPED_FORMAT = "Mise en forme arrêtée : {count} à corriger ; aucun fichier n'a été écrit."


def problems_report(problems: tuple[Problem, ...], then: str = "relancez la construction",
                    stopped: str = STOPPED_BUILD) -> str:
    """The message that stops a command (the build's by default, `stopped` another's): what stopped, every
    problem, one per line, and what to do `then` (PROGRAMME7 F10: make check, which builds nothing, said the
    build's words)."""
    count = f"{len(problems)} problème{'s' if len(problems) > 1 else ''}"
    lines = "\n".join(f"- {problem}" for problem in problems)
    return f"{stopped.format(count=count)}\n{lines}\nCorrigez, puis {then}."
