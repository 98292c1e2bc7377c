"""Towns named like a body of water: GeoNames places whose name ends in a water noun ("Causeway Bay", "Byron
Bay", "Morant Bay") that the gazetteer's 15,000+ file lacks.

The places stage reads an unknown name ending in a water noun as a body of water of no country ("the Sulu
Sea"). A name GeoNames lists as a town of 5,000+ people in exactly one country is that town ("march in
Causeway Bay": Hong Kong's district, with its country and point). A name of towns in two countries ("Oyster
Bay": Australia and the United States) stays a body of water. The towns are those of the small-town table
(:class:`~dotterel.knowledge.small_towns.SmallTownTable`, the one the places stage is built with), asked
one name at a time on the first question about it (most articles ask none).
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Any, NamedTuple

import pycountry

from dotterel.knowledge.gazetteer import to_ascii_name
from dotterel.knowledge.small_towns import SmallTownTable

WATER_TOWN_MIN_POPULATION = 5_000  # fewer people: a hamlet named after the bay, not the place meant


class WaterTown(NamedTuple):
    """A GeoNames town named like a body of water: name, ISO3 country, point."""

    name: str
    country: str
    lat: float
    lon: float


class WaterTowns:
    """Name → the one town of one country named like a body of water, from a small-town table.

    Args:
        table: the small-town table (shared with the rest of the places stage).
        water_nouns: the water nouns a town's name may end in (lower case: "bay", "sea").
    """

    def __init__(self, table: SmallTownTable, water_nouns: Iterable[str]) -> None:
        self.table = table
        self.water_nouns = frozenset(noun.lower() for noun in water_nouns)
        self._cache: dict[str, WaterTown | None] = {}

    def find_water_town(self, name: str) -> WaterTown | None:
        """Return the one town of one country called ``name`` (see the module), or None; a name of another
        case ("Byron bay") is looked for with its words capitalised too."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in self.water_nouns:
            return None
        if name not in self._cache:
            titled = string.capwords(name)
            towns = self._find_towns(name) or (self._find_towns(titled) if titled != name else [])
            countries = {town.country for town in towns}
            self._cache[name] = towns[0] if len(countries) == 1 else None
        return self._cache[name]

    def _find_towns(self, name: str) -> list[WaterTown]:
        return [
            town
            for record in self.table.find_towns(name)
            if int(record.get("population") or 0) >= WATER_TOWN_MIN_POPULATION
            and (town := _to_water_town(record)) is not None
        ]


def _to_water_town(record: dict[str, Any]) -> WaterTown | None:
    """The town of a GeoNames record, or None when its country code is not an ISO one."""
    country = pycountry.countries.get(alpha_2=str(record.get("countrycode") or ""))
    if country is None:
        return None
    lat, lon = float(record["latitude"]), float(record["longitude"])
    return WaterTown(to_ascii_name(str(record["name"])), country.alpha_3, lat, lon)
