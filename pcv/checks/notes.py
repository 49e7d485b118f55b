"""What the build allows but says, at INFO, so that nothing is left out without a word: English left in French
(pcv/checks/untranslated.py); a group of partners with no organisation, which the partners' page leaves out
with its title and its source (PROGRAMME10 F13: « organisations: [] » made a group disappear in silence); and the
words in capitals of the pages that no data file writes, in one line (PROGRAMME10 F3: « Le PCV du CECI vous
invite » in another programme's page was published without a word; a refusal would be unsound there, since a page
names what it explains, « ONU », « WCAG », and nothing tells those from another programme's names:
pcv/checks/foreign_names.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from pcv.checks.untranslated import log_untranslated
from pcv.data.foreign_texts import _capitals, _texts
from pcv.data.loading import DATA_FILES, default_strings
from pcv.data.models import SiteData
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.problems import visible

log = logging.getLogger("mkdocs.hooks.checks")


def log_notes(root: Path, pages: dict[tuple[str, str], MarkdownPage], data: SiteData | None) -> None:
    """Every note of the project at `root` (its `pages`, its `data` as read, None if it has problems)."""
    log_untranslated(root, pages)
    if data is not None:
        _log_page_acronyms(root, pages)
    empty = [index for index, group in enumerate(data.partners.groups if data else ()) if not group.organisations]
    if not empty:
        return
    try:
        lines = read_yaml(root / "data" / "partners.yaml", "data/partners.yaml").values  # valid by now
    except UnreadableYaml:
        return
    for index in empty:
        line = lines.get(("groups", index, "title", "fr"), lines.get(("groups", index, "title"), (None,)))[0]
        log.info(f"data/partners.yaml, ligne {line} : le groupe « {visible(data.partners.groups[index].title.fr)} » "
                 "n'a aucune organisation : la page des partenaires ne le montre pas, ni son titre ni sa source. Si "
                 "c'est voulu (en attendant ses partenaires), rien à faire ; sinon, ajoutez ses organisations.")


def _log_page_acronyms(root: Path, pages: dict[tuple[str, str], MarkdownPage]) -> None:
    """One line naming each word in capitals of the pages that neither the data nor the engine's texts write, at its
    first page and line."""
    texts = _texts(default_strings())
    for stem in DATA_FILES:
        path = root / "data" / f"{stem}.yaml"
        texts += _texts(read_yaml(path, f"data/{stem}.yaml").data) if path.is_file() else []  # valid by now
    known = {match[0] for text in texts for match in _capitals(text)}
    first: dict[str, str] = {}
    for _, page in sorted(pages.items(), key=lambda item: (LANGUAGES.index(item[0][0]), item[0][1])):
        for number, line in page.prose_lines():
            for match in _capitals(line):
                if match[0] not in known:
                    first.setdefault(match[0], f"{page.name}, ligne {number}")
    if first:
        log.info("Sigles des pages qu'aucune donnée n'écrit : " + ", ".join(f"{visible(word)} ({where})" for word,
                 where in first.items()) + ". Si l'un d'eux est celui d'un autre programme (une page copiée), "
                 "récrivez ce texte ; sinon, rien à faire.")
