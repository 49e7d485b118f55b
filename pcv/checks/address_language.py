"""A translation's address in its own language: no word of its original's that it does not say itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pcv.checks.page_set import Pages
from pcv.data.models import LANGUAGE_NAMES
from pcv.data.rules import COUNTRY_CODES
from pcv.field_labels import PAGE_LABELS
from pcv.pages.addresses import folder_slugs, page_address, slug_segments, valid_slug
from pcv.pages.front_matter import PENDING, meta_line
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.problems import Problem
from pcv.text.formatting import country_name
from pcv.text.plain_words import plain_word_list, plain_words

_LINK_ADDRESS = re.compile(r"\]\([^)]*\)")  # « ](../activites/perou.md) »: a file's name, not what a reader reads


def address_language_problems(pages: Pages, unreadable: set[str] = frozenset()) -> Iterator[Problem]:
    """A translation's address is in its own language: its last part (its slug, or its file's name) has no word
    that the original page says and the translation does not (staff play-test 7: « perou » in the English address
    of the page of Peru)."""
    first = LANGUAGES[0]
    for (lang, path), page in sorted(pages.items()):
        original = pages.get((first, path))
        if (lang == first or original is None or page.meta.get("translation") == PENDING or page.name in unreadable
                or ("slug" in page.meta and not valid_slug(page.meta["slug"]))):
            continue  # an unread page, or a slug of the wrong form, is said as such
        address = page_address(pages, lang, path)
        foreign = sorted(plain_words(address.rstrip("/").rsplit("/", 1)[-1]) & plain_words(_shown(original)) - plain_words(_shown(page)))
        if foreign:
            line, code = meta_line(page, "slug"), page.meta.get("country")
            slug = "-".join(plain_word_list(country_name(code, lang))) if code in COUNTRY_CODES else ""
            # the field named once: by the place, when the page has the line (staff play-test 9 F6)
            field = "ce champ" if line else f"son champ « {PAGE_LABELS['slug']} »"
            fix = (f"écrivez « {slug} » dans {field} (dans le fichier : « slug: {slug} »)"
                   if slug else f"écrivez dans {field} des mots en {LANGUAGE_NAMES[lang]}, ceux de son titre")
            # in plain words (staff play-test 8 F11: « un mot de sa version en français que celle-ci ne dit pas »)
            yield Problem(page.name, line, 1 if line else None, f"l'adresse « {address} » de cette page en "
                f"{LANGUAGE_NAMES[lang]} contient « {foreign[0]} », un mot {LANGUAGE_NAMES[first]} que le texte "
                f"{LANGUAGE_NAMES[lang]} ne contient pas : l'adresse d'une page est écrite dans la langue de la page. "
                f"Pour la corriger, {fix} ; le fichier garde son nom.", "slug" if line else None)


def slug_path_problems(pages: Pages) -> Iterator[Problem]:
    """A translation's slug names the end of its address, from the folders that have no name of their own (PROGRAMME10
    F6: in docs/en/terrain/pays/cambodge.md, under docs/en/terrain/index.md's « slug: in-the-field », « slug:
    in-the-field/cambodia » made /en/in-the-field/in-the-field/cambodia/, and « slug: cambodia »
    /en/in-the-field/pays/cambodia/, the French folder's name in an English address, both without a word); it
    names such a folder in the page's language, as its siblings do (PROGRAMME11 F3: « slug: pays/cambodia »)."""
    first = LANGUAGES[0]
    names = _folder_names(pages)
    said = {lang: set().union(*(plain_words(_shown(page)) for (own, _), page in pages.items() if own == lang))
            for lang in LANGUAGES[1:]}
    for (lang, path), page in sorted(pages.items()):
        slug = page.meta.get("slug")
        given = slug_segments(slug)
        if lang == first or not given or page.meta.get("translation") == PENDING:
            continue
        folders = folder_slugs(pages, lang, path)
        covered = folders[len(folders) - min(len(given) - 1, len(folders)):] if len(given) > 1 else []
        kept = folders[:len(folders) - len(covered)]
        unnamed = []  # the innermost folders without a name of their own: what a slug names before the page's
        for folder, name in reversed(folders):
            if name is not None:
                break
            unnamed.insert(0, folder)
        usual = [_usual(names, lang, folder, page.name) for folder in unnamed]  # what its siblings name them
        address = page_address(pages, lang, path)
        right = "/".join([name or "…" for name in usual] + [given[-1]])
        unknown = [folder for folder, name in zip(unnamed, usual) if name is None]
        what = (f", où « … » est le nom en {LANGUAGE_NAMES[lang]} du dossier « {unknown[-1].rsplit('/', 1)[-1]} »"
                if len(unknown) == 1 else f", où chaque « … » est le nom en {LANGUAGE_NAMES[lang]} d'un dossier ("
                + ", ".join(f"« {folder.rsplit('/', 1)[-1]} »" for folder in unknown) + ")" if unknown else "")
        advice = (f"Le slug d'une page ne donne que la fin de son adresse : son nom, précédé du nom de chacun de ses "
                  "dossiers qui n'a pas de page index.md qui le nomme (« slug: » de cet index.md). Écrivez « slug: "
                  f"{right} »{what}.")
        doubled = [(folder, name, word) for (folder, name), word in zip(covered, given) if name not in (None, word)]
        doubled += [(folder, name, word) for (folder, name), word in zip(covered, given)
                    if name is None and any(word == (own or folder.rsplit("/", 1)[-1]) for _, own in kept)]
        french = [folder for folder, name in kept if name is None and page.meta.get("slug") != path.rsplit("/", 1)[-1]
                  .removesuffix(".md") and _french(folder, folder.rsplit("/", 1)[-1], said[lang])]
        french += [folder for (folder, name), word in zip(covered, given)
                   if name is None and _french(folder, word, said[lang])]
        other = [(folder, word, _usual(names, lang, folder, page.name)) for (folder, name), word in zip(covered, given)
                 if name is None and _usual(names, lang, folder, "") not in (None, word)]
        line = meta_line(page, "slug")
        if doubled:
            folder, name, word = doubled[0]
            named = (f"renomme le dossier « {folder} », qui a déjà son nom en {LANGUAGE_NAMES[lang]}, « {name} », "
                     f"donné par docs/{lang}/{folder}/index.md" if name else
                     f"donne au dossier « {folder} » le nom « {word} », qui est déjà celui d'un dossier au-dessus")
            yield Problem(page.name, line, 1, f"« slug: {slug} » {named} : l'adresse de la page serait /{lang}/"
                          f"{address}. {advice}", "slug")
        elif french:
            word = french[-1].rsplit("/", 1)[-1]
            yield Problem(page.name, line, 1, f"l'adresse /{lang}/{address} de cette page garde « {word} », le nom "
                          f"du dossier {LANGUAGE_NAMES[first]} : aucune page docs/{lang}/{french[-1]}/index.md ne "
                          f"lui donne un nom en {LANGUAGE_NAMES[lang]}. {advice} Si « {word} » se dit de même en {LANGUAGE_NAMES[lang]}, "
                          f"écrivez-le aussi dans le titre ou la description de la page en {LANGUAGE_NAMES[lang]}.",
                          "slug")
        elif other:
            folder, word, name = other[0]
            sibling = names[lang, folder][name][0]
            yield Problem(page.name, line, 1, f"« slug: {slug} » nomme le dossier « {folder} » « {word} » dans "
                          f"l'adresse /{lang}/{address}, alors que {sibling} le nomme « {name} » : un dossier a un "
                          f"seul nom dans les adresses en {LANGUAGE_NAMES[lang]}, sinon ses pages semblent rangées "
                          f"dans deux dossiers. {advice}", "slug")


def _folder_names(pages: Pages) -> dict[tuple[str, str], dict[str, list[str]]]:
    """The names the translations' slugs give each folder that has none of its own, in their language, the most
    used first, each with the pages that give it; not a folder's French name, nor the name of a folder above it."""
    given: dict[tuple[str, str], dict[str, list[str]]] = {}
    for (lang, path), page in sorted(pages.items()):
        words = slug_segments(page.meta.get("slug"))
        if lang == LANGUAGES[0] or len(words) < 2 or page.meta.get("translation") == PENDING:
            continue
        folders = folder_slugs(pages, lang, path)
        covered = folders[len(folders) - min(len(words) - 1, len(folders)):]
        above = {own or folder.rsplit("/", 1)[-1] for folder, own in folders[:len(folders) - len(covered)]}
        for (folder, name), word in zip(covered, words):
            if name is None and word != folder.rsplit("/", 1)[-1] and word not in above:
                given.setdefault((lang, folder), {}).setdefault(word, []).append(page.name)
    return {key: dict(sorted(by.items(), key=lambda item: -len(item[1]))) for key, by in given.items()}


def _usual(names: dict[tuple[str, str], dict[str, list[str]]], lang: str, folder: str, page: str) -> str | None:
    """The name most pages but `page` give `folder` in `lang`, if any."""
    return next((word for word, by in names.get((lang, folder), {}).items() if by != [page]), None)


def _french(folder: str, word: str, said: set[str]) -> bool:
    """Whether `word`, in a translation's address, is the French name of `folder` that no page in the translation's
    language says, `said` being their words: a word the same in both languages, such as « photos », or « guides »
    where a title says « guide » (PROGRAMME12 F1), passes."""
    return word == folder.rsplit("/", 1)[-1] and not all(
        part in said or part.removesuffix("s") in said or f"{part}s" in said for part in plain_word_list(word))


def _shown(page: MarkdownPage) -> str:
    """What a reader of `page` reads: its title, its description and its text, without link addresses."""
    meta = " ".join(str(page.meta.get(key, "")) for key in ("title", "description"))
    return f"{meta} {_LINK_ADDRESS.sub('] ', page.body)}"
