"""The report of what stops a build: every problem, one per line, in French, and what to do then.

`Problem` itself (file, line, column, message) is defined with the YAML reader, which places it; every stage
raises `ProblemsFound` with the problems it found, and MkDocs prints the report and exits 1, with no traceback.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from pcv.data.yaml_source import Problem


class ProblemsFound(PluginError):
    """The build stops on these problems (MkDocs prints the report and exits 1, with no traceback)."""

    def __init__(self, problems: tuple[Problem, ...]):
        self.problems = problems
        super().__init__(problems_report(problems))


def problems_report(problems: tuple[Problem, ...], then: str = "relancez la construction") -> str:
    """The message that stops the build: every problem, one per line, and what to do `then`."""
    count = f"{len(problems)} problème{'s' if len(problems) > 1 else ''}"
    lines = "\n".join(f"- {problem}" for problem in problems)
    return (f"La construction est arrêtée : {count} à corriger. Rien n'a été publié et le site "
            f"déjà construit n'a pas changé.\n{lines}\nCorrigez, puis {then}.")
