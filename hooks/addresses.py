"""Each page at its address in its own language (`slug:` in its front matter; see `pcv.pages.addresses`).

mkdocs-static-i18n pairs the two versions of a page by their file name and
gives each the address of that name. Once it has made each language's files
and their alternates (priority -100), this hook moves every page, and every
alternate it links to, to its address: the menu, links between pages, the
switcher, hreflang, the sitemap, canonical URLs and search all read it there.

Events: `on_files`.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pcv.languages.static_i18n import languages
from pcv.pages.addresses import destination
from pcv.pages.markdown import read_pages


@event_priority(-150)  # after static-i18n (-100) has made the files of the language and their alternates
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    pages, _ = read_pages(Path(config.docs_dir))  # checked in on_config (hooks/data.py) before this
    prefixes = {language.locale: language.prefix for language in languages(config)}
    for file in files.documentation_pages():
        for version in (file, *getattr(file, "alternates", {}).values()):
            dest = destination(pages, version.src_uri, prefixes)
            if dest and dest != version.dest_uri:
                version.dest_uri = dest
                version.url = dest.removesuffix("index.html") or "./"
                version.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, dest))
    return files
