"""A page's HTML against what the sanitiser lets a page hold, with the file and line of each refusal.

The Markdown of each page is turned into HTML as the build will (same
extensions, its figures filled: pcv/checks/page_rendering.py), then read as a browser would read its tags: anything the
sanitiser would remove (pcv/safety/allowlist.py, `PAGE`) is a problem that
stops the build, saying what was refused and what to write instead, so that
nothing a person typed is dropped silently. Reading the HTML, not the
Markdown's lines, finds a tag split over two lines, `/` in place of spaces,
HTML inside an HTML block, attribute lists, entity-encoded addresses and
reference-style links alike.
"""

from __future__ import annotations

import html as html_text
from collections import Counter
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

from pcv.checks.page_rendering import FROM_MARKDOWN, TYPED_OVER, WRITTEN_LATER
from pcv.problems import Problem
from pcv.pages.markdown import MarkdownPage
from pcv.safety.allowlist import LOADED, PAGE
from pcv.safety.link_address import ambiguous_problem, link_problem
from pcv.safety.urls import is_own, scheme

MAX_PER_PAGE = 10  # then one line says how many more
EMPTY_MEANS_NOTHING = {"id", "class", "title", "lang", "dir"}  # (`## Titre {title}` makes an empty title)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}  # typed in HTML: the heading checks read Markdown's
TYPED_PHOTO = {"img", "picture", "source"}  # allowed for what Markdown and the photos' sizes write, not typed in HTML
RESERVED_ID = "__"  # Material's ids (__search, __drawer, __config…): a page's anchor may not take one
NESTED = ("contenu imbriqué trop profondément (listes ou citations les unes dans les autres, sur des centaines "
          "de niveaux) : Markdown ne peut pas le lire. Vérifiez l'indentation des listes et les « > » en début de ligne.")


_WHAT_IT_REPLACES = {
    ("a", "href"): "l'adresse écrite entre parenthèses dans le lien : le lien mènerait ailleurs que là où il se lit. "
                   "Changez l'adresse dans « [texte](adresse) »",
    ("img", "src"): "le fichier écrit entre parenthèses dans l'image. Changez le nom du fichier dans "
                    "« ![description](images/photo.jpg) »",
    ("img", "alt"): "la description écrite entre crochets dans l'image (celle que lisent les lecteurs d'écran, et "
                    "que le site vérifie). Changez la description dans « ![description](images/photo.jpg) »",
}


def _override_message(tag: str, name: str) -> str:
    if (tag, name) in _WHAT_IT_REPLACES:
        what = _WHAT_IT_REPLACES[tag, name]
    elif name in WRITTEN_LATER.get(tag, ()):
        what = "ce que le site écrit lui-même pour chaque photo (sa taille et son chargement, lus dans le fichier)"
    elif name == "title":
        what = "le titre écrit entre guillemets après l'adresse. Gardez-en un seul, entre les guillemets"
    else:
        what = f"la valeur que le Markdown ou un autre « {name} » entre les accolades donne déjà"
    return (f"l'attribut « {name} » entre accolades remplacerait {what}. Retirez « {name} » des accolades : "
            "rien de ce qui est écrit ne doit disparaître sans que la page le montre.")


def page_html_problems(page: MarkdownPage, render: Callable[[MarkdownPage], str]) -> Iterator[Problem]:
    """What the sanitiser would remove from the HTML of `page` (made HTML by `render`, as the build will), each at its line."""
    try:
        html = render(page)
    except RecursionError:
        yield Problem(page.name, None, None, NESTED)
        return
    lines = Lines(page)
    found, told = 0, set()
    for tag, attributes in _start_tags(html):
        for needle, value, message in _refusals(tag, attributes):
            found += 1
            if found <= MAX_PER_PAGE:
                line, column = (lines.locate(needle, value) if not isinstance(needle, tuple)
                                else next(filter(all, (lines.locate(*where) for where in needle)), (None, None)))
                column, message = _typed_braces(lines.text_of(line), column) or (column, message)
                if (line, column, message) not in told:  # two words between the same braces: said once
                    told.add((line, column, message))
                    yield Problem(page.name, line, column, message)
    if found > MAX_PER_PAGE:
        yield Problem(page.name, None, None, f"et {found - MAX_PER_PAGE} autres refus du même genre dans cette page.")


def _refusals(tag: str, attributes: list[tuple[str, str]]) -> list[tuple[str | tuple, str, str]]:
    """(text to look for in the page, text that follows it on its line, message) for each thing of a start tag the
    sanitiser removes (or several (text, text that follows) to try in turn); or, for a photo or a heading typed in
    HTML and otherwise allowed, or a link to a file of the site typed in HTML, that (red team 17 F6: published broken, its
    address never adjusted nor checked)."""
    found = list(_removed(tag, attributes))
    typed = dict(attributes)
    if found or FROM_MARKDOWN in typed:
        return found
    if tag in TYPED_PHOTO:
        found.append((f"<{tag}", "", f"photo écrite en HTML (<{tag}>) : le site n'adapte pas son adresse à celle de la "
                      "page et ne vérifie pas que le fichier existe ; elle serait publiée cassée. Écrivez-la en "
                      "Markdown, avec sa description : ![Trois personnes autour d’une table](images/photo.jpg) (dans "
                      "l'éditeur : « Insérer une photo »)."))
    elif tag in HEADINGS:
        found.append((f"<{tag}", "", f"titre écrit en HTML (<{tag}>) : les vérifications des titres (un seul titre par "
                      "page, le même que celui de l'en-tête, aucun niveau sauté) ne lisent que ceux du Markdown, et la "
                      "page en aurait peut-être deux. Écrivez-le en Markdown : « ## Intertitre » (deux « # ») pour "
                      "un intertitre ; le titre de la page est son « title »."))
    elif tag == "a" and (href := typed.get("href", "")) and scheme(href) is None and not href.startswith(("#", "/")):
        found.append((href, "", f"lien écrit en HTML vers « {href} » : le site n'adapte pas son adresse à celle de la "
                      "page et ne vérifie pas qu'elle existe ; il serait publié cassé. Écrivez-le en Markdown : "
                      f"[texte du lien]({href})."))
    return found


def _removed(tag: str, attributes: list[tuple[str, str]]) -> Iterator[tuple[str | tuple, str, str]]:
    """What `_refusals` says the sanitiser removes from a start tag."""
    if not PAGE.allows_tag(tag):
        yield (f"<{tag}", "", f"balise HTML <{tag}> interdite dans une page : le site n'exécute et n'intègre rien qui "
               "soit écrit en HTML dans les pages. Retirez-la ; pour la mise en forme, utilisez le Markdown "
               "(**gras**, listes, [liens](page.md)).")
        return
    typed_over = dict(attributes).get(TYPED_OVER, "").split()
    names = [name for name, _ in attributes]
    twice = {name for name, count in Counter(names).items() if count > 1}  # counted once: « <a » × 300,000 is one tag
    for name in sorted(twice - set(typed_over), key=names.index):
        yield (name, "", f"l'attribut « {name} » est écrit deux fois sur <{tag}> : le navigateur ne garde que le "
               "premier, et le second disparaîtrait sans que la page le montre. Gardez-en un seul.")
    for name in typed_over:
        # Where it was typed: « name=value » (or « #value » for an id), whichever of the element's values it has.
        values = [value for other, value in attributes if other == name]
        where = [(name, value) for value in values] + [(f"#{value}", "") for value in values if name == "id"]
        yield (*where, (name, "")), "", _override_message(tag, name)
    for name, value in attributes:
        if name in (TYPED_OVER, FROM_MARKDOWN):
            continue
        if name.startswith("on"):
            yield name, value, f"attribut HTML « {name} » interdit : il exécuterait un script. Retirez-le."
        elif name == "style":
            yield name, value, ("attribut HTML « style » interdit : la mise en forme vient de la feuille de style du site, "
                         "et un style peut charger une image d'un autre site. Retirez-le.")
        elif not PAGE.allows_attribute(tag, name):
            yield name, value, (f"attribut HTML « {name} » interdit sur <{tag}>. Retirez-le ; attributs permis : "
                         f"{', '.join(PAGE.attributes_of(tag))}.")
        elif not value and name in EMPTY_MEANS_NOTHING:
            yield name, value, f"attribut HTML « {name} » vide sur <{tag}> : il ne sert à rien. Retirez-le."
        elif name == "id" and value.startswith(RESERVED_ID):
            yield value, "", (f"l'identifiant « {value} » est réservé au site (les siens commencent par « {RESERVED_ID} » : "
                              "recherche, menu ; une ancre du même nom les casserait). Donnez à cette ancre un autre nom.")
        elif name == "href" and (problem := link_problem(value)):
            yield value, "", f"lien « {value} » refusé : {problem}."
        elif name in LOADED and (problem := ambiguous_problem(value)):
            yield value, "", f"adresse d'image « {value} » refusée : {problem}."
        elif name in LOADED and not is_own(value):
            yield value, "", (f"image d'un autre site ({value}) : le site ne charge rien depuis un autre site, pour la "
                          "vie privée de ses lecteurs. Enregistrez l'image dans docs/ et liez-la par son nom de "
                          "fichier." if scheme(value) in ("https", "http", None) else
                          f"adresse « {scheme(value)}: » interdite pour une image. Enregistrez l'image dans docs/ "
                          "et liez-la par son nom de fichier.")


def _typed_braces(line: str | None, column: int | None) -> tuple[int, str] | None:
    """The column of the braces and the message, for an attribute that Markdown's attribute lists read from bare words
    typed between braces (« ## Nos cibles {2030} »: no « : » after « { », no « #id », « .class » or « = ») at
    `column` of `line`; None otherwise."""
    if line is None or column is None:
        return None
    start, end = line.rfind("{", 0, column), line.find("}", column - 1)
    if start == -1 or end == -1 or "}" in line[start:column - 1] or line[start + 1:start + 2] == ":":
        return None
    braces = line[start:end + 1]
    if any(word.startswith(("#", ".")) or "=" in word for word in braces[1:-1].split()):
        return None  # an id, a class or a value: written as an attribute list on purpose
    return start + 1, (f"« {braces} » est lu par Markdown comme des attributs HTML (à la fin d'un titre, sur la "
                       "dernière ligne d'un paragraphe, ou collé après un mot en gras ou un lien), pas comme du texte : "
                       f"il disparaîtrait de la page. Pour afficher ces accolades, écrivez « \\{braces} ».")


def _start_tags(html: str) -> list[tuple[str, list[tuple[str, str]]]]:
    tags: list[tuple[str, list[tuple[str, str]]]] = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.append((tag, [(name, value or "") for name, value in attrs]))

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    return tags


class Lines:
    """Where a refused text is in the page: its prose first (code blanked out), then any line
    of its body; each search for the same text resumes after the previous find."""

    def __init__(self, page: MarkdownPage) -> None:
        body = [(n, line) for n, line in page.lines() if n > page.front_matter_lines]
        self._texts = (list(page.prose_lines()), body)
        self._after: dict[str, tuple[int, int]] = {}

    def text_of(self, number: int | None) -> str | None:
        """The text of line `number` of the body, as typed."""
        return next((line for n, line in self._texts[1] if n == number), None)

    def locate(self, needle: str, then: str = "") -> tuple[int | None, int | None]:
        """Line and column (1-based) of the next `needle` followed, on its line, by `then`."""
        wanted, after_it = needle.lower(), then.lower()
        resume = self._after.get(wanted, (0, 0))
        for lines in self._texts:
            for number, line in lines:
                if number < resume[0]:
                    continue
                start = resume[1] if number == resume[0] else 0
                while (column := _find(line, wanted, start)) is not None:
                    if after_it in html_text.unescape(line[column:]).lower():
                        self._after[wanted] = (number, column + 1)
                        return number, column + 1
                    start = column + 1
        return None, None


def _find(line: str, wanted: str, start: int) -> int | None:
    """The column (0-based) of `wanted` in `line`, as typed or once its entities are decoded."""
    for text in (line, html_text.unescape(line)):
        column = text.lower().find(wanted, start)
        if column != -1:
            return column
    return None
