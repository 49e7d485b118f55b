"""The open data files: built from data/, the same as the YAML, linked from "Données ouvertes" / "Open data"."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml
from babel import Locale
from live_data import DATA
from programme_facts import FICTIF

from pcv.inspection.builds import ROOT, assemble_programme, build_site
from pcv.inspection.pages import LANGUAGES, elements, html_file, page_url, resolve, role_page
from pcv.pages.addresses import page_address
from pcv.pages.markdown import read_pages
from pcv.publishing.open_data import file_stem
from pcv.text.formatting import country_name, format_day

CODE, SLUG = FICTIF.absent_country()  # a country test_changed_data_changes_the_files adds to programme-fictif



def raw(project: Path, stem: str) -> dict:
    """A data file as plain PyYAML reads it (a date read by PyYAML is turned back into its text)."""
    return yaml.safe_load((project / "data" / f"{stem}.yaml").read_text(encoding="utf-8"))


def files(project: Path = ROOT) -> dict[str, tuple[str, ...]]:
    """The open data files' paths in each language, named after the programme's acronym in it: the JSON, and each
    CSV file whose list the data fills (no targets, no file of targets)."""
    programme = raw(project, "programme")
    acronym = {lang: file_stem(programme["acronym"][lang]) for lang in LANGUAGES}  # "ÉCHO" -> "echo"
    held = [(".json", ".json"), *([("-cibles.csv", "-targets.csv")] if programme["targets"] else []),
            *([("-pays.csv", "-countries.csv")] if raw(project, "countries")["countries"] else [])]
    return {"fr": tuple(f"donnees/{acronym['fr']}{fr}" for fr, _ in held),
            "en": tuple(f"en/data/{acronym['en']}{en}" for _, en in held)}


def name(code: str, lang: str) -> str:
    return Locale.parse({"fr": "fr_CA", "en": "en_CA"}[lang]).territories[code]


def expected_json(project: Path) -> dict:
    programme, countries = raw(project, "programme"), raw(project, "countries")
    return {
        "as_of": str(programme["as_of"]),
        "programme": {key: programme[key] for key in ("name", "acronym", "organisation")},
        "period": programme["period"],
        "targets": [{key: t[key] for key in ("id", "value", "format", "label")} for t in programme["targets"]],
        "countries": [{"iso_3166_1_alpha_2": c["code"], "name": {lang: name(c["code"], lang) for lang in LANGUAGES}}
                      for c in countries["countries"]],
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    raw_bytes = path.read_bytes()
    assert raw_bytes.startswith(b"\xef\xbb\xbf"), "CSV without the UTF-8 BOM that Excel needs"
    return list(csv.DictReader(io.StringIO(raw_bytes.decode("utf-8-sig"), newline="")))


def expected_csv(project: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    programme, countries = raw(project, "programme"), raw(project, "countries")
    when = {"period_start": str(programme["period"]["start"]), "period_end": str(programme["period"]["end"]),
            "as_of": str(programme["as_of"])}
    targets = [{"id": t["id"], "value": str(t["value"]), "format": t["format"],
                "label_fr": t["label"]["fr"], "label_en": t["label"]["en"], **when} for t in programme["targets"]]
    places = [{"iso_3166_1_alpha_2": c["code"], "name_fr": name(c["code"], "fr"), "name_en": name(c["code"], "en"),
               **when} for c in countries["countries"]]
    return targets, places


@pytest.mark.parametrize("lang", LANGUAGES)
def test_json_file_is_the_yaml(built_site: Path, lang: str) -> None:
    assert json.loads((built_site / files()[lang][0]).read_text(encoding="utf-8")) == expected_json(ROOT)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_csv_files_are_the_yaml(built_site: Path, lang: str) -> None:
    targets, places = expected_csv(ROOT)
    csv = [path for path in files()[lang] if path.endswith(".csv")]
    assert [read_csv(built_site / path) for path in csv] == [rows for rows in (targets, places) if rows]


def test_each_language_names_the_same_files_in_its_words(built_site: Path) -> None:
    written = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.suffix in (".json", ".csv")
                     and "search" not in p.parts and "admin" not in p.parts)  # admin/: the editor's own files
    assert written == sorted(files()["fr"] + files()["en"])
    assert all((built_site / fr).read_bytes() == (built_site / en).read_bytes() for fr, en in zip(*files().values()))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_open_data_page_links_every_file_and_gives_the_date(built_site: Path, lang: str) -> None:
    url = page_url(role_page("open-data"), lang)
    html = html_file(built_site, url).read_text(encoding="utf-8")
    links = [resolve(url, a["href"]) for tag, a, in_article in elements(html) if tag == "a" and "download" in a]
    assert links == list(files()[lang])
    assert all((built_site / link).is_file() for link in links)
    date = format_day(str(raw(ROOT, "programme")["as_of"]), lang)
    assert DATA.strings["opendata.as_of"].in_(lang).format(date=date) in html
    assert re.fullmatch({"fr": r"\d{1,2}(er)? [a-zéû]+ \d{4}", "en": r"[A-Z][a-z]+ \d{1,2}, \d{4}"}[lang], date)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_part_on_reusing_the_files_is_folded_under_its_title(built_site: Path, lang: str) -> None:
    """VISITOR11 #10: column notes (« format », « as_of ») are a reuser's detail: the part whose heading's anchor has
    the word of opendata.reuse.anchor is a <details> whose summary is its title; every other part stays a heading."""
    html = html_file(built_site, page_url(role_page("open-data"), lang)).read_text(encoding="utf-8")
    word = f'-{DATA.strings["opendata.reuse.anchor"].in_(lang)}-'
    ids = re.findall(r'<(h2|details class="pcv-details") id="([^"]+)"', re.sub(r'<h2 id="pcv-[^"]*"', "", html))
    assert all((kind != "h2") == (word in f"-{id_}-") for kind, id_ in ids), ids
    if any(word in f"-{id_}-" for _, id_ in ids):  # a page without such a part folds nothing
        assert re.search(r'<details class="pcv-details" id="[^"]+"><summary>[^<]+</summary>\s*<(p|ul)>', html)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_open_data_page_is_linked_from_the_footer(built_site: Path, lang: str) -> None:
    home = page_url("index.md", lang)
    html = html_file(built_site, home).read_text(encoding="utf-8")
    tags = elements(html[html.index("<footer"):])
    footer_links = {resolve(home, a["href"]) for tag, a, _ in tags if tag == "a"}
    assert page_url(role_page("open-data"), lang) in footer_links


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_changed_data_changes_the_files(tmp_path: Path) -> None:
    project_copy = assemble_programme(FICTIF.folder, tmp_path / "project")  # a programme whose staff change its data
    _edit(project_copy / "data" / "programme.yaml", f"as_of: {FICTIF.data.programme.as_of}", "as_of: 2026-03-01")  # (a past date: a future one is refused)
    figure = FICTIF.target("number")
    _edit(project_copy / "data" / "programme.yaml", f"value: {figure.value}\n", f"value: {figure.value + 1500}\n")
    acronym = FICTIF.data.programme.acronym
    _edit(project_copy / "data" / "programme.yaml", f"\n  en: {acronym.en}\n", f"\n  en: {acronym.en} Next\n")
    _edit(project_copy / "data" / "programme.yaml", f"\n  fr: {acronym.fr}\n", f"\n  fr: É{acronym.fr}\n")  # an accent
    with (project_copy / "data" / "countries.yaml").open("a", encoding="utf-8") as countries:
        countries.write(f"\n  - code: {CODE}\n    slug: {SLUG}\n")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.output
    document = json.loads((result.site / files(project_copy)["en"][0]).read_text(encoding="utf-8"))
    assert document == expected_json(project_copy)
    assert document["as_of"] == "2026-03-01"
    assert document["countries"][-1] == {"iso_3166_1_alpha_2": CODE,
                                         "name": {lang: country_name(CODE, lang) for lang in ("fr", "en")}}
    targets, places = expected_csv(project_copy)
    assert read_csv(result.site / files(project_copy)["fr"][1]) == targets
    assert read_csv(result.site / files(project_copy)["fr"][2]) == places
    assert files(project_copy)["en"][0] == files(FICTIF.folder)["en"][0].replace(".json", "-next.json")  # no command
    assert files(project_copy)["fr"][0] == files(FICTIF.folder)["fr"][0].replace("donnees/", "donnees/e")
    address = "en/" + page_address(read_pages(project_copy / "docs")[0], "en", FICTIF.page_with_role("open-data"))
    assert FICTIF.data.strings["opendata.as_of"].in_("en").format(date="March 1, 2026") in html_file(
        result.site, address).read_text(encoding="utf-8")


@pytest.mark.parametrize(("line", "message"), [
    ("as_of: 29/11/2026", "champ « Données vérifiées le » (as_of) : on trouve le texte « 29/11/2026 », qui n'est pas valide. "
                          "Écrivez la date sous la forme AAAA-MM-JJ, ex. 2026-11-29."),
    ("as_of: 2026-02-30", "champ « Données vérifiées le » (as_of) : on trouve le texte « 2026-02-30 », qui n'est pas valide. "
                          "Écrivez la date sous la forme AAAA-MM-JJ, ex. 2026-11-29."),
    ("", "data/programme.yaml, champ « Données vérifiées le » (as_of) : ce champ obligatoire manque : remplissez-le dans l'éditeur, ou ajoutez dans le fichier une ligne « as_of: … »."),
])
def test_a_wrong_or_missing_date_stops_the_build_with_a_french_message(
    project_copy: Path, tmp_path: Path, line: str, message: str
) -> None:
    _edit(project_copy / "data" / "programme.yaml", f"as_of: {DATA.programme.as_of}", line)
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 1
    assert "data/programme.yaml" in result.output and message in result.output
    assert "Traceback" not in result.output
