"""Places stage: a comma-set place phrase that closes a sentence, and "state of" before a name no gazetteer
has (session 19).

A place phrase after a comma at the very end of a sentence sets the scene of all the sentence tells, also of
an act whose own clause the parser keeps it from; not when it hangs on another event's trigger, nor a phrase
inside the sentence, nor one before the act. "State" names a condition as well as a division: its "of"
object is a place only when the gazetteer knows it ("the State of Mexico"), not a capitalised common noun
("the State of Alarm"). A state or a town named inside a building's name ("the Michigan State Capitol", "the
Ohio Statehouse") is the place of an act there. An event noun that is the object of a participial adjunct
("…, paying tribute to …") takes the place of the clause the participle hangs on, as the participle's own
verb event would (not under a verb of naming, "calling the arrest …", nor a coordinated verb). Sentences
written for these tests, in the style of the news items, with negatives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


# Negatives: the phrase hangs on another event's trigger; a place phrase before the act; a phrase that does
# not end the sentence; a "from" phrase (a route's start, no setting).
CLOSING_SETTING = [
    (
        "A man facing eviction shoots three officers, killing two, then sets a house on fire, which spreads "
        "to four nearby houses, in Honolulu, Hawaii, United States.",
        ["shoots"],
        0,
        ("Honolulu", "USA"),
    ),
    (
        "Masked men stab two worshippers during evening prayers, then flee on motorbikes that were waiting "
        "nearby, in Lyon, France.",
        ["stab"],
        0,
        ("Lyon", "FRA"),
    ),
    (
        "Masked men stab two worshippers during evening prayers, then flee on motorbikes that were waiting "
        "nearby, in Lyon, France, before police arrive.",
        ["stab"],
        0,
        None,
    ),
    (
        "Masked men stab two worshippers during evening prayers, then flee on motorbikes that were waiting "
        "nearby, from Lyon, France.",
        ["stab"],
        0,
        None,
    ),
    (
        "Masked men stab two worshippers during evening prayers, then flee on motorbikes that were waiting "
        "nearby, in Lyon, France.",
        ["stab", "flee"],
        0,
        None,
    ),
    (
        "Protesters clash with police, who fire tear gas, in Santiago, Chile.",
        ["clash", "fire"],
        0,
        None,
    ),
]


@pytest.mark.parametrize(("text", "triggers", "index", "expected"), CLOSING_SETTING)
def test_closing_setting_place(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    triggers: Sequence[str],
    index: int,
    expected: Expected,
) -> None:
    """A comma-set place phrase closing the sentence after the act is its place when nothing nearer is."""
    assert place_of(stage, with_events(parse(text), triggers), index) == expected


# Negatives: a state the gazetteer knows, lower-case or capitalised; a town after a town noun.
STATE_OF_CONDITION = [
    ("Peru extends the State of Alarm until 26 April.", "extends", None),
    ("The Congress of Deputies approves an extension of the State of Calamity to May.", "approves", None),
    # The division itself since 2264d1d (its news name is data); before, Mexico City's point stood for it.
    ("Protesters march in the State of Mexico on Sunday.", "march", ("State of Mexico", "MEX")),
    ("Gunmen kill five villagers in the state of Zamfara.", "kill", ("Zamfara", "NGA")),
    ("Gunmen kill five people in the town of Kansafra, Syria.", "kill", ("Kansafra", "SYR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), STATE_OF_CONDITION)
def test_state_of_condition_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A name the gazetteer lacks after "state of" is a condition, not a division."""
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# Negatives: the building alone, no name in it; a town named after the building stays the place.
NAMED_BUILDINGS = [
    (
        "Armed protesters storm the House chamber of the Michigan State Capitol to demand that the governor "
        "lifts the order.",
        "storm",
        ("USA", "US.MI"),
    ),
    ("Hundreds of protesters rally at the Ohio Statehouse against the lockdown.", "rally", ("USA", "US.OH")),
    ("Hundreds of protesters rally outside the Capitol against the lockdown.", "rally", None),
    ("Protesters rally outside the Wisconsin State Capitol in Madison.", "rally", ("USA", "US.WI")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAMED_BUILDINGS)
def test_named_building_place(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str | None, str | None] | None,
) -> None:
    """The place inside a building's name ("the Michigan State Capitol") is the place of an act there."""
    place = stage(with_events(parse(text), [trigger])).events[0].place
    assert (None if place is None else (place.country, place.admin1)) == expected


# Negatives: the participle's own place phrase wins; a noun under a finite verb of its own clause.
PARTICIPLE_NOUNS = [
    (
        "Leaders of France and Britain mark the 75th anniversary of D-Day in Normandy, France, paying "
        "tribute to Allied veterans.",
        ["tribute"],
        ("Normandy", "FRA"),
    ),
    (
        "Troops enter the town of Kidal, Mali, launching an assault on militant positions.",
        ["assault"],
        ("Kidal", "MLI"),
    ),
    (
        "Troops enter the town of Kidal, Mali, launching an assault on militant positions near Gao.",
        ["assault"],
        ("Gao", "MLI"),
    ),
    (
        "Troops enter the town of Kidal, Mali. The army says it will launch an assault on militant "
        "positions.",
        ["assault"],
        None,
    ),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), PARTICIPLE_NOUNS)
def test_participle_noun_takes_governing_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, triggers: list[str], expected: Expected
) -> None:
    """An event noun object of a participial adjunct takes the place of the clause the participle hangs on."""
    article = with_events(parse(text), triggers)
    assert place_of(stage, article, len(triggers) - 1) == expected
