"""The changes staff make to pages and to the menu (CONTRIBUTING.md parts « Modifier une page », 1, 4 and 5), by hand
or through the web editor's way of writing files, on a copy of the project: see tests/staff_edits.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import yaml
from staff_edits import (add_country_with_page, add_country_without_page, add_partner_english_first,
                         change_as_of, change_figures, change_interface_texts, change_partners_in_editor,
                         change_programme_texts,
                         extend_period, page_in_editor, remove_country_without_page, reorder_lists, save_photo,
                         save_through_editor)

from pcv.data.models import LANGUAGES


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
    """A page's title and description changed by hand in both languages, and its « # » line with its title (the
    build refuses the two when they differ: CONTRIBUTING.md, « Lire une page »)."""
    for lang, more, summary in (("fr", " en bref", "En bref, ce que dit cette page."),
                                ("en", " at a glance", "At a glance, what this page says.")):
        path = project / "docs" / lang / page
        text = path.read_text(encoding="utf-8")
        title = yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))["title"]
        title = json.dumps(title + more if len(title + more) <= 60 else more.strip().capitalize(), ensure_ascii=False)
        text = re.sub(r"(?m)^title:.*(\n[ \t]+.*)*$", lambda _: f"title: {title}", text, count=1)
        header, body = text.split("\n---\n", 1)
        text = header + "\n---\n" + re.sub(r"(?m)^# .*$", lambda _: f"# {json.loads(title)}", body, count=1)
        text = re.sub(r"(?m)^description:.*(\n[ \t]+.*)*$",
                      lambda _: f"description: {summary}", text, count=1)
        path.write_text(text, encoding="utf-8")


def change_english_address(project: Path) -> str | None:
    """An English page's address (`slug:`, « Fin de l'adresse ») changed, outside the sections' folders."""
    for page in sorted((project / "docs" / "en").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        found = re.search(r"(?m)^slug: *['\"]?([a-z0-9-]+)['\"]?$", text)
        if found and page.name != "index.md":
            page.write_text(text.replace(found.group(0), f"slug: our-{found.group(1)}", 1), encoding="utf-8")
            return page.name
    return None


def clear_translation_fields(project: Path, page: str) -> None:
    """« Traduction en attente » and « Traduction relue » emptied (the cross) on an English page, as the editor
    writes cleared fields: the page was translated."""
    english = project / "docs" / "en" / page
    english.write_text(english.read_text(encoding="utf-8").replace(
        "\n---\n", '\ntranslation: ""\ntranslation_reviewed: ""\n---\n', 1), encoding="utf-8")
    save_through_editor(project, [f"docs/en/{page}"])


def mark_translated(project: Path, page: str) -> None:
    """A French sentence added, then `make translated PAGE=…` (the English needed no change)."""
    change_original_only(project, page)
    subprocess.run([sys.executable, "scripts/translations.py", "mark", page], cwd=project, check=True,
                   capture_output=True, text=True, timeout=120)


def _add_to_menu(project: Path, entry: str) -> None:
    """`entry` added under `nav:` in mkdocs.yml, before the last top-level entry."""
    path = project / "mkdocs.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    last = max(i for i in range(lines.index("nav:\n"), len(lines)) if lines[i].startswith("  - "))
    lines.insert(last, f"  - {entry}\n")
    path.write_text("".join(lines), encoding="utf-8")


def add_page_awaiting_translation(project: Path) -> str:
    """Part 4 and 5: a new page by hand in French, its English version « en attente » (three lines), in the menu."""
    (project / "docs" / "fr" / "temoignages.md").write_text(
        "---\ntitle: Témoignages\ndescription: Des volontaires racontent leur mission.\n---\n\n# Témoignages\n\n"
        "Des volontaires racontent leur mission.\n", encoding="utf-8")
    (project / "docs" / "en" / "temoignages.md").write_text("---\ntranslation: pending\n---\n", encoding="utf-8")
    _add_to_menu(project, "temoignages.md")
    return "temoignages.md"


def _first_section_page(project: Path) -> str:
    """The first page of the menu's first section, in mkdocs.yml."""
    lines = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    heading = next(i for i in range(lines.index("nav:"), len(lines)) if re.match(r"  - [^:]+:\s*$", lines[i]))
    return lines[heading + 1].strip().removeprefix("- ")


def add_page_in_editor(project: Path) -> str:
    """« + Page » in « Pages »: both languages written together (file named from the French title, an English
    address, an anchored heading, a link), placed in the menu by « Place dans le menu » (after the first page of a
    section: in that section), as the editor writes it in both languages."""
    name = "histoires-de-volontaires.md"
    link = next(iter(_translated_pages(project)))
    after = _first_section_page(project)
    # The link's words say where it leads, the linked page's title (the build refuses « cette page »: PROGRAMME11 F4).
    linked = {lang: yaml.safe_load((project / "docs" / lang / link).read_text(encoding="utf-8").split("\n---\n", 1)[0]
                                   .removeprefix("---\n"))["title"] for lang in LANGUAGES}
    for lang, title, text in (
            ("fr", "Histoires de volontaires", f"Trois volontaires racontent.\n\n## Un atelier {{ #atelier }}\n\n"
                                               f"Voir aussi la page [{linked['fr']}]({link})."),
            ("en", "Volunteer stories", f"Three volunteers tell their story.\n\n## A workshop {{ #workshop }}\n\n"
                                        f"See also the page [{linked['en']}]({link}).")):
        meta = {"title": title, "description": text.split("\n")[0]} | ({"slug": "volunteer-stories"} if lang == "en" else {})
        page_in_editor(project, lang, name, meta | {"menu_after": after}, text)
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
        photo = path.parent / "images" / save_photo(path.parent / "images", "atelier-staff.jpg")
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^# .+\n", text, re.MULTILINE) or re.search(r"^---\n.*?\n---\n", text, re.DOTALL)
        path.write_text(text[:title.end()] + f"\n![{alts[lang]}](images/atelier-staff.jpg)\n" + text[title.end():],
                        encoding="utf-8")
    return photo


def every_staff_change(project: Path) -> dict[str, object]:
    """Every change staff make, in one copy of the project, in the guide's order: what each one did."""
    translated = _translated_pages(project)
    done: dict[str, object] = {
        "figures": change_figures(project), "as_of": change_as_of(project), "period": extend_period(project),
        "country": add_country_with_page(project), "removed country": remove_country_without_page(project),
        "country without page": add_country_without_page(project),
        "partner": add_partner_english_first(project), "partners in editor": change_partners_in_editor(project),
        "reordered": reorder_lists(project), "programme texts": change_programme_texts(project),
        "interface texts": change_interface_texts(project), "photo": add_photo(project),
    }
    fix_typo_and_review_translation(project, translated[0])
    change_original_only(project, translated[1])
    change_title_and_description(project, translated[2])
    clear_translation_fields(project, translated[3])
    mark_translated(project, translated[4])
    done |= {"reviewed": translated[0], "out of date": translated[1], "retitled": translated[2],
             "cleared translation fields": translated[3], "make translated": translated[4],
             "English address": change_english_address(project),
             "pending page": add_page_awaiting_translation(project), "editor page": add_page_in_editor(project)}
    reorder_menu(project)
    saved = [f"docs/fr/{translated[1]}", f"docs/en/{translated[-1]}", "data/programme.yaml", "data/countries.yaml",
             "data/partners.yaml", "data/strings.yaml"]
    save_through_editor(project, [name for name in saved if (project / name).is_file()])
    done["saved"] = saved
    return done
