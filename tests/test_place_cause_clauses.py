"""Places stage: the happening a passive verb of harm or arrest follows (session 17, places17b).

"Eight people are shot following a dispute outside a bar in Portland", "Forty people are arrested after
protesters throw rocks at police in Minneapolis", "shot dead as they flee a checkpoint in Kirkuk", "detained
amid protests in Minsk": the people were shot or arrested where that happening was
(:mod:`dotterel.stages.place_cause_clauses`). Sentences written for these tests (news-like, not taken from the
samples), with negatives: an active verb, another verb, "as" opening a phrase, a topic, an origin, a verb's
own place.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event, with_events

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, triggers: the event read first, then the other events of the sentence, expected place of the first)
CAUSE_PARTS = [
    (
        "Eight people are shot following a dispute outside a bar in downtown Portland, Oregon.",
        ["shot"],
        ("Portland", "USA"),
    ),
    ("Two men are shot dead as they flee a checkpoint in Kirkuk.", ["shot"], ("Kirkuk", "IRQ")),
    ("Dozens of people are detained amid protests in Minsk.", ["detained", "protests"], ("Minsk", "BLR")),
    (
        "Forty people are arrested after protesters throw rocks at police in Minneapolis.",
        ["arrested", "throw"],
        ("Minneapolis", "USA"),
    ),
    (
        "Three students are stabbed during a fight at a school in Leeds.",
        ["stabbed", "fight"],
        ("Leeds", "GBR"),
    ),
    (
        "Twelve men are arrested following clashes between rival gangs in Durban.",
        ["arrested", "clashes"],
        ("Durban", "ZAF"),
    ),
    # the parser hangs the part on a count aside ("one fatally"): still the verb's
    (
        "Eight people are shot, one fatally, following a dispute outside a McDonald's in downtown Seattle,"
        " Washington.",
        ["shot"],
        ("Seattle", "USA"),
    ),
    (
        "Five people are stabbed, two critically, during a brawl at a nightclub in Leeds.",
        ["stabbed", "brawl"],
        ("Leeds", "GBR"),
    ),
    # negatives: an active verb; another verb; "as" opening a phrase; a topic; an origin; its own place wins
    (
        "Three men are shot, one fatally, two days after a rally in Portland.",
        ["shot", "rally"],
        None,
    ),
    ("Four people are shot, one fatally, after returning from Syria.", ["shot"], None),
    (
        "Police shoot two men, one fatally, following a dispute outside a bar in Seattle.",
        ["shoot"],
        None,
    ),
    ("Police shoot a man after a protest near Qamishli.", ["shoot", "protest"], None),
    ("The minister resigns after protesters storm parliament in Beirut.", ["resigns", "storm"], None),
    ("A man is arrested as a suspected spy for Russia.", ["arrested"], None),
    ("A journalist is detained after writing about corruption in Nigeria.", ["detained"], None),
    ("A man is arrested after returning from Syria.", ["arrested"], None),
    (
        "Two hours after the bombing in Kabul, a soldier is stabbed outside a base in Kandahar.",
        ["stabbed", "bombing"],
        ("Kandahar", "AFG"),
    ),
    (
        "A suspect is arrested in Madrid after the bombing of a cafe in Paris.",
        ["arrested", "bombing"],
        ("Madrid", "ESP"),
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), CAUSE_PARTS)
def test_cause_part_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """A passive verb of harm or arrest takes the place of the happening its after/amid/as part tells."""
    article = (
        with_events(parse(text), triggers) if len(triggers) > 1 else with_event(parse(text), triggers[0])
    )
    assert place_of(stage, article) == expected
