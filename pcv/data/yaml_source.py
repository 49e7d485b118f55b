"""Read a YAML data file safely, keeping the line of every value and key.

Refuses what PyYAML would otherwise accept silently or unsafely: duplicate
keys, tab indentation, files that are not UTF-8, empty or oversized files,
and aliases that expand into huge documents. Syntax errors are explained in
French, at the line to fix.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pcv.data.file_kind import not_a_file
from pcv.data.stray_marks import stray_mark_problem
from pcv.data.yaml_comments import comment_message, first_comment
from pcv.data.yaml_schema import reading_problems, use_core_schema
from pcv.problems import Problem
from pcv.data.yaml_syntax import EXPLICIT_TAG, PLACEHOLDER_VALUE, STANDARD_TAG, explained

MAX_BYTES = 512 * 1024
MAX_NODES = 50_000
TOO_DEEP = ("données imbriquées trop profondément (des centaines de niveaux de [ ou de champs indentés) : "
            "vérifiez les crochets et l'indentation.")

Location = tuple[str | int, ...]
Position = tuple[int, int]  # line, column, 1-based


class DataLoader(yaml.SafeLoader):
    """PyYAML's safe loader reading the YAML 1.2 core schema (pcv/data/yaml_schema.py): `NO` and
    `1:30` stay text, dates stay text (2026-11-29): the schemas check them. A standard tag written out
    (`!!binary`, `!!bool yes`, `!!timestamp`…) is refused: it makes a value of what is typed otherwise."""

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        event = self.peek_event()
        tag = getattr(event, "tag", None)
        if tag and tag.startswith(STANDARD_TAG):
            raise yaml.composer.ComposerError(None, None, f"{EXPLICIT_TAG} !!{tag[len(STANDARD_TAG):]}",
                                              event.start_mark)
        return super().compose_node(parent, index)


use_core_schema(DataLoader)


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


def read_yaml(path: Path, name: str, loader: type[yaml.SafeLoader] = DataLoader, *,
              by_both: bool = False, edited: bool = False) -> YamlDocument:
    """Parse `path` (shown as `name` in messages) with `loader`, or raise `UnreadableYaml`."""
    return parse_yaml(decoded_text(path, name, MAX_BYTES), name, loader, by_both=by_both, edited=edited)


def parse_yaml(text: str, name: str, loader: type[yaml.SafeLoader] = DataLoader, *, first_line: int = 1,
               by_both: bool = False, edited: bool = False) -> YamlDocument:
    """Parse `text` (line 1 being line `first_line` of the file `name`) with `loader`, or raise
    `UnreadableYaml`; with `by_both`, a value YAML 1.1 reads otherwise is refused too; with `edited` (a file the
    web editor writes: data/, the pages' front matter), a comment, which its next save would delete. The same
    text is parsed once per process (each `make serve` rebuild reads every file again): each caller gets its
    own copy."""
    document = _parsed(text, name, loader, first_line, by_both)  # once, read as edited or not (data/: both)
    if edited and (comment := _commented_line(text, name, loader, first_line)):
        raise UnreadableYaml(Problem(name, comment + first_line - 1, None, comment_message(text, comment)))
    return YamlDocument(copy.deepcopy(document.data), dict(document.values), dict(document.keys), name)


@functools.lru_cache(maxsize=2048)  # a site's data files and its pages' front matter, several times over
def _parsed(text: str, name: str, loader: type[yaml.SafeLoader], first_line: int, by_both: bool) -> YamlDocument:
    for character, message in _INDENTATION_SLIPS.items():
        slip = re.search(rf"^[ ]*{character}", text, re.MULTILINE)
        if slip:
            line = text.count("\n", 0, slip.start()) + first_line
            raise UnreadableYaml(Problem(name, line, slip.end() - slip.start(), message))
    with _read_as_problem(text, name, first_line):
        parser = loader(text)
        try:
            node = parser.get_single_node()
            if node is None:
                raise UnreadableYaml(Problem(name, None, None,
                    "le fichier ne contient aucune donnée (il est vide ou n'a que des commentaires). "
                    "Rétablissez son contenu (git restore)."))
            values, keys = _positions(node, name, first_line)
            for line, column, message in reading_problems(node, text.split("\n"), by_both):
                raise UnreadableYaml(Problem(name, line + first_line, column + 1, message))
            data = parser.construct_document(node)
        finally:
            parser.dispose()
    return YamlDocument(data=data, values=values, keys=keys, name=name)


@functools.lru_cache(maxsize=2048)
def _commented_line(text: str, name: str, loader: type[yaml.SafeLoader], first_line: int) -> int | None:
    """`first_comment` of a text `_parsed` has read (its errors said as the parse says them)."""
    with _read_as_problem(text, name, first_line):
        return first_comment(text, loader)


@contextlib.contextmanager
def _read_as_problem(text: str, name: str, first_line: int) -> Iterator[None]:
    """What YAML cannot read in `text`, said in French at its line (`UnreadableYaml`)."""
    try:
        yield
    except yaml.MarkedYAMLError as exc:
        raise UnreadableYaml(syntax_problem(exc, name, text, first_line)) from exc
    except RecursionError:
        raise UnreadableYaml(Problem(name, _too_deep_line(text, first_line), None, TOO_DEEP)) from None


def _too_deep_line(text: str, first_line: int, deepest: int = 100) -> int | None:
    """The first line of `text` that opens its `deepest`-th « [ » or « { » not yet closed, or is indented by that many
    levels of two spaces (red team 22 C32: the file was named without a line)."""
    depth = 0
    for number, line in enumerate(text.splitlines(), first_line):
        if len(line) - len(line.lstrip(" -")) >= 2 * deepest:
            return number
        for sign in re.findall(r"[][{}]", line):
            depth += 1 if sign in "[{" else -1
            if depth >= deepest:
                return number
    return None


NBSP_NAME = "espace insécable (U+00A0, souvent collée depuis Word ou un courriel)"
_INDENTATION_SLIPS = {
    "\t": "tabulation dans l'indentation. Le YAML n'accepte que des espaces : "
           "remplacez la tabulation par des espaces.",
    "\u00a0": f"{NBSP_NAME} dans l'indentation : le YAML n'y accepte que des espaces ordinaires. "
               "Effacez le début de la ligne et retapez le retrait avec la barre d'espace.",
}


def decoded_text(path: Path, name: str, max_bytes: int) -> str:
    """The text of `path`, or `UnreadableYaml` if it is not a regular file (never opened then), is too big, not UTF-8
    or holds a control character or Git's conflict marks."""
    if why := not_a_file(path):
        raise UnreadableYaml(Problem(name, None, None, f"{why}."))
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
    if problem := stray_mark_problem(text, name):
        raise UnreadableYaml(problem)
    return text


def syntax_problem(error: yaml.MarkedYAMLError, name: str, text: str | None = None, first_line: int = 1) -> Problem:
    """A French explanation of a YAML syntax error in `name`, at the line to fix (pcv/data/yaml_syntax.py)."""
    return Problem(name, *explained(error, text, first_line))


def _positions(root: yaml.Node, name: str, first_line: int = 1) -> tuple[dict[Location, Position], dict[Location, Position]]:
    """Where each value and key is; refuse duplicate keys and huge alias expansions."""
    values: dict[Location, Position] = {}
    keys: dict[Location, Position] = {}
    stack: list[tuple[Location, yaml.Node]] = [((), root)]
    visited = 0
    while stack:
        location, node = stack.pop()
        visited += 1
        if visited > MAX_NODES:
            raise UnreadableYaml(Problem(name, _start(node, first_line)[0], None,  # a value repeated by its alias
                f"le document dépasse {MAX_NODES} valeurs une fois les alias (*) développés. "
                "Supprimez les ancres (&) et alias (*) et écrivez les valeurs en entier."))
        values[location] = _start(node, first_line)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.MappingNode) and key_node.flow_style and node.flow_style:
                    raise UnreadableYaml(Problem(name, *_start(node, first_line), PLACEHOLDER_VALUE + ".",
                                                 field_path(location)))  # « title: {{ targets.x }} », unquoted
                if not isinstance(key_node, yaml.ScalarNode):
                    raise UnreadableYaml(Problem(name, *_start(key_node, first_line),
                        "un nom de champ doit être un simple mot suivi de « : ».", field_path(location)))
                key_location = location + (key_node.value,)
                if key_location in keys:
                    raise UnreadableYaml(Problem(name, *_start(key_node, first_line),
                        f"la clé « {key_node.value} » apparaît deux fois (déjà à la ligne "
                        f"{keys[key_location][0]}). Gardez une seule des deux.", field_path(key_location)))
                keys[key_location] = _start(key_node, first_line)
                stack.append((key_location, value_node))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((location + (i,), item) for i, item in enumerate(node.value))
    return values, keys


def _start(node: yaml.Node, first_line: int = 1) -> Position:
    return node.start_mark.line + first_line, node.start_mark.column + 1


def value_in_words(value: Any) -> str:
    """A value read from YAML, in words, for a message (« on trouve … »)."""
    if value is None:
        return "une valeur vide"
    if isinstance(value, bool):
        return "une valeur oui/non (true ou false sans guillemets)"
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
