"""A worker who "strikes" with no object is on a labour strike (stages/labour_strike_verbs.py).

Sentences written for these tests, like news: teachers, doctors, nurses, miners or drivers who strike are
on strike (PROTEST 143), not attacking (ASSAULT 190); armed actors who strike, and a strike with an object
("strike a military base", "strike a deal"), keep their reading.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-09-10"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("Teachers strike in Jordan.", "PROTEST 143", None, None, True),
    ("Teachers strike in Jordan.", "ASSAULT 190", None, None, False),
    ("Doctors strike across Kenya over unpaid salaries.", "PROTEST 143", "KEN", None, True),
    ("Health workers strike in Zimbabwe to demand pay in US dollars.", "PROTEST 143", "ZWE", None, True),
    ("Truck drivers strike in Brazil over fuel prices.", "PROTEST 143", None, None, True),
    ("Truck drivers strike in Brazil over fuel prices.", "ASSAULT 190", None, None, False),
    # armed actors, and a strike with an object, keep their reading
    ("Rebels strike a military base in Mali.", "ASSAULT 190", None, None, True),
    ("Rebels strike a military base in Mali.", "PROTEST 143", None, None, False),
    ("Militants strike again in Kabul, killing four soldiers.", "PROTEST 143", None, None, False),
    ("Israeli jets strike in Gaza after rocket fire.", "PROTEST 143", None, None, False),
    ("Workers strike a deal with the company in Detroit.", "PROTEST 143", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_labour_strike_verbs(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
