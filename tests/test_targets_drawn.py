"""The programme's targets are shown as targets, not as progress (VISITOR11 #7): on the home page each target is a
plain figure marked as a target for the period's end (targets.when), with no bar filled to its share (« 75 % »
three quarters full read as 75 % done, beside the caption saying these are not results), and the period's line
marks the year of the data's last check without filling the years before it in as progress. On a fixture
programme (a share among its targets, its data checked during its period)."""

from __future__ import annotations

import re

import pytest

from pcv.data.loading import load_site_data
from pcv.inspection.builds import FIXTURES
from pcv.inspection.pages import LANGUAGES, html_file

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
        when = _plain(data.strings["targets.when"].in_(lang).format(end=period.end))
        for figure, target in zip(figures, targets):
            assert f'<span class="pcv-figure__kind">{when}</span>' in figure, (lang, target.id, figure)
            assert "<svg" not in figure, (lang, target.id, figure)  # no bar drawn to its share
        years = re.findall(r'<path class="(pcv-period__year[^"]*)"', home)
        assert len(years) == period.end - period.start + 1, lang
        assert years[now - period.start] == "pcv-period__year is-now", (lang, years)
        assert set(years[:now - period.start] + years[now - period.start + 1:]) == {"pcv-period__year"}, (lang, years)
