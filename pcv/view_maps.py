"""The maps a language's pages draw (`pcv.overview_map`, `pcv.region_map(country)` in Jinja), each made once per
language's build: the part of SiteView (pcv/view.py) about maps."""

from __future__ import annotations

import functools

from pcv.data.map_shapes import WorldMap
from pcv.map_view import MapFrame, overview, region
from pcv.view_records import CountryView


class MapViews:
    """SiteView's maps, from its world map (`_map`) and its countries."""

    _map: WorldMap
    _shared_maps: dict | None  # what the maps of every language of one build share (pcv.map_view.overview)
    countries: tuple[CountryView, ...]

    @functools.cached_property
    def overview_map(self) -> MapFrame:
        """The map of all the programme's countries (the same on every page of this language)."""
        return overview(self._map, self.countries, self._shared_maps)

    @functools.cached_property
    def countries_by_map_key(self) -> list[tuple[int | None, CountryView]]:
        """Each country with its number on the overview map, in the order of those numbers (those with a page first,
        each group west to east; a country the map does not number last, in the data's order): the lists beside that
        map read in its order, so a number on the map leads to its name or card (VISITOR9 #6) and the cards read
        1 to n (VISITOR12). The overview's places are in the countries' order."""
        keyed = [(place.key, country) for place, country in zip(self.overview_map.places, self.countries)]
        return sorted(keyed, key=lambda item: (item[0] is None, item[0] or 0))

    def region_map(self, country: CountryView) -> MapFrame:
        """The map of `country` (a country with a page) in its region."""
        return self._region_maps[country.code]

    @functools.cached_property
    def _region_maps(self) -> dict[str, MapFrame]:
        """Each country page's map, drawn once per build of this language (its land image once too)."""
        return {c.code: region(self._map, c, self._shared_maps) for c in self.countries if c.url}

    def map_frames(self) -> list[MapFrame]:
        """Every map the pages of this language draw: the overview, and each country page's region."""
        return [self.overview_map, *self._region_maps.values()]
