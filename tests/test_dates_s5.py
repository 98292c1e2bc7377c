"""Session-5 date rules: a measure's start told later or as a range, a planned or modal event's own day, and
another happening's day kept from the event that mentions it.

- a later sentence whose subject refers back to the measure ("The restrictions will take effect on
  Thursday", two sentences on too; "This measure will take effect next Wednesday") or, right after it, a
  measure told in the future with a start ("Shops will be closed from midnight until January 19": the
  article's day) dates the measure; "between October 24 and November 1" starts on October 24; a measure in
  a "with" phrase of a clause announcing a measure with a start takes that start; a measure told in the
  future after a sentence that gave a measure's start takes it;
- a modal ("would be signed on February 29"), an infinitive ("decides to reopen the borders on December 29")
  and a leap day; an infinitive of purpose takes the day of the event noun it serves;
- a bare day after a possessed object noun ("Golunov's arrest Thursday") is that noun's; an event in an
  "after" clause does not take the day of a saying above the clause it hangs on; a trailing attribution the
  parser hangs under the event ("…, the prime minister announces late on Friday") gives its day.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

MEASURE_STARTS: list[Case] = [
    (
        "The state government announces new restrictions on bars. The restrictions will take effect on "
        "Friday.",
        "2020-11-16",
        ["restrictions"],
        0,
        ("2020-11-20", "day"),
    ),
    (
        "The governor announces new restrictions on gatherings. Gyms will be closed and weddings will be "
        "limited to ten guests. The restrictions will take effect on Thursday.",
        "2020-11-16",
        ["restrictions", "closed"],
        0,
        ("2020-11-19", "day"),
    ),
    (
        "The governor announces new restrictions on gatherings. Gyms will be closed and weddings will be "
        "limited to ten guests. The restrictions will take effect on Thursday.",
        "2020-11-16",
        ["restrictions", "closed"],
        1,
        ("2020-11-19", "day"),
    ),
    (
        "The city unveils new social distancing measures. These measures include limiting gatherings to ten "
        "people. This measure will take effect next Wednesday.",
        "2020-07-27",
        ["limiting"],
        0,
        ("2020-07-29", "day"),
    ),
    (
        "The prime minister imposes a four-week national lockdown. Shops, gyms and restaurants will be "
        "closed from midnight until January 19.",
        "2020-12-14",
        ["lockdown"],
        0,
        ("2020-12-14", "day"),
    ),
    (
        "The government will close most schools and universities between October 24 and November 1.",
        "2020-10-22",
        ["close"],
        0,
        ("2020-10-24", "day"),
    ),
    (
        "The president announces a nationwide curfew from October 30, with all bars ordered to close.",
        "2020-10-28",
        ["curfew", "ordered"],
        1,
        ("2020-10-30", "day"),
    ),
    (
        "The cabinet reinstates the state of emergency effective at midnight tonight. Gatherings will be "
        "limited to five people, and parties will be banned.",
        "2020-10-14",
        ["banned"],
        0,
        ("2020-10-14", "day"),
    ),
    # negatives: another measure between, a later sentence about another measure, a detail sentence that
    # does not follow the measure, a start of one measure verb is no start of the next sentence's measure, a
    # detail told in the past, an order told in the perfect (the act done), a clock hour with a day after it
    (
        "The mayor imposes a curfew on the city. Police also ban a march planned by the opposition. The "
        "curfew will take effect on Friday.",
        "2020-11-16",
        ["curfew", "ban"],
        1,
        ("2020-11-16", "unknown"),
    ),
    (
        "The mayor imposes a curfew on the city. Police also ban a march planned by the opposition. The "
        "curfew will take effect on Friday.",
        "2020-11-16",
        ["curfew", "ban"],
        0,
        ("2020-11-20", "day"),
    ),
    (
        "The government extends a ban on foreign flights. A new curfew will take effect on Friday.",
        "2020-11-16",
        ["ban"],
        0,
        ("2020-11-16", "unknown"),
    ),
    (
        "The premier imposes a lockdown on the capital. Doctors welcome the decision. Shops will be closed "
        "from midnight.",
        "2020-12-14",
        ["lockdown"],
        0,
        ("2020-12-14", "unknown"),
    ),
    (
        "The government has ordered bars closed between October 14 and November 3. In addition, public "
        "gatherings will be restricted to six people.",
        "2020-10-12",
        ["restricted"],
        0,
        ("2020-10-12", "unknown"),
    ),
    (
        "The premier imposed a lockdown on the capital. Shops were closed from midnight.",
        "2020-12-14",
        ["lockdown"],
        0,
        ("2020-12-14", "unknown"),
    ),
    (
        "The health minister says the government has ordered bars closed between October 14 and November 3.",
        "2020-10-12",
        ["ordered"],
        0,
        ("2020-10-12", "unknown"),
    ),
    (
        "The government announces that bars will be closed from midnight on Friday.",
        "2020-12-14",
        ["closed"],
        0,
        ("2020-12-18", "day"),
    ),
]

PROSPECTS: list[Case] = [
    (
        "Officials say a peace agreement would be signed on February 29.",
        "2020-02-21",
        ["signed"],
        0,
        ("2020-02-29", "day"),
    ),
    (
        "The committee decides to reopen the country's land borders on December 29.",
        "2020-12-27",
        ["reopen"],
        0,
        ("2020-12-29", "day"),
    ),
    (
        "The referendum will be held on February 29.",
        "2020-02-10",
        ["held"],
        0,
        ("2020-02-29", "day"),
    ),
    (
        "There was a videoconference on Monday between the two foreign ministers to discuss the peace "
        "process.",
        "2020-06-30",
        ["videoconference", "discuss"],
        1,
        ("2020-06-29", "day"),
    ),
    (
        "Police said they could arrest the suspects on Friday.",
        "2020-10-22",
        ["arrest"],
        0,
        ("2020-10-23", "day"),
    ),
    # negatives: a modal with "have" is past; an asserted agreement with a deadline; a gerund inside the
    # subject of a modal clause; an infinitive of purpose whose noun has no day
    (
        "Officials said the rebels may have attacked the base on Friday.",
        "2020-10-22",
        ["attacked"],
        0,
        ("2020-10-16", "day"),
    ),
    (
        "The rebels agree to set a deadline by 13 December.",
        "2020-12-01",
        ["agree"],
        0,
        ("2020-12-01", "unknown"),
    ),
    (
        "An agreement on withdrawing foreign troops would be signed on February 29.",
        "2020-02-21",
        ["withdrawing", "signed"],
        0,
        ("2020-02-21", "unknown"),
    ),
    (
        "The ministers met on Monday. There was a videoconference between their aides to discuss the agenda.",
        "2020-06-30",
        ["met", "videoconference", "discuss"],
        2,
        ("2020-06-30", "unknown"),
    ),
]

OTHER_DAYS: list[Case] = [
    (
        "Hundreds rally in the capital, protesting the opposition leader's arrest Thursday on fraud charges.",
        "2019-06-08",
        ["protesting"],
        0,
        ("2019-06-08", "unknown"),
    ),
    (
        "Beijing condemns Washington's decision yesterday to impose sanctions on its officials.",
        "2020-11-06",
        ["condemns"],
        0,
        ("2020-11-06", "unknown"),
    ),
    (
        "Protesters denounce the journalist's arrest Thursday.",
        "2019-06-08",
        ["denounce", "arrest"],
        1,
        ("2019-06-06", "day"),
    ),
    (
        "The refugees can disembark after several countries agreed to take them in, the prime minister said "
        "on Thursday.",
        "2019-09-14",
        ["agreed"],
        0,
        ("2019-09-14", "unknown"),
    ),
    (
        "The country declares a state of emergency over the epidemic, the prime minister announces late on "
        "Friday.",
        "2020-03-20",
        ["declares"],
        0,
        ("2020-03-20", "day"),
    ),
    (
        "The embassy issues a sharp rebuke, saying that Canada has interfered in its affairs a day after "
        "Ottawa suspended its treaty with Hong Kong.",
        "2020-07-04",
        ["suspended"],
        0,
        ("2020-07-03", "day"),
    ),
    # negatives: no possessor (the day is the verb's); the same clause as the saying; the clause an "after"
    # clause hangs on gives its own day; a trailing clause that is no attribution
    (
        "Police arrested the journalist Thursday on drug charges.",
        "2019-06-08",
        ["arrested"],
        0,
        ("2019-06-06", "day"),
    ),
    (
        "Several countries agreed to take the migrants in, the prime minister said on Thursday.",
        "2019-09-14",
        ["agreed"],
        0,
        ("2019-09-12", "day"),
    ),
    (
        "Police arrested the man on Sunday after he attacked a guard.",
        "2019-09-17",
        ["attacked"],
        0,
        ("2019-09-15", "day"),
    ),
    (
        "The country declares a state of emergency over the epidemic, and the prime minister resigned on "
        "Friday.",
        "2020-03-20",
        ["declares"],
        0,
        ("2020-03-20", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", MEASURE_STARTS)
def test_a_measure_takes_its_start_told_later_or_as_a_range(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", PROSPECTS)
def test_a_planned_or_modal_event_takes_its_own_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", OTHER_DAYS)
def test_another_happenings_day_stays_its_own(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]
