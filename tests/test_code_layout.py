"""The tree shows the plan: hooks/ holds only registered entry points, which use the library `pcv`."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from pcv.inspection.builds import ROOT


def registered_hooks() -> list[str]:
    # engine.yml (which mkdocs.yml inherits) may use !ENV tags, which only MkDocs' loader knows; the hooks list has none.
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_constructor("!ENV", lambda loader, node: None)
    return yaml.load((ROOT / "engine.yml").read_text(encoding="utf-8"), Loader=Loader)["hooks"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}


def test_every_python_file_in_hooks_is_a_registered_hook() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "hooks").glob("*.py"))
    assert files == sorted(registered_hooks())


def test_hooks_share_code_through_the_library_not_through_each_other() -> None:
    hook_names = {p.stem for p in (ROOT / "hooks").glob("*.py")}
    for hook in (ROOT / "hooks").glob("*.py"):
        assert not imported_modules(hook) & hook_names, f"{hook.name} imports another hook"


def test_no_code_edits_the_import_path() -> None:
    python_files = [p for folder in ("hooks", "pcv", "scripts", "benchmarks", "tests")
                    for p in (ROOT / folder).rglob("*.py")]
    edits = [p.relative_to(ROOT).as_posix() for p in python_files if "sys.path" in p.read_text(encoding="utf-8")
             and p.name != "test_code_layout.py"]
    assert edits == []


def test_no_import_cycle_between_the_packages_of_pcv() -> None:
    """Each package of pcv imports others one way only: a newcomer can read them in order."""
    imports: dict[str, set[str]] = {}
    for path in (ROOT / "pcv").rglob("*.py"):
        parts = path.relative_to(ROOT / "pcv").with_suffix("").parts
        package = parts[0]
        found = {module.split(".")[1] for module in imported_modules(path) if module.startswith("pcv.")}
        imports.setdefault(package, set()).update(found - {package})

    def reached(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for other in imports.get(todo.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    assert [package for package in sorted(imports) if package in reached(package)] == []


def test_no_module_over_about_250_lines() -> None:
    lines = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for folder in ("hooks", "pcv") for p in (ROOT / folder).rglob("*.py")}
    assert {path: n for path, n in lines.items() if n > 260} == {}


def test_every_page_template_a_page_may_name_is_in_the_readme() -> None:
    """A role's template needs no `template:` line (pcv/pages/roles.py); any other page template of overrides/ is
    named in the README's « A second programme », or a new programme learns it only from the PCV's pages
    (PROGRAMME7 F9: aspirations.html)."""
    from pcv.pages.roles import CALL_TEMPLATE, TEMPLATES
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("## A second programme", 1)[1]
    own = {*TEMPLATES.values(), CALL_TEMPLATE, "main.html", "404.html"}
    templates = sorted(path.name for path in (ROOT / "overrides").glob("*.html") if path.name not in own)
    assert templates and [name for name in templates if f"`{name}`" not in readme] == []

