"""The web and e-mail addresses of the pages whose domain no data of the programme gives: said after the build and
the check, « À vérifier », never refused (PROGRAMME11 F1).

A page may link anywhere (the United Nations, a news article, a partner the data does not list), so a refusal of
an outside address would stop ordinary pages. But an address that nothing of the programme's data gives (its site,
its contact, its partners', its funders', its sources) is what a page copied from another programme keeps: a
reader would write to another organisation (« [Écrivez-nous](mailto:autre@pcv.ca) ») or go to its site. Each such
domain is said once, at its first place in the pages, with how many other places have it, where staff read it:
after « Site construit » (make build), in make check and as a warning on the pull request's line (GitHub). So is
an « http:// » address of the programme's own domains (PROGRAMME11 F10: refused in the data, it was published from a
page without a word; a site that answers only http:// may still be linked).
"""

from __future__ import annotations

import re
from pathlib import Path

from pcv.data.foreign_texts import _hosts, _texts
from pcv.data.loading import DATA_FILES, default_strings
from pcv.data.yaml_source import UnreadableYaml, read_yaml
from pcv.pages.markdown import LANGUAGES, read_pages
from pcv.problems import Problem

TITLE = "À vérifier"
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", re.I)
# « //site/page » (no scheme) too: a browser follows it to that site (red team 23 M2).
_WEB = re.compile(r"(?<![\w@/])(?:(?:https?:)?//|www\.)(?:[^\s@/<>()\[\]\"']+@)?((?:[a-z0-9-]+\.)+[a-z]{2,})"
                  r"(?:[/?#:][^\s<>()\[\]\"']*)?", re.I)


def outside_address_notes(root: Path) -> tuple[Problem, ...]:
    """One note per domain of a page's web or e-mail address that no data file of the programme at `root` (nor the
    engine's texts) gives, nor a domain above or below one it gives: at its first place, French pages first."""
    texts = _texts(default_strings())
    for stem in DATA_FILES:
        try:
            path = root / "data" / f"{stem}.yaml"
            texts += _texts(read_yaml(path, f"data/{stem}.yaml").data) if path.is_file() else []
        except UnreadableYaml:
            return ()  # said by the check of the data
    known = _hosts(texts)
    places: dict[str, list[tuple[str, int, int, str, bool]]] = {}
    plain: list[Problem] = []  # http:// addresses of the programme's own domains
    pages, _ = read_pages(root / "docs")
    for _, page in sorted(pages.items(), key=lambda item: (LANGUAGES.index(item[0][0]), item[0][1])):
        for number, line in page.prose_lines():
            found = [(m, True) for m in _EMAIL.finditer(line)] + [(m, False) for m in _WEB.finditer(line)]
            for match, mail in sorted(found, key=lambda item: item[0].start()):
                domain = match.group(1).lower().removeprefix("www.")
                if not any(domain == host or domain.endswith(f".{host}") or host.endswith(f".{domain}")
                           for host in known):
                    places.setdefault(domain, []).append((page.name, number, match.start() + 1, match.group(0), mail))
                elif match.group(0).lower().startswith("http://"):
                    plain.append(Problem(page.name, number, match.start() + 1, f"« {match.group(0)} » commence par "
                        "« http:// » : ce lien mène à une page sans chiffrement, que le navigateur dit « non sécurisée » "
                        "(les données refusent ces adresses). Si le site répond à « https:// », écrivez-la ainsi ; "
                        "sinon, rien à faire."))
    return tuple(_note(domain, found) for domain, found in places.items()) + tuple(plain)


def _note(domain: str, found: list[tuple[str, int, int, str, bool]]) -> Problem:
    name, line, column, address, mail = found[0]
    others = len(found) - 1
    also = f" (et {others} autre{'s' * (others > 1)} endroit{'s' * (others > 1)} des pages)" if others else ""
    what = (f"« {address} » est une adresse de courriel en « @{domain} »{also}, un domaine qu'aucune donnée de ce "
            "programme ne donne (ni son courriel, ni ses sites, ni ceux de ses partenaires) : les lecteurs "
            "écriraient à un autre organisme" if mail else
            f"« {address} » mène au site {domain}{also}, qu'aucune donnée de ce programme ne nomme (ni ses sites, ni "
            "ceux de ses partenaires et bailleurs, ni ses sources)")
    plain = " (et sans chiffrement : « http:// »)" if address.lower().startswith("http://") else ""
    return Problem(name, line, column, f"{what}{plain}. Cette page vient-elle d'un autre programme ? Si oui, écrivez "
                   "l'adresse de celui-ci ; si l'adresse est juste, rien à faire (le site est construit avec elle).")


def notes_report(notes: tuple[Problem, ...]) -> str:
    """The notes, after what a command did: one per line under a heading that says they stop nothing."""
    if not notes:
        return ""
    lines = "\n".join(f"- {note}" for note in notes)
    return f"\n{TITLE} (rien n'est bloqué) : des adresses des pages que les données de ce programme ne donnent pas\n{lines}"
