"""YAML syntax errors in words a person editing the file can act on, at the line to fix.

PyYAML's English messages name what the parser expected; these name what
the person probably did (a « : » in a text, a bracket left open, quotes
pasted from Word, a line indented one space off) and what to do.
"""

from __future__ import annotations

import re

import yaml

CURLY_QUOTES = "“”‘’«»„"
# A value that starts with « {{ » (a placeholder typed in a header or the data), which YAML reads as braces.
PLACEHOLDER_VALUE = ("une valeur qui commence par « {{ » s'écrit entre apostrophes droites, le YAML lisant sinon les "
                     "accolades comme une liste de champs : title: '{{ \"2030\" }}, la suite'. Un chiffre des données "
                     "({{ targets.… }}) ne s'affiche que dans le texte d'une page, pas dans son en-tête ni dans les "
                     "données : écrivez-le là")
STANDARD_TAG = "tag:yaml.org,2002:"  # written !!: !!binary, !!bool, !!timestamp…
EXPLICIT_TAG = "explicit standard tag"  # the problem DataLoader raises for one of them


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


def explained(error: yaml.MarkedYAMLError, text: str | None = None, first_line: int = 1
              ) -> tuple[int | None, int | None, str]:
    """(line, column, advice): a YAML syntax error explained in French, at the line to fix. With the
    `text` parsed (whose first line is line `first_line` of the file), pasted quotes, brackets left
    open and indentation slips are named."""
    detail = " ; ".join(part for part in (error.context, error.problem) if part)
    mark = error.problem_mark or error.context_mark
    advice = next((hint for words, hint in _SYNTAX_HINTS if words in detail),
                  "syntaxe YAML invalide. Vérifiez l'indentation, les deux-points et les guillemets.")
    if "'\\t' that cannot start any token" in (error.problem or ""):
        advice = ("tabulation (souvent collée depuis un traitement de texte) : le YAML n'accepte ici que des espaces. "
                  "Remplacez-la par une espace.")
    if (error.problem or "").startswith(EXPLICIT_TAG):
        tag = error.problem[len(EXPLICIT_TAG) + 1:]
        advice = (f"l'étiquette « {tag[:40]} » n'est pas acceptée dans ce fichier : elle ferait lire la valeur autrement "
                  "qu'elle n'est écrite. Retirez-la ; si la valeur est un texte, mettez-la entre guillemets droits (\"…\").")
    if unknown := re.search(r"could not determine a constructor for the tag '(![^']{0,40})", detail):
        advice = (f"étiquette « {unknown.group(1)} » inconnue ici (« !ENV » et « !relative » ne servent qu'à MkDocs, "
                  "pas aux données). Retirez-la ; un texte qui commence par « ! » s'écrit entre guillemets droits (\"…\").")
    if error.context and "quoted scalar" in error.context:
        advice = "guillemet ouvert ici et jamais fermé. Ajoutez le guillemet qui ferme le texte."
    if error.context_mark and re.search(r"quoted scalar|an alias|an anchor", error.context or ""):
        mark = error.context_mark  # where the text that needs its quotes starts
    bracket = re.search(r"flow (sequence|mapping|node)", error.context or "")
    if bracket and text is not None and "stream end" in (error.problem or ""):
        mark = _last_bracket(text) or mark  # where the bracket that is never closed opens
    if bracket and mark:
        opening = text.splitlines()[mark.line][mark.column:mark.column + 1] if text and mark.line < len(
            text.splitlines()) else "["
        opening, closing = ("{", "}") if opening == "{" or bracket.group(1) == "mapping" else ("[", "]")
        advice = (f"« {opening} » ouvert ici et jamais fermé (ou fermé après une virgule ou un « : » de trop). "
                  f"Fermez la liste par « {closing} » sur la même ligne ; si « {opening} » fait partie d'un texte, "
                  "mettez tout le texte entre guillemets droits (\"…\").")
    if bracket and mark and "expected ','" in (error.problem or "") and "stream end" not in (error.problem or ""):
        opening, closing = ("{", "}") if bracket.group(1) == "mapping" else ("[", "]")
        advice = _unclosed_before_key(text, mark) or (
                  f"entre « {opening} {closing} », un texte qui contient « ? », « : », « , » ou « # » doit être entre "
                  f"guillemets droits, par exemple {{fr: \"Un titre ?\", en: \"A title?\"}} ; ou écrivez chaque langue "
                  "sur sa ligne, sans accolades.")
    elif mark and text is not None and "quoted scalar" not in (error.context or ""):
        lines = text.splitlines()
        advice = (_placeholder_value(lines, mark.line) or _pasted_quotes(lines, mark.line)
                  or _apostrophe_in_quotes(lines, mark.line) or _quoted_start(lines, mark.line)
                  or _indentation_slip(lines, mark.line, first_line) or advice)
    line = mark.line + first_line if mark else None
    return line, mark.column + 1 if mark else None, advice


def _unclosed_before_key(text: str | None, mark: yaml.Mark) -> str | None:
    """A quoted text, just before `mark`, that ran on past the next field (« {fr: "Un titre ?, en: "A title"} »: the
    quote after « ? » forgotten, the text ends at the quote of « en: ») (PROGRAMME10 F7: the advice was to put the
    text between quotes, which it already was)."""
    lines = (text or "").splitlines()
    before = lines[mark.line][:mark.column] if mark.line < len(lines) else ""
    quoted = re.search(r'"([^"\\]*),\s*([A-Za-z_][\w-]*):\s*"\s*$', before)
    if not quoted:
        return None
    typed = quoted.group(1).strip()
    typed = typed if len(typed) <= 40 else "…" + typed[-40:].split(" ", 1)[-1]
    return (f"le guillemet ouvert à la colonne {before.rfind(quoted.group(0)) + 1} n'est jamais fermé avant « , "
            f"{quoted.group(2)}: » : le texte va jusqu'au guillemet qui ouvre celui de « {quoted.group(2)} », et la "
            f"suite ne se lit plus. Ajoutez le guillemet qui ferme le texte juste avant la virgule : "
            f"\"{typed}\", {quoted.group(2)}: \"…\".")


def _last_bracket(text: str) -> yaml.Mark | None:
    """Where the last « [ » or « { » of `text` is (the one a file cut short left open)."""
    lines = text.splitlines()
    for index in range(len(lines) - 1, -1, -1):
        found = max(lines[index].split(" #")[0].rfind("["), lines[index].split(" #")[0].rfind("{"))
        if found >= 0:
            return yaml.Mark("", 0, index, found, None, None)
    return None


def _pasted_quotes(lines: list[str], index: int) -> str | None:
    """Typographic quotes around a text on line `index` (0-based): YAML does not see them as quotes."""
    value = lines[index].split(":", 1)[-1].strip() if index < len(lines) else ""
    if value and value[0] in CURLY_QUOTES:
        return (f"ce texte commence par le guillemet typographique « {value[0]} », que le YAML ne lit pas comme "
                "un guillemet (il vient souvent d'un copier-coller depuis Word). Entourez le texte de guillemets "
                "droits (\"…\") à la place ; les « » et “ ” à l'intérieur du texte restent permis.")
    return None


def _placeholder_value(lines: list[str], index: int) -> str | None:
    """A value on line `index` (0-based) that starts with « {{ », unquoted (red team 19: « title: {{ "2030" }}, … » was
    told to check its indentation)."""
    value = lines[index].split(":", 1)[-1].strip() if index < len(lines) else ""
    return PLACEHOLDER_VALUE + "." if value.startswith("{{") else None


def _apostrophe_in_quotes(lines: list[str], index: int) -> str | None:
    """A text between straight apostrophes ('…') on line `index` (0-based) holding one more: YAML ends the text
    there (« 'l'éditeur' », PROGRAMME9 F8: told only that the line did not follow the structure)."""
    value = lines[index].split(":", 1)[-1].strip() if index < len(lines) else ""
    if value.startswith("'") and re.search(r"\w'\w", value):
        return ("ce texte est entre apostrophes droites ('…') et en contient une autre, où le YAML croit que le texte "
                "finit. Entourez-le de guillemets droits (\"…\") à la place, ou écrivez l'apostrophe deux fois ('').")
    return None


def _quoted_start(lines: list[str], index: int) -> str | None:
    """A value on line `index` (0-based) that starts with words between straight quotes, then goes on (« title: "Nos"
    partenaires »: YAML reads the quoted words as the whole value; STAFF12 M-e: told to check its indentation)."""
    key, _, value = lines[index].partition(":") if index < len(lines) else ("", "", "")
    quoted = re.match(r"""(["'])([^"']+)\1\s*\S""", value.strip())
    if not quoted:
        return None
    fixed = f"{key.strip()}: « {quoted.group(2)} »{value.strip()[len(quoted.group(2)) + 2:]}"
    marks = "guillemets droits" if quoted.group(1) == '"' else "apostrophes droites"
    return (f"ce texte commence par « {quoted.group(0)[:-1].strip()} », entre {marks} : le YAML lit ce qui est entre "
            "eux comme toute la valeur, et ne sait que faire de la suite. Pour citer, utilisez « … » en français et "
            f"“…” en anglais : {fixed}")


def _indentation_slip(lines: list[str], index: int, first_line: int) -> str | None:
    """Line `index` (0-based) is indented at no level open above it: neither a sibling of an earlier
    line nor the child of the line just above. Names the nearest line to align under."""
    if index >= len(lines) or not lines[index].strip():
        return None
    indent = _indent(lines[index])
    levels: list[tuple[int, int]] = []  # (indentation, line index) of the lines it may align with
    for above in range(index - 1, -1, -1):
        stripped = lines[above].strip()
        if stripped and not stripped.startswith("#") and (not levels or _indent(lines[above]) < levels[-1][0]):
            if stripped.startswith("- ") and (not levels or _indent(lines[above]) + 2 < levels[-1][0]):
                levels.append((_indent(lines[above]) + 2, above))  # the fields of a list item, after « - »
            levels.append((_indent(lines[above]), above))
    if not levels or any(level == indent for level, _ in levels):
        return None
    nearest, nearest_line = levels[0]
    if indent > nearest and lines[nearest_line].rstrip().endswith(":"):
        return None  # the child of the line above
    if lines[index].lstrip().startswith("- "):
        dash = _dash_slip(lines, index, indent, levels, first_line)
        if dash:
            return dash
    level, above = min(levels, key=lambda lv: abs(lv[0] - indent))
    return (f"retrait décalé : cette ligne commence par {_spaces(indent)}, ce qui ne l'aligne sur aucune ligne "
            f"au-dessus. Alignez son début exactement sous celui de la ligne {above + first_line} "
            f"({_spaces(level)}), ou sous le niveau que vous vouliez : en YAML, le retrait dit à quoi une ligne "
            "appartient.")


def _dash_slip(lines: list[str], index: int, indent: int, levels: list[tuple[int, int]], first_line: int) -> str | None:
    """A list item (« - … ») out of line: it aligns its « - » under another item's, the one just below it when there
    is one (staff play-test 7 F7: the line named was the menu's « - Où nous travaillons: », whose text starts two
    spaces after its « - »; 4 spaces, as said, made another error: 2 were needed, as on the line below)."""
    dashes = [(level, line) for level, line in levels
              if _indent(lines[line]) == level and lines[line].lstrip().startswith("- ")]
    if not dashes:
        return None
    level, named = min(dashes, key=lambda lv: abs(lv[0] - indent))
    for below in range(index + 1, len(lines)):
        stripped = lines[below].strip()
        if not stripped or stripped.startswith("#"):
            continue
        if _indent(lines[below]) < level:
            break
        if _indent(lines[below]) == level and stripped.startswith("- "):
            named = below
            break
    return (f"retrait décalé : le « - » de cette ligne vient après {_spaces(indent)}, ce qui ne l'aligne sur aucun "
            f"élément de la liste. Mettez son « - » exactement sous celui de la ligne {named + first_line} "
            f"({_spaces(level)} avant le « - »), ou sous celui du niveau que vous vouliez : en YAML, le retrait dit à "
            "quoi une ligne appartient.")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _spaces(count: int) -> str:
    return f"{count} espace{'s' * (count > 1)}" if count else "aucune espace"
