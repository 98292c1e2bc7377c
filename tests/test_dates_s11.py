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

# text, article date, trigger words (a word or a (word, occurrence) pair), the event to check (index),
# expected (date, precision)
Case = tuple[str, str, list[str | tuple[str, int]], int, tuple[str, str]]

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


TRAILING_CONJUNCTS: list[Case] = [
    (
        "A court sentences a militant to life in prison for killing 39 people and injuring 79 more at a "
        "nightclub in 2017.",
        "2020-09-07",
        ["sentences", "killing", "injuring"],
        1,
        ("2017-01-01", "year"),
    ),
    (
        "Three men are fined by a court for hijacking an oil tanker off the coast of Equatorial Guinea and "
        "holding the crew hostage for ransom in March.",
        "2020-08-11",
        ["fined", "hijacking", "holding"],
        1,
        ("2020-03-01", "month"),
    ),
    (
        "The ministry admits its soldiers briefly invaded and occupied a border village for several days "
        "last month.",
        "2020-06-13",
        ["invaded", "occupied"],
        0,
        ("2020-05-01", "month"),
    ),
    (  # the sentencing is today's, the killing's year is not passed up
        "A court sentences a militant to life in prison for killing 39 people and injuring 79 more at a "
        "nightclub in 2017.",
        "2020-09-07",
        ["sentences", "killing", "injuring"],
        0,
        ("2020-09-07", "unknown"),
    ),
    (  # a first conjunct with a date of its own keeps it
        "He is remembered as a general who seized power in a 1999 coup and resigned in 2008 to avoid "
        "impeachment.",
        "2019-12-17",
        ["seized", "resigned"],
        0,
        ("1999-01-01", "year"),
    ),
    (  # a year in its object is its own: the last conjunct's year is not
        "He is remembered as a general who imposed a 2007 state of emergency and resigned in 2008 to avoid "
        "impeachment.",
        "2019-12-17",
        ["imposed", "resigned"],
        0,
        ("2019-12-17", "unknown"),
    ),
    (  # a later conjunct with an auxiliary of its own tells another time
        "Police arrested two suspects at the border and will charge them with smuggling on Monday.",
        "2020-06-12",
        ["arrested", "charge"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (  # a present-tense act is the day's: the period is the casualties'
        "The Taliban deny the accusation and blame the government for civilian casualties during the past "
        "week.",
        "2020-06-21",
        ["deny", "blame"],
        0,
        ("2020-06-21", "unknown"),
    ),
    (  # an adverb sets the later conjunct's time apart
        "Police arrested two protesters outside the embassy and later released them on Monday.",
        "2020-06-12",
        ["arrested", "released"],
        0,
        ("2020-06-12", "unknown"),
    ),
]


ANNIVERSARIES: list[Case] = [
    (
        "Thousands hold a candlelight vigil in Hong Kong on the 30th anniversary of the Tiananmen Square "
        "crackdown.",
        "2019-06-04",
        ["vigil", "crackdown"],
        1,
        ("1989-01-01", "year"),
    ),
    (
        "Thousands of Algerians march in the capital as the first anniversary of the protests nears.",
        "2020-02-14",
        ["march", "protests"],
        1,
        ("2019-01-01", "year"),
    ),
    (
        "On the one year anniversary of the Gaza border protests, tens of thousands of Palestinians gather "
        "on the border.",
        "2019-03-30",
        ["protests", "gather"],
        0,
        ("2018-01-01", "year"),
    ),
    (  # the vigil held on the anniversary keeps its own time
        "Thousands hold a candlelight vigil in Hong Kong on the 30th anniversary of the Tiananmen Square "
        "crackdown.",
        "2019-06-04",
        ["vigil", "crackdown"],
        0,
        ("2019-06-04", "unknown"),
    ),
    (  # an anniversary with no count gives no year
        "Police arrest around 105 people on the anniversary of the first yellow vest protests.",
        "2019-11-16",
        ["arrest", "protests"],
        1,
        ("2019-11-16", "unknown"),
    ),
    (  # the year dates the noun it is of, no event of the clause
        "On the 40th anniversary of the hostage crisis, Iran announces it has doubled its advanced "
        "centrifuges.",
        "2019-11-04",
        ["announces"],
        0,
        ("2019-11-04", "unknown"),
    ),
]


LONG_GAPS: list[Case] = [
    (
        "A white supremacist is executed by lethal injection in Texas, 21 years after the murder of a black "
        "man.",
        "2019-04-24",
        ["executed", "murder"],
        1,
        ("1998-01-01", "year"),
    ),
    (
        "Forty-one people are killed in an attack on two villages in central Mali, one week after 35 are "
        "killed in another attack.",
        "2019-06-18",
        ["attack", ("killed", 1)],
        1,
        ("2019-06-10", "week"),
    ),
    (
        "The opposition leader dies of COVID-19 in France two months after he was released by militants in "
        "a prisoner swap.",
        "2020-12-25",
        ["dies", "released"],
        1,
        ("2020-10-01", "month"),
    ),
    (  # the governing event keeps its own time
        "A white supremacist is executed by lethal injection in Texas, 21 years after the murder of a black "
        "man.",
        "2019-04-24",
        ["executed", "murder"],
        0,
        ("2019-04-24", "unknown"),
    ),
    (  # how long the ban lasts, not when the protests were
        "Nepal says it will deport five foreign tourists and ban them for two years after they joined "
        "protests against the government.",
        "2020-06-15",
        ["joined", "protests"],
        0,
        ("2020-06-15", "unknown"),
    ),
    (  # a vague count gives no date
        "Protesters rally in Algiers, months after soldiers arrested the opposition leader.",
        "2020-05-10",
        ["rally", "arrested"],
        1,
        ("2020-05-10", "unknown"),
    ),
    (  # a happening with a date of its own keeps it
        "Police arrest a suspect a year after gunmen killed five people in a shooting in March 2019.",
        "2020-05-10",
        ["arrest", "killed"],
        1,
        ("2019-03-01", "month"),
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


@pytest.mark.parametrize("case", TRAILING_CONJUNCTS)
def test_coordinated_verbs_share_a_trailing_time(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", ANNIVERSARIES)
def test_an_anniversary_dates_its_happening_years_back(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", LONG_GAPS)
def test_a_long_gap_dates_its_happening_back(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
