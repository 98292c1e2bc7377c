"""Vague plural magnitudes (session 15): "tens of thousands", "hundreds of thousands", "tens of millions" are
a vague plural before "of" and a plural scale, that many of the scale at least (stages.scope.parse_number and
join_vague_magnitude; casualty_numbers reads the whole phrase), with the ``at_least`` bound as "dozens"; a
victim who died of the wounds of a shooting or stabbing is killed, not also injured
(stages/casualty_died_wounded.py). Sentences written like news for these tests."""

from __future__ import annotations

import pytest

from dotterel.stages.scope import load_number_words, parse_number
from tests.stage_helpers import coded_toll_bounds_of

DATE = "2020-06-11"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["tens", "of", "thousands"], 20000),
        (["hundreds", "of", "thousands"], 200000),
        (["tens", "of", "millions"], 20000000),
        (["hundreds", "of", "millions"], 200000000),
        (["dozens", "of", "thousands"], 24000),
        (["thousands"], 2000),
        (["millions"], 2000000),
        (["tens"], 20),
        # negatives: a single vague plural or a number word keeps its value; "of" with no plural scale
        # after a vague word, or after a number, is no number
        (["hundreds"], 200),
        (["scores"], 40),
        (["dozens"], 24),
        (["two", "thousand"], 2000),
        (["tens", "of", "people"], None),
        (["two", "of", "thousands"], None),
        (["of", "thousands"], None),
    ],
)
def test_a_vague_plural_of_a_plural_scale_counts_that_scale(words: list[str], expected: int | None) -> None:
    assert parse_number(words, load_number_words()) == expected


def _counts(text: str, trigger: str) -> tuple[int | None, int | None, dict[str, str]]:
    """Return (killed, injured, count bounds) of the first event coded from ``text`` with ``trigger``."""
    return coded_toll_bounds_of(text, trigger, DATE)


# text, trigger, killed, injured, bounds
TOLLS = [
    (
        "Tens of thousands of people were killed in the war in Darfur.",
        "killed",
        20000,
        None,
        {"killed": "at_least"},
    ),
    (
        "The civil war has killed hundreds of thousands of civilians since 2011.",
        "killed",
        200000,
        None,
        {"killed": "at_least"},
    ),
    (
        "The airstrikes in Idlib killed dozens of people and wounded tens of thousands.",
        "airstrikes",
        24,
        20000,
        {"killed": "at_least", "injured": "at_least"},
    ),
    (
        "Thousands of people were killed in the fighting in Tigray.",
        "killed",
        2000,
        None,
        {"killed": "at_least"},
    ),
    (
        "Scores of people were killed in the attack on the market in Kabul.",
        "killed",
        40,
        None,
        {"killed": "at_least"},
    ),
    (
        "Hundreds of protesters were injured in clashes with police in Santiago.",
        "injured",
        None,
        200,
        {"injured": "at_least"},
    ),
    # negatives: money and a crowd are no toll; an exact number stays exact
    (
        "The bombing in Mogadishu caused millions of dollars in damage and killed three people.",
        "bombing",
        3,
        None,
        {},
    ),
    ("A gunman killed a man in Minneapolis and stole tens of thousands of dollars.", "killed", 1, None, {}),
    ("The bombing in Mogadishu killed 2,000 people.", "bombing", 2000, None, {}),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured", "bounds"), TOLLS)
def test_a_vague_magnitude_is_a_lower_bound(
    text: str, trigger: str, killed: int | None, injured: int | None, bounds: dict[str, str]
) -> None:
    assert _counts(text, trigger) == (killed, injured, bounds)


# text, trigger, killed, injured
DIED_OF_WOUNDS = [
    ("A man was shot in Chicago on Sunday. He died of his wounds in hospital.", "shot", 1, None),
    ("A police officer was stabbed in Paris on Friday. She later died of her injuries.", "stabbed", 1, None),
    ("A man was shot in Chicago and later died in hospital.", "shot", 1, None),
    ("Two soldiers were shot by a sniper in Kashmir. One of them died of his wounds.", "shot", 1, 1),
    ("Gunmen shot three villagers in Zamfara. Two of them died on the way to hospital.", "shot", 2, 1),
    # negatives: another victim died; a wounding with no death told; a death told first
    ("Police shot a protester in Lagos. Another protester died in the stampede.", "shot", 1, 1),
    ("A man was shot in Chicago on Sunday. He is in a stable condition.", "shot", None, 1),
    ("Gunmen shot dead two villagers and wounded three others in Zamfara.", "shot", 2, 3),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), DIED_OF_WOUNDS)
def test_a_victim_who_died_of_wounds_is_killed_not_injured(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert _counts(text, trigger)[:2] == (killed, injured)
