"""Where a problem of a page is in the web editor's form. The editor shows a page's front matter as fields and
its text in a box of its own, so a line of the file is either a field (« Titre ») or a line of « Texte de la
page » counted from the end of the front matter: the preview (pcv/preview/) adds this to each message."""

from __future__ import annotations

import re
from pathlib import Path

from pcv.data.models import LANGUAGE_NAMES
from pcv.editor.data_forms import data_forms
from pcv.field_labels import PAGE_LABELS
from pcv.invisible_signs import INVISIBLE
from pcv.pages.markdown import FRONT_MATTER, LANGUAGES, read_page
from pcv.pages.page_header import EMPTY_HEADER, open_front_matter_end
from pcv.problems import Problem, visible


_PAGE = re.compile(r"docs/([^/]+)/(.+\.md)")
_DATA = re.compile(r"data/([a-z_]+)\.yaml")
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
# A page whose front matter is not closed: the editor on her computer shows it closed after its fields (decap_server.js)
# when they read as fields, and saving it there writes the missing line; otherwise it shows no text, and saving it
# would erase the text: she fixes the file itself.
CLOSED_ON_SAVE = ("dans l'éditeur : ouvrez la page, vérifiez que son titre, sa description et son texte sont à leur "
                  "place, puis enregistrez-la (Publier) : l'éditeur ajoute la ligne « --- » qui manque")
UNREADABLE = ("dans l'éditeur, le texte de cette page paraît vide : ne l'enregistrez pas, il serait effacé ; "
              "ajoutez la ligne dans le fichier lui-même, sur GitHub ou avec Visual Studio Code "
              "(CONTRIBUTING.md, partie 3, « Une page dont l'en-tête n'est pas fermé »)")


def editor_problem(problem: Problem, root: Path, collections: list[dict]) -> dict[str, str | None]:
    """One problem as the editor lists it (its configuration's `collections` hold the pages): where it is in the file,
    without the field when its place in the editor's form names it (staff play-test 9 F6: « champ « Fin de l'adresse
    (slug) » » then « (dans l'éditeur : champ « Fin de l'adresse (slug) ») »), and what to do."""
    editor = editor_place(problem, root)
    return {"where": problem.place if editor else problem.where, "editor": editor,
            "message": missing_page_advice(problem, root, collections) or visible(problem.message)}


def editor_place(problem: Problem, root: Path) -> str | None:
    """« dans l'éditeur : … » for a problem at a line of a page of `root`, at a field of a data file or in the menu of
    mkdocs.yml, or None."""
    if problem.field and _DATA.fullmatch(problem.file):
        return _data_place(problem.file, problem.field, root)
    if problem.file == "mkdocs.yml" and problem.field:
        return _menu_place(problem.field)
    match = _PAGE.fullmatch(problem.file)
    if not match or problem.line is None or not (root / problem.file).is_file():
        return None
    page, unreadable = read_page(root / problem.file, match.group(1), match.group(2))
    if not page.front_matter_lines:
        if unreadable is None or unreadable.line != problem.line:
            return None
        if EMPTY_HEADER.match(page.text) or not (root / problem.file).read_bytes().strip():
            return None  # the editor shows its empty fields: the message says what to write in them
        if open_front_matter_end(page.text):
            return CLOSED_ON_SAVE
        return _invisible_place(root / problem.file, problem.line) or UNREADABLE
    if problem.line > page.front_matter_lines:
        return f"dans l'éditeur : « {PAGE_LABELS['body']} », ligne {problem.line - page.front_matter_lines}"
    line = next((text for number, text in page.lines() if number == problem.line), "")
    key = line.split(":", 1)[0].strip()
    return f"dans l'éditeur : champ « {PAGE_LABELS[key]} »" if key in PAGE_LABELS else None


_MENU_ENTRY = re.compile(r"nav\[(\d+)\]")
_SECTION_NAMES = re.compile(r"plugins\.i18n\.languages\[\d+\]\.nav_translations(?:\.(.+))?")


def _menu_place(field: str) -> str | None:
    """Where a problem of mkdocs.yml's menu is in the editor's « Menu du site » (pcv/editor/menu_form.js): an entry
    of `nav` by its place, the other language's section names (`nav_translations`) by the section's field."""
    if entry := _MENU_ENTRY.match(field):
        return f"dans l'éditeur : « Menu du site », entrée n° {int(entry.group(1)) + 1}"
    if names := _SECTION_NAMES.fullmatch(field):
        section = f"la section « {names.group(1)} »" if names.group(1) else "la section"
        return f"dans l'éditeur : « Menu du site », {section}, champ « En {LANGUAGE_NAMES[LANGUAGES[1]]} »"
    return None


def _invisible_place(file: Path, line: int) -> str | None:
    """Where an invisible sign pasted in a page (a zero-width space from Word) is in the editor: the build reads no
    such page, but the editor shows it whole, its title in « Titre » and its text in « Texte de la page »; the sign
    is named after the words it follows, as it cannot be seen (staff play-test 8 F2: the message said the text
    looked empty and sent her to GitHub). None when the line holds no such sign."""
    try:
        text = file.read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError):
        return None
    lines = text.split("\n")
    sign = INVISIBLE.search(lines[line - 1]) if 0 < line <= len(lines) else None
    if sign is None:
        return None
    front = FRONT_MATTER.match(INVISIBLE.sub("", text))
    ends = front.group(0).count("\n") if front else 0
    typed = INVISIBLE.sub("", lines[line - 1][:sign.start()])
    key = INVISIBLE.sub("", lines[line - 1]).split(":", 1)[0].strip()
    if line <= ends:  # a field: its words, without its name
        if key not in PAGE_LABELS:
            return None
        typed = typed.split(":", 1)[1] if ":" in typed else ""
    before = re.findall(r"[\w’'-]+", typed)[-2:]
    sign_name = f"un caractère invisible (U+{ord(sign.group()):04X})"
    what = (f", juste après « {' '.join(before)} » : {sign_name} ; effacez {'ces mots et retapez-les' if len(before) > 1 else 'ce mot et retapez-le'}, puis Publier"
            if before else f", au début : {sign_name} ; effacez-le, puis Publier")
    if line > ends:
        return f"dans l'éditeur : « {PAGE_LABELS['body']} », ligne {line - ends}{what}"
    return f"dans l'éditeur : champ « {PAGE_LABELS[key]} »{what}"


def _data_place(file: str, field: str, root: Path) -> str | None:
    """Where the field `field` ("countries[5].code") of the data file `file` is in its form: the file's form, then
    each list item by its number and each field by its label, as the editor shows them."""
    form = next((f for f in data_forms(root / "data") if f["file"] == file), None)
    if form is None:
        return None
    steps, fields = [f"« {form['label']} »"], form["fields"]
    for name, index in _STEP.findall(field):
        if index:
            steps[-1] += f", {int(index) + 1}{'er' if index == '0' else 'e'} élément"
            continue
        found = next((f for f in fields if f["name"] == name), None)
        if found is None:
            break
        steps.append(f"« {found['label']} »")
        fields = found.get("fields") or ([found["field"]] if "field" in found else [])
    return "dans l'éditeur : " + " → ".join(steps)


def missing_page_advice(problem: Problem, root: Path, collections: list[dict]) -> str | None:
    """What to do in the editor, whose `collections` (its config.yml) hold the pages, about a page that exists in one
    language only (pcv.checks.page_set's « ce fichier manque », which gives the file's lines for GitHub): write it in
    the collection that shows it; None for any other problem."""
    match = _PAGE.fullmatch(problem.file)
    if not match or problem.line is not None or (root / problem.file).exists():
        return None
    lang, path = match.groups()
    other = next((f for f in sorted((root / "docs").glob(f"*/{path}")) if f.is_file()), None)
    if other is None:
        return None
    page = read_page(other, other.relative_to(root / "docs").parts[0], path)[0]
    title, folder = page.meta.get("title") or path, problem.file.rsplit("/", 1)[0]
    missing = f"ce fichier manque : la page « {title} » n'a pas de version en {LANGUAGE_NAMES.get(lang, lang)}"
    own = next((c for c in collections if c.get("folder") == folder), None)
    if own is not None:  # one collection per language: the page is created there
        same = (f"le même « {PAGE_LABELS['country']} » (sa « {PAGE_LABELS['slug']} » se remplit)" if "country" in page.meta
                else f"la même « {PAGE_LABELS['slug']} » : « {path.rsplit('/', 1)[-1].removesuffix('.md')} »")
        there = other.relative_to(root / "docs").parts[0]
        kept = next((c for c in collections if c.get("folder") == f"docs/{there}/{folder.split('/', 2)[2]}"), None)
        deleted = (f" Si vous venez de la supprimer, supprimez aussi sa version en {LANGUAGE_NAMES.get(there, there)} : "
                   f"Collections, « {kept['label']} », la page « {title} », bouton « Supprimer l'entrée ». Sinon, dans l'éditeur :"
                   if kept is not None else " Dans l'éditeur :")  # (« Supprimer l'entrée » there takes its file only)
        return (f"{missing}.{deleted} Collections, « {own['label']} », bouton « + Page » ; écrivez-la en "
                f"{LANGUAGE_NAMES.get(lang, lang)}, avec {same}, puis Publier.")
    both = next((c for c in collections if c.get("folder") == "docs" and c.get("i18n")), None)
    if both is not None and "/" not in path:  # both languages side by side
        return (f"{missing}. Dans l'éditeur : Collections, « {both['label']} », la page « {title} » : écrivez sa "
                f"version en {LANGUAGE_NAMES.get(lang, lang)} dans sa colonne (titre, description, texte), puis Publier.")
    return None
