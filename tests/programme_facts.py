"""What a programme's data and files say (the live project's, or a fixture programme's under tests/fixtures/),
for tests that edit a copy of it: they read their expectations here rather than writing down a figure, a
country, a page or a line number."""

from __future__ import annotations

import functools
from pathlib import Path

from pcv.data.loading import load_site_data
from pcv.data.models import Country, SiteData, Target
from pcv.inspection.builds import FIXTURES
from pcv.pages.markdown import read_pages
from pcv.text.formatting import format_figure


class Programme:
    """A programme's folder: its mkdocs.yml, data/ and docs/."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @functools.cached_property
    def data(self) -> SiteData:
        return load_site_data(self.folder / "data")

    def text(self, name: str) -> str:
        return (self.folder / name).read_text(encoding="utf-8")

    def line_of(self, name: str, start: str) -> int:
        """The number of the first line of the file `name` that starts with `start` once indented spaces are
        removed (expected messages follow the files as they are)."""
        lines = self.text(name).splitlines()
        return next(number for number, line in enumerate(lines, 1) if line.lstrip().startswith(start))

    def field(self, name: str, field: str) -> str:
        """The value of the front matter `field` of the page file `name`, as written on its line."""
        return self.text(name).split(f"\n{field}: ", 1)[1].split("\n", 1)[0]

    def target(self, kind: str, after: str | None = None) -> Target:
        """The first target shown in the format `kind` (number, compact, percent), or the first after the one
        whose id is `after`."""
        found = [t for t in self.data.programme.targets if t.format == kind]
        return found[[t.id for t in found].index(after) + 1] if after else found[0]

    def countries_with_activities(self) -> list[Country]:
        return [c for c in self.data.countries if c.activities]

    def countries_without_activities(self) -> list[Country]:
        return [c for c in self.data.countries if not c.activities]

    def absent_country(self) -> tuple[str, str]:
        """A country (code, slug) that the map draws and the data does not list, for a test that adds one as
        staff would (the guide's example, Peru, unless the programme has it)."""
        listed = {c.code for c in self.data.countries}
        return next((code, slug) for code, slug in (("PE", "perou"), ("HT", "haiti"), ("NE", "niger"), ("ML", "mali"))
                    if code not in listed)

    def page_with_role(self, role: str) -> str:
        """The path, under docs/<lang>/, of the page that declares `role`."""
        pages = read_pages(self.folder / "docs")[0]
        return next(path for (lang, path), page in sorted(pages.items()) if page.meta.get("role") == role)

    def page_of_country(self, code: str) -> str:
        """The path, under docs/<lang>/, of the page that describes the country `code`."""
        pages = read_pages(self.folder / "docs")[0]
        return next(path for (lang, path), page in sorted(pages.items()) if page.meta.get("country") == code)


# The fixture programmes: programme-fictif (3 countries, one with a page; 2 targets; block-style YAML like the
# PCV's) and programme-atelier (12 countries, none with a page; 7 targets of every format; flow-style YAML).
FICTIF = Programme(FIXTURES / "programme-fictif")
ATELIER = Programme(FIXTURES / "programme-atelier")


def typed(item: Target, lang: str) -> str:
    """The figure of `item` as a person types it in a page of `lang` (plain spaces)."""
    return format_figure(item.value, item.format, lang).replace("\u00a0", " ").replace("\u202f", " ")


def ordinal(index: int) -> str:
    """French ordinal of a 0-based position, as the problems write it: 1er, 2e…"""
    return "1er" if index == 0 else f"{index + 1}e"
