"""Places stage: an act framed by a verb of attempting or going on takes the frame verb's place
(stages/place_frames.py), and a locative "there" stands for the place named before it
(stages/place_anaphora.py).

Sentences written for these tests in the style of news items, with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


FRAMES = [
    (
        "Protests in Bulgaria turn violent, as protesting crowds attempt to storm the nation's parliament.",
        ["Protests", "storm"],
        ("Bulgaria", "BGR"),
    ),
    (
        "Demonstrations in Serbia turn violent, as police try to disperse the crowds with tear gas.",
        ["Demonstrations", "disperse"],
        ("Serbia", "SRB"),
    ),
    # negatives: the act's own place phrase, named or not; a verb of intent is no frame
    (
        "Iraqi security forces raid a protest site in Baghdad and try to remove protesters in southern "
        "cities.",
        ["raid", "remove"],
        None,
    ),
    ("Gunmen in Kabul attempt to storm a hotel in Jalalabad.", ["storm"], ("Jalalabad", "AFG")),
    (
        "Protests in Lebanon turn violent, as crowds threaten to storm the parliament.",
        ["Protests", "storm"],
        None,
    ),
]

THERE = [
    (
        "The Bamyan Province is considered one of the safest places in Afghanistan, and this marks the first "
        "time that such an attack has occurred there.",
        "attack",
        ("Bamyan Province", "AFG"),
    ),
    ("Protests continue in Minsk. Police arrest dozens of people there.", "arrest", ("Minsk", "BLR")),
    # negatives: two places of different countries named before it; the "there" of "there are"
    ("A delegation flies from Beijing to Seoul, and talks are held there.", "talks", None),
    ("There are reports of fighting.", "fighting", None),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), FRAMES)
def test_a_framed_act_takes_the_frame_verbs_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """The last trigger's place, the others being events of their own as in the pipeline."""
    assert place_of(stage, with_events(parse(text), triggers), len(triggers) - 1) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), THERE)
def test_there_stands_for_the_one_place_named_before_it(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
