"""A placeholder of data/strings.yaml that the template showing its text does not give (« {organisaton} », the same
slip in both languages) is said by the check, at its line, as the build would say it (PROGRAMME8 F7: `make check`
said « aucun problème », then the build refused it).

What each text may name is read from the templates' own calls, `t("key", name=…)`: the names every text knows
(pcv.data.models.SiteData.names) and the values the calls of that text give ({count}…). A text no template calls by
its name (one chosen by an expression, or shown by the code) is left to the build, which says the same; the share
image's texts are checked by pcv/checks/share_text.py, which draws them."""

from __future__ import annotations

import functools
from pathlib import Path
from string import Formatter

import jinja2
from jinja2 import nodes

from pcv.data.models import LANGUAGES, SiteData
from pcv.data.string_keys import singular_key
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.problems import Problem

SHARE_TEXTS = ("home.hero.label", "share.image.alt")  # drawn, and checked, by the share image


@functools.cache
def template_values(overrides: Path) -> dict[str, frozenset[str]]:
    """The values each text's calls give, by the text's name, from the templates under `overrides`."""
    env = jinja2.Environment(extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
    given: dict[str, set[str]] = {}
    for path in sorted(p for p in overrides.rglob("*.html") if p.is_file()):  # (any other: pcv/checks/files.py)
        for call in env.parse(path.read_text(encoding="utf-8")).find_all(nodes.Call):
            if isinstance(call.node, nodes.Name) and call.node.name == "t" and call.args:
                first = call.args[0]
                keys = [first] if isinstance(first, nodes.Const) else [first.expr1, first.expr2] \
                    if isinstance(first, nodes.CondExpr) else []
                for key in (key.value for key in keys if isinstance(key, nodes.Const)):
                    given.setdefault(key, set()).update(kw.key for kw in call.kwargs)
    return {key: frozenset(values) for key, values in given.items()}


def placeholder_problems(root: Path, overrides: Path, data: SiteData) -> list[Problem]:
    """A problem at each text of `root`'s data/strings.yaml naming a placeholder that its templates' calls (under
    `overrides`) do not give."""
    path = root / "data" / "strings.yaml"
    if not path.exists():
        return []
    try:
        document = read_yaml(path, "data/strings.yaml")
    except UnreadableYaml:
        return []  # said by the data's check
    given = template_values(overrides)
    plural = {singular_key(key): key for key in given}
    problems = []
    for key, text in document.data.items() if isinstance(document.data, dict) else ():
        called = plural.get(key, key)
        if called not in given or called in SHARE_TEXTS or not isinstance(text, dict):
            continue
        known = [*data.names(LANGUAGES[0]), *sorted(given[called], key=lambda name: (name != "count", name))]
        for lang in LANGUAGES:
            value = text.get(lang)
            names = [name for _, name, _, _ in Formatter().parse(value) if name] if isinstance(value, str) else []
            unknown = next((name for name in names if name not in known), None)
            if unknown:
                problems.append(document.problem_at((key, lang), f"le texte « {key} » contient le repère "
                    f"{{{unknown}}}, que le site ne connaît pas à cet endroit. Repères possibles : "
                    f"{', '.join(f'{{{name}}}' for name in known)}. Corrigez-le (en français et en anglais)."))
                break  # the same slip in the other language says the same
    return problems
