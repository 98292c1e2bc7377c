"""A victim told as "both" or "all" of a group named before it in the sentence
(dotterel/stages/casualty_group_pronouns.py): "killing both of them" is two, "killing all of them" the
group's members added up. Sentences written for these tests, with negatives: "all" with a phrase of its own,
a group with no count, and the doers of the killing count nothing."""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-16"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Gunmen attack a car carrying two journalists near Kandahar, killing both of them.",
            "attack",
            (2, None),
        ),
        ("Police shot a man and his wife in Lagos, wounding both.", "shot", (None, 2)),
        (
            "Gunmen ambush a bus carrying a couple and their six children in Zamfara, killing all of them.",
            "ambush",
            (8, None),
        ),
        (
            "Militants opened fire on three soldiers and a police officer at a checkpoint in Kunar, killing "
            "all of them.",
            "opened",
            (4, None),
        ),
        # negatives: not all of the group, a group with no count, the doers
        (
            "A teenager shoots his parents and three younger siblings in their home in Utah, killing all but "
            "his father.",
            "shoots",
            (None, None),
        ),
        ("Bandits stormed a village in Zamfara, killing all of them.", "stormed", (None, None)),
        ("Two gunmen attacked a house in Zamfara, killing all of them.", "attacked", (None, None)),
    ],
)
def test_group_pronoun_victims(text: str, trigger: str, expected: tuple[int | None, int | None]) -> None:
    assert coded_toll_of(text, trigger, DATE) == expected
