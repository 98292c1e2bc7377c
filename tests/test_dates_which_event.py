"""Date rules of session 9: which event a date phrase belongs to.

- "… announces new restrictions on travel. Effective Wednesday, travel by cruise ship is prohibited", "…
  imposes border restrictions. Travel … will be limited to essential trips starting August 24": a measure
  clause of the next sentence with a start of its own (told in the future, or in the present passive) tells
  what the measure of the sentence before does, from that start; "prohibit" and "forbid" are measure verbs;
  not a past clause, nor a sentence before with no measure;
- "… unveils new measures. These measures include limiting crowds … This measure will take effect next
  Wednesday": a measure in a sentence whose subject refers back to the measure is a part of it and takes the
  start a later sentence gives it;
- "Nobody will be able to leave starting from 10 a.m. on January 23, and all public transport is suspended":
  a measure clause coordinated with a clause that has a start takes that start; not a conjunct with no
  subject of its own;
- "Level 4 restrictions beginning December 28, which means that people will be ordered to limit gatherings":
  a measure in the relative clause of a measure with a start tells what it does, from that start; not a
  relative clause with a date of its own, nor a past one;
- "reverses its visa policy, announced on July 6": a past participle set off by a comma after a noun is a
  reduced relative of that noun, even when the parser hangs it on the verb: its date is not the verb's;
- "in the run-up to a presidential election on 21 April", "in the wake of the vote on Sunday": the object of
  a noun of time relation, like that of a noun of cause, is the happening a date right after it dates;
- "delays the verdict in the case concerning the assassination of X from August 7 to August 18": the old and
  new days under a rescheduling verb date no noun inside its phrase;
- "the 2011 Oslo attacks", "the 2019 Hong Kong protests": a bare year before a plural happening noun is its
  year, through the nouns between.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str | tuple[str, int]], int, tuple[str, str]]

NEXT_SENTENCE_STARTS: list[Case] = [
    (
        "The United States announces new restrictions on travel to Cuba. Effective Wednesday, travel by "
        "cruise ship or private plane is prohibited.",
        "2019-06-04",
        ["restrictions"],
        0,
        ("2019-06-05", "day"),
    ),
    (
        "Norway imposes stricter border restrictions on several countries. Travel from most of Europe "
        "will be limited to essential trips starting August 24.",
        "2020-08-19",
        ["restrictions"],
        0,
        ("2020-08-24", "day"),
    ),
    (
        "The city government bans large gatherings. Starting Friday, weddings and funerals are limited "
        "to ten guests.",
        "2020-08-19",
        ["bans"],
        0,
        ("2020-08-21", "day"),
    ),
    (
        "The regional council orders a partial shutdown. From Monday, indoor dining is forbidden.",
        "2020-10-28",
        ["shutdown"],
        0,
        ("2020-11-02", "day"),
    ),
    # negatives: a past clause; a sentence before with no measure
    (
        "The province announces a new curfew. Gatherings were banned starting March 16.",
        "2020-10-28",
        ["curfew"],
        0,
        ("2020-10-28", "unknown"),
    ),
    (
        "The minister visits the border crossing. Starting Friday, travel to the north is prohibited.",
        "2020-10-28",
        ["visits"],
        0,
        ("2020-10-28", "unknown"),
    ),
]

TOLD_PARTS: list[Case] = [
    (
        "The government unveils strict new distancing measures. These measures include restricting contact "
        "to five people and limiting crowds to 100 people. This measure will take effect next Wednesday.",
        "2020-07-27",
        ["measures", "restricting"],
        1,
        ("2020-07-29", "day"),
    ),
    (
        "The state announces new restrictions. The restrictions include a ban on indoor dining and a curfew "
        "for bars. The restrictions will take effect on Friday.",
        "2020-11-16",
        ["restrictions", "ban", "curfew"],
        2,
        ("2020-11-20", "day"),
    ),
    # negative: a sentence between that is no part of the measure
    (
        "The state announces new restrictions. Police banned a rally on Sunday. The restrictions will take "
        "effect on Friday.",
        "2020-11-16",
        ["restrictions", "banned"],
        1,
        ("2020-11-15", "day"),
    ),
]

CONJUNCT_STARTS: list[Case] = [
    (
        "Nobody in the province will be able to leave starting from 6 a.m. on March 10, and all trains in "
        "the province are suspended.",
        "2020-03-09",
        ["leave", "suspended"],
        1,
        ("2020-03-10", "day"),
    ),
    (
        "Residents will only be allowed out for essential trips beginning Thursday, and all bars in the city "
        "are shut.",
        "2020-03-16",
        ["allowed", "shut"],
        1,
        ("2020-03-19", "day"),
    ),
    # negative: a conjunct of no clause of its own (no subject) in the past
    (
        "Police arrested dozens of protesters and banned the march.",
        "2020-03-16",
        ["banned"],
        0,
        ("2020-03-16", "unknown"),
    ),
]

CONTENT_STARTS: list[Case] = [
    (
        "The country will move to the strictest Level 5 restrictions beginning January 4, which means that "
        "people will be ordered to limit their contacts to one household.",
        "2020-12-22",
        ["limit"],
        0,
        ("2021-01-04", "day"),
    ),
    (
        "The province enters a lockdown from Monday, under which all shops will be closed.",
        "2020-11-12",
        ["lockdown", "closed"],
        1,
        ("2020-11-16", "day"),
    ),
    # negatives: a relative clause with a date of its own; a measure with no start
    (
        "The city extends its lockdown, which closed all schools on March 16, to May 1.",
        "2020-04-10",
        ["closed"],
        0,
        ("2020-03-16", "day"),
    ),
    (
        "Officials unveil a new quarantine order, which will close all gyms.",
        "2020-11-10",
        ["close"],
        0,
        ("2020-11-10", "unknown"),
    ),
]

REDUCED_RELATIVES: list[Case] = [
    (
        "The administration reverses its student visa policy, announced on July 6, after a lawsuit by "
        "universities.",
        "2020-07-14",
        ["reverses"],
        0,
        ("2020-07-14", "unknown"),
    ),
    (
        "The court strikes down the law, passed on March 3.",
        "2020-07-14",
        ["strikes"],
        0,
        ("2020-07-14", "unknown"),
    ),
    (
        "The new president revokes his predecessor's executive orders, signed on January 10, on his "
        "first day.",
        "2021-01-22",
        ["revokes"],
        0,
        ("2021-01-22", "unknown"),
    ),
    # negatives: a participle clause of the subject's act; a date of the verb itself
    (
        "The rebels seized the town, killing ten soldiers on Sunday.",
        "2020-07-14",
        ["seized"],
        0,
        ("2020-07-12", "day"),
    ),
    (
        "The government scraps the tax on Monday, citing falling revenue.",
        "2020-07-14",
        ["scraps"],
        0,
        ("2020-07-13", "day"),
    ),
]

RELATED_HAPPENINGS: list[Case] = [
    (
        "Agents foil the attempted murder of a spy in the run-up to a presidential election on 21 April.",
        "2019-04-17",
        ["murder"],
        0,
        ("2019-04-17", "unknown"),
    ),
    (
        "Police detain hundreds of protesters in the wake of the vote on Sunday.",
        "2019-04-25",
        ["detain"],
        0,
        ("2019-04-25", "unknown"),
    ),
    (
        "Riots erupt in the aftermath of the verdict on Tuesday.",
        "2019-04-25",
        ["erupt"],
        0,
        ("2019-04-25", "unknown"),
    ),
    # negative: a date of the act after the phrase is fronted
    (
        "In the wake of the bombing, police arrest two suspects on Tuesday.",
        "2019-04-25",
        ["arrest"],
        0,
        ("2019-04-23", "day"),
    ),
]

MOVED_DAYS: list[Case] = [
    (
        "The tribunal delays the verdict in the case concerning the killing of the former mayor from May 7 "
        "to May 18.",
        "2020-05-04",
        ["killing"],
        0,
        ("2020-05-04", "unknown"),
    ),
    (
        "Parliament postpones the debate on the budget from March 3 to March 10.",
        "2020-03-01",
        ["postpones"],
        0,
        ("2020-03-01", "unknown"),
    ),
    (
        "The government postponed the vote until March 3.",
        "2020-02-01",
        ["postponed", "vote"],
        1,
        ("2020-03-03", "day"),
    ),
    # negative: a date under another verb inside the moved phrase
    (
        "The court delays the trial of a man arrested on March 3.",
        "2020-05-01",
        ["delays", "arrested"],
        1,
        ("2020-03-03", "day"),
    ),
]

PLURAL_YEARS: list[Case] = [
    ("He is sentenced for the 2011 Oslo attacks.", "2019-11-13", ["attacks"], 0, ("2011-01-01", "year")),
    (
        "Thousands rally to mark the anniversary of the 2019 Hong Kong protests.",
        "2020-06-12",
        ["protests"],
        0,
        ("2019-01-01", "year"),
    ),
    (
        "A plot inspired by the 2015 Paris attacks is foiled.",
        "2019-11-13",
        ["attacks"],
        0,
        ("2015-01-01", "year"),
    ),
    # negatives: a number of people, no year; no year at all
    (
        "Police deploy the 2000 officers to the protests.",
        "2019-11-13",
        ["protests"],
        0,
        ("2019-11-13", "unknown"),
    ),
    ("Police arrest a suspect in the Oslo attacks.", "2019-11-13", ["attacks"], 0, ("2019-11-13", "unknown")),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", NEXT_SENTENCE_STARTS)
def test_a_measure_clause_with_a_start_in_the_next_sentence_dates_the_measure(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", TOLD_PARTS)
def test_a_part_told_of_the_measure_takes_its_later_start(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", CONJUNCT_STARTS)
def test_a_coordinated_measure_clause_takes_the_first_clauses_start(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", CONTENT_STARTS)
def test_a_measure_in_a_measures_relative_clause_takes_its_start(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", REDUCED_RELATIVES)
def test_a_date_in_a_reduced_relative_clause_dates_its_noun_not_the_verb(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", RELATED_HAPPENINGS)
def test_a_day_after_the_object_of_a_time_relation_dates_that_happening(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", MOVED_DAYS)
def test_the_days_of_a_move_date_no_noun_inside_it(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", PLURAL_YEARS)
def test_a_year_before_a_plural_happening_is_its_year(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
