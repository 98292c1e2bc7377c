"""Places stage and gazetteer: name forms the gazetteer missed (session 20).

Russia's krais: "Krai" (also spelt "kray") and "Okrug" are administrative words like "Oblast", so "Krasnoyarsk
Krai" is the division of the town's name, not a place "Krai"; the krais the press names by an adjective or a
stem ("Altai Krai", "Primorsky Krai") are regions of Russia, not the Mongolian town Altai. The world's large
islands and island groups the city files and ISO 3166-2 lack are regions of their one country, or of none
when several countries share or claim them. Sentences written for these tests, in the style of the news
items, with negatives (the town alone stays the town; a name a large town shares stays the town's).
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


# Negatives: the town alone is the town; an oblast, as before.
KRAI_DIVISIONS = [
    ("Special forces storm several hamlets in Krasnoyarsk Krai.", "storm", ("Krasnoyarsk Krai", "RUS")),
    ("Police arrest 20 protesters in Khabarovsk Krai.", "arrest", ("Khabarovsk Krai", "RUS")),
    ("A gunman kills three people at a school in Perm Krai.", "kills", ("Perm Krai", "RUS")),
    ("Gunmen kill four people in Altai Krai.", "kill", ("Altai Krai", "RUS")),
    ("Gunmen kill four people in Russia's Primorsky Krai.", "kill", ("Primorsky Krai", "RUS")),
    ("Thousands protest in the Russian city of Khabarovsk.", "protest", ("Khabarovsk", "RUS")),
    ("A gunman kills four people in Kemerovo Oblast.", "kills", ("Kemerovo Oblast", "RUS")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), KRAI_DIVISIONS)
def test_krai_is_a_division(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A name before "Krai" is the Russian division, not a place "Krai" nor a foreign town."""
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# Negatives: a sea named after an island stays a sea of no country; "New Zealand" stays the country.
ISLANDS = [
    ("Police detain 30 protesters in Luzon after the typhoon.", "detain", ("Luzon", "PHL")),
    ("Police arrest 12 foreign tourists in Bali for holding a party.", "arrest", ("Bali", "IDN")),
    ("Police arrest five men in Sumatra over the killing of a tiger.", "arrest", ("Sumatra", "IDN")),
    ("Japan deploys troops to Kyushu after the floods.", "deploys", ("Kyushu", "JPN")),
    ("China holds military drills near the Paracel Islands.", "drills", ("Paracel Islands", None)),
    ("Police arrest five men in New Zealand over the attack.", "arrest", ("New Zealand", "NZL")),
    ("Indonesian police arrest ten fishermen in the Java Sea.", "arrest", ("Java Sea", None)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ISLANDS)
def test_large_island_is_a_region(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A large island is a region of its country (or of none, shared or claimed), with no point."""
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# Negatives: a name a large town shares stays the town's ("New Britain", Connecticut; "Jeju" the city).
ISLAND_ENTRIES = [
    ("Bali", ("IDN", "region")),
    ("Madura", ("IDN", "region")),
    ("Borneo", (None, "region")),
    ("Kurils", ("RUS", "region")),
    ("New Britain", ("USA", "city")),
    ("Jeju", ("KOR", "city")),
]


@pytest.mark.parametrize(("name", "expected"), ISLAND_ENTRIES)
def test_island_entry(gazetteer: Gazetteer, name: str, expected: tuple[str | None, str]) -> None:
    """The gazetteer's best entry for an island's name: the island over a small namesake town elsewhere."""
    entry = gazetteer.resolve(name)
    assert entry is not None
    assert (entry.country, entry.kind) == expected
