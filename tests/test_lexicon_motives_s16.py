"""Motive phrases, medical attacks and backing down (session 16, fourth wave).

Each table holds news-like sentences written for these tests, with negatives:
- a bare "in protest of / against", "in opposition to", "in solidarity with" phrase on another act tells that
  act's motive: no second event (a protest, an accusation, a support); a protest that is the only act, or one
  named with an article ("took part in a protest"), is kept;
- "a heart attack", "a panic attack" attack no one; "an attack on the heart of the city" is an attack;
- backtracking or climbing down on one's own law, plan or decision yields (CONCEDE 0832); backtracking on a
  pledge breaks it (REJECT 120).
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-03-02"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "The health minister resigns in protest of the decision to reopen schools.",
        "RETREAT 0831",
        None,
        None,
        True,
    ),
    (
        "The health minister resigns in protest of the decision to reopen schools.",
        "PROTEST 141",
        None,
        None,
        False,
    ),
    (
        "The United States closes its embassy in Caracas in protest of the election.",
        "PROTEST 141",
        None,
        None,
        False,
    ),
    ("Students march through Santiago in opposition to the fare increase.", "ACCUSE 110", None, None, False),
    ("Students march through Santiago in opposition to the fare increase.", "PROTEST 141", None, None, True),
    # the protest is the act: nothing else is a trigger, or the protest is named with an article
    (
        "Thousands of people gather in central Minsk in protest against the election result.",
        "PROTEST 141",
        None,
        None,
        True,
    ),
    ("Teachers take part in a protest against pay cuts in Warsaw.", "PROTEST 141", None, None, True),
    (
        "At least 90 people are arrested in protests against the postponement of the election in Hong Kong.",
        "PROTEST 141",
        None,
        None,
        True,
    ),
    # illness is no attack; an attack on a city's heart is one
    ("A former mayor of Lagos dies of a heart attack at the age of 71.", "ASSAULT 190", None, None, False),
    ("The singer suffered a panic attack during the concert in Paris.", "ASSAULT 190", None, None, False),
    ("Rebels launch an attack on the heart of the city of Aleppo.", "ASSAULT 190", None, None, True),
    # backing down on one's own measure yields; backtracking on a pledge rejects it
    (
        "The Polish government backtracks on its plan to tighten the abortion law after mass protests.",
        "CONCEDE 0832",
        "POL",
        None,
        True,
    ),
    (
        "The transport ministry climbed down over the fuel tax increase after a week of strikes.",
        "CONCEDE 0832",
        None,
        None,
        True,
    ),
    (
        "North Korea backtracked on its pledge to dismantle the missile test site.",
        "REJECT 120",
        "PRK",
        None,
        True,
    ),
    (
        "North Korea backtracked on its pledge to dismantle the missile test site.",
        "CONCEDE 0832",
        None,
        None,
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_motives_and_yielding(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
