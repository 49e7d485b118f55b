"""How YAML is read: the YAML 1.2 core schema, stricter, and the values a person would read otherwise.

PyYAML reads YAML 1.1, where `015000` is octal (6656), `1:30` is 90 and
`no`, `on`, `y` are booleans (`NO`, Norway's code, becomes false). Our
loaders resolve plain values by the YAML 1.2 core schema instead: only
`true`/`false` are booleans, only decimal numbers are numbers, `~`, `null`
and nothing are empty; everything else stays the text typed.

Two things are still read differently from what a person sees, and are
refused with the line to fix (`reading_problems`): a ` #` inside an unquoted
text (the rest of the line becomes a comment and disappears) and a number
written with a leading zero. Front matter and mkdocs.yml are also read by
MkDocs with YAML 1.1: there, a value the two versions read differently is
refused too (`by_both=True`), so that what we check is what MkDocs uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from pcv.invisible_signs import INVISIBLE

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
# Python turns at most 4,300 digits into a number (PyYAML then raises ValueError); the longest figure is 12.
MAX_DIGITS = 100
CORE_RESOLVERS = (  # YAML 1.2.2, 10.3.2 (without .inf and .nan, and no octal or hexadecimal)
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$",
     "-+.0123456789"),
)
CONTROL = INVISIBLE  # (pcv/invisible_signs.py: tab, line feed and carriage return aside)
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+(?:\.[0-9]*)?")
_COMMENT_AFTER = re.compile(r"[ \t]+#")
_KINDS = {"tag:yaml.org,2002:bool": "une valeur oui/non", "tag:yaml.org,2002:int": "un nombre",
          "tag:yaml.org,2002:float": "un nombre", "tag:yaml.org,2002:null": "une valeur vide",
          "tag:yaml.org,2002:timestamp": "une date", "tag:yaml.org,2002:merge": "une fusion (<<)",
          "tag:yaml.org,2002:value": "une valeur (=)", STR: "un texte"}


def use_core_schema(loader: type[yaml.SafeLoader]) -> None:
    """Make `loader` (a subclass of SafeLoader) resolve plain values by `CORE_RESOLVERS` only."""
    loader.yaml_implicit_resolvers = {}
    for tag, pattern, first in CORE_RESOLVERS:
        loader.add_implicit_resolver(tag, re.compile(pattern), list(first) + ([""] if "~" in first else []))


def implicit_tag(loader: type[yaml.SafeLoader], value: str) -> str:
    """The tag `loader` gives the plain (unquoted) value `value`."""
    resolvers = loader.yaml_implicit_resolvers.get(value[:1] if value else "", [])
    resolvers = resolvers + loader.yaml_implicit_resolvers.get(None, [])
    return next((tag for tag, regexp in resolvers if regexp.match(value)), STR)


def reading_problems(root: yaml.Node, lines: list[str], by_both: bool = False) -> Iterator[tuple[int, int, str]]:
    """(line, column, message), 0-based, for each plain value of the document `root` (whose text is `lines`) that a
    person would read differently from the parser; with `by_both`, also each one that YAML 1.1
    (MkDocs' reader) would read differently from YAML 1.2 (ours)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.ScalarNode) and (control := CONTROL.search(node.value)):
            # (typed as such, the file's check refuses it first: here, written as an escape, "\u202e" or "\e")
            yield node.start_mark.line, node.start_mark.column, (
                f"ce texte entre guillemets contient le caractère de contrôle invisible U+{ord(control.group()):04X}, "
                "écrit avec « \\ » (un échappement). Retirez-le : il ne s'affiche pas, ou change l'ordre du texte "
                "autour.")
        elif isinstance(node, yaml.ScalarNode) and node.style in ('"', "'"):
            yield from _quote_left_open(node, lines)
        elif isinstance(node, yaml.ScalarNode) and node.style is None and node.tag.startswith("tag:yaml.org"):
            yield from _scalar_problems(node, lines, by_both)


_KEY_LINE = re.compile(r"( *)(- +)?[a-z_][a-z0-9_]*:( |$)")  # a field of the file, as the data's keys are written


def _quote_left_open(node: yaml.ScalarNode, lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """A text in quotes that runs over the next fields of the file: its closing quote was forgotten, and the quote that
    closes it is a later text's opening one (staff play-test 7 F5: « fr: "Amplifier… » read to line 126's
    « colour: " », one text of 2,937 signs, and five fields said missing). A text in quotes the editor wraps goes on
    on lines set deeper than its own: a line at its own depth or less, written as a field, is not one of its lines."""
    start, end = node.start_mark, node.end_mark
    depth = re.match(r" *(- +)?", lines[start.line]).end()  # where the field's name starts, in a list item too
    swallowed = next((number for number in range(start.line + 1, min(end.line + 1, len(lines)))
                      if (key := _KEY_LINE.match(lines[number])) and len(key.group(1) + (key.group(2) or "")) <= depth),
                     None)
    if swallowed is not None:
        quote = node.style
        yield start.line, start.column, (
            f"guillemet ouvert ici et jamais fermé sur sa ligne : le texte court jusqu'au guillemet {quote} de la ligne "
            f"{end.line + 1}, et les lignes entre les deux (la ligne {swallowed + 1} « {lines[swallowed].strip()[:40]} » "
            f"et les suivantes) sont lues comme du texte, d'où les champs qui paraissent manquer. Ajoutez le guillemet "
            f"{quote} qui ferme le texte à la fin de la ligne {start.line + 1}.")


def _scalar_problems(node: yaml.ScalarNode, lines: list[str], by_both: bool) -> Iterator[tuple[int, int, str]]:
    end = node.end_mark
    rest = lines[end.line][end.column:] if end.line < len(lines) else ""
    shown = node.value if len(node.value) <= 40 else node.value[:37] + "…"
    start = node.start_mark.line, node.start_mark.column
    read_as = {node.tag, implicit_tag(yaml.SafeLoader, node.value) if by_both else node.tag}
    if INT in read_as and len(digits := re.sub(r"\D", "", node.value)) > MAX_DIGITS:
        yield *start, (f"« {shown} » est un nombre de {len(digits)} chiffres : aucun chiffre du site n'est aussi "
                       "long, et le lire arrêterait la construction. Si c'est un texte (un numéro, une référence), "
                       "mettez-le entre guillemets droits (\"…\") ; sinon, corrigez le nombre.")
    elif node.tag == STR and (comment := _COMMENT_AFTER.match(rest)):
        yield end.line, end.column + comment.end() - 1, (f"« #{rest.split('#', 1)[1].rstrip()[:40]} » suit ici un texte sans guillemets : le YAML lit "
                     "« # » après une espace comme le début d'un commentaire, et la fin de la ligne disparaîtrait. "
                     "Si elle fait partie du texte, mettez tout le texte entre guillemets droits (\"…\") ; si c'est "
                     "un commentaire, placez-le sur sa propre ligne.")
    elif _LEADING_ZERO.fullmatch(node.value):
        yield *start, (f"« {shown} » commence par un zéro : selon les logiciels, il serait lu comme un autre nombre "
                     f"(en octal, {node.value} peut devenir {_octal(node.value)}). Si c'est un nombre, écrivez-le "
                     "sans le zéro du début ; si c'est un code ou un numéro, mettez-le entre guillemets droits (\"…\").")
    elif by_both and node.tag in _KINDS and (old := implicit_tag(yaml.SafeLoader, node.value)) != node.tag:
        # (an explicit tag, !!binary or !!python/name:…, is no reading of a plain value: the constructor refuses it)
        yield *start, (f"« {shown} » est lu comme {_KINDS.get(old, old)} par MkDocs et comme {_KINDS[node.tag]} "
                     "par nos vérifications. Si c'est un texte, mettez-le entre guillemets droits (\"…\") ; pour "
                     "oui/non, écrivez true ou false.")


def _octal(value: str) -> str:
    try:
        return str(int(value.split(".")[0].lstrip("+-") or "0", 8))
    except ValueError:
        return "un autre nombre"
