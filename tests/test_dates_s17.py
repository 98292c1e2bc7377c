"""Date rules of session 17 (causes of the seed-61 first readings, learnt from sentences written for them).

- "The day before"/"the next day" counts from the date the text just established; a week, month or year bound
  to a noun's phrase ("stories it published in 2017", "a 2018 report") dates that noun only and is passed
  over, so the phrase counts from the article date (an unbound month, "in October … the next day", still
  gives no day; "since then" still takes the month just named).
- The "to" infinitive of a plan noun or a plotting verb ("a plot to attack", "plotting to kill") is a plotted
  act: it takes no date from the arrests or charges above it, only one inside its own words ("plotted to bomb
  the parade on 4 July").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_date_at

# text, article date, trigger text, expected (date, precision) of the event at that trigger
Case = tuple[str, str, str, tuple[str, str]]

RAID = (
    "Federal police raid the offices of the national broadcaster in Sydney over a series of stories it "
    "published in 2017 about alleged misconduct by soldiers serving overseas, drawing condemnation from "
    "press freedom groups."
)

ANCHORS: list[Case] = [
    (
        f"{RAID} The day before, police raided a newspaper editor's home in Canberra.",
        "2019-06-05",
        "raided",
        ("2019-06-04", "day"),
    ),
    (  # a modifier year of a report noun is the report's: the day before counts from the article date
        "Investigators question the army chief over a 2018 report on abuses by soldiers in the north of the "
        "country. The day before, police arrested two officers in the capital.",
        "2020-03-10",
        "arrested",
        ("2020-03-09", "day"),
    ),
    (  # negative: the month of the main clause is the time the text established: no day to count from
        "Police detained the opposition leader in October in the capital. The next day, protesters marched "
        "through the city.",
        "2019-11-20",
        "marched",
        ("2019-11-20", "unknown"),
    ),
    (  # negative: "since then" is the time just named, a noun's own month too
        "A former mayor is sentenced to life in prison for smuggling drugs through the airport in October "
        "2013. He had been detained by the authorities since then.",
        "2019-11-08",
        "detained",
        ("2013-10-01", "month"),
    ),
    (  # negative: a day of the main clause still anchors the count
        "Gunmen attacked a police station in the north on Sunday. The next day, soldiers arrested ten men.",
        "2019-11-20",
        "arrested",
        ("2019-11-18", "day"),
    ),
]

PLOTS: list[Case] = [
    (
        "Police raid homes of a far-right group whose members were arrested in Germany three days earlier "
        "over a plot to attack mosques.",
        "2020-02-14",
        "attack",
        ("2020-02-14", "unknown"),
    ),
    (  # negative: the arrests keep their counted day
        "Police raid homes of a far-right group whose members were arrested in Germany three days earlier "
        "over a plot to attack mosques.",
        "2020-02-14",
        "arrested",
        ("2020-02-11", "day"),
    ),
    (
        "Police arrest a man on Tuesday who had been plotting to kill the governor.",
        "2020-10-22",
        "kill",
        ("2020-10-22", "unknown"),
    ),
    (  # negative: a day inside the plotted act's own words dates it
        "Police say the men plotted to bomb the parade on 4 July.",
        "2019-07-01",
        "bomb",
        ("2019-07-04", "day"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), ANCHORS)
def test_a_noun_bound_coarse_date_is_no_anchor(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), PLOTS)
def test_a_plotted_act_takes_no_date_from_above(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected
