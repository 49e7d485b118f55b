"""The slips people make in a text file, as pure functions (the fuzzer's edits, tests/test_fuzz_slips.py).

A `Slip` says what happens and where, as fractions of the file, so that any
slip applies to any file and a failing one can be written down as an example.
"""

from __future__ import annotations

from dataclasses import dataclass

CHARACTERS = (":", "[", "]", "{", "}", '"', "'", "#", "-", "|", ">", "&", "*", "!", "\t", " ")
KINDS = ("delete_char", "insert_char", "delete_line", "duplicate_line", "join_lines", "split_line",
         "indent_more", "indent_less", "curly_quote", "paste", "cut_short", "open_front_matter")
CURLY = {'"': "“", "'": "’"}


@dataclass(frozen=True)
class Slip:
    kind: str  # one of KINDS
    at: float  # where, as a fraction of the file (0 ≤ at < 1)
    char: str = ":"  # the character deleted or inserted, one of CHARACTERS
    amount: int = 1  # spaces of indentation, lines pasted (1 to 3)

    def __str__(self) -> str:
        return f"Slip({self.kind!r}, {self.at!r}, {self.char!r}, {self.amount})"


def apply(slip: Slip, text: str, other: str = "") -> str:
    """`text` with `slip` made in it; `other` is the file a paste comes from."""
    lines = text.split("\n")
    line = min(int(slip.at * len(lines)), len(lines) - 1)
    position = min(int(slip.at * len(text)), len(text))
    if slip.kind == "delete_char":
        found = [i for i, c in enumerate(text) if c == slip.char]
        index = found[min(int(slip.at * len(found)), len(found) - 1)] if found else position
        return text[:index] + text[index + 1:]
    if slip.kind == "insert_char":
        return text[:position] + slip.char + text[position:]
    if slip.kind == "delete_line":
        return "\n".join(lines[:line] + lines[line + 1:])
    if slip.kind == "duplicate_line":
        return "\n".join(lines[:line + 1] + lines[line:])
    if slip.kind == "join_lines":
        return "\n".join(lines[:line] + [" ".join(lines[line:line + 2])] + lines[line + 2:])
    if slip.kind == "split_line":
        return text[:position] + "\n" + text[position:]
    if slip.kind == "indent_more":
        return "\n".join(lines[:line] + [" " * slip.amount + lines[line]] + lines[line + 1:])
    if slip.kind == "indent_less":
        removed = lines[line][:slip.amount].lstrip(" ") + lines[line][slip.amount:]
        return "\n".join(lines[:line] + [removed] + lines[line + 1:])
    if slip.kind == "curly_quote":
        found = [i for i, c in enumerate(text) if c in CURLY]
        if not found:
            return text
        index = found[min(int(slip.at * len(found)), len(found) - 1)]
        return text[:index] + CURLY[text[index]] + text[index + 1:]
    if slip.kind == "paste":
        pasted = other.split("\n")
        start = min(int(slip.at * len(pasted)), max(len(pasted) - slip.amount, 0))
        return "\n".join(lines[:line] + pasted[start:start + slip.amount] + lines[line:])
    if slip.kind == "cut_short":
        return text[:position]
    if slip.kind == "open_front_matter":
        if text.startswith("---\n") and "\n---" in text[3:]:
            end = text.index("\n---", 3)
            return text[:end] + text[end + 4:]
        return text[:position]
    raise ValueError(f"unknown slip {slip.kind}")
