"""mkdocs.yml by allowlist: staff change the menu, the site's names and its repository; every other setting
is the engine's.

A key added to mkdocs.yml can change what every page holds (`extra.analytics`
makes Material write another host's script into each page) or switch our
checks off (a `hooks:` list lost in a paste). So the settings staff may
change (`STAFF`: names, menu, the programme's repository) are checked as texts, and every other one
must be exactly what pcv/checks/engine_settings.yml says (the engine it
inherits, engine.yml, and its languages), or the build stops with the line to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pcv.data.models import LANGUAGE_NAMES
from pcv.data.unfinished import unfinished, unfinished_message
from pcv.data.yaml_source import UnreadableYaml, YamlDocument, read_yaml
from pcv.editor.repository import repository_problem
from pcv.data.languages import ENGINE_SETTINGS
from pcv.problems import Problem

ENGINE_NAME = "engine.yml"  # the engine's settings, which mkdocs.yml inherits
# Where staff may write (a location's parts; "*" is any list item), and the longest text each holds.
STAFF = {("site_name",): 80, ("site_description",): 300, ("nav",): None, ("repo_url",): 200,
         ("plugins", "i18n", "languages", "*", "name"): 40,
         ("plugins", "i18n", "languages", "*", "site_name"): 80,
         ("plugins", "i18n", "languages", "*", "site_description"): 300,
         ("plugins", "i18n", "languages", "*", "nav_translations"): 80}
# Settings that make a template write a script or load another host's content into every page.
SCRIPT_SETTINGS = {"analytics", "consent", "extra_javascript", "extra_css", "extra_templates", "social",
                   "custom_dir", "static_templates", "alternate", "hooks", "plugins", "markdown_extensions"}
_RAW = re.compile(r"[<>\"&`{}]")
ENGINE_REFUSED = (("extra", "analytics"), ("extra", "consent"), ("extra", "social"), ("extra_javascript",),
                  ("extra_css",), ("extra_templates",))
REQUIRED = {"site_name": "le nom du site", "nav": "le menu", "name": "le nom de la langue dans le sélecteur"}


def setting_problems(document: YamlDocument, loader: type, root: Path) -> Iterator[Problem]:
    """Each setting of mkdocs.yml (`document`, in `root`) is a staff one with a fitting text, or the engine's own."""
    try:
        expected = read_yaml(ENGINE_SETTINGS, "pcv/checks/engine_settings.yml", loader).data
        engine_file = read_yaml(root / ENGINE_NAME, ENGINE_NAME, loader) if (root / ENGINE_NAME).is_file() else None
    except UnreadableYaml as exc:
        yield exc.problem
        return
    engine = engine_file.data if engine_file else {}
    listed = _language_list_problem(document, expected)
    moved = None if listed else _moved_default(document, expected)
    yield from (problem for problem in (listed, moved) if problem)
    # one message, not the comparison's (PROGRAMME10 F7, PROGRAMME11 F7: « ferait écrire un script… »)
    yield from (problem for problem in _compared(document, document.data, expected, (), engine)
                if not (moved and re.search(r"languages\[\d+\]\.default »", problem.message))
                and not (listed and "« plugins.i18n.languages" in problem.message))
    yield from _required_problems(document)
    yield from _repository_problems(document)
    if engine_file and isinstance(engine, dict):
        yield from _engine_script_problems(engine_file)


def _language_list_problem(document: YamlDocument, expected: Any) -> Problem | None:
    """The site's languages missing, added or out of order in `plugins.i18n.languages`, said as such (PROGRAMME11 F7:
    the English language's block removed was said to « write a script of another site into the pages »)."""
    languages = _inside(_inside(document.data.get("plugins"), "i18n"), "languages")
    wanted = [language.get("locale") for language in _inside(_inside(expected.get("plugins"), "i18n"), "languages")
              or () if isinstance(language, dict)]
    found = [language.get("locale") if isinstance(language, dict) else None
             for language in (languages if isinstance(languages, list) else [])]
    if not wanted or found == wanted or not isinstance(languages, list):
        return None
    needed = (", ".join(f"{LANGUAGE_NAMES.get(code, code)} ({code})" for code in wanted[:-1]) + f" puis "
              f"{LANGUAGE_NAMES.get(wanted[-1], wanted[-1])} ({wanted[-1]})")
    missing = [code for code in wanted if code not in found]
    extra = [code for code in found if code not in wanted]
    what = (f"la langue « {missing[0]} » ({LANGUAGE_NAMES.get(missing[0], missing[0])}) manque" if missing
            else f"« - locale: {extra[0]} » n'est pas une langue du site" if extra
            else f"les langues sont dans l'ordre {', '.join(map(str, found))}")
    fix = (f"Rétablissez son bloc, avec ses lignes name, site_name, site_description et nav_translations : "
           "git restore mkdocs.yml, puis refaites votre changement du menu." if missing else
           "Retirez son bloc." if extra else f"Remettez le bloc « - locale: {wanted[0]} » en premier.")
    return document.problem_at(("plugins", "i18n", "languages"), f"{what} dans « plugins.i18n.languages » : le site "
                               f"est en {needed}, dans cet ordre (la première langue est celle des originaux, servie à "
                               f"« / »). {fix}", at_key=True)


def _moved_default(document: YamlDocument, expected: Any) -> Problem | None:
    """`default: true` on another language than the engine's first (its original, served at /), said as such."""
    languages = _inside(_inside(document.data.get("plugins"), "i18n"), "languages")
    wanted = _inside(_inside(expected.get("plugins"), "i18n"), "languages")
    if not isinstance(languages, list) or not isinstance(wanted, list) or not wanted:
        return None
    first = wanted[0].get("locale")
    marked = [index for index, language in enumerate(languages) if isinstance(language, dict) and language.get("default")
              and language.get("locale") != first]
    if not marked:
        return None
    index = marked[0]
    kept = any(isinstance(language, dict) and language.get("default") and language.get("locale") == first
               for language in languages)
    return document.problem_at(("plugins", "i18n", "languages", index, "default"), f"« default: true » est sous la "
        f"langue {languages[index].get('locale')} : la langue d'origine du site est la première, {first}, servie à « / » "
        f"(ses pages sont les originaux, les autres leurs traductions), et c'est elle seule qui garde « default: true ». "
        + ("Retirez cette ligne." if kept else f"Retirez cette ligne et remettez « default: true » sous « - locale: "
           f"{first} »."), at_key=True)


def _engine_script_problems(engine: YamlDocument) -> Iterator[Problem]:
    """engine.yml, too, may not make Material write another host's script or style into every page."""
    for location in ENGINE_REFUSED:
        value: Any = engine.data
        for key in location:
            value = value.get(key) if isinstance(value, dict) else None
        if value:
            message = _refused(location, added=True).replace("git restore mkdocs.yml", f"git restore {engine.name}")
            yield engine.problem_at(location, message, at_key=True)


def _required_problems(document: YamlDocument) -> Iterator[Problem]:
    """The staff texts MkDocs cannot do without: the site's name, its menu, each language's name."""
    for key in ("site_name", "nav"):
        if key not in document.data:
            yield Problem(document.name, None, None, f"le réglage « {key} » manque ({REQUIRED[key]}). Rétablissez-le : "
                          "git restore mkdocs.yml, puis refaites votre changement.")
    languages = _inside(_inside(document.data.get("plugins"), "i18n"), "languages")
    for index, language in enumerate(languages if isinstance(languages, list) else []):
        if isinstance(language, dict) and "name" not in language:
            yield document.problem_at(("plugins", "i18n", "languages", index), "cette langue n'a plus de « name: » "
                f"({REQUIRED['name']}). Ajoutez la ligne « name: … » sous « - locale: {language.get('locale', '…')} ».")


def _repository_problems(document: YamlDocument) -> Iterator[Problem]:
    """The programme's repository (`repo_url`, optional: without it, no web editor) is a GitHub repository's address."""
    url = document.data.get("repo_url")
    fits = isinstance(url, str) and url.strip() and len(url) <= STAFF[("repo_url",)] and not _RAW.search(url)
    problem = repository_problem(url) if fits else None  # else refused as a text
    if problem:
        yield document.problem_at(("repo_url",), problem)


def _staff_limit(location: tuple) -> int | None | bool:
    """The length limit of the staff text at `location` (None: no limit), or False if it is the engine's."""
    for pattern, limit in STAFF.items():
        if len(location) >= len(pattern) and all(p in ("*", part) or (p == "*" and isinstance(part, int))
                                                 for p, part in zip(pattern, location)):
            return limit
    return False


def _compared(document: YamlDocument, value: Any, expected: Any, location: tuple, engine: Any) -> Iterator[Problem]:
    limit = _staff_limit(location)
    if limit is not False:
        yield from _staff_text_problems(document, value, location, limit)
    elif isinstance(value, dict) and isinstance(expected, dict):
        for key in value:
            if key not in expected and _staff_limit(location + (key,)) is False:
                yield from _added(document, value[key], location + (key,), _inside(engine, key))
            else:
                yield from _compared(document, value[key], expected.get(key), location + (key,), _inside(engine, key))
        for key in expected:
            if key not in value and _staff_limit(location + (key,)) is False:
                yield Problem(document.name, None, None, f"le réglage « {_dotted(location + (key,))} » manque : il fait "
                    "partie du moteur du site (le fichier a sans doute été coupé par un collage). Rétablissez-le : "
                    f"git restore mkdocs.yml, puis refaites votre changement. {_FOR_ENGINEERS}")
    elif isinstance(value, list) and isinstance(expected, list) and len(value) == len(expected):
        for index, (item, expected_item) in enumerate(zip(value, expected)):
            yield from _compared(document, item, expected_item, location + (index,), None)
    elif value != expected or type(value) is not type(expected):
        yield document.problem_at(location, _refused(location, added=False))


def _added(document: YamlDocument, value: Any, location: tuple, engine: Any) -> Iterator[Problem]:
    """A setting mkdocs.yml adds: refused at the first key that writes script, else at each key it sets;
    "another value than the engine's" when engine.yml has it."""
    if isinstance(value, dict) and value and location[-1] not in SCRIPT_SETTINGS:
        for key in value:
            yield from _added(document, value[key], location + (key,), _inside(engine, key))
    else:
        yield document.problem_at(location, _refused(location, added=engine is None), at_key=True)


def _inside(engine: Any, key: str) -> Any:
    """The engine's setting under `key` (None if it has none)."""
    return engine.get(key) if isinstance(engine, dict) else None


def _staff_text_problems(document: YamlDocument, value: Any, location: tuple, limit: int | None) -> Iterator[Problem]:
    texts = [*value.keys(), *value.values()] if isinstance(value, dict) else [value]
    if limit is None:
        return  # the menu: its shape is checked by config_file, its pages by page_set
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            yield document.problem_at(location, f"« {_dotted(location)} » doit être un texte.")
        elif len(text) > limit:
            yield document.problem_at(location, f"« {_dotted(location)} » est trop long ({len(text)} caractères, "
                                      f"au plus {limit}). Raccourcissez-le.")
        elif match := _RAW.search(text):
            yield document.problem_at(location, f"« {match.group()} » n'est pas permis dans « {_dotted(location)} » : "
                                      "ce texte est repris dans le code de chaque page. Pour citer, utilisez « … ».")
        elif found := unfinished(text):  # PROGRAMME10 F2
            yield document.problem_at(location, unfinished_message(found[0][1], " dans chaque page du site. "
                                      f"Remplacez-le, dans « {_dotted(location)} », par le texte à publier."))


_FOR_ENGINEERS = f"(Équipe technique : les réglages du moteur sont dans {ENGINE_NAME}.)"


def _refused(location: tuple, added: bool) -> str:
    name = _dotted(location)
    if any(part in SCRIPT_SETTINGS for part in location if isinstance(part, str)):
        return (f"le réglage « {name} » ferait écrire un script ou un contenu d'un autre site dans les pages, ou "
                "retirerait les vérifications du site : il est refusé. Retirez la ligne ou rétablissez sa valeur "
                f"(git restore mkdocs.yml, puis refaites votre changement du menu). {_FOR_ENGINEERS}")
    what = "n'existe pas dans le" if added else "a une autre valeur que celle du"
    return (f"le réglage « {name} » {what} moteur du site : dans mkdocs.yml, on ne change que le menu (nav), les "
            "noms du site (site_name, site_description, et ceux de chaque langue) et son dépôt (repo_url). Retirez la ligne ou rétablissez "
            f"sa valeur (git restore mkdocs.yml, puis refaites votre changement). {_FOR_ENGINEERS}")


def _dotted(location: tuple) -> str:
    return ".".join(f"[{part}]" if isinstance(part, int) else str(part) for part in location).replace(".[", "[")
