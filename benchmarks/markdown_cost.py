"""Print how long Python-Markdown (with the site's extensions) takes over the page shapes whose cost grows
with the square of their size, at the bounds pcv/pages/markdown.py sets and beyond, and that a page at
the bounds is refused (or read) in about a second.

    .venv/bin/python benchmarks/markdown_cost.py
"""

from __future__ import annotations

import time

import markdown

from pcv.pages.markdown import MAX_BYTES, MAX_COUNTS, MAX_DEPTH, MAX_HEADINGS, MAX_LINES, MAX_STARTS, shape_problem

EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list", "admonition"]
SHAPES = {
    "headings, no blank line": lambda n: "\n".join(f"# Titre {i}" for i in range(n)),
    "rules, no blank line": lambda n: "\n".join("texte" if i % 2 else "***" for i in range(n)),
    "setext underlines": lambda n: "\n".join("Titre" if i % 2 == 0 else "=====" for i in range(n)),
    "headings, blank lines": lambda n: "\n\n".join(f"# Titre {i}" for i in range(n)),
    "unclosed <": lambda n: "x < y " * n,
    "unmatched [": lambda n: "[x " * n,
    "code spans (one line each)": lambda n: "\n\n".join("`a``b" for _ in range(n)),
    "entities, one paragraph": lambda n: "&#x41; " * n,
    "escapes, one paragraph": lambda n: "\\. " * n,
    "quote: text, underline": lambda n: "> a\n> ---\n" * (n // 2),
    "list item, rule": lambda n: "- a\n- ---\n" * (n // 2),
    "quote in list, ever deeper": lambda n: "\n".join("> - " * depth for depth in range(1, n // 20)),
    "table cells": lambda n: "a|b\n-|-\n" + "c|d\n" * n,
    "list items": lambda n: "- x\n" * n,
}
# At the bounds: the costliest shapes a page may have (each accepted by shape_problem).
AT_BOUNDS = {
    f"{MAX_LINES} lines, each {MAX_DEPTH} columns deep in quotes and lists":
        ("> - " * (MAX_DEPTH // 4 - 1) + "> x\n") * (MAX_LINES - 1),
    f"{MAX_COUNTS['|']} table cells": "a|b\n-|-\n" + "c|d\n" * (MAX_COUNTS["|"] - 2),
    f"{MAX_STARTS} underlines per block in quotes": ((("> a\n> ---\n" * (MAX_STARTS // 2)) + "\n") * 5),
}


def seconds(text: str) -> float:
    """CPU seconds (the machine may be busy with other work)."""
    start = time.process_time()
    markdown.markdown(text, extensions=EXTENSIONS)
    return time.process_time() - start


def main() -> None:
    print(f"Bounds: {MAX_STARTS} headings/rules per block, {MAX_HEADINGS} headings and {MAX_COUNTS} per page, "
          f"{MAX_BYTES // 1024} KiB per page")
    for name, make in SHAPES.items():
        figures = []
        for n in (MAX_STARTS, 1000, 2000, 4000):
            figures.append(f"{n}: {seconds(make(n)):.2f} s")
        print(f"{name:26} " + ", ".join(figures))
    print(f"Bounds: {MAX_LINES} lines, {MAX_DEPTH} columns of quotes, list marks and indentation per line")
    for name, text in AT_BOUNDS.items():
        assert shape_problem(text, "docs/fr/x.md") is None, name
        print(f"at the bounds, {name}: {seconds(text):.2f} s")
    worst = "\n".join(f"# Titre {i}" for i in range(40_000))
    start = time.perf_counter()
    problem = shape_problem(worst, "docs/fr/x.md")
    print(f"40,000 heading lines ({len(worst.encode()) // 1024} KiB) refused in "
          f"{time.perf_counter() - start:.3f} s: {problem.message[:60]}…")
    spaced = "\n\n".join(f"# Titre {i}" for i in range(40_000))
    print(f"40,000 headings with blank lines ({len(spaced.encode()) // 1024} KiB): Markdown {seconds(spaced):.1f} s, "
          f"refused: {shape_problem(spaced, 'docs/fr/x.md').message[:40]}… (the search index's walk of the table "
          "of contents is quadratic: a whole build took 3.3 s with 2,000 headings, 16.7 s with 4,000)")


if __name__ == "__main__":
    main()
