"""Every change the staff guide (CONTRIBUTING.md) tells staff to make, or lets them make, applied to a copy of
the project as they make it: by hand as the guide shows, or through the web editor's own way of writing files
(scripts/editor_format.mjs). Each works on the values the project holds that day (read from its data, never
assumed), so the same changes keep applying whatever staff changed before. Here the data's changes (a country's
page with its country); tests/staff_page_edits.py, the pages' and the menu's. tests/test_staff_changes.py makes
them all in one copy and requires every test to pass."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import yaml
from PIL import Image

from project_edits import data_of
from pcv.data.models import LANGUAGES
from pcv.editor.config import editor_format_command
from pcv.inspection.builds import ROOT
from pcv.text.formatting import country_name

FICTIONAL_PARTNER = {"en": "Example Partner Foundation", "fr": "Fondation Partenaire Exemple"}
NEW_COUNTRIES = ("PE", "HT", "NE", "ML", "BF", "MG")  # candidates for a country added without a page
SLUGS = {"PE": "perou", "HT": "haiti", "NE": "niger", "ML": "mali", "BF": "burkina-faso", "MG": "madagascar"}


def country_section(project: Path) -> str:
    """The folder of the country pages, in each language: the countries page's (its `role: activities`)."""
    page = next(page for page in sorted((project / "docs" / "fr").rglob("*.md"))
                if re.search(r"^role: activities$", page.read_text(encoding="utf-8"), re.M))
    return page.parent.relative_to(project / "docs" / "fr").as_posix()


def _data(project: Path, stem: str):
    return data_of(project / "data" / f"{stem}.yaml")


def _in_editor(project: Path, stem: str, change) -> object:
    """`change` made to data/<stem>.yaml in its form, saved as the editor writes the file; what `change` returned."""
    data = _data(project, stem)
    done = change(data)
    (project / "data" / f"{stem}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                                   encoding="utf-8")
    save_through_editor(project, [f"data/{stem}.yaml"])
    return done


def page_in_editor(project: Path, lang: str, name: str, meta: dict, text: str) -> None:
    """A page created in the editor: its form's fields, its text (no `# Titre` line: the form has a « Titre »)."""
    page = project / "docs" / lang / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
                    + f"---\n\n{text}\n", encoding="utf-8")
    save_through_editor(project, [f"docs/{lang}/{name}"])


def save_photo(folder: Path, name: str) -> str:
    """A JPEG uploaded or copied into `folder`: its name."""
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1600, 900), (30, 90, 140)).save(folder / name, "JPEG", quality=85)
    return name


def change_figures(project: Path) -> dict[str, tuple[int, int]]:
    """Every target's value changed, typed in digits in data/programme.yaml (a percentage on 100): id -> (old, new)."""
    path = project / "data" / "programme.yaml"
    changed = {}
    for target in _data(project, "programme")["targets"]:
        old = target["value"]
        new = {"number": old + 1500, "compact": old + old // 10}.get(target.get("format", "number"),
                                                                       old - 5 if old > 5 else old + 5)
        text = path.read_text(encoding="utf-8")
        start = re.search(rf"id:\s*['\"]?{re.escape(target['id'])}\b", text).start()
        block_end = text.find("- id:", start + 1)
        block_end = len(text) if block_end < 0 else block_end
        block = re.sub(rf"(value:\s*){old}\b", rf"\g<1>{new}", text[start:block_end], count=1)
        path.write_text(text[:start] + block + text[block_end:], encoding="utf-8")
        changed[target["id"]] = (old, new)
    return changed


def change_as_of(project: Path) -> str:
    """« Données vérifiées le » (`as_of:`): the day of the check, as the guide writes it."""
    path = project / "data" / "programme.yaml"
    today = date.today().isoformat()
    path.write_text(re.sub(r"(?m)^as_of:.*$", f"as_of: {today}", path.read_text(encoding="utf-8"), count=1),
                    encoding="utf-8")
    return today


def extend_period(project: Path) -> int:
    """The programme's period extended by a year, in the editor."""
    def change(data):
        data["period"]["end"] += 1
        return data["period"]["end"]
    return _in_editor(project, "programme", change)


def add_country_without_page(project: Path) -> str:
    """A country added at the end of data/countries.yaml by hand, as the guide's example (code and slug)."""
    present = {c["code"] for c in _data(project, "countries")["countries"]}
    code = next(c for c in NEW_COUNTRIES if c not in present)
    path = project / "data" / "countries.yaml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n  - code: {code}\n    slug: {SLUGS[code]}\n",
                    encoding="utf-8")
    return code


def add_country_with_page(project: Path) -> str:
    """In the web editor: activities given to a country of the data without any (or a new one), then its page in
    each language (« + Page »: Titre, Description, Fin de l'adresse, Pays de la page, Texte de la page, with a photo
    uploaded once beside the French page); mkdocs.yml untouched. Its slug."""
    countries = _data(project, "countries")["countries"]
    section = country_section(project)
    pages = {p.stem for p in (project / "docs" / "fr" / section).glob("*.md")}
    bare = next((c for c in countries if "activities" not in c and c.get("slug", c["code"].lower()) not in pages), None)
    code, slug = (bare["code"], bare.get("slug", bare["code"].lower())) if bare else ("PE", "perou")

    def change(data):
        entry = next((c for c in data["countries"] if c["code"] == code), None)
        if entry is None:
            entry = {"code": code, "slug": slug}
            data["countries"].append(entry)
        entry["activities"] = {"target_groups": [{"fr": "Femmes rurales", "en": "Rural women"}]}
    _in_editor(project, "countries", change)
    photo = save_photo(project / "docs" / "fr" / section / "images", f"atelier-{slug}.jpg")
    alts = {"fr": "Une volontaire anime un atelier", "en": "A volunteer leads a workshop"}
    for lang in LANGUAGES:
        name = country_name(code, lang)
        sentence = {"fr": f"Les volontaires du CECI travaillent en {name} avec des organisations locales.",
                    "en": f"CECI volunteers work in {name} with local organizations."}[lang]
        page_in_editor(project, lang, f"{section}/{slug}.md", {"title": name, "description": sentence, "country": code},
              f"{sentence}\n\n![{alts[lang]}](images/{photo})")
    return slug


def add_partner_english_first(project: Path) -> str:
    """A partner added by hand at the top of the list, its English name typed before its French one."""
    path = project / "data" / "partners.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    after = next(i for i, line in enumerate(lines) if line.strip() == "organisations:")
    first = next(i for i in range(after, len(lines)) if lines[i].lstrip().startswith("- name:"))
    indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
    lines[first:first] = [f"{indent}- name:\n", f"{indent}    en: {FICTIONAL_PARTNER['en']}\n",
                          f"{indent}    fr: {FICTIONAL_PARTNER['fr']}\n"]
    path.write_text("".join(lines), encoding="utf-8")
    return FICTIONAL_PARTNER["fr"]


def change_partners_in_editor(project: Path) -> str:
    """In the editor: a partner whose name does not translate (« Langue du nom », « Source ») added at the bottom of
    the last group; one partner removed (the cross) and the rest of a group reordered (the two bars)."""
    def change(data):
        groups = data["groups"]
        groups[-1]["organisations"].append({"name": {"fr": "Coopérative Exemple", "en": "Coopérative Exemple"},
                                            "lang": "fr", "source": f"Rapport annuel, page 14, vérifié le {date.today()}"})
        largest = max(groups, key=lambda g: len(g["organisations"]))
        del largest["organisations"][1]
        largest["organisations"].reverse()
        return "Coopérative Exemple"
    return _in_editor(project, "partners", change)


def reorder_lists(project: Path) -> None:
    """In the editor, the two bars: the targets in reverse order, the first country moved last."""
    _in_editor(project, "programme", lambda data: data["targets"].reverse())
    _in_editor(project, "countries", lambda data: data["countries"].append(data["countries"].pop(0)))


def remove_country_without_page(project: Path) -> str | None:
    """A country without activities or page removed from the list (the cross), when there is one."""
    def change(data):
        pages = {p.stem for p in (project / "docs" / "fr" / country_section(project)).glob("*.md")}
        bare = [c for c in data["countries"] if "activities" not in c and c.get("slug", c["code"].lower()) not in pages]
        if bare:
            data["countries"].remove(bare[-1])
            return bare[-1]["code"]
        return None
    return _in_editor(project, "countries", change)


def change_programme_texts(project: Path) -> None:
    """In « Le programme » and « Les pays du programme »: a theme's summary and a call to action's text reworded;
    the first country with activities loses its first region and sector (the cross: red team 22 C74, a name the tests
    expected) and gains a sector."""
    def programme(data):
        for item, key in ((data.get("themes") or [None])[0], "summary"), ((data.get("calls_to_action") or [None])[0], "text"):
            if item and key in item:
                item[key] = {"fr": f"{item[key]['fr'].rstrip('.')}, et davantage.",
                             "en": f"{item[key]['en'].rstrip('.')}, and more."}
    _in_editor(project, "programme", programme)

    def countries(data):
        country = next((c for c in data["countries"] if c.get("activities")), None)
        if country:
            activities = country["activities"]
            for listed in (activities.get("regions", {}).get("places", []), activities.get("sectors", [])):
                del listed[:1 if len(listed) > 1 else 0]
            country["activities"].setdefault("sectors", []).append({"fr": "Apiculture", "en": "Beekeeping"})
    _in_editor(project, "countries", countries)


def change_interface_texts(project: Path) -> list[str]:
    """In « Les textes de l'interface du site »: each text without a {repère} reworded in both languages (not
    the programme's name on the share image, `home.hero.*`)."""
    def change(data):
        keys = [key for key, value in data.items()
                if not key.startswith("home.hero.") and "{" not in value["fr"] + value["en"]]
        for key in keys:
            data[key] = {"fr": f"{data[key]['fr'].rstrip('.')}, revu", "en": f"{data[key]['en'].rstrip('.')}, revised"}
        return keys
    return _in_editor(project, "strings", change)


def save_through_editor(project: Path, files: list[str]) -> None:
    """Save each file (docs/… or data/…) from the web editor without changing anything."""
    if files:
        subprocess.run(editor_format_command(ROOT / "scripts" / "editor_format.mjs", project, files), check=True,
                       capture_output=True, text=True, timeout=60, cwd=project)
