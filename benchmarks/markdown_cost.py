"""Print how long Python-Markdown (with the site's extensions) takes over the page shapes whose cost grows
with the square of their size, at the bounds pcv/pages/markdown.py sets and beyond, and that a page at
the bounds is refused (or read) in about a second.

    .venv/bin/python benchmarks/markdown_cost.py
"""

from __future__ import annotations

import time

import markdown

from pcv.pages.markdown import MAX_BYTES, MAX_COUNTS, MAX_HEADINGS, MAX_STARTS, shape_problem

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
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    markdown.markdown(text, extensions=EXTENSIONS)
    return time.perf_counter() - start


def main() -> None:
    print(f"Bounds: {MAX_STARTS} headings/rules per block, {MAX_HEADINGS} headings and {MAX_COUNTS} per page, "
          f"{MAX_BYTES // 1024} KiB per page")
    for name, make in SHAPES.items():
        figures = []
        for n in (MAX_STARTS, 1000, 2000, 4000):
            figures.append(f"{n}: {seconds(make(n)):.2f} s")
        print(f"{name:26} " + ", ".join(figures))
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
