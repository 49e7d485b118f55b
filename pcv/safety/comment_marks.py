"""A private note written as an HTML comment that is not one (« <!-- » never closed by « --> », « -- > », « <!- »,
« < !-- ») is published as text, for all to read (red team 22 C65–C71): wherever staff text reaches a page, the
opening « <! » left in what is shown is refused, in French. Pages: pcv/checks/page_comments.py; data: pcv/data/rules.py
(data texts are shown as typed: a comment there is never hidden)."""

from __future__ import annotations

import re

MARK = re.compile(r"<\s*!-*")  # what a comment's opening leaves in a shown text: « <!-- », « <!- », « < !-- »
_HOW = "« <!-- note --> » : deux tirets de chaque côté, sans espace, « --> » dans le même paragraphe"


def page_message(mark: str) -> str:
    """Why a comment's opening `mark` shown in a page is refused, and what to write."""
    what = ("ouvre un commentaire HTML qui n'est jamais fermé par « --> »" if mark == "<!--"
            else "n'ouvre pas un commentaire HTML")
    return (f"« {mark} » {what} : la note qui suit serait publiée sur le site et dans sa recherche, lisible par tous. "
            f"Une note qui ne doit pas être publiée s'écrit {_HOW} ; sinon, retirez « {mark} ».")


def data_message(mark: str) -> str:
    """Why a comment's opening `mark` in a data text is refused, and what to write."""
    return (f"« {mark} » : un commentaire HTML n'est pas caché dans les données, qui sont montrées telles qu'elles "
            "sont écrites : la note serait publiée sur le site, lisible par tous. Retirez-la ; notez-la plutôt dans "
            "le message de votre changement ou dans la demande de fusion.")
