"""The texts of the share images (label, headline, period) can be drawn whole, checked before the build:
a text too long, a word too wide or a sign the font lacks is named at its line, never cut from the image."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pcv.data.models import LANGUAGE_NAMES, LANGUAGES, SiteData
from pcv.data.yaml_source import UnreadableYaml, YamlDocument, read_yaml
from pcv.problems import Problem, ProblemFound
from pcv.publishing.share import share_card
from pcv.publishing.share_image import MissingFont, UnfitText, layout

LABEL = "home.hero.label"


def share_text_problems(root: Path, data: SiteData) -> Iterator[Problem]:
    """Each language's share card fits its image (pcv.publishing.share_image.layout)."""
    for lang in LANGUAGES:
        try:
            layout(share_card(data, lang))
        except ProblemFound as exc:  # a placeholder the share image does not know, at its text's line
            document = _document(root, "strings")
            yield document.problem_at(exc.location, exc.problem.message) if document else exc.problem
            return  # the same text in the other language says the same
        except MissingFont:
            return  # the build names the font to install when it draws the image
        except UnfitText as exc:
            yield _placed(root, exc.field, lang, f"{exc} (en {LANGUAGE_NAMES[lang]}).")


def _placed(root: Path, field: str, lang: str, message: str) -> Problem:
    """The problem at the field staff typed: the label in data/strings.yaml (or the programme's name, which the
    engine's label shows), the headline, the period and the acronym in data/programme.yaml."""
    name, location = {"headline": ("programme", ("headline", lang)), "period": ("programme", ("period",)),
                      "initial": ("programme", ("acronym", lang)),  # each image shows its language's
                      "label": ("strings", (LABEL, lang))}[field]
    document = _document(root, name)
    if field == "label" and (document is None or location not in document.values):
        name, location = "programme", ("name", lang)
        document = _document(root, name)
    return document.problem_at(location, message) if document else Problem(f"data/{name}.yaml", None, None, message)


def _document(root: Path, name: str) -> YamlDocument | None:
    try:
        return read_yaml(root / "data" / f"{name}.yaml", f"data/{name}.yaml")
    except (UnreadableYaml, OSError):
        return None
