"""Towns named like a body of water, read from the small-town table the places stage is built with
(dotterel/knowledge/water_towns.py): a name of 5,000+ people's towns of one country is that town; names of
towns in two countries, of smaller places, of no town, or not ending in a water noun are not. News-like
sentences written for these tests, with negatives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.knowledge.small_towns import SmallTownTable, load_small_town_table
from dotterel.knowledge.water_towns import WaterTowns
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event

# (name asked, (name, ISO3 country) of the town, or None)
NAMES: list[tuple[str, tuple[str, str] | None]] = [
    ("Causeway Bay", ("Causeway Bay", "HKG")),
    ("Montego Bay", ("Montego Bay", "JAM")),
    ("Walvis Bay", ("Walvis Bay", "NAM")),
    ("Byron bay", ("Byron Bay", "AUS")),  # another case: looked for with its words capitalised
    ("Westgate on Sea", ("Westgate on Sea", "GBR")),
    # negatives: towns of two countries; a place under 5,000 people; no town; no water noun at its end
    ("Oyster Bay", None),
    ("Cruz Bay", None),
    ("Sulu Sea", None),
    ("Coatzacoalcos", None),
    ("Bay", None),
]


@pytest.fixture(scope="module")
def water_towns() -> WaterTowns:
    """The water-town reader of the packaged small-town table."""
    return WaterTowns(load_small_town_table(), load_place_resolution_words().water_nouns)


@pytest.mark.parametrize(("name", "expected"), NAMES)
def test_a_town_named_like_a_bay_is_that_town(
    water_towns: WaterTowns, name: str, expected: tuple[str, str] | None
) -> None:
    town = water_towns.find_water_town(name)
    assert (None if town is None else (town.name, town.country)) == expected


def test_the_places_stage_asks_the_small_town_table_it_is_built_with(
    parse: Callable[..., Article], gazetteer: Gazetteer
) -> None:
    asked: list[str] = []

    class Recording(SmallTownTable):
        def find_towns(self, name: str, iso2: str | None = None) -> list[dict[str, Any]]:
            asked.append(name)
            return super().find_towns(name, iso2)

    stage = PlacesStage(gazetteer, Recording(load_small_town_table().path))
    place = stage(with_event(parse("Thousands of people march in Causeway Bay."), "march")).events[0].place
    assert place is not None and (place.name, place.country) == ("Causeway Bay", "HKG")
    assert asked == ["Causeway Bay"]
