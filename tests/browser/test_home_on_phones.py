"""The home on a phone, task first (VISITOR13 #2: at 320 × 640 it was about five screens of text, the programme's
prose before its figures): after the hero (its action) and the countries, the facts (the period and the targets),
then the themes as a compact list (each icon beside its title), then the prose."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from pcv.inspection.pages import LANGUAGES, page_url

from .pages import MOBILE, NARROW

PHONES = (NARROW, MOBILE)
TOPS = """() => Object.fromEntries(Object.entries({facts: '.pcv-band--surface', themes: 'ul.pcv-themes', prose: '.pcv-intro'})
  .map(([name, selector]) => [name, document.querySelector(selector)?.getBoundingClientRect().top]))"""
THEMES = """() => [...document.querySelectorAll('li.pcv-theme')].map(item => {
  const icon = item.querySelector('.pcv-icon').getBoundingClientRect(), title = item.querySelector('h3').getBoundingClientRect();
  return {beside: icon.right <= title.left && icon.top < title.bottom && icon.bottom > title.top, text: item.innerText.slice(0, 40)} })"""


@pytest.mark.parametrize("width", PHONES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_gives_its_facts_and_themes_before_its_prose(shown_page: Callable[..., Page], lang: str,
                                                              width: int) -> None:
    tops = shown_page(page_url("index.md", lang), width).evaluate(TOPS)
    assert None not in tops.values(), tops
    assert tops["facts"] < tops["themes"] < tops["prose"], tops


@pytest.mark.parametrize("width", PHONES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_each_theme_s_icon_sits_beside_its_title(shown_page: Callable[..., Page], lang: str,
                                                            width: int) -> None:
    themes = shown_page(page_url("index.md", lang), width).evaluate(THEMES)
    assert themes and all(theme["beside"] for theme in themes), themes
