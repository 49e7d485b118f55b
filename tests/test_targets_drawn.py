"""The programme's targets are shown as targets, not as progress (VISITOR11 #7): on the home page the targets are
plain figures under a heading that calls them targets for the period's end, said once (VISITOR12 #5: « Cible d'ici
2028 » on every card under « Nos cibles d'ici 2028 »), with no bar filled to its share (« 75 % »
three quarters full read as 75 % done, beside the caption saying these are not results), and the period's line
marks the year of the data's last check without filling the years before it in as progress. On a fixture
programme (a share among its targets, its data checked during its period)."""

from __future__ import annotations

import re

import pytest

from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES
from pcv.inspection.pages import LANGUAGES, html_file
from pcv.text.plural import counted_key

pytestmark = pytest.mark.engine_only  # builds a fixture programme; reads engine.yml only

PROGRAMME = FIXTURES / "programme-fictif"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_targets_are_figures_marked_for_the_period_s_end_and_the_period_shows_no_progress(programme_site) -> None:
    site, data = programme_site(PROGRAMME), load_site_data(PROGRAMME / "data")
    period, targets = data.programme.period, data.programme.targets
    assert any(target.format == "percent" for target in targets)  # the case the review saw
    now = int(data.programme.as_of[:4])
    assert period.start < now <= period.end
    for lang in LANGUAGES:
        home = _plain(html_file(site, "" if lang == LANGUAGES[0] else f"{lang}/").read_text(encoding="utf-8"))
        figures = re.findall(r'<li class="pcv-figure">(.*?)</li>', home, re.S)
        assert len(figures) == len(targets), lang
        title = _plain(data.strings[counted_key("home.targets.title", len(targets), lang, data.strings)].in_(lang)
                       .format(end=period.end))
        assert f'<h2 id="pcv-targets-title">{title}</h2>' in home, lang
        for figure, target in zip(figures, targets):  # its figure and what it counts, not « Cible d'ici … » again
            assert re.findall(r'class="([^"]+)"', figure) == ["pcv-figure__value", "pcv-figure__label"], figure
            assert "<svg" not in figure, (lang, target.id, figure)  # no bar drawn to its share
        years = re.findall(r'<path class="(pcv-period__year[^"]*)"', home)
        assert len(years) == period.end - period.start + 1, lang
        assert years[now - period.start] == "pcv-period__year is-now", (lang, years)
        assert set(years[:now - period.start] + years[now - period.start + 1:]) == {"pcv-period__year"}, (lang, years)
