"""Towns named like a body of water: GeoNames places whose name ends in a water noun ("Causeway Bay", "Byron
Bay", "Morant Bay") that the gazetteer's 15,000+ file lacks.

The places stage reads an unknown name ending in a water noun as a body of water of no country ("the Sulu
Sea"). A name GeoNames lists as a town of 5,000+ people (``cities5000.json``) in exactly one country is that
town ("march in Causeway Bay": Hong Kong's district, with its country and point). A name of towns in two
countries ("Oyster Bay": Australia and the United States) stays a body of water. The file is scanned once, by
a pattern on its text, on the first question (most articles ask none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import pycountry

from dotterel.knowledge.geonames import find_geonames_dir

WATER_TOWN_FILE = "cities5000.json"


class WaterTown(NamedTuple):
    """A GeoNames town named like a body of water: name, ISO3 country, point."""

    name: str
    country: str
    lat: float
    lon: float


def find_water_town(name: str, water_nouns: Iterable[str]) -> WaterTown | None:
    """Return the one town of one country called ``name`` (see the module), or None."""
    return _load_water_towns(frozenset(n.lower() for n in water_nouns)).get(name.lower())


@lru_cache(maxsize=2)
def _load_water_towns(nouns: frozenset[str]) -> dict[str, WaterTown]:
    words = "|".join(sorted(re.escape(n.capitalize()) for n in nouns))
    pattern = re.compile(
        rf'"name": "([A-Za-z][A-Za-z .\'-]* (?:{words}))", "latitude": (-?[\d.]+), "longitude": (-?[\d.]+), '
        rf'"countrycode": "([A-Z]{{2}})"'
    )
    text = (find_geonames_dir() / WATER_TOWN_FILE).read_text(encoding="utf-8")
    found: dict[str, list[WaterTown]] = {}
    for match in pattern.finditer(text):
        country = pycountry.countries.get(alpha_2=match.group(4))
        if country is not None:
            town = WaterTown(match.group(1), country.alpha_3, float(match.group(2)), float(match.group(3)))
            found.setdefault(town.name.lower(), []).append(town)
    return {key: towns[0] for key, towns in found.items() if len({t.country for t in towns}) == 1}
