"""The web editor's configuration (Decap CMS's `config.yml`), generated at build time from the project:
pages in both languages side by side, data files through forms made from their schemas.

Decap's `multiple_folders` structure pairs `docs/fr/x.md` with `docs/en/x.md` only when the language
folder holds the file directly; pages in a sub-folder (`docs/fr/activites/benin.md`) are edited in
one collection per language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from pcv.data.loading import SCHEMA_DIR
from pcv.data.rules import COUNTRY_CODES
from pcv.editor.data_forms import data_forms, french_order
from pcv.editor.fields import Field, form_fields, plain_hint
from pcv.editor.menu_field import menu_fields
from pcv.field_labels import PAGE_LABELS
from pcv.pages.front_matter import FIELDS as FRONT_MATTER
from pcv.pages.markdown import read_page
from pcv.pages.page_menu import KEY
from pcv.safety.urls import base_address_problem
from pcv.text.formatting import country_name

LOCAL_SERVER_PORT = 8081  # decap-server's default port
SIGNIN_LOGO = "signin.svg"  # beside this module, published in /admin/: the sign-in screen's title, as the guide names it

# The Markdown as typed, with « Insérer une photo » (page_text.js): Decap's markdown widget inserts images only in
# its rich-text mode, which rewrites admonitions (!!! note), tables and attributes ({ #id }); its preview is kept.
# sanitize_preview: HTML typed in a page (or in a pull request under review) runs no script here.
BODY = {"name": "body", "label": PAGE_LABELS["body"], "widget": "page_text", "sanitize_preview": True,
        "hint": plain_hint("En Markdown : ## pour un intertitre, - pour une liste, **gras**, "
                           "[texte du lien](programme.md) pour un lien. « Insérer une photo » la place où est "
                           "le curseur.")}


def page_fields() -> list[Field]:
    """A page's form: title, description and address as the front-matter check accepts them
    (pcv.pages.front_matter), its text, then the state of its translation."""
    return [_front_matter_field("title", "string"), _front_matter_field("description", "text"),
            _front_matter_field("slug", "string"), BODY, *_translation_fields()]


def _translation_fields() -> list[Field]:
    """What the translated version of a page (most often the English one) says of itself: awaiting translation,
    or reviewed against the original as it is now (pcv.languages.translations). Empty: nothing said."""
    pending = FRONT_MATTER["translation"]
    return [
        {"name": "translation", "label": PAGE_LABELS["translation"], "widget": "translation_pending", "required": False,
         "options": [{"label": "Oui : le site montre la version originale en attendant", "value": pending.choices[0]}],
         "hint": plain_hint("Pour une page pas encore traduite, sans texte : le site montre l'original avec un avis. "
                            "Une fois la traduction écrite, videz ce champ (la croix). Ce champ et le suivant ne sont "
                            "que dans la version traduite (d'habitude l'anglaise).")},
        {"name": "translation_reviewed", "label": PAGE_LABELS["translation_reviewed"], "widget": "translation_reviewed",
         "required": False,
         "hint": plain_hint("Cochez-la quand cette "
                            "traduction dit la même chose que la version originale telle qu'elle est maintenant, "
                            "par exemple après la correction d'une faute dans l'original : le site ne l'annonce "
                            "plus comme à mettre à jour.")},
    ]


def _front_matter_field(key: str, widget: str) -> Field:
    spec = FRONT_MATTER[key]
    rules = f"{spec.max_length} caractères au plus" + (", sans guillemets droits (\") ni < >" if spec.written_raw else "")
    hint = " ".join(part for part in (f"{spec.role[0].upper()}{spec.role[1:]}.", f"{rules}.", spec.hint) if part)
    allowed = spec.pattern or ('[^<>"]*' if spec.written_raw else "[\\s\\S]*")
    field: Field = {"name": key, "label": PAGE_LABELS[key], "widget": widget, "hint": plain_hint(hint),
                    "pattern": [f"^(?=[\\s\\S]{{1,{spec.max_length}}}$)(?:{allowed})$", hint]}
    return field if spec.required else field | {"required": False}


class EditorSettingsProblem(ValueError):
    """A setting of the editor (repository address, environment variable) that cannot be used; in French."""


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
    """Settings from mkdocs.yml's `repo_url`, `edit_uri` (edit/<branch>/docs/) and PCV_EDITOR_* (`local_port`)."""
    address = urlparse(repo_url)
    parts = address.path.strip("/").removesuffix(".git").split("/")
    if address.hostname != "github.com" or len(parts) != 2:
        raise EditorSettingsProblem(f"l'adresse du dépôt « {repo_url} » (repo_url, PCV_REPO_URL) n'est pas celle "
                                    "d'un dépôt GitHub. Écrivez-la sous la forme https://github.com/compte/depot.")
    auth_url = environ.get("PCV_EDITOR_AUTH_URL") or None
    problem = auth_url and (base_address_problem(auth_url) or (
        None if urlparse(auth_url).scheme == "https" else "elle commence par http:// au lieu de https://"))
    if problem:
        raise EditorSettingsProblem(f"PCV_EDITOR_AUTH_URL vaut « {auth_url[:80]} » : {problem}. Donnez l'adresse "
                                    "https du relais de connexion GitHub (ex. https://pcv-auth.exemple.org).")
    branch = edit_uri.strip("/").split("/")[1] if edit_uri.startswith("edit/") else "main"
    return EditorSettings("/".join(parts), branch, auth_url, local_port(environ))


def local_port(environ: dict[str, str]) -> int:
    """decap-server's port in local mode: PCV_EDITOR_PORT, or decap-server's default."""
    port = environ.get("PCV_EDITOR_PORT") or str(LOCAL_SERVER_PORT)
    if not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) < 65536:
        raise EditorSettingsProblem(f"PCV_EDITOR_PORT vaut « {port} » : on attend un numéro de port (ex. 8081).")
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
        "public_folder": "images",
        "slug": {"encoding": "ascii", "clean_accents": True},
        "i18n": {"structure": "multiple_folders", "locales": [lang.locale for lang in languages],
                 "default_locale": languages[0].locale},
        "collections": [_pages(languages[0].locale, menu_fields(project / "docs", nav, languages[0].locale)),
                        *_section_pages(project / "docs", languages), _data_files()],
    }


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml's when PyYAML has it: the same text, faster
    """Writes a value shared by several fields in full each time, with no YAML anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def config_yaml(config: dict[str, Any]) -> str:
    return ("# Généré par la construction du site (pcv/editor) à partir de docs/ et de schemas/ : ne pas modifier.\n"
            + yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100))


def _pages(original: str, menu: list[Field]) -> dict[str, Any]:
    fields = [{**field, "i18n": True} for field in _translated_from(page_fields(), original)]
    return {
        "name": "pages", "label": "Pages", "label_singular": "Page",
        "description": "Chaque page, en français et en anglais côte à côte (docs/fr et docs/en).",
        "folder": "docs", "extension": "md", "format": "frontmatter", "create": True,
        "slug": "{{fields.title}}", "identifier_field": "title", "i18n": True,
        "fields": [*fields[:3], *menu, *fields[3:]],
    }


def _section_pages(docs: Path, languages: list[Language]) -> list[dict[str, Any]]:
    """One collection per language for each sub-folder of pages (docs/fr/activites/…)."""
    default = docs / languages[0].locale
    sections = sorted({page.parent.relative_to(default).as_posix() for page in default.glob("*/**/*.md")})
    countries = _countries(docs.parent)
    fields = _section_fields(countries)
    return [{
        "name": f"{section.replace('/', '-')}-{lang.locale}",
        "label": f"{_section_title(default, section)} — {lang.name}",
        "label_singular": "Page",
        "description": f"Les pages de docs/{lang.locale}/{section}/.",
        "folder": f"docs/{lang.locale}/{section}", "extension": "md", "format": "frontmatter",
        # The file is named from the address, typed alike in both languages: the two pages pair by their file
        # name, and a country's page is named from the country (its slug in data/countries.yaml).
        "create": True, "slug": "{{fields.slug}}", "identifier_field": "title",
        # Beside the section's pages of the first language, for both languages: one copy of each photo.
        "media_folder": f"/docs/{languages[0].locale}/{section}/images", "public_folder": "images",
        "fields": _translated_from([*fields[:3], *_country_field(countries), *fields[3:]], languages[0].locale,
                                   lang.locale),
    } for section in sections for lang in languages]


def _translated_from(fields: list[Field], original: str, locale: str | None = None) -> list[Field]:
    """`fields` whose translation fields know the original's language (and the page's, in a collection of one
    language): they show only in the translation's version (translation_fields.js), the original being the first
    language's page unless it alone is marked."""
    known = {"original_locale": original} | ({"page_locale": locale} if locale else {})
    widgets = ("translation_pending", "translation_reviewed")
    return [field | known if field["widget"] in widgets else field for field in fields]


def _section_fields(countries: dict[str, str]) -> list[Field]:
    """A section page's form: the page's, its address naming the file in both languages, required for a new page and
    filled with the country's page name once its country is chosen (page_address.js)."""
    hint = plain_hint("Obligatoire pour une nouvelle page : elle donne le nom du fichier (une page déjà là peut "
                      "la laisser vide). Pour la page d'un pays, elle se remplit quand vous choisissez « Pays de la "
                      "page » : le « Nom de la page » du pays dans « Les pays du programme » (ex. cote-d-ivoire). "
                      "Écrivez la même en français et en anglais. Lettres minuscules sans accent, chiffres et "
                      "traits d'union.")
    address = {"widget": "page_address", "hint": hint, "country_slugs": countries}
    return [field | address if field["name"] == "slug" else field for field in page_fields()]


def _countries(project: Path) -> dict[str, str]:
    """The data's countries, each code with its page name (slug); none if data/countries.yaml cannot be read (the build
    says what is wrong with the file)."""
    try:
        text = (project / "data" / "countries.yaml").read_text(encoding="utf-8")
        countries = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["countries"]
        return {country["code"]: country.get("slug", "") for country in countries if country["code"] in COUNTRY_CODES}
    except (OSError, yaml.YAMLError, KeyError, TypeError):
        return {}


def _country_field(countries: dict[str, str]) -> list[Field]:
    """A page that describes a country says which, chosen by its French name among the data's countries:
    the page is found by its country, whatever its file is called (none until the front matter has `country`)."""
    if "country" not in FRONT_MATTER:
        return []
    spec = FRONT_MATTER["country"]
    options = [{"label": f"{country_name(code, 'fr')} ({code})", "value": code}
               for code in sorted(countries, key=lambda code: french_order(country_name(code, "fr")))]
    return [{"name": "country", "label": PAGE_LABELS["country"], "widget": "page_country", "options": options, "required": False,
             "hint": plain_hint(f"Pour une page de pays seulement : {spec.role}. Choisissez-le dans la liste "
                                "(les pays de « Les pays du programme »).")}]


def _section_title(default: Path, section: str) -> str:
    """The title of the section's index page, or its folder's name."""
    index = default / section / "index.md"
    if index.is_file():
        title = read_page(index, default.name, f"{section}/index.md")[0].meta.get("title")
        if isinstance(title, str) and title.strip():
            return title
    return section


def _data_files() -> dict[str, Any]:
    return {
        "name": "donnees", "label": "Données du site",
        "description": "Chiffres, pays, partenaires et textes de l'interface, chacun en français et en anglais. "
                       "La construction du site vérifie chaque enregistrement et dit en français quoi corriger.",
        "files": data_forms(),
    }


def form_keys(project: Path, name: str) -> list[str]:
    """The field names, in order, of the form that edits `name` (data/x.yaml or docs/…/x.md): the order in
    which the editor writes the file's first-level keys."""
    if name.endswith(".md"):
        keys = [field["name"] for field in page_fields()]
        return [*keys[:3], "country", KEY, *keys[3:]]
    schema = json.loads((SCHEMA_DIR / f"{Path(name).stem}.schema.json").read_text(encoding="utf-8"))
    return [field["name"] for field in form_fields(schema)]
