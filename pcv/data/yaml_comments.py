"""The comments of a YAML text that the web editor would delete on its next save (it keeps none)."""

from __future__ import annotations

import re

import yaml

COMMENT = ("commentaire (« # … ») : l'éditeur web l'effacerait au premier enregistrement de ce fichier (make "
           "editor-format aussi), car il ne garde pas les commentaires des données ni de l'en-tête des pages. Notez-le "
           "ailleurs (dans le message de votre changement ou la demande de fusion), puis retirez-le.")


def comment_message(text: str, line: int) -> str:
    """What to say of the comment at `line` (1-based) of `text`: a « # » right after a field's « : » is a value
    left unquoted, such as a colour (PROGRAMME12 F2: « colour: #1d4e89 » was told to be deleted), else `COMMENT`."""
    found = _VALUE_AS_COMMENT.match(text.splitlines()[line - 1])
    if not found:
        return COMMENT
    key, value = found.groups()
    return (f"« {value} » après « {key}: » est lu comme un commentaire (« # … »), pas comme une valeur : une valeur qui "
            f"commence par « # » s'écrit entre guillemets. Écrivez « {key}: \"{value}\" ».")


def first_comment(text: str, loader: type[yaml.SafeLoader]) -> int | None:
    """The line (1-based) of the first comment of `text`, a YAML text that parses: a « # » at a line's start or
    after a space, outside every scalar (quoted, plain or block). The text's tokens are read only if it has such a
    « # » (most files have none: the editor keeps none)."""
    signs = [found.start() for found in _COMMENT_SIGN.finditer(text)]
    if not signs:
        return None
    scanner = loader(text)
    try:
        spans = []
        while not isinstance(token := scanner.get_token(), yaml.StreamEndToken):
            if isinstance(token, yaml.ScalarToken):
                spans.append((token.start_mark.index, token.end_mark.index))
    finally:
        scanner.dispose()
    for sign in signs:
        if not any(start <= sign < end for start, end in spans):
            return text.count("\n", 0, sign) + 1
    return None


_COMMENT_SIGN = re.compile(r"(?:^|(?<=[ \t]))#", re.MULTILINE)
_VALUE_AS_COMMENT = re.compile(r"[ \t]*(?:-[ \t]+)?([^\s#:][^:#]*?):[ \t]+(#[^\s\"']+)[ \t]*$")
