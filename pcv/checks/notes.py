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
from pcv.languages.translations import PageTranslation, Status
from pcv.pages.markdown import LANGUAGES, MarkdownPage
from pcv.pages.roles import page_index
from pcv.problems import visible

log = logging.getLogger("mkdocs.hooks.checks")


def log_notes(root: Path, pages: dict[tuple[str, str], MarkdownPage], data: SiteData | None,
              translations: dict[str, PageTranslation]) -> None:
    """Every note of the project at `root` (its `pages`, its `data` as read, None if it has problems, the state of
    its `translations`)."""
    _log_out_of_date(translations)
    _log_calls_without_link(root, pages, data)
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


def _log_calls_without_link(root: Path, pages: dict[tuple[str, str], MarkdownPage], data: SiteData | None) -> None:
    """A note for each call to action whose page has no button to another site (PROGRAMME8 F5: a « Donner » page
    without `link:` was a title and a sentence, and nobody was told). Allowed (its page may say how to act), so
    said at INFO, as an out-of-date translation is."""
    roles = page_index(pages).roles
    calls = [(index, call) for index, call in enumerate(data.programme.calls_to_action if data else ())
             if call.link is None and call.id in roles]
    if not calls:
        return
    lines = read_yaml(root / "data" / "programme.yaml", "data/programme.yaml").values  # valid by now
    for index, call in calls:
        line = lines.get(("calls_to_action", index, "id"), (None,))[0]
        log.info(f"Appel à l'action « {call.id} » sans lien : sa page docs/{LANGUAGES[0]}/{visible(roles[call.id])} "
                 "n'a pas de bouton vers un autre site. Si elle dit elle-même comment agir, rien à faire ; sinon, "
                 f"donnez-lui un lien (« link ») dans data/programme.yaml, ligne {line}.")


def _log_out_of_date(translations: dict[str, PageTranslation]) -> None:
    for typed, page in translations.items():
        path = visible(typed)  # a file name is shown, never acted on by a terminal or CI's log reader
        if page.status is Status.OUT_OF_DATE:
            log.info(
                f"Traduction à mettre à jour : docs/{page.translation}/{path} ne suit plus l'original "
                f"docs/{page.source}/{path}, qui a changé depuis (ou elle n'a jamais été marquée à jour). "
                f"Les lecteurs voient un avis. Une fois la traduction revue, enregistrez-la (elle est alors à jour), "
                f"ou, si elle n'avait rien à changer : cochez « Traduction relue » dans l'éditeur (version traduite), "
                f"ou make translated PAGE={path}"
            )
        elif page.status is Status.PENDING:
            log.info(f"Traduction en attente : docs/{page.translation}/{path} montre l'original "
                     f"docs/{page.source}/{path} avec un avis.")
