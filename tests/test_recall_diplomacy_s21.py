"""Diplomatic acts lost in the seed-69 International relations reading (docs/when-where-how-bad.md, "Misses by
cause"), with negatives.

Each table holds news-like sentences written for these tests:
- a headline's "orders" the tagger took for a plural noun leaves "to leave" the root of the sentence ("Benin
  orders EU ambassador X to leave the country"): the order is an expulsion (SANCTION 166), its subject the
  expeller, the phrase after it the one expelled (:mod:`dotterel.stages.plural_noun_verbs`); an order noun
  ("the orders to leave the country") and an order to leave a square or a city stay no expulsion;
- a setting fronted before the verb ("In a meeting between X and Y, the United States proposed …") is not the
  verb's object: the proposal is no appeal for talks (REQUEST 026), and the meeting is coded (CONSULT 040);
  talks proposed as the object stay REQUEST 026.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts, coded_events

DATE = "2020-06-10"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("Benin orders EU ambassador Oliver Nette to leave the country.", "SANCTION 166", "BEN", "IGO", True),
    (
        "The government of Benin orders EU ambassador Oliver Nette to leave the country after accusing him "
        "of meddling in its affairs.",
        "SANCTION 166",
        "BEN",
        "IGO",
        True,
    ),
    (
        "The government of Mali orders the French ambassador to leave the country.",
        "SANCTION 166",
        "MLI",
        "FRA",
        True,
    ),
    (
        "The president of Belarus orders the Polish diplomats to leave the country.",
        "SANCTION 166",
        "BLR",
        "POL",
        True,
    ),
    ("The orders to leave the country came from the president.", "SANCTION 166", None, None, False),
    ("Police order protesters to leave the square.", "SANCTION 166", None, None, False),
    ("The mayor of Kyiv orders residents to leave the city.", "SANCTION 166", None, None, False),
    # a fronted setting is no object
    (
        "In a meeting between U.S. Secretary of State Mike Pompeo and Chairman Abdel Fattah al-Burhan, the "
        "United States proposed removing Sudan from the list.",
        "CONSULT 040",
        "USA",
        "SDN",
        True,
    ),
    (
        "In a meeting between U.S. Secretary of State Mike Pompeo and Chairman Abdel Fattah al-Burhan, the "
        "United States proposed removing Sudan from the list.",
        "REQUEST 026",
        None,
        None,
        False,
    ),
    (
        "During talks with Lebanon, Israel proposed building a new border fence.",
        "REQUEST 026",
        None,
        None,
        False,
    ),
    (
        "During talks with Lebanon, Israel proposed building a new border fence.",
        "CONSULT 046",
        None,
        "LBN",
        True,
    ),
    ("Israel proposed talks with Lebanon.", "REQUEST 026", "ISR", "LBN", True),
    ("Russia withdrew from the treaty.", "SANCTION 160", "RUS", None, True),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_diplomacy_acts(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)


# sentence, the texts the expulsion's target may read
EXPELLED = [
    ("Benin orders EU ambassador Oliver Nette to leave the country.", {"EU ambassador Oliver Nette"}),
    ("The government of Mali orders the French ambassador to leave the country.", {"French ambassador"}),
]


@pytest.mark.parametrize(("sentence", "targets"), EXPELLED)
def test_expelled_after_headline_order(pipeline: Pipeline, sentence: str, targets: set[str]) -> None:
    """The one told to leave is the expulsion's target, once."""
    expulsions = [e for e in coded_events(pipeline, sentence, DATE) if e.action.cameo == "166"]
    assert len(expulsions) == 1, sentence
    assert (expulsions[0].target.text if expulsions[0].target else None) in targets
