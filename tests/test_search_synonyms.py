"""Words a search treats as one (pcv/publishing/search_synonyms.py): a page with one word of a group gets the others
and their forms without accents as variants, weighed as the field that has it (VISITOR12 #10: « bénévole », the
usual Québec word, found nothing on a site that says « volontaire »). On made-up pages and groups."""

from __future__ import annotations

import html

import pytest

from pcv.publishing.search_index import language_index
from pcv.publishing.search_synonyms import synonym_groups

pytestmark = pytest.mark.engine_only  # reads no programme

CONFIG = {"lang": ["fr", "en"], "separator": r"[\s\-’']+", "pipeline": ["stopWordFilter"],
          "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}


def _index(synonyms: str) -> dict[str, dict]:
    merged = {"config": CONFIG, "docs": [
        {"location": "", "title": "Accueil", "text": "<p>Nos partenaires locaux</p>"},
        {"location": "volontariat/", "title": "Devenir volontaire", "text": "<p>Les volontaires partagent</p>"},
        {"location": "atelier/", "title": "L’atelier", "text": "<p>Un atelier pour les apprentis</p>"},
    ]}
    return {doc["location"]: doc for doc in language_index(merged, "fr", "", ("en/",), synonyms)["docs"]}


def test_a_page_gets_the_other_words_of_a_group_it_has_one_of() -> None:
    docs = _index("bénévole, bénévolat, volontaire / apprenti, stagiaire")
    titled = docs["volontariat/"]["title_variants"].split()
    assert {"bénévole", "benevole", "bénévolat", "benevolat"} <= set(titled)  # in its title: weighed as the title
    assert "stagiaire" in docs["atelier/"]["text_variants"].split()  # « apprentis »: a form of « apprenti »
    assert not {"bénévole", "stagiaire"} & set(docs[""]["text_variants"].split() + docs[""]["title_variants"].split())


def test_groups_are_read_as_written_and_none_without_any() -> None:
    assert synonym_groups("Bénévole, bénévolat , volontaire / un seul / apprenti,stagiaire") == [
        frozenset({"bénévole", "bénévolat", "volontaire"}), frozenset({"apprenti", "stagiaire"})]
    assert synonym_groups("") == []
    assert _index("")["volontariat/"]["title_variants"] == _index("un, seul")["volontariat/"]["title_variants"]


def test_a_group_s_words_are_written_as_escaped_html_as_the_text_is() -> None:
    """Red team 23 M1: a word typed with markup was written as markup into the index, whose texts are escaped HTML."""
    typed = "<img src=x onerror=alert(1)>"
    docs = _index(f"bénévole, {typed} & co, volontaire")
    for field in ("title_variants", "text_variants"):
        variants = docs["volontariat/"][field]
        assert "<" not in variants and ">" not in variants, variants
        assert f"{typed} & co" in html.unescape(variants)
