"""Acts lost for want of a verb or a doer (session 17, causes of the seed-62 first readings).

News-like sentences written for these tests, with negatives:
- an official who "lands in" a place visits it as one who "arrives in" it (verbs.consult-land, a state or
  intergovernmental source only): a rocket or a former leader landing is no visit;
- an unknown person whose title a party owns ("Democratic Party chairman X", "the party's chair X") is a
  party official (PTY) even when the tagger runs the name into an ORG entity
  (:mod:`dotterel.stages.party_titles`), so his resignation has a doer; a company chairman stays no actor;
- a comma participle telling a sanction of another kind than its host's ("breaks off relations, giving the
  diplomats 72 hours to leave the country") is an act of its own (:mod:`dotterel.stages.distinct_sanctions`);
  one of the same kind, or a participle that is no sanction, stays folded.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-02-12"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("The Japanese prime minister lands in Tehran for talks.", "CONSULT 042", "JPN", "IRN", True),
    ("The German foreign minister lands in Kabul on an unannounced visit.", "CONSULT 042", "DEU", None, True),
    ("A Russian rocket lands in a field near the border.", "CONSULT 042", None, None, False),
    ("Former Bolivian President Evo Morales lands in Mexico.", "CONSULT 042", None, None, False),
    ("Nevada Democratic Party chairman Troy Price resigns.", "RETREAT 0831", "USA", None, True),
    ("Republican Party chair Karen Walsh resigns after the vote.", "RETREAT 0831", "Karen Walsh", None, True),
    ("The party's chairman Troy Price resigns.", "RETREAT 0831", "Troy Price", None, True),
    ("Company chairman Troy Price resigns after the merger.", "RETREAT 0831", None, None, False),
    (
        "Nicaragua breaks off relations with Taiwan, giving its diplomats 72 hours to leave the country.",
        "SANCTION 166",
        "NIC",
        None,
        True,
    ),
    ("Ukraine cuts ties with Moscow, expelling three Russian diplomats.", "SANCTION 166", "UKR", None, True),
    ("Ukraine cuts ties with Moscow, expelling three Russian diplomats.", "SANCTION 161", "UKR", None, True),
    (
        "Georgia breaks off relations with Russia, calling the move overdue.",
        "SANCTION 166",
        None,
        None,
        False,
    ),
]

FOLDED = [
    # a sanction participle of the same kind as its host is the same act told again: one event
    ("Ukraine cuts ties with Moscow, recalling its ambassador.", "SANCTION 161", 1),
    ("Ukraine cuts ties with Moscow, expelling three Russian diplomats.", "SANCTION 16", 2),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_and_doers(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded so)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)


@pytest.mark.parametrize(("sentence", "prefix", "count"), FOLDED)
def test_sanction_participles_counted(pipeline: Pipeline, sentence: str, prefix: str, count: int) -> None:
    """Sanction participles of the host's own kind fold into it; of another kind they stay apart."""
    acts = coded_acts(pipeline, sentence, DATE)
    assert len([a for a in acts if a[0].startswith(prefix)]) == count, acts
