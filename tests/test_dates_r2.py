"""Round-2 date rules: an event told in a relative or participial clause of a dated event noun takes the
noun's own day ("a racist attack on Sunday, in which two women were stabbed"), and a later step of a past
event told after "before" or in a coordinated past verb counts "the next day" from that event's day, the
article date, even though the day lies after it ("…, before being shot dead by police the next day")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

ANTECEDENT_DAYS: list[Case] = [
    (
        "Police investigate a racist attack on Sunday, in which two women were repeatedly stabbed near a "
        "park.",
        "2020-10-22",
        ["attack", "stabbed"],
        1,
        ("2020-10-18", "day"),
    ),
    (
        "The clashes on Friday, during which three protesters were killed, drew wide condemnation.",
        "2020-10-22",
        ["clashes", "killed"],
        1,
        ("2020-10-16", "day"),
    ),
    (
        "Rights groups condemn the raid on Tuesday in which soldiers detained twelve villagers.",
        "2020-03-12",
        ["raid", "detained"],
        1,
        ("2020-03-10", "day"),
    ),
    # negatives: a noun with no day of its own; a past perfect in the clause; the day inside the clause
    (
        "Police investigate a racist attack, in which two women were stabbed, the mayor said on Sunday.",
        "2020-10-22",
        ["attack", "stabbed"],
        1,
        ("2020-10-18", "day"),
    ),
    (
        "The court sentenced the man, who had attacked a guard, on Monday.",
        "2020-03-12",
        ["sentenced", "attacked"],
        1,
        ("2020-03-12", "unknown"),
    ),
    (
        "Police identified the gunman in the attack, who was killed on Saturday.",
        "2020-03-12",
        ["attack", "killed"],
        0,
        ("2020-03-12", "unknown"),
    ),
    (
        "The government condemns the attack on Sunday in the capital, which the rebels claim.",
        "2020-10-22",
        ["attack", "claim"],
        1,
        ("2020-10-22", "unknown"),
    ),
]

SEQUELS: list[Case] = [
    (
        "A soldier opened fire in a shopping mall, killing 29 people, before being shot dead by police the "
        "next day.",
        "2020-02-08",
        ["opened", "shot"],
        1,
        ("2020-02-09", "day"),
    ),
    (
        "A soldier opens fire in a military camp, killing 29 people and injuring 58 others before being shot "
        "dead by police the next day.",
        "2020-02-08",
        ["opens", "shot"],
        1,
        ("2020-02-09", "day"),
    ),
    (
        "Gunmen seized a hotel in the capital and were killed by commandos the next day.",
        "2020-02-08",
        ["seized", "killed"],
        1,
        ("2020-02-09", "day"),
    ),
    (
        "The gunman killed 29 people on Saturday before being shot dead by police the next day.",
        "2020-02-10",
        ["killed", "shot"],
        1,
        ("2020-02-09", "day"),
    ),
    # negatives: an asserted verb in a sentence of its own; a present-tense main clause; "after"
    (
        "The next day, the army launched an offensive.",
        "2020-02-08",
        ["launched"],
        0,
        ("2020-02-08", "unknown"),
    ),
    (
        "The rebels agree to a ceasefire before talks resume the next day.",
        "2020-02-08",
        ["resume"],
        0,
        ("2020-02-08", "unknown"),
    ),
    (
        "Rebels attacked the base after they were surrounded the next day.",
        "2020-02-08",
        ["surrounded"],
        0,
        ("2020-02-08", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", ANTECEDENT_DAYS)
def test_a_clause_of_a_dated_event_noun_takes_its_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", SEQUELS)
def test_a_later_step_of_a_past_event_counts_from_the_article_date(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]
