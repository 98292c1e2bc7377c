"""Places, places25link: a "before" gerund with no subject of its own tells the doer's next act at the same
scene, and its place phrase is the event's (:mod:`dotterel.stages.place_sequel_gerunds`). Sentences written
for these tests (news-like), with negatives: a gerund of motion or with a "to"/"from" phrase, a finite
"before" clause with a subject of its own, a gerund hung on another verb, an event with a place of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, the event's trigger, expected place)
SEQUELS = [
    (
        "A man killed his estranged wife and injured another child before killing himself in San Diego.",
        "killed",
        ("San Diego", "USA"),
    ),
    (
        "A gunman shot dead four people before turning the gun on himself at a school in Ohio.",
        "shot",
        ("Ohio", "USA"),
    ),
    (
        "Soldiers killed two men before burning their houses in a village near Kidal.",
        "killed",
        ("Kidal", "MLI"),
    ),
    # negatives: where the doer went, a clause of its own, an own place, a gerund on another verb
    ("Gunmen killed five people before fleeing to Pakistan.", "killed", None),
    ("Gunmen killed five people before fleeing across the border into Pakistan.", "killed", None),
    (
        "Militants attacked a checkpoint before retreating into the mountains of Afghanistan.",
        "attacked",
        None,
    ),
    ("Police arrested the suspect before he could board a plane in Frankfurt.", "arrested", None),
    (
        "Gunmen killed two guards in Kabul before killing a driver in Jalalabad.",
        "killed",
        ("Kabul", "AFG"),
    ),
    (
        "Police detained the man, who had been living quietly before opening a shop in Lyon.",
        "detained",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SEQUELS)
def test_a_before_gerund_of_the_same_doer_lends_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
