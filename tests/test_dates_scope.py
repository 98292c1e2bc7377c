"""A date phrase inside a noun's phrase dates that noun, not the event of the clause the noun stands in.

Pre-modifiers ("the 2018 election", "yesterday's incident"), "of" complements ("the deadline of March 29"),
relative and participial clauses of a noun ("a man charged on 18 January", "a truce that expired Thursday"),
and infinitive clauses of purpose ("signed a deal to end the war by Tuesday"); a start or end of a state
("from December 16", "until April 30") dates its own clause only, and reads a weekday forward; an event moved
"to" a day takes the new day; a bare year before a noun dates it; fixed holidays are days.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Action, Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of, with_event, with_events

# The rows' triggers are verbal acts (rulings, pleas, condemnations); a material act done "in" a dated
# happening takes its time (see CIRCUMSTANCES below).
VERBAL = Action("ACCUSE", None, "112", -2.0, 3)

# text, article date, trigger, expected (date, precision)
SCOPES = [
    # a date in a noun's modifier does not date the main clause's event
    (
        "A Canadian court convicts a nurse, arrested on 12 March 2017 in Toronto, of poisoning patients.",
        "2019-06-20",
        "convicts",
        ("2019-06-20", "unknown"),
    ),
    (
        "The Supreme Court rejects a challenge to the 12 August 2018 presidential election result.",
        "2019-01-19",
        "rejects",
        ("2019-01-19", "unknown"),
    ),
    (
        "The utility pleads guilty to 84 counts of manslaughter in the 2018 wildfire.",
        "2020-06-16",
        "pleads",
        ("2020-06-16", "unknown"),
    ),
    (
        "Jets bomb rebel positions near the border in response to yesterday's shelling of a market.",
        "2020-08-03",
        "bomb",
        ("2020-08-03", "unknown"),
    ),
    (
        "The minister condemns a report published yesterday by a local newspaper.",
        "2020-05-12",
        "condemns",
        ("2020-05-12", "unknown"),
    ),
    (
        "Rebels refuse to accept the government's truce that expired Thursday.",
        "2020-04-24",
        "truce",
        ("2020-04-24", "unknown"),
    ),
    (
        "Parliament rejects a bill to extend the current deadline of March 29.",
        "2019-02-27",
        "rejects",
        ("2019-02-27", "unknown"),
    ),
    (
        "The president says he has signed an accord with the rebels to end the fighting by Friday evening.",
        "2020-11-09",
        "signed",
        ("2020-11-09", "unknown"),
    ),
    (
        "After talks with the unions, the mayor says a curfew will apply from December 16 to January 10.",
        "2020-12-13",
        "talks",
        ("2020-12-13", "unknown"),
    ),
    # the noun itself is dated by its own pre-modifier or clause
    (
        "Yesterday's attack on a checkpoint in Kabul killed four soldiers.",
        "2020-08-03",
        "attack",
        ("2020-08-02", "day"),
    ),
    (
        "Police found the weapons used in the 2015 bombing of the embassy.",
        "2020-08-03",
        "bombing",
        ("2015-01-01", "year"),
    ),
    (
        "The rally that was to be held on June 19 in Denver is postponed to June 27.",
        "2020-06-12",
        "rally",
        ("2020-06-27", "day"),
    ),
    # a start reads forward and dates the state that starts; the end of a holiday night
    (
        "The governor announces a lockdown of the city starting on Thursday.",
        "2020-10-19",
        "lockdown",
        ("2020-10-22", "day"),
    ),
    (
        "The prime minister says a curfew will be in force across the country on New Year's Eve.",
        "2020-12-17",
        "curfew",
        ("2020-12-31", "day"),
    ),
    # negatives: a time phrase of the clause itself is kept
    (
        "Gunmen killed four villagers on the night of 3 January in Borno State.",
        "2020-01-06",
        "killed",
        ("2020-01-03", "day"),
    ),
    (
        "Three people were killed during Friday prayers at a mosque in Kabul.",
        "2019-05-24",
        "killed",
        ("2019-05-24", "day"),
    ),
    (
        "Eleven soldiers were injured by the January 8 missile attack on the base, the army says.",
        "2020-01-16",
        "injured",
        ("2020-01-08", "day"),
    ),
    (
        "Troops arrested a man in the city on Monday, police said.",
        "2020-03-10",
        "arrested",
        ("2020-03-09", "day"),
    ),
    (
        "The army says it will launch an offensive on Thursday.",
        "2020-10-19",
        "offensive",
        ("2020-10-22", "day"),
    ),
    (
        "Police fired tear gas at protesters who marched on parliament on Sunday.",
        "2020-10-20",
        "marched",
        ("2020-10-18", "day"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize(("text", "article_date", "trigger", "expected"), SCOPES)
def test_a_date_in_a_nouns_phrase_dates_that_noun_only(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    trigger: str,
    expected: tuple[str, str],
) -> None:
    assert date_of(stage, with_event(parse(text, date=article_date), trigger, action=VERBAL)) == expected


# An event noun that is a verb's circumstance ("killed in Monday's attack") dates the verb too; a noun that
# is no event ("in the 2018 wildfire" of a plea, above) does not. text, article date, triggers, expected
# (date, precision) of the first trigger
CIRCUMSTANCES = [
    (
        "Five people were killed in Monday's attack on a market in Kano.",
        "2020-03-11",
        ["killed", "attack"],
        ("2020-03-09", "day"),
    ),
    (
        "Seven people are killed in an overnight shooting at a house in rural Alabama.",
        "2020-06-05",
        ["killed", "shooting"],
        ("2020-06-04", "day"),
    ),
    # the noun need not be an event of its own: the verb is ("killed in an overnight attack")
    (
        "Twenty-three soldiers are killed in an overnight attack by militants near the lake.",
        "2019-03-22",
        ["killed"],
        ("2019-03-21", "day"),
    ),
    (
        "Three protesters were arrested in Friday's march through the capital.",
        "2020-06-08",
        ["arrested"],
        ("2020-06-05", "day"),
    ),
    (
        "The minister resigns over the 2018 bombing of a church in Jolo.",
        "2020-06-05",
        ["resigns", "bombing"],
        ("2020-06-05", "unknown"),
    ),
]


@pytest.mark.parametrize(("text", "article_date", "triggers", "expected"), CIRCUMSTANCES)
def test_an_event_noun_of_the_circumstance_dates_its_verb(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    triggers: list[str],
    expected: tuple[str, str],
) -> None:
    assert date_of(stage, with_events(parse(text, date=article_date), triggers), 0) == expected
