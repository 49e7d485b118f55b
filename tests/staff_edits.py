"""Every change the staff guide (CONTRIBUTING.md) tells staff to make, or lets them make, applied to a copy of
the project as they make it: by hand as the guide shows, or through the web editor's own way of writing files
(scripts/editor_format.mjs). Each works on the values the project holds that day (read from its data, never
assumed), so the same changes keep applying whatever staff changed before. `STAFF_CHANGES` lists them in the
order of the guide; tests/test_staff_changes.py makes them all in one copy and requires every test to pass."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import yaml
from PIL import Image

from pcv.data.models import LANGUAGES
from pcv.editor.config import form_keys
from pcv.inspection.builds import ROOT
from pcv.text.formatting import country_name

SECTION = "activites"  # the folder of the country pages, in each language
FICTIONAL_PARTNER = {"en": "Example Partner Foundation", "fr": "Fondation Partenaire Exemple"}
NEW_COUNTRIES = ("PE", "HT", "NE", "ML", "BF", "MG")  # candidates for a country added without a page
SLUGS = {"PE": "perou", "HT": "haiti", "NE": "niger", "ML": "mali", "BF": "burkina-faso", "MG": "madagascar"}


def _data(project: Path, stem: str):
    return yaml.safe_load((project / "data" / f"{stem}.yaml").read_text(encoding="utf-8"))


def _in_editor(project: Path, stem: str, change) -> object:
    """`change` made to data/<stem>.yaml in its form, saved as the editor writes the file; what `change` returned."""
    data = _data(project, stem)
    done = change(data)
    (project / "data" / f"{stem}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                                   encoding="utf-8")
    save_through_editor(project, [f"data/{stem}.yaml"])
    return done


def _page(project: Path, lang: str, name: str, meta: dict, text: str) -> None:
    """A page created in the editor: its form's fields, its text (no `# Titre` line: the form has a « Titre »)."""
    page = project / "docs" / lang / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
                    + f"---\n\n{text}\n", encoding="utf-8")
    save_through_editor(project, [f"docs/{lang}/{name}"])


def _photo(folder: Path, name: str) -> str:
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
    each language (« ＋ Page »: Titre, Description, Fin de l'adresse, Pays de la page, Texte de la page, with a photo
    uploaded once beside the French page); mkdocs.yml untouched. Its slug."""
    countries = _data(project, "countries")["countries"]
    pages = {p.stem for p in (project / "docs" / "fr" / SECTION).glob("*.md")}
    bare = next((c for c in countries if "activities" not in c and c["slug"] not in pages), None)
    code, slug = (bare["code"], bare["slug"]) if bare else ("PE", "perou")

    def change(data):
        entry = next((c for c in data["countries"] if c["code"] == code), None)
        if entry is None:
            entry = {"code": code, "slug": slug}
            data["countries"].append(entry)
        entry["activities"] = {"target_groups": [{"fr": "Femmes rurales", "en": "Rural women"}]}
    _in_editor(project, "countries", change)
    photo = _photo(project / "docs" / "fr" / SECTION / "images", f"atelier-{slug}.jpg")
    alts = {"fr": "Une volontaire anime un atelier", "en": "A volunteer leads a workshop"}
    for lang in LANGUAGES:
        name = country_name(code, lang)
        sentence = {"fr": f"Les volontaires du CECI travaillent en {name} avec des organisations locales.",
                    "en": f"CECI volunteers work in {name} with local organizations."}[lang]
        _page(project, lang, f"{SECTION}/{slug}.md", {"title": name, "description": sentence, "country": code},
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
        pages = {p.stem for p in (project / "docs" / "fr" / SECTION).glob("*.md")}
        bare = [c for c in data["countries"] if "activities" not in c and c["slug"] not in pages]
        if bare:
            data["countries"].remove(bare[-1])
            return bare[-1]["code"]
        return None
    return _in_editor(project, "countries", change)


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


def _translated_pages(project: Path) -> list[str]:
    """Shared paths of the pages whose English version is a translation (not pending), outside the country pages."""
    return [p.relative_to(project / "docs" / "en").as_posix() for p in sorted((project / "docs" / "en").glob("*.md"))
            if "translated_from:" in p.read_text(encoding="utf-8") and p.name != "index.md"]


def fix_typo_and_review_translation(project: Path, page: str) -> None:
    """In « Pages »: a word of the French text corrected, and « Traduction relue » ticked on the English side."""
    french = project / "docs" / "fr" / page
    head, _, body = french.read_text(encoding="utf-8").partition("\n---\n")
    word = re.search(r"^[^-\n#{!|>*][^\n{]*?\b([a-zé]{6,})\b", body, re.MULTILINE).group(1)
    french.write_text(f"{head}\n---\n{body.replace(word, word + 's', 1)}", encoding="utf-8")
    english = project / "docs" / "en" / page
    english.write_text(english.read_text(encoding="utf-8").replace(
        "\n---\n", f"\ntranslation_reviewed: {date.today()} 10:30\n---\n", 1), encoding="utf-8")
    save_through_editor(project, [f"docs/fr/{page}", f"docs/en/{page}"])


def change_original_only(project: Path, page: str) -> None:
    """A sentence added to the French page only: the English one is left to update (the site says so)."""
    french = project / "docs" / "fr" / page
    french.write_text(french.read_text(encoding="utf-8").rstrip("\n") + "\n\nUne phrase ajoutée en français.\n",
                      encoding="utf-8")


def change_title_and_description(project: Path, page: str) -> None:
    """A page's title and description changed by hand in both languages."""
    for lang, more, summary in (("fr", " en bref", "En bref, ce que dit cette page."),
                                ("en", " at a glance", "At a glance, what this page says.")):
        path = project / "docs" / lang / page
        text = path.read_text(encoding="utf-8")
        title = yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))["title"]
        title = json.dumps(title + more if len(title + more) <= 60 else more.strip().capitalize(), ensure_ascii=False)
        text = re.sub(r"(?m)^title:.*(\n[ \t]+.*)*$", lambda _: f"title: {title}", text, count=1)
        text = re.sub(r"(?m)^description:.*(\n[ \t]+.*)*$",
                      lambda _: f"description: {summary}", text, count=1)
        path.write_text(text, encoding="utf-8")


def _add_to_menu(project: Path, entry: str, section: bool) -> None:
    """`entry` added under `nav:` in mkdocs.yml: in the first section after its first page, or before the last
    top-level entry."""
    path = project / "mkdocs.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("nav:\n")
    if section:
        heading = next(i for i in range(start, len(lines)) if re.match(r"  - [^:]+:\s*$", lines[i]))
        lines.insert(heading + 2, f"      - {entry}\n")
    else:
        last = max(i for i in range(start, len(lines)) if lines[i].startswith("  - "))
        lines.insert(last, f"  - {entry}\n")
    path.write_text("".join(lines), encoding="utf-8")


def add_page_awaiting_translation(project: Path) -> str:
    """Part 4 and 5: a new page by hand in French, its English version « en attente » (three lines), in the menu."""
    (project / "docs" / "fr" / "temoignages.md").write_text(
        "---\ntitle: Témoignages\ndescription: Des volontaires racontent leur mission.\n---\n\n# Témoignages\n\n"
        "Des volontaires racontent leur mission.\n", encoding="utf-8")
    (project / "docs" / "en" / "temoignages.md").write_text("---\ntranslation: pending\n---\n", encoding="utf-8")
    _add_to_menu(project, "temoignages.md", section=False)
    return "temoignages.md"


def add_page_in_editor(project: Path) -> str:
    """« ＋ Page » in « Pages »: both languages written together (file named from the French title, an English
    address, an anchored heading, a link), then added to the menu, in a section."""
    name = "histoires-de-volontaires.md"
    link = next(iter(_translated_pages(project)))
    for lang, title, text in (
            ("fr", "Histoires de volontaires", f"Trois volontaires racontent.\n\n## Un atelier {{ #atelier }}\n\n"
                                               f"Voir aussi [cette page]({link})."),
            ("en", "Volunteer stories", f"Three volunteers tell their story.\n\n## A workshop {{ #workshop }}\n\n"
                                        f"See also [this page]({link}).")):
        meta = {"title": title, "description": text.split("\n")[0]} | ({"slug": "volunteer-stories"} if lang == "en" else {})
        _page(project, lang, name, meta, text)
    _add_to_menu(project, name, section=True)
    return name


def reorder_menu(project: Path) -> None:
    """Two neighbouring top-level pages of the menu swapped in mkdocs.yml."""
    path = project / "mkdocs.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    pages = [i for i, line in enumerate(lines) if re.fullmatch(r"  - (?!index\.md)[\w/-]+\.md\n", line)]
    i = next(i for i in pages if i + 1 in pages)
    lines[i], lines[i + 1] = lines[i + 1], lines[i]
    path.write_text("".join(lines), encoding="utf-8")


def add_photo(project: Path, page: str = "programme.md") -> Path:
    """By hand: a photo in docs/<lang>/images beside the page (one per language, same name), shown after its title
    (or first) with alt text in each language."""
    alts = {"fr": "Une volontaire anime un atelier", "en": "A volunteer leads a workshop"}
    for lang in LANGUAGES:
        path = project / "docs" / lang / page
        photo = path.parent / "images" / _photo(path.parent / "images", "atelier-staff.jpg")
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^# .+\n", text, re.MULTILINE) or re.search(r"^---\n.*?\n---\n", text, re.DOTALL)
        path.write_text(text[:title.end()] + f"\n![{alts[lang]}](images/atelier-staff.jpg)\n" + text[title.end():],
                        encoding="utf-8")
    return photo


def save_through_editor(project: Path, files: list[str]) -> None:
    """Save each file (docs/… or data/…) from the web editor without changing anything."""
    for name in files:
        subprocess.run(["node", str(ROOT / "scripts" / "editor_format.mjs"), str(project / name),
                        *form_keys(project, name)], check=True, capture_output=True, text=True, timeout=60, cwd=ROOT)


def every_staff_change(project: Path) -> dict[str, object]:
    """Every change above, in one copy of the project, in the guide's order: what each one did."""
    translated = _translated_pages(project)
    done: dict[str, object] = {
        "figures": change_figures(project), "as_of": change_as_of(project), "period": extend_period(project),
        "country": add_country_with_page(project), "removed country": remove_country_without_page(project),
        "country without page": add_country_without_page(project),
        "partner": add_partner_english_first(project), "partners in editor": change_partners_in_editor(project),
        "reordered": reorder_lists(project),
        "interface texts": change_interface_texts(project), "photo": add_photo(project),
    }
    fix_typo_and_review_translation(project, translated[0])
    change_original_only(project, translated[1])
    change_title_and_description(project, translated[2])
    done |= {"reviewed": translated[0], "out of date": translated[1], "retitled": translated[2],
             "pending page": add_page_awaiting_translation(project), "editor page": add_page_in_editor(project)}
    reorder_menu(project)
    saved = ["docs/fr/approche.md", f"docs/en/{translated[-1]}", "data/programme.yaml", "data/countries.yaml",
             "data/partners.yaml", "data/strings.yaml"]
    save_through_editor(project, [name for name in saved if (project / name).is_file()])
    done["saved"] = saved
    return done
