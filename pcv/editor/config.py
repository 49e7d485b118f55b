"""The web editor's configuration (Decap CMS's `config.yml`), generated at build time from the project:
pages in both languages side by side, data files through forms made from their schemas.

Decap's `multiple_folders` structure pairs `docs/fr/x.md` with `docs/en/x.md` only when the language
folder holds the file directly; pages in a sub-folder (`docs/fr/activites/benin.md`) are edited in
one collection per language (pcv/editor/section_pages.py). A page's form: pcv/editor/page_form.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from urllib.parse import urlparse

import yaml

from pcv.editor.data_forms import data_forms, data_schema
from pcv.editor.fields import Field, form_fields
from pcv.editor.menu_field import menu_collection, menu_fields
from pcv.editor.page_form import FILE_GUARD, page_fields, translated_from
from pcv.editor.repository import MISSING, github_repository, repository_problem
from pcv.editor.section_pages import section_pages
from pcv.pages.page_menu import KEY
from pcv.problems import visible
from pcv.safety.urls import base_address_problem

LOCAL_SERVER_PORT = 8081  # decap-server's default port
PREVIEW_PORT = 8000  # make serve's and make editor's
SIGNIN_LOGO = "signin.svg"  # published in /admin/: the sign-in screen's title (pcv/editor/signin_screen.py)

class EditorSettingsProblem(ValueError):
    """A setting of the editor (repository address, environment variable) that cannot be used; in French."""


class NoRepository(EditorSettingsProblem):
    """The programme names no repository (mkdocs.yml's `repo_url`, PCV_REPO_URL): no editor to publish."""


@dataclass(frozen=True)
class Language:
    locale: str  # "fr"
    name: str  # "Français"


@dataclass(frozen=True)
class EditorSettings:
    repo: str  # "owner/name" on GitHub
    branch: str  # where the editor commits, the branch the site is published from
    auth_url: str | None  # the OAuth relay for signing in with GitHub (see CONTRIBUTING.md)
    local_port: int  # decap-server's port in local mode


def editor_settings(repo_url: str, edit_uri: str, environ: dict[str, str]) -> EditorSettings:
    """Settings from the programme's repository (`repo_url`: mkdocs.yml's, or PCV_REPO_URL), `edit_uri`
    (edit/<branch>/docs/) and PCV_EDITOR_* (`local_port`); `NoRepository` without a repository."""
    if not repo_url:
        raise NoRepository(MISSING)
    problem = repository_problem(repo_url, "l'adresse du dépôt (repo_url de mkdocs.yml, ou PCV_REPO_URL)")
    if problem:
        raise EditorSettingsProblem(problem)
    auth_url = environ.get("PCV_EDITOR_AUTH_URL") or None
    problem = auth_url and (base_address_problem(auth_url) or (
        None if urlparse(auth_url).scheme == "https" else "elle commence par http:// au lieu de https://"))
    if problem:
        raise EditorSettingsProblem(f"PCV_EDITOR_AUTH_URL vaut « {visible(auth_url[:80])} » : {problem}. Donnez l'adresse "
                                    "https du relais de connexion GitHub (ex. https://pcv-auth.exemple.org).")
    branch = edit_uri.strip("/").split("/")[1] if edit_uri.startswith("edit/") else "main"
    return EditorSettings(github_repository(repo_url) or "", branch, auth_url, local_port(environ))


def local_port(environ: dict[str, str]) -> int:
    """decap-server's port in local mode: PCV_EDITOR_PORT, or decap-server's default."""
    return _port(environ, "PCV_EDITOR_PORT", LOCAL_SERVER_PORT)


def preview_port(environ: dict[str, str]) -> int:
    """The port of make editor's preview, which serves /admin/: PCV_PREVIEW_PORT, or 8000 (STAFF10: 8000 taken by
    another program, the editor could not start)."""
    return _port(environ, "PCV_PREVIEW_PORT", PREVIEW_PORT)


def _port(environ: dict[str, str], name: str, default: int) -> int:
    port = environ.get(name) or str(default)
    if not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) < 65536:
        raise EditorSettingsProblem(f"{name} vaut « {visible(port[:80])} » : on attend un numéro de port "
                                    f"(ex. {default + 1}).")
    return int(port)


def editor_config(project: Path, languages: list[Language], settings: EditorSettings, nav: Any = None) -> dict[str, Any]:
    """Decap's configuration for `project`, whose first language is the default one; `nav`, its menu."""
    backend = {"name": "github", "repo": settings.repo, "branch": settings.branch}
    if settings.auth_url:
        backend["base_url"] = settings.auth_url
    return {
        "backend": backend,
        # Used only when the editor is opened from this machine (127.0.0.1), with decap-server running.
        "local_backend": {"url": f"http://127.0.0.1:{settings.local_port}/api/v1"},
        # On GitHub each change becomes a pull request, checked and reviewed before it is published;
        # decap-server (local mode) writes the files directly.
        "publish_mode": "editorial_workflow",
        "locale": "fr",
        "logo_url": SIGNIN_LOGO,
        # No « Vérifier l'aperçu » link: GitHub Pages has no preview per change (the check attaches the built site).
        "show_preview_links": False,
        # Photos beside the pages of the first language, linked relatively (as a photo added by hand: WebP sizes,
        # checks, any site path); the other languages' pages show the same file (pcv/publishing/photos.py,
        # shared_photo). The site's own images (logo, favicon, share images) stay out of the media library.
        "media_folder": f"docs/{languages[0].locale}/images",
        # A photo is redrawn in the browser before it is uploaded, turned upright, without its metadata (place,
        # camera, author's name): the file the repository keeps, public and in its history for good, carries none
        # (staff play-test 7 F4: the site's copies were clean, the repository's original kept GPS and a phone
        # number). Quality 92, the browser's own default: the site makes its lighter sizes from it.
        "media_processing": {"enabled": True, "strip_metadata": True, "quality": 92},
        "public_folder": "images",
        "slug": {"encoding": "ascii", "clean_accents": True},
        "i18n": {"structure": "multiple_folders", "locales": [lang.locale for lang in languages],
                 "default_locale": languages[0].locale},
        "collections": [_pages(languages[0].locale, menu_fields(project / "docs", nav, languages[0].locale)),
                        *section_pages(project / "docs", languages), _data_files(project / "data"),
                        menu_collection(project / "docs", [(lang.locale, lang.name) for lang in languages])],
    }


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml's when PyYAML has it: the same text, faster
    """Writes a value shared by several fields in full each time, with no YAML anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def config_yaml(config: dict[str, Any]) -> str:
    return ("# Généré par la construction du site (pcv/editor) à partir de docs/ et de schemas/ : ne pas modifier.\n"
            + yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100))


def _pages(original: str, menu: list[Field]) -> dict[str, Any]:
    fields = [{**field, "i18n": True} for field in translated_from(page_fields(), original)]
    # The address of another language's column follows its title on a new page (page_address.js).
    fields = [field | {"widget": "translated_address", "original_locale": original} if field["name"] == "slug" else field
              for field in fields]
    return {
        "name": "pages", "label": "Pages", "label_singular": "Page",
        "description": "Chaque page, en français et en anglais côte à côte (docs/fr et docs/en).",
        "folder": "docs", "extension": "md", "format": "frontmatter", "create": True,
        "slug": "{{fields.title}}", "identifier_field": "title", "i18n": True,
        "fields": [FILE_GUARD | {"i18n": True}, *fields[:3], *menu, *fields[3:]],
    }


def _data_files(data_dir: Path) -> dict[str, Any]:
    return {
        "name": "donnees", "label": "Données du site",
        "description": "Chiffres, pays, partenaires et textes de l'interface, chacun en français et en anglais. "
                       "La construction du site vérifie chaque enregistrement et dit en français quoi corriger.",
        "format": "pcv_yaml",  # a save changes only the lines of what was changed (data_format.js)
        "files": data_forms(data_dir),
    }


def form_keys(project: Path, name: str) -> list[str]:
    """The field names, in order, of the form that edits `name` (data/x.yaml or docs/…/x.md): the order in
    which the editor writes the file's first-level keys."""
    if name.endswith(".md"):
        keys = [field["name"] for field in page_fields()]
        return [*keys[:3], "country", KEY, *keys[3:]]
    return [field["name"] for field in form_fields(data_schema(Path(name).stem, project / "data"))]


DATA_FORMAT = Path(__file__).with_name("data_format.js")  # its way of writing a file is editor_format.mjs' too


def editor_format_command(script: Path, project: Path, names: list[str]) -> list[str]:
    """The command by which `script` (scripts/editor_format.mjs) writes the files `names` of `project` as the editor
    does, each with its form's keys: one Node process for them all, as its start costs more than a file."""
    jobs = [[*(["--"] if number else []), str(project / name), *form_keys(project, name)]
            for number, name in enumerate(names)]
    return ["node", str(script), str(DATA_FORMAT), *(arg for job in jobs for arg in job)]
