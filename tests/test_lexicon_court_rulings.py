"""A court voiding a measure (verbs.reject-strike-down, dotterel/knowledge/verbs.yaml), on news-like text.

"The Michigan Supreme Court ... has struck down emergency orders" was typed ASSAULT ("strike", seed 47,
Law and crime, line 8905): a court or a legislature that strikes down, overturns or invalidates a measure
rejects it (REJECT 120, as "Hamas rejected the new electoral law"), with the court as source (sector JUD).
Negatives: a person struck down, a vehicle that overturns, a conviction overturned (the end of a punishment,
not coded here) are no rejection; an attack told with "strike" stays an attack.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import coded_events

DATE = "2020-10-12"


RULINGS: list[tuple[str, str, str | None, bool]] = [
    # sentence, "TYPE cameo", the event's source sector (None: any), whether it is there
    (
        "The Michigan Supreme Court announces that it has struck down emergency orders from the governor.",
        "REJECT 120",
        "JUD",
        True,
    ),
    (
        "An administrative court in Berlin overturns the city government's ban on protests.",
        "REJECT 120",
        "JUD",
        True,
    ),
    (
        "A regional court in Madrid overturned a government order imposing a partial lockdown.",
        "REJECT 120",
        "JUD",
        True,
    ),
    (
        "Egypt's Constitutional Court struck down the law on foreign funding of charities.",
        "REJECT 120",
        "JUD",
        True,
    ),
    # negatives
    (
        "The Michigan Supreme Court announces that it has struck down emergency orders from the governor.",
        "ASSAULT 190",
        None,
        False,
    ),
    ("A bus overturns on the highway near the capital, killing eight people.", "REJECT 120", None, False),
    ("An appeals court overturns the terror convictions of two men.", "REJECT 120", None, False),
    ("Gunmen struck down two policemen outside the station in Peshawar.", "REJECT 120", None, False),
    ("Israeli aircraft struck Hamas positions in the Gaza Strip overnight.", "ASSAULT 190", None, True),
]


@pytest.mark.parametrize(
    ("sentence", "code_", "sector", "present"), RULINGS, ids=[r[0][:50] for r in RULINGS]
)
def test_a_court_voiding_a_measure_rejects_it(
    pipeline: Pipeline, sentence: str, code_: str, sector: str | None, present: bool
) -> None:
    events = coded_events(pipeline, sentence, DATE)
    found = [
        e
        for e in events
        if f"{e.action.type} {e.action.cameo}" == code_
        and (sector is None or (e.source is not None and e.source.sector == sector))
    ]
    described = [(e.action.type, e.action.cameo, e.source and e.source.sector, e.rule) for e in events]
    assert bool(found) == present, described
