"""Places stage and gazetteer: small places the news names that the city file lacks (session 23).

A Euphrates village that was the Islamic State's last stronghold in Syria (Baghuz, also written Baghouz and
Al-Baghuz), a village of western Alaska (Toksook Bay), and a building of Caracas used as a political prison
(El Helicoide) are listed with their country and point. Sentences written for these tests, in the style of
the news items, with negatives (a bigger place named with them stays the more specific one's container; a
sentence naming only the city stays the city's; a name the entries do not hold stays unlisted).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


SMALL_PLACES = [
    (
        "Hundreds of fighters surrender to the Syrian Democratic Forces in Baghuz.",
        "surrender",
        ("Baghuz", "SYR"),
    ),
    (
        "Kurdish-led forces resume their offensive on the last enclave in Syria at Baghouz.",
        "offensive",
        ("Baghuz", "SYR"),
    ),
    (
        "The census director visits Toksook Bay, Alaska, to meet with tribal elders.",
        "visits",
        ("Toksook Bay", "USA"),
    ),
    (
        "Opposition lawmakers are denied access to the prisoner at El Helicoide.",
        "denied",
        ("El Helicoide", "VEN"),
    ),
    # negatives: the region alone, the city alone, another small town of the same region
    (
        "The Syrian army shells rebel positions in Deir ez-Zor Governorate.",
        "shells",
        ("Deir ez-Zor Governorate", "SYR"),
    ),
    ("Police arrest three opposition lawmakers in Caracas.", "arrest", ("Caracas", "VEN")),
    ("Police arrest a man in Anchorage, Alaska.", "arrest", ("Anchorage", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SMALL_PLACES)
def test_small_place_is_given(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A small place the entries add is the event's place, with its country; other names as before."""
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


SMALL_ENTRIES = [
    ("Baghuz", ("SYR", 34.46, 40.95)),
    ("Al-Baghuz", ("SYR", 34.46, 40.95)),
    ("Toksook Bay", ("USA", 60.53, -165.10)),
    ("El Helicoide", ("VEN", 10.48, -66.90)),
]


@pytest.mark.parametrize(("name", "expected"), SMALL_ENTRIES)
def test_small_place_entry(gazetteer: Gazetteer, name: str, expected: tuple[str, float, float]) -> None:
    """The gazetteer's entry for a small place: its country and point."""
    entry = gazetteer.resolve(name)
    assert entry is not None
    assert (entry.country, entry.lat, entry.lon) == expected
