"""Dates, session 11: "since then" is the time the text just gave; a happening gerund split off its noun.

"He was arrested in October 2013. He has been held since then": the phrase is the time the text just
established (the last date before it in its sentence or the sentence before, as for "the next day"), at that
time's own precision (a month here, a year, a day), and dates only the verb it hangs on. With no date before
it, it dates nothing; a verb in another clause of the sentence ("the first minister to visit … since then")
does not take it.

"for murdering his two daughters in an honor killing in 2008": the parser hangs "killing" as a participle of
"honor"; a happening gerund (``topic_nouns``) right after its noun with no subject, object or auxiliary of its
own is read as the compound noun it is, so its date phrase dates the clause it stands in, as "in a mass
shooting in 2015" does (the gerund is an event of its own too, as the events stage finds it). The event that
governs the clause keeps its own time (the arrest today), and a noun's own year ("the 2016 election") dates
no event.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

SAME_TIME: list[Case] = [
    (
        "A court sentences a retired engineer to ten years in prison for carrying explosives through Cairo "
        "airport in October 2013. He had been held by the security services since then.",
        "2019-11-08",
        ["sentences", "held"],
        1,
        ("2013-10-01", "month"),
    ),
    (
        "The blogger was jailed in 2016 over a post about the army. She has been detained without trial "
        "since then.",
        "2020-06-12",
        ["detained"],
        0,
        ("2016-01-01", "year"),
    ),
    (
        "Rebels seized the border town on March 3. Government forces have shelled it since then.",
        "2020-06-12",
        ["shelled"],
        0,
        ("2020-03-03", "day"),
    ),
    (  # the sentence of the anchor is the one before: the sentencing keeps the article date
        "A court sentences a retired engineer to ten years in prison for carrying explosives through Cairo "
        "airport in October 2013. He had been held by the security services since then.",
        "2019-11-08",
        ["sentences", "held"],
        0,
        ("2019-11-08", "unknown"),
    ),
    (  # no date before it: nothing to refer to
        "The opposition leader has been held in a military prison since then, his lawyer says.",
        "2020-06-12",
        ["held"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (  # another clause of the sentence does not take it
        "He is the first minister to visit the island in 30 years after the two countries cut ties in 1990 "
        "and have had no official contact since then.",
        "2020-08-05",
        ["visit"],
        0,
        ("2020-08-05", "unknown"),
    ),
]

SPLIT_COMPOUNDS: list[Case] = [
    (
        "Police arrest a man who had been on the list of most wanted fugitives since 2014 for murdering his "
        "two daughters in an honor killing in 2008.",
        "2020-08-27",
        ["arrest", "murdering", "killing"],
        1,
        ("2008-01-01", "year"),
    ),
    (
        "Police arrest a man who was wanted for murdering his business partner in a contract killing in "
        "2011.",
        "2020-08-27",
        ["arrest", "murdering", "killing"],
        1,
        ("2011-01-01", "year"),
    ),
    (  # the arrest is today's: the year is the murder's
        "Police arrest a man who was wanted for murdering his business partner in a contract killing in "
        "2011.",
        "2020-08-27",
        ["arrest", "murdering", "killing"],
        0,
        ("2020-08-27", "unknown"),
    ),
    (  # a year that dates a noun of another event is not the event's
        "Prosecutors charge a former official with lying about contacts with Russia before the 2016 "
        "presidential election.",
        "2019-03-14",
        ["charge"],
        0,
        ("2019-03-14", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", SAME_TIME)
def test_since_then_is_the_time_just_given(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", SPLIT_COMPOUNDS)
def test_a_split_happening_gerund_is_a_compound_noun(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
