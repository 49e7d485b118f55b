"""Read a YAML data file safely, keeping the line of every value.

Refuses what PyYAML would otherwise accept silently or unsafely: duplicate
keys, tab indentation, files that are not UTF-8, empty or oversized files,
and aliases that expand into huge documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 512 * 1024
MAX_NODES = 50_000

Location = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, except that dates stay text (2026-11-29): the schemas check them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file, where it is and what to do."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", ligne {self.line}"
            if self.column is not None:
                where += f", colonne {self.column}"
        return f"{where} : {self.message}"


class UnreadableYaml(Exception):
    """The file cannot be read as YAML data; `problem` says why."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class YamlDocument:
    data: Any
    lines: dict[Location, tuple[int, int]]  # path of a value -> (line, column), 1-based
    name: str

    def problem_at(self, location: Location, message: str) -> Problem:
        """A `Problem` placed at the closest known line of `location`."""
        for end in range(len(location), -1, -1):
            if location[:end] in self.lines:
                line, column = self.lines[location[:end]]
                return Problem(self.name, line, column, message)
        return Problem(self.name, None, None, message)


def read_yaml(path: Path, name: str) -> YamlDocument:
    """Parse `path` (shown as `name` in messages) or raise `UnreadableYaml`."""
    text = _decoded_text(path, name)
    tab = re.search(r"^[ ]*\t", text, re.MULTILINE)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        raise UnreadableYaml(Problem(name, line, None,
            "tabulation dans l'indentation. Le YAML n'accepte que des espaces : "
            "remplacez la tabulation par des espaces."))
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise UnreadableYaml(Problem(name, None, None,
                    "le fichier est vide. Rétablissez son contenu (git restore)."))
            lines = _value_lines(node, name)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise UnreadableYaml(Problem(name, mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
            f"syntaxe YAML invalide ({exc.problem or exc.context}). Vérifiez "
            "l'indentation, les deux-points et les guillemets de cette ligne.")) from exc
    return YamlDocument(data=data, lines=lines, name=name)


def _decoded_text(path: Path, name: str) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UnreadableYaml(Problem(name, None, None,
            f"fichier trop gros ({size // 1024} Kio, limite {MAX_BYTES // 1024} Kio). "
            "Un fichier de données ne devrait pas dépasser cette taille."))
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise UnreadableYaml(Problem(name, line, None,
            "le fichier n'est pas encodé en UTF-8. Enregistrez-le en UTF-8 "
            "dans votre éditeur (VS Code : « Enregistrer avec l'encodage »).")) from exc


def _value_lines(root: yaml.Node, name: str) -> dict[Location, tuple[int, int]]:
    """Map each value's path to its position; refuse duplicate keys and huge expansions."""
    lines: dict[Location, tuple[int, int]] = {}
    stack: list[tuple[Location, yaml.Node]] = [((), root)]
    visited = 0
    while stack:
        location, node = stack.pop()
        visited += 1
        if visited > MAX_NODES:
            raise UnreadableYaml(Problem(name, None, None,
                f"le document dépasse {MAX_NODES} valeurs une fois les alias (*) développés. "
                "Supprimez les ancres (&) et alias (*) et écrivez les valeurs en entier."))
        lines[location] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, int] = {}
            for key_node, value_node in node.value:
                key = key_node.value
                if key in seen:
                    raise UnreadableYaml(Problem(name, key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        f"la clé « {key} » apparaît deux fois (déjà à la ligne {seen[key]}). "
                        "Gardez une seule des deux."))
                seen[key] = key_node.start_mark.line + 1
                stack.append((location + (key,), value_node))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((location + (i,), item) for i, item in enumerate(node.value))
    return lines
