"""States' acts of the day we did not output (docs/when-where-how-bad.md, seed-48 and seed-52 recall lists).

Each table holds news-like sentences written for these tests, with negatives:
- a protest or representations lodged with a government are an official complaint (ACCUSE 114), not a street
  protest; a protest staged in the street stays one;
- recognising a named place or person "as" a capital, a territory or a president is diplomatic recognition
  (SUPPORT 054); recognising someone as a good team leader or skill is none;
- leaders or ministers who convene meet (CONSULT 040); a legislature convening sits in session;
- the issuer of a proclamation or a decree is the source of what it does ("signs a proclamation recognizing",
  "issues a decree banning");
- a gerund after a preposition of its verb has that verb's subject ("responds by placing sanctions");
- a country's treasury is its government ("the U.S. Treasury imposes sanctions").
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-08-31"


ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    # a protest or representations lodged: a diplomatic complaint
    (
        "China lodges solemn representations with the United States over the visa ban.",
        "ACCUSE 114",
        "CHN",
        "USA",
        True,
    ),
    (
        "Beijing lodged a strong protest with Tokyo over the minister's visit to the shrine.",
        "ACCUSE 114",
        "CHN",
        "JPN",
        True,
    ),
    (
        "Beijing lodged a strong protest with Tokyo over the minister's visit to the shrine.",
        "PROTEST 141",
        None,
        None,
        False,
    ),
    (
        "Thousands of farmers staged a protest outside the parliament in Delhi.",
        "PROTEST 141",
        None,
        None,
        True,
    ),
    (
        "Thousands of farmers staged a protest outside the parliament in Delhi.",
        "ACCUSE 114",
        None,
        None,
        False,
    ),
    # recognising a named object as a capital, a territory or a president
    ("Guatemala formally recognizes Jerusalem as the capital of Israel.", "SUPPORT 054", "GTM", "ISR", True),
    ("Peru recognizes Juan Guaidó as the interim president of Venezuela.", "SUPPORT 054", "PER", "VEN", True),
    (
        "The United States recognizes the Western Sahara as Moroccan territory.",
        "SUPPORT 054",
        "USA",
        None,
        True,
    ),
    ("The coach recognized Smith as a talented player.", "SUPPORT 054", None, None, False),
    ("The minister recognized the scale of the challenge.", "SUPPORT 054", None, None, False),
    # leaders or ministers convening meet; a legislature convening does not
    (
        "NATO foreign ministers convene in Brussels to discuss the withdrawal from Afghanistan.",
        "CONSULT 040",
        None,
        None,
        True,
    ),
    ("The Senate convenes to elect a new speaker.", "CONSULT 040", None, None, False),
    ("The president convenes a referendum on the new constitution.", "CONSULT 040", None, None, False),
    # the issuer of a proclamation or a decree does what it does
    (
        "President Donald Trump signs a proclamation recognizing Israeli sovereignty over the Golan Heights.",
        "SUPPORT 054",
        "USA",
        "ISR",
        True,
    ),
    (
        "Kenyan President Uhuru Kenyatta issues a decree banning all public gatherings.",
        "COERCE 1721",
        "KEN",
        None,
        True,
    ),
    # an adjunct gerund takes its verb's subject: "responds by placing sanctions"
    (
        "The United States responds by placing sanctions on Venezuela's central bank.",
        "SANCTION 163",
        "USA",
        "VEN",
        True,
    ),
    ("China retaliated by imposing tariffs on American goods.", "SANCTION 163", "CHN", "USA", True),
    ("Russia responds by expelling two American diplomats.", "SANCTION 166", "RUS", "USA", True),
    ("Russia responds by expelling two American diplomats.", "SANCTION 166", "USA", None, False),
    # a treasury is its country's government
    ("The U.S. Treasury imposes sanctions on two Lebanese ministers.", "SANCTION 163", "USA", "LBN", True),
    ("U.S. Treasury yields fall to a record low.", "SANCTION 163", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_state_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its type, source and target; the negatives give no such event."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
