"""Nothing our templates write is removed silently: what the sanitiser would take out of a page that its
templates wrote stops the build, with a French message naming the template.

`markup` counts each element and each (element, attribute) of a page; the build notes the count of each page
as its templates and our steps left it (before any other plugin or hook changes it), and compares it with the
sanitised page (pcv/build/html_steps.py). A page's own Markdown was checked before (pcv/checks/page_html.py),
and what a later hook adds is not the templates': the sanitiser removes that without a word.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from pathlib import Path

from pcv.problems import Problem
from pcv.safety.raw_text import raw_elements
from pcv.safety.tag_lines import START, matches_in_line

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_START_TAG = re.compile(r"""<([a-zA-Z][\w:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>""")  # quoted ">" is text
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")


def markup(html: str, memo: dict | None = None) -> Counter[tuple[str, str]]:
    """Each element's tag ("tag", "") and each ("tag", attribute name) of `html`, counted; not an empty
    tabindex (Material's "not focusable", which the sanitiser drops on purpose: it is not valid HTML).
    `memo` keeps what each line holds (pages share most of theirs: a build passes one for all; pcv/safety/tag_lines.py)."""
    memo = {} if memo is None else memo
    text = _COMMENT.sub("", _without_raw_text(html))
    found: list[tuple[tuple[str, str], ...]] = []
    for line in text.split("\n"):
        pairs = memo.get(line)
        if pairs is None:
            matches = matches_in_line(_START_TAG, START, line)
            if matches is None:  # a tag over two lines: the whole page read at once
                return Counter(chain.from_iterable(_pairs(*start_tag) for start_tag in _START_TAG.findall(text)))
            pairs = memo[line] = tuple(chain.from_iterable(_pairs(*match.groups()) for match in matches))
        found.append(pairs)
    return Counter(chain.from_iterable(found))


def _without_raw_text(html: str) -> str:
    """`html` with the text and end tag of each script and style element left out ("<" inside is text)."""
    parts, position = [], 0
    for element in raw_elements(html):
        parts.append(html[position:element.content])
        position = element.after
    parts.append(html[position:])
    return "".join(parts)


def _pairs(tag: str, attributes: str) -> tuple[tuple[str, str], ...]:
    tag = tag.lower()
    return ((tag, ""), *((tag, name.lower()) for name, value in _ATTRIBUTE.findall(attributes)
                         if name.lower() != "tabindex" or value.strip("\"' ")))


def removal_problem(lost: Counter[tuple[str, str]], template: str, custom_dir: Path, root: Path, page: str) -> Problem:
    """The problem that stops the build when the sanitiser would remove `lost` from what `template` wrote."""
    own = custom_dir / template
    name = own.relative_to(root).as_posix() if own.is_file() and own.is_relative_to(root) else f"{template} (Material)"
    what = ", ".join(f"<{tag}>" if not attribute else f"l'attribut {attribute} de <{tag}>" for tag, attribute in sorted(lost))
    return Problem(name, None, None,
                   f"ce modèle (ou un modèle qu'il inclut) écrit dans la page {page} ce que le nettoyage de sortie "
                   f"retirerait : {what}. Rien n'est retiré sans le dire. Si vous venez de changer un texte des "
                   "données (data/) ou de mkdocs.yml, c'est lui : écrivez-le sans « < » ni « > ». Sinon, retirez-le "
                   "du modèle ; n'ajoutez à la liste de ce qui est permis (pcv/safety/allowlist.py) qu'après une "
                   "relecture de sécurité : elle protège chaque page.")
