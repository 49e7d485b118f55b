"""The validated YAML of data/ turned into the typed values of pcv/data/models.py.

Pure module: no MkDocs import.
"""

from __future__ import annotations

import re
from typing import Any

from pcv.data.models import (Activities, Brand, CallToAction, Contact, Country, ExternalLink, Funder, Link, Partner,
                             PartnerGroup, Partners, Period, Programme, ProperName, Regions, SiteData, SourceLink,
                             Target, Text, Theme)
from pcv.data.string_keys import with_own_singulars


def _text(raw: dict[str, str]) -> Text:
    return Text(fr=raw["fr"], en=raw["en"])


def _texts(raw: list[dict[str, str]] | None) -> tuple[Text, ...]:
    return tuple(_text(item) for item in raw or ())


def _link(raw: dict[str, Any]) -> Link:
    return Link(_text(raw["url"]), raw["source"])


def _programme(raw: dict[str, Any]) -> Programme:
    return Programme(
        name=_text(raw["name"]),
        acronym=_text(raw["acronym"]),
        organisation=_text(raw["organisation"]),
        organisation_name=ProperName(_text(raw["organisation_name"]["name"]), raw["organisation_name"].get("lang"),
                                     raw["organisation_name"]["source"]),
        organisation_website=_link(raw["organisation_website"]),
        headline=_text(raw["headline"]),
        tagline=_text(raw["tagline"]),
        period=Period(**raw["period"]),
        as_of=raw["as_of"],
        targets=tuple(
            Target(id=t["id"], value=t["value"], format=t["format"], label=_text(t["label"]))
            for t in raw["targets"]
        ),
        themes=tuple(
            Theme(id=t["id"], anchor=_text(t["anchor"]), title=_text(t["title"]), summary=_text(t["summary"]),
                  icon=t.get("icon"))
            for t in raw["themes"]
        ),
        calls_to_action=tuple(_call(c) for c in raw.get("calls_to_action") or ()),
        brand=Brand(**{**raw["brand"], "colour": raw["brand"]["colour"].lower()}) if raw.get("brand") else Brand(),
        contact=_contact(raw["contact"]) if raw.get("contact") else None,
        locale_country=raw.get("locale_country"),
    )


def _contact(raw: dict[str, Any]) -> Contact:
    return Contact(email=raw.get("email"), phone=raw.get("phone"),
                   page=_text(raw["page"]) if raw.get("page") else None, source=raw["source"])


def _call(raw: dict[str, Any]) -> CallToAction:
    link = raw.get("link")
    return CallToAction(
        id=raw["id"], title=_text(raw["title"]), text=_text(raw["text"]), label=_text(raw["label"]),
        link=ExternalLink(_text(link["label"]), _text(link["url"]), link["source"]) if link else None,
    )


def _activities(raw: dict[str, Any] | None) -> Activities | None:
    if raw is None:
        return None
    regions = raw.get("regions")
    return Activities(
        target_groups=_texts(raw["target_groups"]),
        sectors=_texts(raw.get("sectors")),
        local_partners=_texts(raw.get("local_partners")),
        regions=Regions(_text(regions["label"]), _texts(regions["places"])) if regions else None,
        aims=_texts(raw.get("aims")),
    )


def _partners(raw: dict[str, Any]) -> Partners:
    return Partners(
        funders=tuple(
            Funder(_text(f["name"]), _text(f["intermediary"]) if f.get("intermediary") else None,
                   _text(f["statement"]), f["source"])
            for f in raw.get("funders") or ()
        ),
        groups=tuple(_group(g) for g in raw.get("groups") or ()),
    )


def _group(raw: dict[str, Any]) -> PartnerGroup:
    source = raw.get("source")
    return PartnerGroup(
        title=_text(raw["title"]),
        organisations=tuple(Partner(_text(p["name"]), p.get("lang")) for p in raw.get("organisations") or ()),
        source=SourceLink(_text(source["label"]), source["url"], source["lang"]) if source else None,
    )


_PROGRAM = re.compile(r"\b([Pp])rogram\b")
_ORGANIZ = re.compile(r"\b([Oo])rganiz(?=a|e|i)")  # organization(s), organizational, organize(d), organizing
_ORGANIS = re.compile(r"\borganis(?=a|e|i)", re.I)


def _english_texts(raw: object) -> list[str]:
    """Every English text of the programme's data files (the `en` of each text in both languages)."""
    if isinstance(raw, dict):
        return [t for key, value in raw.items() for t in ([value] if key == "en" and isinstance(value, str)
                                                          else _english_texts(value))]
    return [t for item in raw for t in _english_texts(item)] if isinstance(raw, list) else []


def _in_its_own_words(default_strings: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    """The engine's texts in the programme's English: « program » spelled « programme » when the programme's name
    is; « organization » spelled « organisation » when the programme's own English texts write it so, or, when they
    write neither, when its name says « programme » (PROGRAMME9 F13: « Organization that runs the programme »
    beside a « … Programme »; a programme that writes « organization » keeps it, as the UN's style does)."""
    british = bool(re.search(r"\bprogramme\b", raw["programme"]["name"]["en"], re.I))
    own = re.sub(r"\{[^{}]*\}", "", " ".join(_english_texts(raw)))  # not « {organisation} », a placeholder
    with_s, with_z = len(_ORGANIS.findall(own)), len(_ORGANIZ.findall(own))
    with_s = with_s > with_z if with_s or with_z else british

    def spelled(text: str) -> str:
        text = _PROGRAM.sub(r"\1rogramme", text) if british else text
        return _ORGANIZ.sub(r"\1rganis", text) if with_s else text

    return {key: {**value, "en": spelled(value["en"])} for key, value in default_strings.items()}


def build_site_data(raw: dict[str, Any], default_strings: dict[str, Any]) -> SiteData:
    """Turn the parsed, schema-valid data files (keyed by file stem) into `SiteData`; the programme's
    strings replace the engine's `default_strings` (in its English spelling) where it gives them."""
    default_strings = _in_its_own_words(default_strings, raw)
    return SiteData(
        programme=_programme(raw["programme"]),
        countries=tuple(
            Country(code=c["code"], slug=c.get("slug"), activities=_activities(c.get("activities")),
                    name=_text(c["name"]) if "name" in c else None)
            for c in raw["countries"]["countries"]
        ),
        partners=_partners(raw["partners"]),
        strings={key: _text(value) for key, value in {
            **default_strings, **with_own_singulars(default_strings, raw["strings"] or {})}.items()},
    )
