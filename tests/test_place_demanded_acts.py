"""An act demanded takes no place from the demand (session 21, dotterel/stages/place_demanded_acts.py and
``demand_verbs`` of places.yaml), on news-like sentences written for these tests, with negatives:

- the resignation, release or withdrawal a protest or a body calls for, demands or urges ("rally in Minsk
  calling for Lukashenko to resign", "protest in Baghdad, demanding the withdrawal of U.S. troops") is not
  done where the demand is made: no place;
- a place named inside the demanded complement stays ("urges Israel to halt demolitions in East
  Jerusalem"), and so do the demand's own place, an act the demand follows ("demanded justice after police
  shot a man in Minneapolis") and the object of a verb of naming ("called the attack in Nice terrorism").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import coded_event_on, place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place
DEMANDED_ACTS = [
    ("Thousands rally in Minsk calling for President Alexander Lukashenko to resign.", "resign", None),
    (
        "Tens of thousands of protesters gather in Khartoum calling for President Omar al-Bashir to step "
        "down.",
        "step",
        None,
    ),
    ("Opposition supporters march through Caracas, calling on Nicolás Maduro to resign.", "resign", None),
    (
        "Thousands of demonstrators rally in Tirana, demanding that Prime Minister Edi Rama resign.",
        "resign",
        None,
    ),
    ("Protesters in Lima demand the resignation of President Dina Boluarte.", "resignation", None),
    ("Students march in Santiago calling for the release of detained protesters.", "release", None),
    ("Hundreds of people protest in Baghdad, demanding the withdrawal of U.S. troops.", "withdrawal", None),
    # negatives: the demand's own place, a place inside the demanded complement, another clause's act
    (
        "Thousands rally in Minsk calling for President Alexander Lukashenko to resign.",
        "rally",
        ("Minsk", "BLR"),
    ),
    ("Protesters in Lima demand the resignation of President Dina Boluarte.", "demand", ("Lima", "PER")),
    (
        "Protesters in Istanbul urge Israel to halt demolitions in East Jerusalem.",
        "halt",
        ("East Jerusalem", "PSE"),
    ),
    (
        "Hundreds of people protest in Baghdad, demanding the withdrawal of U.S. troops from Iraq.",
        "withdrawal",
        ("Iraq", "IRQ"),
    ),
    (
        "Protesters in Chicago demanded justice after police shot a man in Minneapolis.",
        "shot",
        ("Minneapolis", "USA"),
    ),
    ("The mayor of Nice called the attack in Nice an act of terrorism.", "attack", ("Nice", "FRA")),
    (
        "Police fire tear gas at protesters in Hong Kong calling for Carrie Lam to resign.",
        "fire",
        ("Hong Kong", "HKG"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DEMANDED_ACTS)
def test_demanded_act_takes_no_place_from_the_demand(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A demanded act keeps only a place named inside what is demanded; the demand keeps its own."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


def test_protest_resignation_demanded_is_coded_without_place() -> None:
    """The whole pipeline: the resignation a rally calls for is coded with no place, the rally in Minsk."""
    text = "Thousands rally in Minsk calling for President Alexander Lukashenko to resign."
    assert coded_event_on(text, "resign", "2020-08-20").place is None
    place = coded_event_on(text, "rally", "2020-08-20").place
    assert place is not None and place.name == "Minsk"
