"""The common changes staff make, applied to a copy of the project as they make them: with the
values the project holds today (read from its data, never assumed), by hand or through the web
editor's own way of writing files (scripts/editor_format.mjs)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import yaml
from PIL import Image

from pcv.data.models import LANGUAGES
from pcv.editor.config import form_keys
from pcv.inspection.builds import ROOT
from pcv.text.formatting import country_name

SECTION = "activites"  # the folder of the country pages, in each language
FICTIONAL_PARTNER = {"en": "Example Partner Foundation", "fr": "Fondation Partenaire Exemple"}


def _data(project: Path, stem: str):
    return yaml.safe_load((project / "data" / f"{stem}.yaml").read_text(encoding="utf-8"))


def change_figures(project: Path) -> dict[str, tuple[int, int]]:
    """Raise every whole-number target by 1 500, as typed in the form: id -> (old, new value)."""
    path = project / "data" / "programme.yaml"
    changed = {}
    for target in _data(project, "programme")["targets"]:
        if target.get("format", "number") != "number":
            continue
        old, new = target["value"], target["value"] + 1500
        text = path.read_text(encoding="utf-8")
        start = re.search(rf"id:\s*['\"]?{re.escape(target['id'])}\b", text).start()
        block_end = text.find("- id:", start + 1)
        block_end = len(text) if block_end < 0 else block_end
        block = re.sub(rf"(value:\s*){old}\b", rf"\g<1>{new}", text[start:block_end], count=1)
        path.write_text(text[:start] + block + text[block_end:], encoding="utf-8")
        changed[target["id"]] = (old, new)
    return changed


def add_country_with_page(project: Path) -> str:
    """Give activities and a page in both languages (`country:` in its front matter) to a country of the data
    that has none yet (or a new one), as in the web editor: mkdocs.yml untouched (the page joins the menu by
    itself); its slug."""
    path = project / "data" / "countries.yaml"
    countries = _data(project, "countries")["countries"]
    pages = {p.stem for p in (project / "docs" / "fr" / SECTION).glob("*.md")}
    bare = next((c for c in countries if "activities" not in c and c["slug"] not in pages), None)
    activities = ("    activities:\n      target_groups:\n        - fr: Femmes rurales\n"
                  "          en: Rural women\n")
    text = path.read_text(encoding="utf-8")
    if bare:
        slug = bare["slug"]
        entry = re.compile(rf"^(\s*slug:\s*['\"]?{re.escape(slug)}['\"]?\s*\n)", re.MULTILINE)
        text = entry.sub(lambda m: m.group(1) + activities, text, count=1)
        code = bare["code"]
    else:
        code, slug = "PE", "perou"
        text = text.rstrip("\n") + f"\n\n  - code: {code}\n    slug: {slug}\n" + activities
    path.write_text(text, encoding="utf-8")
    for lang in LANGUAGES:
        name = country_name(code, lang)
        sentence = {"fr": f"Les volontaires du CECI travaillent en {name} avec des organisations locales.",
                    "en": f"CECI volunteers work in {name} with local organizations."}[lang]
        page = project / "docs" / lang / SECTION / f"{slug}.md"
        page.write_text(f"---\ncountry: {code}\ntitle: {json.dumps(name, ensure_ascii=False)}\ndescription: "
                        f"{json.dumps(sentence, ensure_ascii=False)}\n---\n\n# {name}\n\n{sentence}\n", encoding="utf-8")
    return slug


def add_partner_english_first(project: Path) -> str:
    """A partner added at the top of the list, its English name typed before its French one."""
    path = project / "data" / "partners.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    after = next(i for i, line in enumerate(lines) if line.strip() == "organisations:")
    first = next(i for i in range(after, len(lines)) if lines[i].lstrip().startswith("- name:"))
    indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
    lines[first:first] = [f"{indent}- name:\n", f"{indent}    en: {FICTIONAL_PARTNER['en']}\n",
                          f"{indent}    fr: {FICTIONAL_PARTNER['fr']}\n"]
    path.write_text("".join(lines), encoding="utf-8")
    return FICTIONAL_PARTNER["fr"]


def add_photo(project: Path, page: str = "programme.md") -> Path:
    """A photo saved beside the page, shown after its title with alt text in each language."""
    alts = {"fr": "Une volontaire anime un atelier", "en": "A volunteer leads a workshop"}
    for lang in LANGUAGES:
        path = project / "docs" / lang / page
        photo = path.parent / "images" / "atelier-staff.jpg"
        photo.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (1600, 900), (30, 90, 140)).save(photo, "JPEG", quality=85)
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^# .+\n", text, re.MULTILINE)
        path.write_text(text[:title.end()] + f"\n![{alts[lang]}](images/atelier-staff.jpg)\n" + text[title.end():],
                        encoding="utf-8")
    return photo


def save_through_editor(project: Path, files: list[str]) -> None:
    """Save each file (docs/… or data/…) from the web editor without changing anything."""
    for name in files:
        subprocess.run(["node", str(ROOT / "scripts" / "editor_format.mjs"), str(project / name),
                        *form_keys(project, name)], check=True, capture_output=True, text=True, timeout=60, cwd=ROOT)


def every_staff_change(project: Path) -> dict[str, object]:
    """Every change above, in one copy of the project: what each one did."""
    done: dict[str, object] = {"figures": change_figures(project), "country": add_country_with_page(project),
                               "partner": add_partner_english_first(project), "photo": add_photo(project)}
    translated = next(p for p in sorted((project / "docs" / "en").rglob("*.md"))
                      if "translated_from:" in p.read_text(encoding="utf-8"))
    saved = [f"docs/en/{translated.relative_to(project / 'docs' / 'en').as_posix()}", "docs/fr/approche.md",
             "data/programme.yaml", "data/countries.yaml", "data/partners.yaml", "data/strings.yaml"]
    save_through_editor(project, [name for name in saved if (project / name).is_file()])
    done["saved"] = saved
    return done
