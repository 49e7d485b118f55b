"""A page's `template:` is its role's template, if its role has one, and a role's template is on no other page (red
team 16 F7: `template: home.html` on the contact page, which `make check` accepted, dropped its « #signaler » section,
and the build blamed the 15 pages whose footer links there, never the template line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from programme_facts import FICTIF
from project_edits import edit, place_previous_site, publish, reported_problems, tree_digest

from pcv.checks.page_set import template_problems
from pcv.inspection.builds import assemble_programme
from pcv.pages.markdown import read_pages
from pcv.pages.roles import CALL_TEMPLATE, TEMPLATES

pytestmark = pytest.mark.engine_only  # builds a fixture programme

CONTACT, PROGRAMME = FICTIF.page_with_role("contact"), FICTIF.page_with_role("programme")
PLAIN = "aspirations.md"  # a page with no role
PAGE_TEMPLATES = sorted({*TEMPLATES.values(), CALL_TEMPLATE, "aspirations.html"})


def _problems(tmp_path: Path, page: str, template: str) -> list[str]:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    file = project / "docs" / "fr" / page
    text = file.read_text(encoding="utf-8")
    lines = [line for line in text.split("\n")[1:] if not line.startswith("template:")]
    file.write_text("---\n" + f"template: {template}\n" + "\n".join(lines), encoding="utf-8")
    pages = read_pages(project / "docs")[0]
    return [str(p) for p in template_problems(pages, set(PAGE_TEMPLATES), PAGE_TEMPLATES, FICTIF.data)]


@pytest.mark.parametrize(("page", "template", "said"), [
    (CONTACT, "home.html", "n'est pas celui de cette page"),  # c45
    (CONTACT, "open-data.html", "n'est pas celui de cette page"),  # c46
    (CONTACT, "partners.html", "n'est pas celui de cette page"),  # c47
    (CONTACT, "aspirations.html", "n'est pas celui de cette page"),  # a free template: the contact cards lost too
    (PROGRAMME, CALL_TEMPLATE, "n'est pas celui de cette page"),
    (PLAIN, "home.html", "est celui d'une autre page, la page d'accueil"),
    (PLAIN, "contact.html", "est celui d'une autre page, la page pour joindre l'équipe"),
    (PLAIN, CALL_TEMPLATE, "est celui d'une autre page, la page d'un appel à l'action"),
])
def test_another_role_s_template_is_refused_at_its_line(tmp_path: Path, page: str, template: str, said: str) -> None:
    problems = _problems(tmp_path, page, template)
    assert len(problems) == 1 and problems[0].startswith(f"docs/fr/{page}, ligne 2, colonne 1, "), problems
    assert f"le gabarit « {template} » {said}" in problems[0], problems


@pytest.mark.parametrize(("page", "template"), [(CONTACT, "contact.html"), (PLAIN, "aspirations.html"),
                                                ("index.md", "home.html")])
def test_a_page_s_own_template_is_accepted(tmp_path: Path, page: str, template: str) -> None:
    assert _problems(tmp_path, page, template) == []


def test_the_build_names_the_template_line_alone(tmp_path: Path, programme_site) -> None:
    project = assemble_programme(FICTIF.folder, tmp_path / "project")
    before = place_previous_site(project, programme_site(FICTIF.folder))
    edit(project / "docs" / "fr" / CONTACT, "template: contact.html", "template: home.html")
    result = publish(project)
    assert result.returncode == 1, result.output
    line = FICTIF.line_of(f"docs/fr/{CONTACT}", "template:")
    problems = reported_problems(result.output)
    assert len(problems) == 1 and problems[0].startswith(f"docs/fr/{CONTACT}, ligne {line}, colonne 1, "), problems
    assert tree_digest(result.site) == before
