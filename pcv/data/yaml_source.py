"""Read a YAML data file safely, keeping the line of every value and key.

Refuses what PyYAML would otherwise accept silently or unsafely: duplicate
keys, tab indentation, files that are not UTF-8, empty or oversized files,
and aliases that expand into huge documents. Syntax errors are explained in
French, at the line to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 512 * 1024
MAX_NODES = 50_000
TOO_DEEP = ("données imbriquées trop profondément (des centaines de niveaux de [ ou de champs indentés) : "
            "vérifiez les crochets et l'indentation.")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but tab, line feed, carriage return

Location = tuple[str | int, ...]
Position = tuple[int, int]  # line, column, 1-based


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, except that dates stay text (2026-11-29): the schemas check them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, where it is and what to do."""

    file: str
    line: int | None
    column: int | None
    message: str
    field: str | None = None  # path of the field, e.g. "countries[2].regions.en"

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", ligne {self.line}"
            if self.column is not None:
                where += f", colonne {self.column}"
        if self.field:
            where += f", champ {self.field}"
        return f"{where} : {self.message}"


class ProblemFound(Exception):
    """Raised where a problem is found only while the site is built; `problem` says what and where
    (`location`, if given, is the field's place in a data file, for its line)."""

    def __init__(self, problem: Problem, location: Location = ()):
        super().__init__(str(problem))
        self.problem = problem
        self.location = location


class UnreadableYaml(Exception):
    """The file cannot be read as YAML data; `problem` says why."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def field_path(location: Location) -> str | None:
    """("countries", 2, "code") -> "countries[2].code"."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or None


@dataclass(frozen=True)
class YamlDocument:
    data: Any
    values: dict[Location, Position]  # where each value starts
    keys: dict[Location, Position]  # where the key of each mapping value is
    name: str

    def problem_at(self, location: Location, message: str, *, at_key: bool = False) -> Problem:
        """A `Problem` about the field at `location`, placed at its line (or its closest parent's)."""
        positions = (self.keys, self.values) if at_key else (self.values, self.keys)
        for end in range(len(location), -1, -1):
            for known in positions:
                if location[:end] in known:
                    line, column = known[location[:end]]
                    return Problem(self.name, line, column, message, field_path(location))
        return Problem(self.name, None, None, message, field_path(location))


def read_yaml(path: Path, name: str) -> YamlDocument:
    """Parse `path` (shown as `name` in messages) or raise `UnreadableYaml`."""
    text = decoded_text(path, name, MAX_BYTES)
    tab = re.search(r"^[ ]*\t", text, re.MULTILINE)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        column = tab.end() - tab.start()
        raise UnreadableYaml(Problem(name, line, column,
            "tabulation dans l'indentation. Le YAML n'accepte que des espaces : "
            "remplacez la tabulation par des espaces."))
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise UnreadableYaml(Problem(name, None, None,
                    "le fichier ne contient aucune donnée (il est vide ou n'a que des commentaires). "
                    "Rétablissez son contenu (git restore)."))
            values, keys = _positions(node, name)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise UnreadableYaml(syntax_problem(exc, name)) from exc
    except RecursionError:
        raise UnreadableYaml(Problem(name, None, None, TOO_DEEP)) from None
    return YamlDocument(data=data, values=values, keys=keys, name=name)


def decoded_text(path: Path, name: str, max_bytes: int) -> str:
    """The text of `path`, or `UnreadableYaml` if it is too big, not UTF-8 or holds a control character."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UnreadableYaml(Problem(name, None, None,
            f"fichier trop gros ({size // 1024} Kio, limite {max_bytes // 1024} Kio). "
            "Vérifiez qu'un collage n'a pas dupliqué son contenu."))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = len(raw[raw.rfind(b"\n", 0, exc.start) + 1:exc.start].decode("utf-8", "replace")) + 1
        raise UnreadableYaml(Problem(name, line, column,
            "le fichier n'est pas encodé en UTF-8. Enregistrez-le en UTF-8 "
            "dans votre éditeur (VS Code : « Enregistrer avec l'encodage »).")) from exc
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        column = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
        raise UnreadableYaml(Problem(name, line, column,
            f"caractère de contrôle invisible (U+{ord(control.group()):04X}), souvent laissé par un copier-coller. "
            "Supprimez-le (retapez le texte autour si besoin)."))
    return text


# PyYAML's own words -> what a person editing the file should do.
_SYNTAX_HINTS = (
    ("mapping values are not allowed",
     "« : » inattendu. Si cette ligne est un champ, alignez son indentation sur celle des champs "
     "voisins ; si c'est un texte qui contient « : », mettez tout le texte entre guillemets droits (\"…\")."),
    ("could not find expected ':'",
     "il manque « : » après le nom d'un champ, ou l'indentation de la ligne est fausse."),
    ("expected <block end>",
     "cette ligne ne suit pas la structure attendue. Vérifiez son indentation, et qu'aucun "
     "guillemet n'est resté ouvert ici ou sur les lignes précédentes."),
    ("expected alphabetic or numeric character",
     "un texte qui commence par « * », « & » ou « ! » doit être entre guillemets droits (\"…\")."),
    ("that cannot start any token",
     "un texte qui commence par « @ », « ` » ou « % » doit être entre guillemets droits (\"…\")."),
    ("found undefined alias",
     "un texte qui commence par « * » doit être entre guillemets droits (\"…\")."),
    ("could not determine a constructor",
     "étiquette « ! » inconnue. Un texte qui commence par « ! » doit être entre guillemets droits (\"…\")."),
)


def syntax_problem(error: yaml.MarkedYAMLError, name: str) -> Problem:
    """A French explanation of a YAML syntax error, at the line to fix."""
    detail = " ; ".join(part for part in (error.context, error.problem) if part)
    mark = error.problem_mark or error.context_mark
    advice = next((hint for words, hint in _SYNTAX_HINTS if words in detail),
                  "syntaxe YAML invalide. Vérifiez l'indentation, les deux-points et les guillemets.")
    if error.context and "quoted scalar" in error.context:
        advice = "guillemet ouvert ici et jamais fermé. Ajoutez le guillemet qui ferme le texte."
    if error.context_mark and re.search(r"quoted scalar|an alias|an anchor", error.context or ""):
        mark = error.context_mark  # where the text that needs its quotes starts
    return Problem(name, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                   f"{advice} (Détail : {detail}.)")


def _positions(root: yaml.Node, name: str) -> tuple[dict[Location, Position], dict[Location, Position]]:
    """Where each value and key is; refuse duplicate keys and huge alias expansions."""
    values: dict[Location, Position] = {}
    keys: dict[Location, Position] = {}
    stack: list[tuple[Location, yaml.Node]] = [((), root)]
    visited = 0
    while stack:
        location, node = stack.pop()
        visited += 1
        if visited > MAX_NODES:
            raise UnreadableYaml(Problem(name, None, None,
                f"le document dépasse {MAX_NODES} valeurs une fois les alias (*) développés. "
                "Supprimez les ancres (&) et alias (*) et écrivez les valeurs en entier."))
        values[location] = _start(node)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise UnreadableYaml(Problem(name, *_start(key_node),
                        "un nom de champ doit être un simple mot suivi de « : ».", field_path(location)))
                key_location = location + (key_node.value,)
                if key_location in keys:
                    raise UnreadableYaml(Problem(name, *_start(key_node),
                        f"la clé « {key_node.value} » apparaît deux fois (déjà à la ligne "
                        f"{keys[key_location][0]}). Gardez une seule des deux.", field_path(key_location)))
                keys[key_location] = _start(key_node)
                stack.append((key_location, value_node))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((location + (i,), item) for i, item in enumerate(node.value))
    return values, keys


def _start(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def value_in_words(value: Any) -> str:
    """A value read from YAML, in words, for a message (« on trouve … »)."""
    if value is None:
        return "une valeur vide"
    if isinstance(value, bool):
        return "une valeur oui/non (YAML lit yes, no, on, off, true et false comme oui/non)"
    if isinstance(value, (int, float)):
        return f"le nombre {value}"
    if isinstance(value, str):
        short = value if len(value) <= 60 else value[:57] + "…"
        return f"le texte « {short} »"
    if isinstance(value, list):
        return "une liste"
    if isinstance(value, dict):
        return "des champs « nom: valeur »"
    return repr(value)
