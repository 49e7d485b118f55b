"""What the build allows but says, at INFO, so that nothing is left out without a word: English left in French
(pcv/checks/untranslated.py), and a group of partners with no organisation, which the partners' page leaves out
with its title and its source (PROGRAMME10 F13: « organisations: [] » made a group disappear in silence)."""

from __future__ import annotations

import logging
from pathlib import Path

from pcv.checks.untranslated import log_untranslated
from pcv.data.models import SiteData
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.pages.markdown import MarkdownPage
from pcv.problems import visible

log = logging.getLogger("mkdocs.hooks.checks")


def log_notes(root: Path, pages: dict[tuple[str, str], MarkdownPage], data: SiteData | None) -> None:
    """Every note of the project at `root` (its `pages`, its `data` as read, None if it has problems)."""
    log_untranslated(root, pages)
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
