"""Date rules of session 9 (round 2): a start "now" is the article's own day.

- "bans all gatherings effective immediately", "suspends flights with immediate effect", "The order takes
  effect immediately": a measure (or a resignation) that starts now starts on the article's day, like one
  "effective at 11:59 p.m." (``immediate_starts`` in ``dates.yaml``); also when the parser hangs "effective"
  on the noun before it in a future clause ("will be banned in public buildings effective immediately"), and
  when another happening's day follows after a comma ("…, following two bombings on June 27");
- negatives: a bare "immediately" tells no day ("calls on the rebels to immediately halt", "police
  immediately arrested"); a start tied to another happening ("immediately after the law is published",
  "effective immediately upon signing") tells none either; an "overnight curfew" to come is still a kind of
  curfew, not last night.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str | tuple[str, int]], int, tuple[str, str]]

IMMEDIATE_STARTS: list[Case] = [
    (
        "The health ministry bans all public gatherings effective immediately.",
        "2020-03-16",
        ["bans"],
        0,
        ("2020-03-16", "day"),
    ),
    (
        "The airline suspends all flights to Milan with immediate effect.",
        "2020-03-09",
        ["suspends"],
        0,
        ("2020-03-09", "day"),
    ),
    (
        "The president announces that the nighttime curfew takes effect immediately.",
        "2020-06-01",
        ["curfew"],
        0,
        ("2020-06-01", "day"),
    ),
    (
        "The governor signs an order closing all bars and gyms. The order is effective immediately.",
        "2020-11-20",
        ["order"],
        0,
        ("2020-11-20", "day"),
    ),
    (
        "The prime minister and his cabinet resign, effective immediately.",
        "2019-01-19",
        ["resign"],
        0,
        ("2019-01-19", "day"),
    ),
    (
        "Face veils will be banned in public buildings effective immediately.",
        "2019-07-05",
        ["banned"],
        0,
        ("2019-07-05", "day"),
    ),
    (
        "The interior minister announces that face veils will be banned in public buildings effective "
        "immediately, following two bombings on June 27.",
        "2019-07-05",
        ["banned"],
        0,
        ("2019-07-05", "day"),
    ),
    # negatives: a bare "immediately"; a start tied to another happening; an overnight curfew to come
    (
        "The council calls on the rebels to immediately halt the offensive.",
        "2019-04-07",
        ["halt"],
        0,
        ("2019-04-07", "unknown"),
    ),
    ("Police immediately arrested the driver.", "2019-04-07", ["arrested"], 0, ("2019-04-07", "unknown")),
    (
        "The ban will take effect immediately after the law is published.",
        "2020-02-27",
        ["ban"],
        0,
        ("2020-02-27", "unknown"),
    ),
    (
        "The sanctions are effective immediately upon signing.",
        "2020-02-27",
        ["sanctions"],
        0,
        ("2020-02-27", "unknown"),
    ),
    (
        "An overnight curfew will be imposed in the capital.",
        "2020-12-17",
        ["curfew"],
        0,
        ("2020-12-17", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", IMMEDIATE_STARTS)
def test_a_start_now_is_the_articles_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
