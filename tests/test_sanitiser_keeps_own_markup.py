"""The sanitiser removes only what no template of ours writes: every element and attribute of
the project's own pages (templates, data, Markdown) survives it. A hook that runs just before
it records each page; the published page must hold the same elements and attributes, so an
attribute a template writes and the allowlist forgets (a map's `transform`, say) fails here
instead of vanishing from the site."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pcv.inspection.builds import build_site, copy_project
from pcv.inspection.pages import LANGUAGES, elements, shared_page_paths

from project_edits import edit

BEFORE = "before-sanitiser"
HOOK = f'''
from pathlib import Path
from mkdocs.plugins import event_priority


def _record(name, html, config):
    path = Path(config.site_dir).parent / {BEFORE!r} / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


@event_priority(-999)
def on_post_page(output, page, config):
    _record(page.file.dest_uri, output, config)
    return output
'''


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    project = copy_project(tmp_path_factory.mktemp("recorded") / "project")
    (project / "hooks" / "record.py").write_text(HOOK, encoding="utf-8")
    edit(project / "engine.yml", "  - hooks/pcv_site.py\n", "  - hooks/pcv_site.py\n  - hooks/record.py\n")
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.output
    return project / BEFORE, result.site


def markup(html: str) -> Counter[tuple[str, str]]:
    """Each element's tag, and each (tag, attribute name), counted; not Material's empty
    tabindex, which the sanitiser drops on purpose (it is not valid HTML)."""
    found: Counter[tuple[str, str]] = Counter()
    for tag, attributes, _ in elements(html):
        found[(tag, "")] += 1
        found.update((tag, name) for name, value in attributes.items() if name != "tabindex" or value.strip())
    return found


def test_every_page_keeps_all_its_elements_and_attributes(recorded: tuple[Path, Path]) -> None:
    before, site = recorded
    pages = sorted(before.rglob("*.html"))
    assert len(pages) >= len(shared_page_paths()) * len(LANGUAGES), "the hook recorded the pages of both languages"
    removed = {}
    for page in pages:
        name = page.relative_to(before).as_posix()
        lost = markup(page.read_text("utf-8")) - markup((site / name).read_text("utf-8"))
        if lost:
            removed[name] = sorted(lost)
    assert removed == {}, "the sanitiser removes markup the templates write: add it to pcv/safety/allowlist.py"


@pytest.mark.parametrize(("change", "removed"), [
    # A template that loads another host's stylesheet: the sanitiser would drop the address.
    (("overrides/main.html", "{% block extrahead %}",
      '{% block extrahead %}<link rel="stylesheet" href="https://cdn.example.org/x.css">'), "l'attribut href de <link>"),
    # Material writes extra_javascript's <script> through a filter, not in template source: not the templates' own.
    (("engine.yml", "# Hooks:", "extra_javascript:\n  - assets/javascripts/extra.js\n\n# Hooks:"), "<script>"),
])
def test_what_a_template_writes_is_never_removed_silently(project_copy: Path, change: tuple[str, str, str],
                                                          removed: str) -> None:
    path, old, new = change
    edit(project_copy / path, old, new)
    result = build_site(project_copy, project_copy / "site")
    assert result.returncode == 1
    assert "ce modèle (ou un modèle qu'il inclut) écrit dans la page" in result.output, result.output
    assert removed in result.output and "Traceback" not in result.output
