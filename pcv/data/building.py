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


def _in_its_own_words(default_strings: dict[str, Any], english_name: str) -> dict[str, Any]:
    """The engine's texts, their English « program » spelled « programme » when the programme's name is."""
    if not re.search(r"\bprogramme\b", english_name, re.I):
        return default_strings
    return {key: {**value, "en": _PROGRAM.sub(r"\1rogramme", value["en"])} for key, value in default_strings.items()}


def build_site_data(raw: dict[str, Any], default_strings: dict[str, Any]) -> SiteData:
    """Turn the parsed, schema-valid data files (keyed by file stem) into `SiteData`; the programme's
    strings replace the engine's `default_strings` (in its English word for programme) where it gives them."""
    default_strings = _in_its_own_words(default_strings, raw["programme"]["name"]["en"])
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
