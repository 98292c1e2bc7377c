"""A measure's start dates the measure; a day of another happening, a plan or a deadline dates no event.

A ban, curfew, lockdown, quarantine, order or state of emergency is dated by the start its sentence gives it
("starting September 14", "beginning November 9", "from Monday", "effective at 11:59 p.m.": the article's
day) or by a following sentence that tells its start ("The measures start on October 5"); a day inside an
"after …"/"because of …" phrase or clause is that happening's; standing nouns ("demands", "support") take no
day; "a meeting for Friday" is planned (ahead), "by January 15" is a deadline; "his 23 to 26 November
journey" names its first day.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of, with_event, with_events

# text, article date, trigger, expected (date, precision)
MEASURES = [
    (
        "The Welsh government bans indoor gatherings of more than four people starting October 2.",
        "2020-09-28",
        "bans",
        ("2020-10-02", "day"),
    ),
    (
        "Kenya announces a nationwide curfew from 7 p.m. to 5 a.m. beginning March 27.",
        "2020-03-25",
        "curfew",
        ("2020-03-27", "day"),
    ),
    (
        "Denmark will impose a 14-day quarantine on travellers arriving from Sweden from Monday.",
        "2020-06-10",
        "quarantine",
        ("2020-06-15", "day"),
    ),
    (
        "The mayor announces new restrictions that will close gyms and cinemas from tomorrow until May 3.",
        "2020-04-20",
        "restrictions",
        ("2020-04-21", "day"),
    ),
    (
        "The premier announces a lockdown of the city effective at 11:59 p.m. local time.",
        "2020-07-08",
        "lockdown",
        ("2020-07-08", "day"),
    ),
    (
        "The president declares a state of emergency effective at midnight tonight.",
        "2020-03-13",
        "declares",
        ("2020-03-13", "day"),
    ),
    (
        "Starting Monday, the province will be placed under a stay-at-home order.",
        "2020-12-17",
        "order",
        ("2020-12-21", "day"),
    ),
    (
        "The cabinet declares a state of emergency in the capital. The measures start on November 2 and "
        "will last for a month.",
        "2020-10-28",
        "declares",
        ("2020-11-02", "day"),
    ),
    (
        "The county will issue a new stay-at-home order for all residents. This order will begin December 6.",
        "2020-12-03",
        "order",
        ("2020-12-06", "day"),
    ),
    # negatives: a daily hour is no start day; a start of something else; the measure's own day wins
    (
        "The government imposes a curfew starting at 9 p.m. every night.",
        "2020-10-14",
        "curfew",
        ("2020-10-14", "unknown"),
    ),
    (
        "Police arrest dozens of protesters in the capital. The trial starts on November 2.",
        "2020-10-28",
        "arrest",
        ("2020-10-28", "unknown"),
    ),
    (
        "The regional government imposed a curfew on Friday. The curfew will start on Tuesday.",
        "2020-03-21",
        "curfew",
        ("2020-03-20", "day"),
    ),
    (
        "Rebels attack an army post starting a gunfight that lasts until Friday.",
        "2020-03-18",
        "attack",
        ("2020-03-18", "unknown"),
    ),
    # a verb that makes a thing mandatory or compulsory imposes a measure; the next sentence gives its start
    (
        "The governor announces that masks will be made mandatory in public spaces. The order is expected to "
        "go into effect on July 20.",
        "2020-07-16",
        "made",
        ("2020-07-20", "day"),
    ),
    (
        "Madrid becomes the first city in Spain to make face masks compulsory in all outdoor areas. The new "
        "rules will take effect on Friday.",
        "2020-08-19",
        "make",
        ("2020-08-21", "day"),
    ),
    # a start that opens the clause after "that" dates the measure of that clause; a tariff is a measure
    (
        "The prime minister announces that beginning December 1, the country will move to Level 3 "
        "restrictions.",
        "2020-11-27",
        "restrictions",
        ("2020-12-01", "day"),
    ),
    (
        "India announces that effective Sunday it will impose tariffs on 28 United States products.",
        "2019-06-15",
        "tariffs",
        ("2019-06-16", "day"),
    ),
]

# Another happening's day, a plan, a deadline, a standing state; day ranges.
OTHER_DAYS = [
    (
        "After a defeat in the vote on Tuesday, the senator withdraws from the race and endorses his rival.",
        "2020-03-05",
        "endorses",
        ("2020-03-05", "unknown"),
    ),
    (
        "Protesters set fire to the consulate because of the government's decision on Friday to expel them.",
        "2020-05-10",
        "fire",
        ("2020-05-10", "unknown"),
    ),
    (
        "The governor says on Monday that the riots have gone beyond the protesters' demands for reform.",
        "2020-06-02",
        "demands",
        ("2020-06-02", "unknown"),
    ),
    (
        "The senator says on Monday that she will vote for the bill.",
        "2020-06-02",
        "says",
        ("2020-06-01", "day"),
    ),
    (
        "The president orders the withdrawal of all troops from the country by March 31.",
        "2020-12-04",
        "withdrawal",
        ("2020-12-04", "unknown"),
    ),
    (
        "The minister announces that troops will withdraw from the border on March 31.",
        "2020-12-04",
        "withdraw",
        ("2021-03-31", "day"),
    ),
    (
        "Soldiers who have recently detained journalists are questioned by the inspector on Friday.",
        "2020-07-18",
        "detained",
        ("2020-07-18", "unknown"),
    ),
    (
        "Police clashed with protesters after midnight on Sunday in the old town.",
        "2020-07-21",
        "clashed",
        ("2020-07-19", "day"),
    ),
    (
        "During her 12 to 15 March tour of the region, the chancellor visits Dakar and Abuja.",
        "2020-03-12",
        "visits",
        ("2020-03-12", "day"),
    ),
    (
        "The last royal visit to the island was by Queen Elizabeth II from 7\u20139 May 1983.",
        "2020-03-12",
        "visit",
        ("1983-05-07", "day"),
    ),
    (
        "Talks were held in Geneva on 12 March.",
        "2020-03-20",
        "Talks",
        ("2020-03-12", "day"),
    ),
    # an adjective of another kind makes no measure: the next sentence's start is not the making's
    (
        "The company makes its accounts public. The new rules will take effect on Friday.",
        "2020-08-19",
        "makes",
        ("2020-08-19", "unknown"),
    ),
    # an end that opens a "that" clause is no start of its measure
    (
        "The minister says that until December 1, the country will keep its Level 3 restrictions.",
        "2020-11-27",
        "restrictions",
        ("2020-11-27", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize(("text", "article_date", "trigger", "expected"), MEASURES)
def test_a_measure_is_dated_by_its_start(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    trigger: str,
    expected: tuple[str, str],
) -> None:
    assert date_of(stage, with_event(parse(text, date=article_date), trigger), 0) == expected


@pytest.mark.parametrize(("text", "article_date", "trigger", "expected"), OTHER_DAYS)
def test_a_day_of_another_happening_dates_only_it(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    trigger: str,
    expected: tuple[str, str],
) -> None:
    assert date_of(stage, with_event(parse(text, date=article_date), trigger), 0) == expected


# "cancels a planned meeting for Friday": Friday is the meeting's (ahead), neither the cancelling's nor that
# of a clause after it; "arrested on Tuesday for the attack" keeps its day.
PLANS = [
    (
        "The ministry cancels a planned meeting with the envoy for Friday after the envoy "
        "criticised the plan.",
        "2020-08-24",
        ["cancels", "meeting", "criticised"],
        [("2020-08-24", "unknown"), ("2020-08-28", "day"), ("2020-08-24", "unknown")],
    ),
    (
        "The premier has scheduled talks with the union leaders for Thursday.",
        "2020-05-11",
        ["scheduled", "talks"],
        [("2020-05-11", "unknown"), ("2020-05-14", "day")],
    ),
    (
        "Police arrested a man on Tuesday for the attack on the mosque.",
        "2020-08-27",
        ["arrested"],
        [("2020-08-25", "day")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "triggers", "expected"), PLANS)
def test_a_day_for_a_plan_dates_the_plan(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    triggers: list[str],
    expected: list[tuple[str, str]],
) -> None:
    article = stage(with_events(parse(text, date=article_date), triggers))
    assert [(e.date.isoformat() if e.date else None, e.date_precision) for e in article.events] == expected
