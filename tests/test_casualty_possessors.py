"""A killing noun's possessor with no "of" phrase is its victim when it names a person: "Maria Lopez's
murder", "his ex-wife's murder" are one dead (casualty_victims.find_possessor_victims). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-16"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Maria Lopez's murder in Cali sparked protests.", "murder", (1, None)),
        (
            "The minister faces accusations that he and his wife were involved in his ex-wife's murder.",
            "murder",
            (1, None),
        ),
        ("The activist's killing in Cali sparked protests.", "killing", (1, None)),
        (
            "The governor's assassination in Culiacan was condemned by the president.",
            "assassination",
            (1, None),
        ),
        # negatives: a doer or a time as the possessor; an "of" phrase names the victims
        ("The army's killing in the village was condemned.", "killing", (None, None)),
        ("Last month's murder in Oakland remains unsolved.", "murder", (None, None)),
        ("Iran's killing of two protesters drew condemnation.", "killing", (2, None)),
        ("The gang's murder of three shopkeepers in Lagos shocked the city.", "murder", (3, None)),
    ],
)
def test_possessor_victim(text: str, trigger: str, expected: tuple[int | None, int | None]) -> None:
    assert coded_toll_of(text, trigger, DATE) == expected
