"""Places, places13d: where a step of measures is taken. A curb and its easing share a scope. An easing or
lifting of a measure (``easing_words`` of places.yaml; ``place_objects.find_eased_ids``) is placed where the
measure's own phrase says it applies ("the easing of restrictions on gyms and other facilities in
Melbourne"), though the place phrase hangs on the measure noun or on what it stops, not on the easing. An
area put into a tier or level of measures (``tier_nouns``, ``placing_verbs``, ``measure_entry_verbs``;
``place_tier_entries``) is the place of that step. Sentences written for these tests (news-like), with
negatives: a place of travel ("from"), a place of a clause of its own, an easing of something that is no
measure; a level of something else, a list's later members, a verb that puts no area into a tier."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, triggers, index of the event read, expected place).
EASINGS: list[tuple[str, Sequence[str], int, Expected]] = [
    (
        "The premier announces the easing of restrictions on pubs, restaurants, gyms and other facilities"
        " in Melbourne effective tomorrow.",
        ["easing", "restrictions"],
        0,
        ("Melbourne", "AUS"),
    ),
    (
        "The premier announces the easing of restrictions on pubs, restaurants, gyms and other facilities"
        " in Melbourne effective tomorrow.",
        ["easing"],
        0,
        ("Melbourne", "AUS"),
    ),
    (
        "The premier announces an easing of lockdown restrictions across New South Wales from midnight.",
        ["easing"],
        0,
        ("New South Wales", "AUS"),
    ),
    (
        "The government announces the lifting of the curfew in Beirut next week.",
        ["lifting", "curfew"],
        0,
        ("Beirut", "LBN"),
    ),
    # negatives
    (
        "The government announces the easing of restrictions on travellers from Melbourne next week.",
        ["easing", "restrictions"],
        0,
        None,
    ),
    (
        "The premier announces the easing of restrictions that were imposed after an outbreak in Melbourne.",
        ["easing", "restrictions", "outbreak"],
        0,
        None,
    ),
    (
        "The bank announces an easing of credit conditions, and the lockdown in Melbourne continues.",
        ["easing", "lockdown"],
        0,
        None,
    ),
]


@pytest.mark.parametrize(("text", "triggers", "index", "expected"), EASINGS)
def test_an_easing_is_placed_at_the_scope_of_the_measure_it_eases(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    triggers: Sequence[str],
    index: int,
    expected: Expected,
) -> None:
    assert place_of(stage, with_events(parse(text), list(triggers)), index) == expected


# (text, trigger, expected place).
TIERS: list[tuple[str, str, Expected]] = [
    (
        "The premier announces that Toronto will be placed in a lockdown tier on Monday.",
        "placed",
        ("Toronto", "CAN"),
    ),
    ("New Zealand enters alert level 3 after two new cases.", "level", ("New Zealand", "NZL")),
    ("The government places Paris on maximum alert after a surge of infections.", "alert", ("Paris", "FRA")),
    (
        "Ontario's premier announces that Toronto and the Peel Region will be placed in a lockdown tier.",
        "placed",
        ("Toronto", "CAN"),
    ),
    # negatives
    ("The talks with Iran are placed at the highest level of government.", "placed", None),
    ("The minister places an order for vaccines from Germany at a high level.", "places", None),
    ("Troops are placed on high alert.", "placed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TIERS)
def test_an_area_put_into_a_tier_of_measures_is_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
