"""Publish the web editor at /admin/ of the built site: Decap CMS's dist/ folder (from the pinned npm
package, never a CDN), its page and its generated config.yml.

Decap's script loads its chunks from beside itself, so the whole dist/ folder is published, except
its source maps (only a browser's developer tools fetch them; they are three quarters of its size).
Files are hard-linked where the file system allows, so each build costs no copy.
"""

from __future__ import annotations

import json
from html import escape
import os
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from pcv.pages.photo_types import MAX_PIXELS, MAX_SIDE, PHONE_PHOTO_SUFFIXES, PHOTO_SUFFIXES, too_large
from pcv.data.loading import DataProblems, load_site_data
from pcv.data.models import SiteData
from pcv.data.rules import COUNTRY_CODES
from pcv.editor.config import LOCAL_SERVER_PORT, SIGNIN_LOGO, Language, config_yaml, editor_config, editor_settings
from pcv.editor.menu_field import page_titles
from pcv.editor.signin_screen import editor_title, signin_svg
from pcv.languages.static_i18n import languages
from pcv.pages.figures import figure_labels, figure_texts
from pcv.text.formatting import country_name

DIST = Path("node_modules") / "decap-cms" / "dist"
YAML_DIST = Path("node_modules") / "yaml" / "browser" / "dist"  # Decap's YAML library, for data_format.js
NEUTRAL = "#1f2328"  # the editor's colour without the programme's (its text colour)
FOLDER = "admin"
PAGE = """<!doctype html>
<html lang="fr" data-signin="{signin}" data-pages="{pages}" data-photos="{photos}" data-phone-photos="{phone_photos}" data-photo-limits="{photo_limits}" data-photo-too-large="{too_large}" style="--pcv-brand: {brand}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{title}</title>
<link rel="icon" href="../assets/images/favicon.svg" type="image/svg+xml">
<style>{reserved_style}</style>
</head>
<body>
{reserved}
<script src="problems.js"></script>
<script src="restore_deleted.js"></script>
<script src="photo_types.js"></script>
<script src="photo_uploads.js"></script>
<script src="hold_start.js"></script>
<script src="decap-cms.js"></script>
<script src="address_bar.js"></script>
<script src="narrow_window.js"></script>
<script src="shown_values.js"></script>
<script src="invisible_signs.js"></script>
<script src="file_guard.js"></script>
<script src="french.js"></script>
<script src="page_text.js"></script>
<script src="translation_fields.js"></script>
<script src="page_address.js"></script>
<script src="past_date.js"></script>
<script src="menu_form.js"></script>
<script src="data_format.js"></script>
<script src="french_page.js"></script>
<script src="page_preview.js"></script>
<script src="list_items.js"></script>
<script src="name_language.js"></script>
<script type="module" src="yaml_module.js"></script>
<script type="module" src="start.js"></script>
</body>
</html>
"""


# What a visitor who is not of the team sees at /admin/ (VISITOR11 #10: « Chargement de la configuration… » on a grey
# page): a plain page that says whose it is and leads to the site, in both languages, under the sign-in screen (drawn
# its own height, not the window's: STAFF10 found « Se connecter » pushed to the bottom of the window by this text
# above it) and while the editor loads or cannot start; hidden once the signed-in editor lists its collections.
RESERVED = """<main class="pcv-reserved">
<h1>Espace réservé</h1>
<p>Cette page sert à l’équipe du site à en modifier le contenu&#8239;; il faut un compte pour s’y connecter.</p>
<p><a href="../">Aller au site</a></p>
<div lang="en">
<h2>Reserved area</h2>
<p>This page is where the site’s team edits its content; signing in requires an account.</p>
<p><a href="../en/">Go to the site</a></p>
</div>
</main>"""
RESERVED_STYLE = (
    ".pcv-reserved{box-sizing:border-box;width:100%;max-width:36rem;margin:0 auto;padding:1.5rem 1rem;font:16px/1.5 system-ui,sans-serif;color:#1f2328}"
    'body:has(#nc-root a[href^="#/collections"]) .pcv-reserved{display:none}'
    'body:not(:has(#nc-root a[href^="#/collections"])){display:flex;flex-direction:column}.pcv-reserved{order:2}'
    # The build's problems (problems.js) under « Se connecter », in the flow: fixed at the window's foot, they covered
    # the sign-in screen's links (STAFF11 H3); once signed in, fixed again under the forms, which scroll past them.
    'body:not(:has(#nc-root a[href^="#/collections"])) .pcv-problems{position:static!important;max-height:none!important;order:1}'
    "[class*=StyledAuthenticationPage]{height:auto!important;padding:2rem 0 1rem}"
    "[data-signin=absent] [class*=StyledAuthenticationPage]{padding-top:9rem}"  # under problems.js's note
    ".pcv-reserved h1{margin:0 0 .5rem;font-size:1.7rem;font-weight:700;color:var(--pcv-brand)}"
    ".pcv-reserved h2{margin:1.5rem 0 .4rem;font-size:1.25rem}.pcv-reserved p{margin:0 0 .6rem}"
    ".pcv-reserved a{display:inline-block;min-height:44px;line-height:44px;color:var(--pcv-brand);font-weight:700}")


SCRIPTS = ("problems.js", "restore_deleted.js", "photo_types.js", "photo_uploads.js", "hold_start.js", "address_bar.js", "narrow_window.js", "shown_values.js",
           "invisible_signs.js", "file_guard.js", "french.js", "page_text.js", "translation_fields.js", "page_address.js", "past_date.js", "menu_form.js", "data_format.js", "french_page.js", "page_preview.js", "list_items.js", "name_language.js",
           "yaml_module.js", "start.js")  # ours, beside this module


class EditorUnavailable(Exception):
    """Decap CMS is not installed where the build looks for it; the message says what to do, in French."""


def decap_dist(project: Path) -> Path | None:
    """Decap CMS's dist/ folder, installed by `npm ci` in `project`, or None."""
    dist = project / DIST
    return dist if (dist / "decap-cms.js").is_file() else None


def editor_csp(local_port: int) -> str:
    """The editor page's Content-Security-Policy: scripts only its own files; data only from the site, GitHub's API
    and decap-server on this machine; images only from the site and what Decap makes of a file (data:, blob:,
    the signed-in person's GitHub avatar). A page under review that shows another host's image, or a form, in
    the preview loads and sends nothing. Styles may be inline (Decap writes its own), and scripts may compile
    code (Decap validates its configuration with ajv, which does): no script from a page or another host runs."""
    return ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self' data:; "
            f"connect-src 'self' blob: data: https://api.github.com http://127.0.0.1:{local_port} http://localhost:{local_port}; "
            "object-src 'none'; base-uri 'self'; form-action 'none'; frame-src 'self' blob:")


def publish_editor(project: Path, site_dir: Path, config_text: str, signin: bool = True,
                   pages: tuple[str, ...] = (), local_port: int = LOCAL_SERVER_PORT,
                   figures: dict[str, dict[str, str]] | None = None, data: SiteData | None = None,
                   locale: str = "fr", menu_pages: dict[str, str] | None = None) -> Path:
    """Write /admin/ into `site_dir`, with Decap CMS from `project`'s node_modules; the folder. Without
    `signin` (no sign-in relay set), the page says so online, in French, above the sign-in button; in the
    preview, the collections of `pages` show the build's problems in their preview pane. The editor is named
    from `data`'s programme in `locale` (generically while data/ has problems)."""
    dist = decap_dist(project)
    if dist is None:
        raise EditorUnavailable(
            f"/admin/ n'a pas pu être publié : {DIST.as_posix()}/decap-cms.js est introuvable. "
            "Installez les paquets npm (npm ci) avant la construction, ou retirez PCV_EDITOR_REQUIRED.")
    admin = site_dir / FOLDER
    shutil.copytree(dist, admin, copy_function=_link_or_copy, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("*.map"))
    shutil.copytree(project / YAML_DIST, admin / "yaml", copy_function=_link_or_copy, dirs_exist_ok=True)
    page = PAGE.replace("{signin}", "set" if signin else "absent").replace("{pages}", " ".join(pages))
    # The photo types the build publishes, refused in the editor as soon as they are chosen (photo_types.js).
    page = page.replace("{photos}", " ".join(PHOTO_SUFFIXES)).replace("{phone_photos}", " ".join(PHONE_PHOTO_SUFFIXES))
    # The largest photo the check takes, and its words for a larger one (STAFF12 H1), said when it is chosen too.
    page = page.replace("{photo_limits}", f"{MAX_SIDE} {MAX_PIXELS}")
    page = page.replace("{too_large}", escape(too_large("{width}", "{height}")))
    page = page.replace("{reserved_style}", RESERVED_STYLE).replace("{reserved}", RESERVED)
    page = page.replace("{csp}", editor_csp(local_port)).replace("{title}", escape(editor_title(data, locale)))
    # The programme's colour for the editor's own boxes (its scripts say var(--pcv-brand)), neutral while data/ has
    # problems (PROGRAMME7 F4: the PCV's crimson was written in them).
    page = page.replace("{brand}", escape(data.programme.brand.colour if data is not None else NEUTRAL))
    (admin / "index.html").write_text(page, encoding="utf-8")
    for own in SCRIPTS:
        shutil.copy2(Path(__file__).with_name(own), admin / own)
    (admin / SIGNIN_LOGO).write_text(signin_svg(data, locale), encoding="utf-8")
    (admin / "config.yml").write_text(config_text, encoding="utf-8")
    # What each {{ placeholder }} shows in each language, for the preview of a page's text, and in French words (labels),
    # for the list of figures to insert (page_text.js).
    (admin / "figures.json").write_text(json.dumps(figures or {}, ensure_ascii=False), encoding="utf-8")
    # Each country's French name by its code, for the folded items of the countries' list (list_items.js).
    (admin / "countries.json").write_text(json.dumps({code: country_name(code, "fr") for code in sorted(COUNTRY_CODES)},
                                                     ensure_ascii=False), encoding="utf-8")
    # Each page's title and file by its file, for the folded entries of « Menu du site » (menu_form.js).
    (admin / "menu_pages.json").write_text(json.dumps(menu_pages or {}, ensure_ascii=False), encoding="utf-8")
    return admin


def _link_or_copy(source: str, destination: str) -> None:
    try:
        if os.path.exists(destination):
            os.remove(destination)
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def publish_for(config: MkDocsConfig, site_dir: Path, data: SiteData | None = None) -> Path:
    """Write /admin/ into `site_dir` for the project of `config` (its languages, repository, environment), named
    and its figures shown from `data` (the build's checked data; without it, data/ is read)."""
    project = Path(config.config_file_path).parent
    names = {lang.locale: lang.name for lang in config.plugins["i18n"].config.languages}
    locales = [lang.locale for lang in languages(config)]
    settings = editor_settings(config.repo_url or "", config.edit_uri or "", dict(os.environ))
    editor = editor_config(project, [Language(locale, names[locale]) for locale in locales], settings, config.nav)
    pages = tuple(collection["name"] for collection in editor["collections"] if "folder" in collection)
    data = data or _checked_data(project)
    figures = {lang: figure_texts(data, lang) for lang in locales} if data is not None else {}
    if data is not None:
        figures["labels"] = figure_labels(data)  # the list « Insérer un chiffre des données » (page_text.js)
    return publish_editor(project, site_dir, config_yaml(editor), signin=settings.auth_url is not None, pages=pages,
                          local_port=settings.local_port, figures=figures, data=data, locale=locales[0],
                          menu_pages=page_titles(next(c for c in editor["collections"] if c["name"] == "menu")))


def _checked_data(project: Path) -> SiteData | None:
    """data/ checked, or none while it has problems (the build says which)."""
    try:
        return load_site_data(project / "data")
    except DataProblems:
        return None
