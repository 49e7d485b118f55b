"""The share images show their texts whole (pcv/publishing/share_image.py, checked by pcv/checks/share_text.py):
a long headline is drawn smaller, a long label on two lines; what cannot be drawn whole (a headline too long, a
word wider than the image, an emoji the font lacks) stops the build with its file and line, never cut."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from programme_facts import FICTIF

from pcv.checks.share_text import share_text_problems
from pcv.data.loading import load_site_data
from pcv.data.yaml_source import read_yaml
from pcv.inspection.builds import build_programme
from pcv.problems import field_in_words
from pcv.publishing.share import share_card
from pcv.publishing.share_image import layout, share_image

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)

DATA = FICTIF.data  # a programme's texts, made longer or wrong below


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_headline_and_label_are_drawn_whole_smaller(lang: str) -> None:
    card = share_card(DATA, lang)
    long = replace(card, label=f"{card.label} – {card.label} – {card.label}", headline=" ".join([card.headline] * 5))
    (label_font, label_lines), (font, lines) = layout(long)
    assert " ".join(label_lines).split() == long.label.split() and len(label_lines) == 2
    assert " ".join(lines).split() == long.headline.split()
    assert font.size < layout(card)[1][0].size
    assert share_image(long).startswith(b"\x89PNG")


def _with(tmp_path: Path, name: str, location: tuple[str, ...], value: str, source: Path = FICTIF.folder / "data"
          ) -> tuple[list[str], int]:
    """The share problems of a copy of `source` whose field at `location` in `name` is `value` (in a new
    data/strings.yaml if the programme has none); and its line."""
    data = shutil.copytree(source, tmp_path / "data")
    if not (data / name).exists():
        (data / name).write_text(f"{location[0]}:\n  fr: x\n  en: x\n", encoding="utf-8")
    line = read_yaml(data / name, f"data/{name}").values[location][0]
    lines = (data / name).read_text(encoding="utf-8").splitlines(keepends=True)
    indent = lines[line - 1][:len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    lines[line - 1] = f"{indent}{location[-1]}: \"{value}\"\n"
    (data / name).write_text("".join(lines), encoding="utf-8")
    return [str(p) for p in share_text_problems(tmp_path, load_site_data(data))], line


@pytest.mark.parametrize(("name", "location", "value", "expected"), [
    ("programme.yaml", ("headline", "fr"), " ".join(["développement"] * 80), "le titre principal (« développement"),
    ("programme.yaml", ("headline", "en"), "Women " + "x" * 78, "dont le mot « xxxxxxxxxx"),
    ("programme.yaml", ("headline", "fr"), "Le monde 🌍 change", "contient « 🌍 », que la police"),
    # red team 10 (F4): 30 accents on one letter were drawn over the label and off the image
    ("programme.yaml", ("headline", "fr"), "Amplifier le pote" + "\u0301" * 30 + "ntiel", "empile 30 accents sur la lettre « e »"),
    ("strings.yaml", ("home.hero.label", "fr"), " ".join(["Centre d’étude et de coopération"] * 8),
     "le nom affiché au-dessus du titre"),
    ("programme.yaml", ("name", "fr"), " ".join(["Centre d’étude et de coopération"] * 8),
     "le nom affiché au-dessus du titre"),  # the label by default: {programme}
])
def test_a_text_the_share_image_cannot_show_whole_is_named_at_its_line(tmp_path: Path, name: str,
                                                                       location: tuple[str, ...], value: str,
                                                                       expected: str) -> None:
    problems, line = _with(tmp_path, name, location, value)
    field = field_in_words(".".join(location), f"data/{name}")  # by its label in the editor: « Titre principal »
    assert len(problems) == 1 and problems[0].startswith(f"data/{name}, ligne {line}, colonne "), problems
    assert f"{field} : " in problems[0] and "« " in field and expected in problems[0], problems


@pytest.mark.parametrize(("lang", "language"), [("fr", "Français"), ("en", "Anglais")])
def test_an_acronym_whose_initial_is_the_mark_must_be_drawable(tmp_path: Path, lang: str, language: str) -> None:
    """Without a brand mark, the acronym's initial is drawn as the mark, each language's on its image: an emoji
    there would be an empty box."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    text = (data / "programme.yaml").read_text(encoding="utf-8")
    mark = next(line for line in text.splitlines(keepends=True) if line.startswith("  mark: "))
    (data / "programme.yaml").write_text(text.replace(mark, ""), encoding="utf-8")
    typed = f"🌍{DATA.programme.acronym.in_(lang)}"
    problems, line = _with(tmp_path / "again", "programme.yaml", ("acronym", lang), typed, data)
    assert len(problems) == 1 and problems[0].startswith(f"data/programme.yaml, ligne {line}, colonne "), problems
    assert (f"champ « Sigle » → « {language} » (acronym.{lang}) : le sigle (son initiale « 🌍 ») contient « 🌍 »"
            in problems[0]), problems


def test_each_share_image_draws_its_language_s_initial_and_the_favicon_the_first_language_s(tmp_path: Path) -> None:
    """Without a brand mark, the initial is the programme's mark: each share image, which readers of one language
    meet, the acronym's initial in its language (PROGRAMME5 F5: the English image of SRMS showed « É »); the
    favicon, one for the site in both languages, the first language's (PROGRAMME3 F8: « ÉCHO », "ECHO" drew « É »
    on the French share image, "E" in the favicon: it followed no rule)."""
    programme = shutil.copytree(FICTIF.folder, tmp_path / "programme")
    text = (programme / "data/programme.yaml").read_text(encoding="utf-8")
    mark = next(line for line in text.splitlines(keepends=True) if line.startswith("  mark: "))
    acronym = DATA.programme.acronym
    text = text.replace(mark, "").replace(f"  fr: {acronym.fr}\n", f"  fr: É{acronym.fr}\n", 1)
    (programme / "data/programme.yaml").write_text(text.replace(f"  en: {acronym.en}\n", f"  en: E{acronym.en}\n", 1),
                                                   encoding="utf-8")
    data = load_site_data(programme / "data")
    assert (data.programme.acronym.fr[0], data.programme.acronym.en[0], data.programme.brand.mark) == ("É", "E", None)
    result = build_programme(programme, tmp_path / "build")
    assert result.returncode == 0, result.output
    favicon = (result.site / "assets/images/favicon.svg").read_text(encoding="utf-8")
    initials = [share_card(data, lang).initial for lang in ("fr", "en")]
    assert initials == ["É", "E"], initials  # each share image in its language (PROGRAMME5 F5: « É » for SRMS)
    assert re.search(r">(.)</text>", favicon).group(1) == "É", favicon  # one icon for the site: the first language's


@pytest.mark.parametrize(("typed", "initial"), [("E\u0301CHO", "É"), ("ÉCHO", "É"), ("ßAP", "ß")])
def test_the_initial_keeps_its_accent_however_it_was_typed(typed: str, initial: str) -> None:
    """Red team 10 (F11): an acronym typed with its accent after the letter (macOS) drew « E » in the favicon and
    the share images; « ß » (whose capital is « SS ») would have drawn two letters."""
    programme = replace(DATA.programme, acronym=replace(DATA.programme.acronym, fr=typed))
    assert programme.initial == initial


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quotes_and_high_signs_stay_with_their_words(lang: str) -> None:
    """PROGRAMME4: the French share image broke « « / Éclat » » across two lines (the data had plain spaces)."""
    card = share_card(DATA, lang)
    quoted = " ".join(f"« {word} » :" for word in card.headline.split())  # a break offered at every space
    (_, _), (_, lines) = layout(replace(card, headline=quoted))
    assert len(lines) > 1
    assert not [line for line in lines if line.endswith("«") or line.startswith(("»", ":"))], lines
    assert " ".join(lines).split() == quoted.split()  # every word drawn, in its order


def _strings_problems(tmp_path: Path, text: str) -> tuple[list[str], int]:
    """The share problems of the fictional programme given a data/strings.yaml holding `text`; the line of its
    French value."""
    data = shutil.copytree(FICTIF.folder / "data", tmp_path / "data")
    (data / "strings.yaml").write_text(text, encoding="utf-8")
    return [str(p) for p in share_text_problems(tmp_path, load_site_data(data))], 2


@pytest.mark.parametrize(("key", "fr", "en"), [
    ("home.hero.label", "Programme de coopération du {pays}", "Cooperation program of {pays}"),
    ("share.image.alt", "{label} ({pays})", "{label} ({pays})"),
])
def test_an_unknown_placeholder_in_a_share_text_is_named_at_its_line(tmp_path: Path, key: str, fr: str, en: str) -> None:
    """Red team 15 F3: the share image's texts were formatted outside the check every other interface text has, so a
    placeholder it does not know stopped the build blaming pcv/publishing/share.py; now the same message, at its
    line of data/strings.yaml, in `make check` as in the build."""
    problems, line = _strings_problems(tmp_path, f'{key}:\n  fr: "{fr}"\n  en: "{en}"\n')
    assert len(problems) == 1 and problems[0].startswith(f"data/strings.yaml, ligne {line}, "), problems
    assert f"le texte « {key} » contient le repère {{pays}}, que le site ne connaît pas à cet endroit" in problems[0]
    assert "{organisation}, {programme}" in problems[0]


def test_the_names_every_interface_text_knows_work_in_the_share_image_alt_text(tmp_path: Path) -> None:
    """strings.yaml's description says {organisation} and {programme} name the organisation and the programme in every
    text: the share image's alternative text too, as the page's tags write it (French elision included)."""
    problems, _ = _strings_problems(tmp_path, 'share.image.alt:\n  fr: "{label}, de {organisation}"\n'
                                              '  en: "{label}, by {organisation}"\n')
    assert problems == []
    data = load_site_data(tmp_path / "data")
    for lang, joined in (("fr", ", de "), ("en", ", by ")):
        card = share_card(data, lang)
        organisation = data.programme.organisation.in_(lang)
        assert card.alt in (f"{card.label}{joined}{organisation}", f"{card.label}, d’{organisation}"), card.alt
