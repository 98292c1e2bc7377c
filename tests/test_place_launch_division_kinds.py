"""A launch word's "from" phrase is its launch site when it names its target's place
(dotterel/stages/place_launch_sites.py; places.yaml ``launch_target_preps``), and the kind of division a text
calls a name chooses the country whose division of that name is of that kind
(dotterel/stages/place_division_types.py). Negatives: a launch with no target named keeps its "from" phrase,
a target that is no place keeps it too, and a division named with no kind, or with the kind every country
calls it, is read as before.
"""

from __future__ import annotations

import pytest

from dotterel.stages.place_division_types import to_typed_weights
from tests.stage_helpers import coded_place_of_type

DATE = "2019-11-13"

PLACES: list[tuple[str, str, str | None, str | None]] = [
    # sentence, PLOVER type, place name, place country of the first event of that type
    ("More than 200 rockets are fired into Israel from Gaza.", "ASSAULT", "Israel", "ISR"),
    ("Militants fire three rockets into Israel from the Gaza Strip.", "ASSAULT", "Israel", "ISR"),
    ("Hamas launches rockets at Israel from Gaza.", "ASSAULT", "Israel", "ISR"),
    ("Two rockets are fired from the Gaza Strip at Tel Aviv, Israel.", "ASSAULT", "Tel Aviv", "ISR"),
    ("Attackers raid a military facility in the southern state of Bolívar, killing one soldier.", "ASSAULT",
     "Bolívar", "VEN"),
    ("Gunmen kill four miners in Bolívar State.", "ASSAULT", "Bolívar State", "VEN"),
    # negatives: no target named, a division named with its Colombian kind, or with no kind
    ("A rocket is fired from the Gaza Strip, exploding in an open field in southern Israel.", "MOBILIZE",
     "Gaza Strip", "PSE"),
    ("Gunmen kill four miners in the Bolívar Department.", "ASSAULT", "Bolívar Department", "COL"),
    ("Police arrest 12 protesters in the province of Punjab.", "COERCE", "Punjab", "PAK"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "name", "country"), PLACES)
def test_launch_sites_and_division_kinds(
    sentence: str, plover_type: str, name: str | None, country: str | None
) -> None:
    assert coded_place_of_type(sentence, DATE, plover_type) == (name, country)


WEIGHTS: list[tuple[str, str | None, dict[str, float]]] = [
    ("Bolívar", "state", {"VEN": 0.5}),
    ("Bolívar", "Department", {"COL": 0.5}),
    ("Bolívar", "provinces", {"ECU": 0.5}),
    # negatives: no kind, a kind no country calls it, one country's division only, every country's kind
    ("Bolívar", None, {}),
    ("Bolívar", "county", {}),
    ("Kandahar", "province", {}),
    ("Amazonas", "district", {}),
]


@pytest.mark.parametrize(("name", "noun", "raised"), WEIGHTS)
def test_typed_weights(name: str, noun: str | None, raised: dict[str, float]) -> None:
    assert to_typed_weights(name, noun, {"USA": 1.0}) == {"USA": 1.0, **raised}
