"""Acts of governments missed in the seed-67 readings (recall lists), on sentences written like news text for
these tests, with negatives:

- a measure reinstated is imposed again, as a reimposed one is (light verb "reinstate"): sanctions, a mask
  mandate, a lockdown, a state of emergency; a person, a right or an immunity reinstated is no measure;
- reserve forces called into service are mobilized (MOBILIZE 153, "activates the National Guard"); a device
  or a plan activated is no mobilization.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-06-01"


def _kinds(events: list[Event]) -> list[str]:
    return [f"{e.action.type} {e.action.cameo}" for e in events]


REINSTATED: list[tuple[str, str | None]] = [
    # sentence, "TYPE cameo" expected among the events (None: no event at all)
    ("The United States reinstates sanctions on Iran's oil exports.", "SANCTION 163"),
    ("Ohio Governor Mike DeWine reinstates a statewide mask mandate for all businesses.", "COERCE 172"),
    ("The Israeli government reinstated a nationwide lockdown for three weeks.", "COERCE 172"),
    ("The cabinet reinstates the state of emergency in the capital.", "COERCE 1724"),
    ("The State Department reinstates Pakistan into the military training program.", None),
    ("The Congress formally reinstates Sudan's sovereign immunity.", None),
    ("The club reinstated its coach after the investigation.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), REINSTATED)
def test_reinstated_measures(pipeline: Pipeline, sentence: str, kind: str | None) -> None:
    """A reinstated measure codes as an imposed one; a reinstated person or right is no event."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert (kind in kinds) if kind else not kinds, kinds


ACTIVATED: list[tuple[str, bool]] = [
    # sentence, a mobilization (MOBILIZE 153)
    ("Twelve states activate the National Guard as the protests spread.", True),
    ("Minnesota Governor Tim Walz activates the state's National Guard.", True),
    ("The governor activated the National Guard after a second night of looting.", True),
    ("The officer activated his body camera before the arrest.", False),
    ("The police activated the emergency plan for the flooded district.", False),
    ("The company activated a new data center in Virginia.", False),
]


@pytest.mark.parametrize(("sentence", "mobilized"), ACTIVATED)
def test_activated_forces(pipeline: Pipeline, sentence: str, mobilized: bool) -> None:
    """Forces called into service are mobilized; a device or plan switched on is not."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert ("MOBILIZE 153" in kinds) == mobilized, kinds
