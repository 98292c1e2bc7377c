"""A harm named as another occasion keeps its toll: no other event of the sentence takes it
(stages/casualty_occasions.py, used by the casualties and merge stages). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.stages.casualty_occasions import is_other_occasion_noun, to_occasion_words
from dotterel.stages.casualty_words import load_casualty_words
from dotterel.stages.nlp import load_spacy_pipeline
from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-06-16"


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_spacy_pipeline()


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Police are still hunting the gunmen behind the previous attack.", "attack", True),
        ("He is also charged with last month's murder of a guard.", "murder", True),
        ("It was the deadliest since the 2017 bombing of a mosque.", "bombing", True),
        ("An earlier ambush left twelve soldiers dead.", "ambush", True),
        ("The previous week's shooting shocked the town.", "shooting", True),
        # negatives: the news itself, or a day of this week
        ("Sunday's attack on a church shocked the town.", "attack", False),
        ("Last night's attack on an army post was repelled.", "attack", False),
        ("The attack on the convoy was claimed by the rebels.", "attack", False),
        ("A bombing at a market killed nine people.", "bombing", False),
    ],
)
def test_is_other_occasion_noun(nlp: Any, text: str, noun: str, expected: bool) -> None:
    words = to_occasion_words(load_casualty_words())
    token = next(t for t in nlp(text) if t.text == noun)
    assert is_other_occasion_noun(token, words.occasion_words, words.period_nouns) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the dead of another occasion's phrase are not the toll of the sentence's harm
        (
            "The suspect in a deadly shooting at a bar in Memphis is also charged with last year's murder"
            " of a taxi driver.",
            "shooting",
            (None, None),
        ),
        (
            "Police say the suspect in the stabbing of three worshippers at a mosque in Leeds has been"
            " charged with the 2018 murder of a shopkeeper.",
            "stabbing",
            (None, None),
        ),
        (
            "The bombing, the deadliest since the 2017 attack on a mosque that killed 300 worshippers, wounds"
            " 40 people in Kabul.",
            "bombing",
            (None, 40),
        ),
        # negatives: the occasion keeps its own toll; the sentence's harm keeps its own
        ("Police arrest a man over the 2019 murder of two journalists in Karachi.", "murder", (2, None)),
        ("Last month's attack on a police station in Kano killed three officers.", "attack", (3, None)),
        ("Last night's attack on an army post in Borno killed nine soldiers.", "attack", (9, None)),
        (
            "A car bomb kills eight people in Kirkuk, the city's deadliest attack since a 2016 bombing that"
            " killed 40.",
            "car bomb",
            (8, None),
        ),
        ("Gunmen storm a hotel in Mogadishu, killing 12 people and wounding 20.", "storm", (12, 20)),
    ],
)
def test_other_occasion_toll(text: str, trigger: str, expected: tuple[int | None, int | None]) -> None:
    assert coded_toll_of(text, trigger, DATE) == expected


def test_other_occasion_is_not_merged_into_the_news() -> None:
    """The 2016 bombing stays an event of its own with its toll (it was merged into the car bomb, which
    then took its 40 dead and its year)."""
    text = (
        "A car bomb kills eight people in Kirkuk, the deadliest attack since a 2016 bombing that killed 40."
    )
    assert coded_tolls(text, DATE) == [("car bomb", 8, None), ("bombing", 40, None)]
