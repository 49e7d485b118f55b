"""pcv.theme.script names Material's script for the on-demand loader, joined to the site's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

import material

from pcv.theme.script import SITE_SCRIPT, site_script, theme_script


def add_script(theme: Path, name: str) -> None:
    folder = theme / "assets" / "javascripts"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("", encoding="utf-8")


def test_the_first_theme_folder_with_the_script_names_it(tmp_path: Path) -> None:
    overrides, material = tmp_path / "overrides", tmp_path / "material"
    overrides.mkdir()
    add_script(material, "bundle.0a1b2c3d.min.js")
    assert theme_script([str(overrides), str(material)]) == "assets/javascripts/bundle.0a1b2c3d.min.js"


def test_the_built_pages_load_the_site_script_joined_to_the_installed_one(built_site: Path) -> None:
    """One file, fetched on demand: the site's own script, then Material's installed bundle (its source map
    comment left out); the bundle alone is not published."""
    templates = Path(material.__file__).parent / "templates"
    bundle = (templates / theme_script([str(templates)])).read_text(encoding="utf-8")
    (published,) = (built_site / "assets" / "javascripts").glob("site.*.js")
    text = published.read_text(encoding="utf-8")
    assert text == site_script(bundle) and text.startswith(SITE_SCRIPT.read_text(encoding="utf-8"))
    assert bundle.split("//# sourceMappingURL")[0].strip() in text and "sourceMappingURL" not in text
    assert not list((built_site / "assets" / "javascripts").glob("bundle.*"))
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'script.src = "assets/javascripts/{published.name}"' in home
    assert f'<script src="assets/javascripts/{published.name}"' not in home  # not fetched with the page


@pytest.mark.parametrize(("names", "message"), [
    ((), "Script de Material introuvable"),
    (("bundle.aaaa.min.js", "bundle.bbbb.min.js"), "Plusieurs scripts de Material"),
])
def test_a_missing_or_ambiguous_script_stops_the_build(tmp_path: Path, names: tuple[str, ...], message: str) -> None:
    for name in names:
        add_script(tmp_path, name)
    with pytest.raises(PluginError, match=message):
        theme_script([str(tmp_path)])
