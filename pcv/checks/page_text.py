"""What the text of a page may not contain: broken links, photos without alt text, and figures
of the data typed by hand (what its HTML may hold is the sanitiser's business: pcv/checks/page_html.py).

Each check returns `Problem`s in French, with the file, the line, the column and what to do.
Code (`code spans` and fenced blocks) is not checked: it is shown as typed.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

from pcv.data.models import LANGUAGES, SiteData
from pcv.problems import Problem
from pcv.pages.figure_history import line_times, previous_figures
from pcv.pages.figures import (INSERT_FIGURE, PLACEHOLDER, DataFigure, data_figures, figure_texts, typed_figures,
                              without_addresses, without_kept_numbers)
from pcv.text.formatting import format_figure
from pcv.data.unfinished import unfinished, unfinished_message
from pcv.pages.links import file_part, folder_advice, images, links
from pcv.pages.markdown import HIDDEN, MarkdownPage
from pcv.publishing.photos import PHOTO_SUFFIXES, shared_photo
from pcv.safety.link_address import ambiguous_problem

# How to say, in a French message, "in the page's language", and an alt text in that language.
ALT_IN = {"fr": ("en français", "Trois personnes autour d’une table"),
          "en": ("en anglais", "Three people around a table")}
_BRACES = re.compile(r"\{\{|\}\}")


def text_problems(page: MarkdownPage, data: SiteData | None, docs_dir: Path, previous: list[DataFigure] | None = None) -> Iterator[Problem]:
    """What the page's text may not contain: broken links, figures typed by hand. `previous`: the figures' past
    values (`previous_figures`, read from git's history once for all the pages; read here when not given)."""
    yield from _link_problems(page, docs_dir)
    yield from _shared_photo_problems(page, docs_dir)
    yield from _alt_text_problems(page)
    yield from _image_kind_problems(page)
    yield from _unfinished_problems(page)
    if data is not None:
        yield from _figure_problems(page, data, previous_figures(docs_dir.parent, data) if previous is None else previous,
                                    docs_dir)


def _link_problems(page: MarkdownPage, docs_dir: Path) -> Iterator[Problem]:
    folder = posixpath.dirname(page.path) or "."
    folder_dir = docs_dir / page.lang
    for number, column, target in links(page):
        path = unquote(file_part(target))
        if path.startswith("/") and not path.startswith("//"):
            yield Problem(page.name, number, column,
                f"l'adresse « {target} » commence par « / » : elle ne mènerait pas au bon endroit une fois le site "
                "publié. Écrivez le chemin depuis cette page, par exemple images/photo.jpg ou ../programme.md.")
            continue
        if not path or re.match(r"[a-z][a-z0-9+.-]*:|/", path, re.I) or ambiguous_problem(path):
            continue  # another site's, or read otherwise by a browser: said by the check of the page's HTML
        shared = posixpath.normpath(posixpath.join(folder, path))  # (« ../en/a.md » is in no language's folder)
        if any(part.startswith(".") and part != ".." for part in shared.split("/")):  # red team 22 C73: « missing »
            yield Problem(page.name, number, column, f"« {target} » : {HIDDEN}. Renommez-le sans ce point, ici aussi.")
            continue
        if _is_page_file(folder_dir / shared, folder_dir) or shared_photo(docs_dir, page.lang, shared) or not \
                shared.startswith("..") and any(_is_page_file(docs_dir / o / shared, docs_dir / o) for o in LANGUAGES):
            continue  # a page of the other language only: its missing version is said (PROGRAMME12 F3)
        if _is_page_file(folder_dir / folder / path, docs_dir):
            yield Problem(page.name, number, column,
                f"le lien « {target} » mène dans le dossier d'une autre langue. Un lien vers une page du site "
                "donne le nom de son fichier dans la même langue (« programme.md », pas « ../en/programme.md ») ; "
                "le sélecteur de langue mène déjà à la traduction.")
            continue
        existing = sorted(p.relative_to(folder_dir).as_posix() for p in folder_dir.rglob("*.md"))
        where = posixpath.normpath(posixpath.join("docs", LANGUAGES[0], folder, path))
        other_case = (_other_case(docs_dir / LANGUAGES[0] / folder / path) or _other_case(folder_dir / folder / path))
        if other_case and posixpath.basename(path) == f"{other_case[:-3]}.md":
            continue  # a page saved as « .MD »: renaming it is said, not writing « .MD » (PROGRAMME12 F4)
        if other_case:  # PROGRAMME11 F11: « clinique.PNG » for clinique.png was told to be saved as clinique.PNG
            yield Problem(page.name, number, column, f"« {target} » n'existe pas, mais « {other_case} » oui, à côté : "
                          "les majuscules et les minuscules d'un nom de fichier comptent. Écrivez « "
                          f"{posixpath.join(posixpath.dirname(path), other_case)} ».")
            continue
        if path.lower().endswith(PHOTO_SUFFIXES):
            yield Problem(page.name, number, column,
                f"la photo « {target} » n'existe pas : enregistrez-la sous {where} (une seule copie sert aux "
                "deux langues ; dans l'éditeur, « Insérer une photo » l'y met), ou corrigez son nom.")
            continue
        if not path.lower().endswith(".md"):  # a document (« brochure.pdf ») or a folder: no page name to suggest
            added = posixpath.normpath(posixpath.join("docs", page.lang, folder, path))
            yield Problem(page.name, number, column, folder_advice(target, folder_dir, shared) or f"le lien « {target} » mène "
                          f"à un fichier qui n'existe pas : ajoutez-le sous {added}, ou corrigez son nom (relatif à cette page).")
            continue
        guess = difflib.get_close_matches(posixpath.normpath(posixpath.join(folder, path)), existing, n=1)
        hint = f" Vouliez-vous dire « {posixpath.relpath(guess[0], folder)} » ?" if guess else ""
        yield Problem(page.name, number, column,
            f"le lien « {target} » mène à un fichier qui n'existe pas. Un lien vers une page du "
            f"site donne le nom de son fichier .md, relatif à cette page.{hint}")


def _other_case(path: Path) -> str | None:
    """The name of the file beside `path` whose name differs from its own by letter case only, if any."""
    try:
        return next((p.name for p in path.parent.iterdir() if p.name != path.name and p.name.lower() == path.name
                     .lower() and p.is_file()), None)
    except OSError:
        return None


def _is_page_file(path: Path, docs_dir: Path) -> bool:
    try:
        resolved = path.resolve()
        return resolved.is_file() and resolved.is_relative_to(docs_dir.resolve())
    except (OSError, ValueError):  # a name too long for the system, a NUL…
        return False


def _shared_photo_problems(page: MarkdownPage, docs_dir: Path) -> Iterator[Problem]:
    """A photo this page shows from the first language's folder (`shared_photo`) is published in this language's
    folder, where a photo of its own with the same name but another extension would write the same WebP sizes: one
    would show the other (red team 15 F7). Refused at the image's line, both files named."""
    folder = posixpath.dirname(page.path)
    for number, column, _, src in images(page):
        path = posixpath.normpath(posixpath.join(folder, unquote(file_part(src))))
        source = shared_photo(docs_dir, page.lang, path)
        if source is None:
            continue
        own_folder = docs_dir / page.lang / posixpath.dirname(path)
        stem = posixpath.splitext(posixpath.basename(path))[0].casefold()
        try:
            own = sorted(f for f in own_folder.iterdir() if f.suffix.lower() in PHOTO_SUFFIXES
                         and f.stem.casefold() == stem and f.is_file())
        except OSError:  # no such folder: nothing of its own there
            continue
        for other in own:
            shared = f"{docs_dir.name}/{source.relative_to(docs_dir).as_posix()}"
            yield Problem(page.name, number, column, f"la photo « {src} » vient du dossier de la première langue "
                          f"({shared}), et {docs_dir.name}/{other.relative_to(docs_dir).as_posix()} a le même nom à "
                          "l'extension près : publiées dans le même dossier, leurs versions pour le web seraient les "
                          "mêmes fichiers, et l'une montrerait l'autre. Renommez l'une des deux (et son lien).")


def _image_kind_problems(page: MarkdownPage) -> Iterator[Problem]:
    """An image (« ![…](…) ») of the site whose address is not a photo: a page, an anchor, another file. The browser
    would show a broken image, and a link typed after a « ! » would be lost (red team 21 H2)."""
    for number, column, _, src in images(page):
        if re.match(r"[a-z][a-z0-9+.-]*:|//", src, re.I) or file_part(src).lower().endswith(PHOTO_SUFFIXES):
            continue  # another site's image is refused by the check of the page's HTML
        yield Problem(page.name, number, column,
            f"« ![…]({src}) » montre une image, mais « {src} » n'est pas une photo ({', '.join(PHOTO_SUFFIXES)}) : "
            "les lecteurs verraient une image cassée. Pour un lien, retirez le « ! » devant « [ » ; pour une photo, "
            "donnez le nom de son fichier.")


def _alt_text_problems(page: MarkdownPage) -> Iterator[Problem]:
    """An image whose alt text (between the brackets) is missing or is its file name."""
    for number, column, alt, src in images(page):
        name = posixpath.basename(file_part(src))
        if alt and alt.lower() not in {name.lower(), posixpath.splitext(name)[0].lower()}:
            continue
        missing = "n'a pas de texte de remplacement" if not alt else "a pour texte de remplacement son nom de fichier"
        language, example = ALT_IN[page.lang]
        yield Problem(page.name, number, column,
            f"la photo « {name} » {missing}. Entre les crochets, décrivez {language} ce qu'elle "
            f"montre, pour les lecteurs qui ne la voient pas : ![{example}]({src}).")


def _unfinished_problems(page: MarkdownPage) -> Iterator[Problem]:
    """Placeholder text (« TODO », « Lorem ipsum », pcv/data/unfinished.py) in the page's prose or its shown fields,
    not in an HTML comment, which is published nowhere (pcv/checks/page_comments.py)."""
    pending = "" if page.lang == LANGUAGES[0] else (" Une page pas encore traduite s'écrit avec les trois lignes "
        "« --- », « translation: pending », « --- » : le site montre alors l'original, avec un avis.")
    comment = False
    for number, line in _text_lines(page):
        key = _FIELD.match(line) if number <= page.front_matter_lines else None
        line = " " * key.end() + line[key.end():] if key else line  # a field's value (« title: À compléter »)
        shown = ""
        for part in re.split(r"(<!--|-->)", line):
            comment = part == "<!--" or (comment and part != "-->")
            shown += " " * len(part) if comment or part == "-->" else part
        for column, typed in unfinished(shown)[:1]:
            yield Problem(page.name, number, column + 1, unfinished_message(typed, " sur la page. Remplacez-le par "
                          "le texte à publier." + pending))


def _figure_problems(page: MarkdownPage, data: SiteData, previous: list[DataFigure], docs_dir: Path) -> Iterator[Problem]:
    current = data_figures(data)
    figures = current + previous  # the current value first
    names = figure_texts(data, page.lang)
    for number, line in _text_lines(page):
        text = without_addresses(without_kept_numbers(line))
        found = list(typed_figures(text, figures))
        if any(figure.previous_of is not None for _, _, figure in found):  # unless written before it had that value
            written = line_times(docs_dir.parent, docs_dir / page.lang / page.path, page.text).get(number)
            found = list(typed_figures(text, current + [figure for figure in previous
                                                        if written is None or figure.since is None
                                                        or written >= figure.since]))
        for column, typed, figure in found:
            yield Problem(page.name, number, column,
                          _typed_figure_message(typed, figure, page.lang, number <= page.front_matter_lines))
        for match in PLACEHOLDER.finditer(line):
            if number <= page.front_matter_lines:
                yield Problem(page.name, number, match.start() + 1, f"« {match.group(0)} » ne s'affiche que dans le "
                              "texte de la page, pas dans son en-tête. Écrivez l'en-tête sans chiffre des données.")
            elif match.group(1) not in names:
                yield Problem(page.name, number, match.start() + 1, f"« {match.group(0)} » ne correspond à aucune "
                              "donnée (data/programme.yaml, data/countries.yaml). Données possibles : "
                              + ", ".join(f"{{{{ {name} }}}}" for name in names) + ".")
        left = PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), without_kept_numbers(line))
        for match in _BRACES.finditer(left):
            yield Problem(page.name, number, match.start() + 1,
                f"« {match.group(0)} » resterait tel quel sur la page : un chiffre des données s'écrit "
                "{{ nom }}, entre deux accolades de chaque côté, par exemple {{ period.end }}. "
                "Corrigez-le, ou retirez les accolades.")


def _typed_figure_message(typed: str, figure: DataFigure, lang: str, in_front_matter: bool = False) -> str:
    """What to do with a number typed in a page that is, or was, a figure of the data. In the front matter (a title,
    a description), where {{ name }} shows nothing, what works there (PROGRAMME7 F1: the placeholder advised was
    refused by the next build)."""
    placeholder, keep = f"{{{{ {figure.placeholder} }}}}", f'{{{{ "{typed}" }}}}'
    what = f"{figure.label} ({figure.source})" if figure.label else f"({figure.source})"
    if in_front_matter:
        was = (f"était un chiffre des données, {what}, qui vaut maintenant "
               f"{figure.previous_of if figure.kind == 'year' else format_figure(figure.previous_of, figure.kind, lang)}"
               if figure.previous_of is not None else f"est un chiffre des données, {what}")
        return (f"« {typed} » {was}. L'en-tête de la page ne peut pas l'afficher depuis les données ({placeholder} "
                "ne s'y affiche pas) : si la phrase parle de ce chiffre, écrivez-la sans lui (le texte de la page peut "
                f"le donner, avec {placeholder}). S'il dit autre chose (une autre année, un nom comme « Agenda 2030 »), "
                f"gardez-le tel quel en l'écrivant {keep}.")
    editor = (f"(dans l'éditeur : sélectionnez « {typed} », puis choisissez-le dans la liste « {INSERT_FIGURE} » "
              "au-dessus du texte)")
    if figure.previous_of is not None:
        now = str(figure.previous_of) if figure.kind == "year" else format_figure(figure.previous_of, figure.kind, lang)
        return (f"« {typed} » était un chiffre des données, {what}, qui vaut maintenant {now}. "
                f"Écrivez {placeholder} pour montrer le chiffre à jour {editor} ; si la page parle bien de l'ancien "
                f"chiffre, ou d'autre chose (un exemple, une année), gardez-le tel quel en l'écrivant {keep}.")
    return (f"« {typed} » est un chiffre des données, {what}. Si la phrase parle de ce chiffre, écrivez "
            f"{placeholder} à la place {editor} : le site l'affichera depuis les données, dans le format de la langue. "
            f"S'il dit autre chose (une autre année, un nom comme « Agenda 2030 »), gardez-le tel quel en l'écrivant "
            f"{keep}.")


# The front-matter fields a reader sees as text, where a figure typed by hand is looked for ({{ "2030" }} keeps
# one as written: pcv/build/page_steps.py). The others are addresses and names (slug: agenda-2030, country, role…).
SHOWN_FIELDS = ("title", "description")
_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:")


def _text_lines(page: MarkdownPage) -> list[tuple[int, str]]:
    """The prose, and the lines of the front matter's shown fields (a field's value may go on over several lines)."""
    front, field = [], None
    for number, line in page.lines():
        if number > page.front_matter_lines:
            break
        if 1 < number < page.front_matter_lines and not line[:1].isspace():
            key = _FIELD.match(line)
            field = key.group(1) if key else field
        if field in SHOWN_FIELDS:
            front.append((number, line))
    return [*front, *page.prose_lines()]
