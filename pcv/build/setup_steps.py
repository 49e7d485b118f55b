"""Steps that set a run up: the configuration checked (`on_config`), the files placed (`on_files`),
the templates given what they draw (`on_env`). Each takes the run first; see `pcv.build.stages` for their order."""

from __future__ import annotations

import hashlib
import os
import posixpath
from pathlib import Path
from urllib.parse import unquote

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from pcv.build.run import SiteBuild
from pcv.checks.project import project_state, theme_problems_of
from pcv.problems import ProblemsFound
from pcv.data.map_shapes import load_map
from pcv.pages.addresses import destination
from pcv.pages.markdown import shown_titles
from pcv.pages.roles import page_index
from pcv.publishing.open_data import OpenData, listed_files
from pcv.publishing.output_folder import NotASiteFolder, begin
from pcv.publishing.photos import shared_photo
from pcv.safety.environment import EnvironmentProblem, settings_from
from pcv.safety.own_code import OwnCode
from pcv.checks.page_rendering import MarkdownSettings
from pcv.pages.links import images
from pcv.text.formatting import format_day
from pcv.theme.compiled_templates import COMPILED
from pcv.theme.brand import branded_css, favicon_svg
from pcv.theme.css import material_stylesheet, site_stylesheet
from pcv.theme.first_paint import PLACEHOLDER, parse
from pcv.theme.script import site_script, theme_script
from pcv.menu import Menu
from pcv.view import SiteView, shared_path

SITE_CSS = "assets/stylesheets/site.css"  # the site's own styles, after Material's in the one stylesheet
MATERIAL_FAVICON = "assets/images/favicon.png"  # Material's default icon, a book on black


# on_config, once per run, before static-i18n sets up the first language

def check_environment(run: SiteBuild, config: MkDocsConfig) -> None:
    """PCV_SITE_URL and PCV_REPO_URL checked (pcv/safety/environment.py); a good value replaces mkdocs.yml's."""
    try:
        settings = settings_from(os.environ)
    except EnvironmentProblem as exc:
        raise PluginError(str(exc)) from None
    if settings.site_url:
        config.site_url = settings.site_url
    if settings.repo_url:
        config.repo_url = settings.repo_url


def write_beside_site_folder(run: SiteBuild, config: MkDocsConfig) -> None:
    """On `mkdocs build`, write into a new folder that takes the site folder's place only once the build
    succeeds (pcv/publishing/output_folder.py; swapped by hooks/pcv_site.py's `on_shutdown`)."""
    if not run.protect_output:
        return
    site = Path(config.site_dir)
    try:
        run.output = (site, begin(site))
    except NotASiteFolder as exc:
        raise PluginError(f"Construction refusée : {exc}") from None
    config.site_dir = str(run.output[1])


def check_project(run: SiteBuild, config: MkDocsConfig) -> None:
    """Stop the build, before any output, on every problem of the data, the pages, the menu and the templates."""
    settings = MarkdownSettings.of(config.markdown_extensions, config.mdx_configs)
    run.state = project_state(run.root, Path(config.docs_dir), config.nav, settings)
    config.nav = run.state.nav
    problems = run.state.problems + theme_problems_of(run.state, config)
    if problems:
        raise ProblemsFound(problems)
    run.world = load_map(run.root / "data")


def add_markdown_extensions(run: SiteBuild, config: MkDocsConfig) -> None:
    """This run's Markdown extensions: photos in the pages, in responsive WebP sizes (pcv/publishing/photos.py);
    the data's figures in their text (pcv/pages/placeholders.py), as the checks rendered them."""
    ours = {type(run.photos).__name__, type(run.figures).__name__}  # a previous run's, in the same config (serve)
    config.markdown_extensions[:] = [e for e in config.markdown_extensions if type(e).__name__ not in ours]
    config.markdown_extensions += [run.photos, run.figures]


# on_files, after static-i18n has made each language's files and their alternates

def move_to_addresses(run: SiteBuild, files: Files, config: MkDocsConfig) -> None:
    """Each page, and every alternate it links to, at its address in its language (`slug:`; pcv.pages.addresses)."""
    prefixes = {language.locale: language.prefix for language in run.languages}
    for file in files.documentation_pages():
        for version in (file, *getattr(file, "alternates", {}).values()):
            dest = destination(run.state.pages, version.src_uri, prefixes)
            if dest and dest != version.dest_uri:
                version.dest_uri = dest
                version.url = dest.removesuffix("index.html") or "./"
                version.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, dest))


def share_photos(run: SiteBuild, files: Files, config: MkDocsConfig) -> None:
    """A photo that this language's pages show from the first language's folder (the web editor keeps one copy,
    there: pcv.publishing.photos.shared_photo), published at this language's address like its own."""
    lang = config.theme["language"]
    docs = Path(config.docs_dir)
    for (page_lang, path), page in run.state.pages.items():
        for *_, src in images(page) if page_lang == lang else ():
            shared = posixpath.normpath(posixpath.join(posixpath.dirname(path), unquote(src.split("#")[0])))
            source = shared_photo(docs, lang, shared)
            if source and not files.get_file_from_path(f"{lang}/{shared}"):
                files.append(File.generated(config, f"{lang}/{shared}", abs_src_path=str(source)))


# on_env: the files are settled (static-i18n's included); the templates get what they draw

def expose_data(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> None:
    """This language's data and map as `pcv`, its strings as `t()`, with every page's address and title; its
    menu's entries as `menu`."""
    lang = config.theme["language"]
    page_urls = {(shared_path(f.src_uri, lang), lang): f.url for f in files.documentation_pages()}
    # static-i18n gives each page its counterparts in the other languages (`alternates`).
    page_urls |= {(shared_path(f.src_uri, lang), other): counterpart.url
                  for f in files.documentation_pages()
                  for other, counterpart in getattr(f, "alternates", {}).items() if other != lang}
    index = page_index(run.state.pages)
    site = SiteView(run.data, lang, page_urls, run.world, shown_titles(run.state.pages), index, run.maps)
    run.views[lang] = site
    env.globals["pcv"] = site
    env.globals["t"] = site.string
    env.globals["menu"] = Menu(lang, index.countries.values())


def publish_map_land(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> None:
    """The land of each map the pages draw, as an image file of its own (`MapFrame.land_file`), once per land."""
    for frame in run.views[config.theme["language"]].map_frames():
        if not files.get_file_from_path(frame.land_file):
            files.append(File.generated(config, frame.land_file, content=frame.land_image))


def publish_stylesheet(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> None:
    """Material's stylesheet and site.css (in the brand's colours) as one file named by its content (`stylesheet`
    for the templates, fetched after the first paint); its first-paint part goes in each page (`first_paint_css`).
    The favicon, drawn from the brand (pcv/theme/brand.py); Material's own favicon.png (a book) is not published."""
    material, brand = material_stylesheet(files), run.data.programme.brand
    site_css = branded_css(Path(config.theme.custom_dir, SITE_CSS).read_text(encoding="utf-8"), brand)
    css = site_stylesheet(material.content_string, site_css)
    files.append(File.generated(config, config.theme["favicon"], content=favicon_svg(brand, run.data.programme.initial)))
    for path in (material.src_uri, material.src_uri + ".map", SITE_CSS):
        if file := files.get_file_from_path(path):
            files.remove(file)
    theme_icons = {os.path.join(folder, MATERIAL_FAVICON) for folder in config.theme.dirs
                   if folder != config.theme.custom_dir}
    if (file := files.get_file_from_path(MATERIAL_FAVICON)) and file.abs_src_path in theme_icons:
        files.remove(file)
    name = f"assets/stylesheets/site.{hashlib.sha256(css.encode()).hexdigest()[:8]}.css"
    files.append(File.generated(config, name, content=css))
    run.stylesheet = parse(css)
    env.globals["stylesheet"] = name
    env.globals["first_paint_placeholder"] = PLACEHOLDER


def expose_theme_script(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> None:
    """`theme_script`: the path of Material's bundle (its name changes with each release) after the site's own
    script (pcv.theme.script.site_script), one file named by its content, fetched on demand; the bundle alone
    and its source map are not published."""
    path = theme_script(config.theme.dirs)
    bundle = files.get_file_from_path(path)
    script = site_script(bundle.content_string)
    for file in (bundle, files.get_file_from_path(path + ".map")):
        if file:
            files.remove(file)
    name = f"{posixpath.dirname(path)}/site.{hashlib.sha256(script.encode()).hexdigest()[:8]}.js"
    files.append(File.generated(config, name, content=script))
    env.globals["theme_script"] = name


def expose_open_data(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> None:
    """`open_data`: the open data files under their names in this language, and their date."""
    language = run.language(config.theme["language"])
    env.globals["open_data"] = OpenData(listed_files(run.data, language.locale, language.prefix),
                                        format_day(run.data.programme.as_of, language.locale))


def mark_own_code(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> None:
    """The templates' own scripts and styles marked, so that the sanitiser keeps them (pcv/safety/own_code.py)."""
    env.add_extension(OwnCode)


def compile_templates_once(run: SiteBuild, env: Environment, config: MkDocsConfig, files: Files) -> None:
    """Each template compiled once per process and text, not once per language and rebuild
    (pcv/theme/compiled_templates.py)."""
    env.bytecode_cache = COMPILED
