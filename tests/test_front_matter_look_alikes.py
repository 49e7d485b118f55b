"""A front-matter key or value that only looks like the one expected (a Cyrillic or Ukrainian letter typed with a
Russian keyboard) is refused once, at its line, naming the sign (red team 12 M2: `role: contаct` got two messages
offering « contact », `titіe:` was also told missing, and none named the sign). Each key, and each value that has
an expected form, is tried on a page of the real project that carries it (or given to one)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pcv.checks.site import all_problems
from pcv.inspection.builds import ROOT, copy_project

LOOK_ALIKES = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "i": "\u0456", "l": "\u0456",
               "B": "\u0412", "C": "\u0421", "T": "\u0422", "M": "\u041c", "K": "\u041a", "N": "\u041d", "x": "\u0445",
               # the other capitals Cyrillic writes alike, so that any programme's country code has one (IS, NO…)
               "A": "\u0410", "E": "\u0415", "H": "\u041d", "I": "\u0406", "J": "\u0408", "O": "\u041e",
               "P": "\u0420", "S": "\u0405", "X": "\u0425", "Y": "\u04ae"}


def _front_matter(page: Path) -> list[str]:
    lines = page.read_text(encoding="utf-8").split("\n")
    return lines[:lines.index("---", 1) + 1]


def _page_with(lang: str, key: str, default: str) -> str:
    """The first page of `lang` whose front matter has `key`, or `default`."""
    found = [page for page in sorted((ROOT / "docs" / lang).rglob("*.md"))
             if any(line.startswith(f"{key}:") for line in _front_matter(page))]
    return str(found[0].relative_to(ROOT)) if found else default


def _look_alike(text: str) -> tuple[str, str]:
    """`text` with its first letter that has a look-alike replaced by it, and the look-alike's code."""
    index = next(i for i, sign in enumerate(text) if sign in LOOK_ALIKES)
    return text[:index] + LOOK_ALIKES[text[index]] + text[index + 1:], f"U+{ord(LOOK_ALIKES[text[index]]):04X}"


def _plain_page() -> str:
    """A French page with no role, that has its English twin (any such page when every one declares a role)."""
    pages = [page for page in sorted((ROOT / "docs" / "fr").rglob("*.md")) if page.name != "index.md"
             and (ROOT / "docs" / "en" / page.relative_to(ROOT / "docs" / "fr")).is_file()]
    plain = [page for page in pages if not any(line.startswith("role:") for line in _front_matter(page))]
    return str((plain or pages)[0].relative_to(ROOT))


def _has_role(name: str) -> bool:
    return any(line.startswith("role:") for line in _front_matter(ROOT / name))


def _first_country() -> str:
    """The first country of data/countries.yaml (a page's country must be one of the programme's) whose code has a
    letter Cyrillic writes alike (PROGRAMME9 F3: « IS » had none in the table, and the test stopped)."""
    codes = re.findall(r"code:\s*([A-Z]{2})", (ROOT / "data" / "countries.yaml").read_text(encoding="utf-8"))
    return next((code for code in codes if any(letter in LOOK_ALIKES for letter in code)), "")


PLAIN = _plain_page()  # not a name of one programme's (make other-programme puts another's pages here)
# (page, front-matter key, its value written if the page has none, whether the key itself is changed)
CASES = [
    (_page_with("fr", "title", PLAIN), "title", None, True),
    (_page_with("fr", "description", PLAIN), "description", None, True),
    (_page_with("fr", "role", PLAIN), "role", "contact", False),
    # country: on a country's page, or on a page without a role (the programme's first country): a page with a role
    # may not carry it (make other-programme's programme may have neither).
    *([(_page_with("fr", "country", PLAIN), "country", _first_country(), False)]
      if _first_country() and (_page_with("fr", "country", "") or not _has_role(PLAIN)) else []),
    (_page_with("en", "translation", PLAIN.replace("/fr/", "/en/")), "translation", "pending", False),
    (_page_with("fr", "slug", PLAIN), "slug", "notre-page", False),
    (_page_with("fr", "template", PLAIN), "template", "programme.html", False),
    ("docs/fr/index.md", "hide", "toc", False),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield copy_project(tmp_path_factory.mktemp("look-alikes") / "project")


def _problems_of(project: Path, name: str) -> list:
    return [problem for problem in all_problems(project) if problem.file == name]


@pytest.mark.parametrize(("name", "key", "default", "in_key"), CASES, ids=[case[1] for case in CASES])
def test_a_look_alike_in_front_matter_is_named_once_at_its_line(project: Path, name: str, key: str, default: str | None,
                                                                in_key: bool) -> None:
    page = project / name
    original = page.read_text(encoding="utf-8")
    lines = original.split("\n")
    number = next((n for n, line in enumerate(lines[:len(_front_matter(page))]) if line.startswith(f"{key}:")), None)
    if number is None:
        lines[1:1] = [f"{key}:", f"  - {default}"] if key == "hide" else [f"{key}: {default}"]
        number = 1
    typed = key if in_key else (lines[number + 1].strip(" -") if key == "hide" else lines[number].split(": ", 1)[1])
    if not any(sign in LOOK_ALIKES for sign in typed):  # a value with no letter to mistype (« translation: "" »)
        lines[number], typed = f"{key}: {default}", default
    changed, code = _look_alike(typed)
    item = number + (key == "hide")  # a list's first item (the message is at its key)
    lines[item] = lines[item].replace(typed, changed, 1)
    page.write_text("\n".join(lines), encoding="utf-8")
    try:
        problems = _problems_of(project, name)
    finally:
        page.write_text(original, encoding="utf-8")
    assert len(problems) == 1, problems
    assert problems[0].line == number + 1 and code in problems[0].message, problems[0]


def test_a_look_alike_page_named_in_menu_after_is_named(project: Path) -> None:
    """A page the menu does not list asks for its place after a page whose name holds a look-alike."""
    listed = _page_with("fr", "title", PLAIN).split("/", 2)[2]
    changed, code = _look_alike(listed)
    for lang in ("fr", "en"):
        (project / "docs" / lang / "essai-de-place.md").write_text(
            f"---\ntitle: Essai\ndescription: Une page d'essai.\nmenu_after: {changed if lang == 'fr' else listed}\n"
            "---\n\n# Essai\n\nUn texte.\n", encoding="utf-8")
    try:
        problems = _problems_of(project, "docs/fr/essai-de-place.md")
    finally:
        for lang in ("fr", "en"):
            (project / "docs" / lang / "essai-de-place.md").unlink()
    assert [(problem.line, code in problem.message) for problem in problems] == [(4, True)], problems
