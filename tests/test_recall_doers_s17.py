"""Acts lost or turned around by who did them (session 17, causes of the seed-61 first readings).

Each table holds news-like sentences written for these tests, with negatives:
- a bill, law or order that its subject passes, signs or adopts acts through that subject: the participle or
  to-infinitive telling what it does ("a bill imposing sanctions", "a law to ban") has the enactor as its
  source (:mod:`dotterel.stages.enacted_documents`); a bill blocked or introduced is no act of the blocker;
- "no longer" negates the act ("no longer recognizes X as president"): no recognition is coded
  (:mod:`dotterel.stages.lapsed_acts`);
- a headline verb run into its object's compound after a place phrase ("Authorities in Texas [drop] charges
  against …") is the verb, its subject the noun before "in" (:mod:`dotterel.stages.compound_verb_places`),
  and its object no event of its own;
- an event noun's own relative clause with a light verb names its doer ("the sanctions the United States
  imposed", "imposed by the United States"): the one who retaliates or reciprocates is not the sanctioner
  (:mod:`dotterel.stages.relative_doers`).
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-06-12"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("The US Senate passes a bill imposing sanctions on Turkey.", "SANCTION 163", "USA", "TUR", True),
    (
        "President Trump signs an executive order imposing sanctions on Iran's supreme leader.",
        "SANCTION 163",
        "USA",
        None,
        True,
    ),
    ("The Russian parliament adopts a law to ban Ukrainian media outlets.", "COERCE 1721", "RUS", None, True),
    # a bill blocked or only introduced: its blockers or authors impose nothing
    (
        "Democrats in the US Senate block a bill imposing sanctions on Turkey.",
        "SANCTION 163",
        "USA",
        None,
        False,
    ),
    ("A US senator introduces a bill to impose sanctions on China.", "SANCTION 163", "USA", None, False),
    # "no longer" negates the recognition; a plain recognition stays
    (
        "Brazil no longer recognizes Nicolas Maduro as President of Venezuela.",
        "SUPPORT 054",
        None,
        None,
        False,
    ),
    ("Brazil recognizes Juan Guaidó as interim President of Venezuela.", "SUPPORT 054", "BRA", None, True),
    # a verb run into its object after a place phrase; the charges are its object, no accusation
    ("Authorities in Texas drop charges against the protesters.", "CONCEDE 080", None, None, True),
    ("Authorities in Texas drop charges against the protesters.", "ACCUSE 112", None, None, False),
    ("Prosecutors in New York drop charges against the former aide.", "CONCEDE 080", None, None, True),
    ("Officials in Texas drop case numbers from the report.", "CONCEDE 080", None, None, False),
    # the sanctions' own relative clause names the sanctioner
    (
        "China retaliates for the sanctions the United States imposed on its officials.",
        "SANCTION 163",
        "USA",
        None,
        True,
    ),
    (
        "China retaliates for the sanctions the United States imposed on its officials.",
        "SANCTION 163",
        "CHN",
        None,
        False,
    ),
    (
        "China says it will reciprocate the sanctions imposed by the United States last week.",
        "SANCTION 163",
        "CHN",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_and_doers(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded so)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
