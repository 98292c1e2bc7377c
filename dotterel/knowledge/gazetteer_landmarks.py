"""Landmarks of big cities the press names without their city: squares, streets and government districts.

"Clashed at a demonstration in Trafalgar Square", "protested in Whitehall", "a sit-in in Tahrir Square": the
name alone places the event in London, in Cairo or Baghdad. GeoNames' city files (the gazetteer's source) hold
towns, not squares, and a few of these names are towns elsewhere ("Whitehall", Ohio; "Westminster",
Colorado). ``gazetteer.yaml``'s ``landmarks`` list gives each landmark its city, country, admin1 key and
point (written by us from general knowledge); the landmark is a place of kind ``city`` at its own point and
ranks among its namesakes as its city does (by the city's population), so "Whitehall" alone is London's and
"Tahrir Square" of a text about Iraq Baghdad's. A landmark's city must be a city of the loaded GeoNames file
in that country with that admin1 key: the list cannot drift from the data it points into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from dotterel.errors import KnowledgeError

if TYPE_CHECKING:
    from dotterel.knowledge.gazetteer import GazetteerEntry

LANDMARKS_KEY = "landmarks"


class LandmarkItem(BaseModel):
    """One landmark of ``gazetteer.yaml``: its names, its city and that city's country and admin1 key, its
    point."""

    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str] = Field(default_factory=list)
    city: str
    country: str = Field(pattern=r"^[A-Z]{3}$")
    admin1: str = Field(pattern=r"^[A-Z]{2}\.\w+$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


def to_landmark_entries(
    landmarks: list[LandmarkItem], cities: list[GazetteerEntry], source: str
) -> list[tuple[GazetteerEntry, list[str], list[str]]]:
    """Return the gazetteer entries of ``landmarks`` (entry, names, no alternate names), each with the
    population of its city among ``cities``; raise KnowledgeError naming ``source`` for a landmark whose city
    is not a city of its country and admin1 key there."""
    from dotterel.knowledge.gazetteer import GazetteerEntry, to_key  # it imports this module

    population = {(to_key(c.name), c.country, c.admin1): c.population for c in cities if c.kind == "city"}
    out: list[tuple[GazetteerEntry, list[str], list[str]]] = []
    for number, item in enumerate(landmarks):
        key = (to_key(item.city), item.country, item.admin1)
        if key not in population:
            where = f"{LANDMARKS_KEY}.{number}.city"
            raise KnowledgeError(source, where, f"{item.city} is no city of {item.country} {item.admin1}")
        entry = GazetteerEntry(
            item.name, item.country, item.admin1, item.lat, item.lon, "city", population[key]
        )
        out.append((entry, [item.name, *item.aliases], []))
    return out
