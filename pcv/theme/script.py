"""Name Material's script for the templates, which fetch it on demand, and join the site's own to it.

Material's bundle (110 KB, 34 KiB gzip) runs search, the header's page title
and keyboard shortcuts; reading a page needs none of it. On a cheap phone,
running it before the text is painted delays the page by about half a second,
so overrides/partials/theme-script.html fetches it at the reader's first
interaction instead. Its file name carries a hash that changes with each
Material release: `theme_script` finds it in the theme (pcv/build/setup_steps.py exposes
it to the templates), and publishes it after the site's own script (search_results.js) as one file.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

BUNDLE = "assets/javascripts/bundle.*.min.js"
SITE_SCRIPT = Path(__file__).with_name("search_results.js")
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")


def site_script(bundle: str) -> str:
    """The site's own script, then Material's `bundle`, as one file: it runs first, and costs no second request.
    Without the bundle's source map comment: its lines and columns are not the joined file's."""
    return SITE_SCRIPT.read_text(encoding="utf-8") + "\n" + _SOURCE_MAP.sub("\n", bundle)


def theme_script(theme_dirs: list[str]) -> str:
    """The path, relative to the site, of Material's bundle: the first theme folder that has one."""
    for folder in map(Path, theme_dirs):
        found = sorted(folder.glob(BUNDLE))
        if len(found) == 1:
            return found[0].relative_to(folder).as_posix()
        if found:
            raise PluginError(f"Plusieurs scripts de Material dans {folder} ({', '.join(p.name for p in found)}) : "
                              "n'en gardez qu'un.")
    raise PluginError(f"Script de Material introuvable ({BUNDLE}) dans le thème : "
                      "vérifiez l'installation de mkdocs-material (make setup).")
