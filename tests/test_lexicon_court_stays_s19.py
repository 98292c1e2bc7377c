"""Courts' acts left uncoded or miscoded in session 18 (Known weaknesses, "Session 18": a suspension of an
order, release on bail, "halts the execution" coded as an asserted killing), on sentences written like news
text for these tests, with negatives:

- a court suspending, annulling or revoking a measure rules against it (REJECT 120, source sector JUD), as
  blocking it does, and the ban it suspends is no ban imposed; a government suspending its own law backs
  down (CONCEDE 0832) and is no ruling;
- a court halting or staying a measure, an execution or a deportation rules against it (REJECT 120); the
  execution stayed is no killing, whoever halts it; an army halting its offensive is a retreat, no ruling;
- bail granted releases the one bailed (RETREAT 0841); bail denied releases no one;
- a petition or a legal challenge filed or lodged is legal action brought (ACCUSE 115); a petition signed
  or handed to an office is none.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-05-12"


def _found(events: list[Event], kind: str, sector: str | None) -> list[Event]:
    return [
        e
        for e in events
        if f"{e.action.type} {e.action.cameo}" == kind
        and (sector is None or (e.source is not None and e.source.sector == sector))
    ]


ACTS: list[tuple[str, str, str | None, bool]] = [
    # sentence, "TYPE cameo", the source's sector (None: any), present
    # a court suspending or annulling a measure
    ("A federal judge in Seattle suspends the executive order on refugees.", "REJECT 120", "JUD", True),
    ("A federal judge in Seattle suspends the executive order on refugees.", "CONCEDE 0832", None, False),
    (
        "The Constitutional Court annuls the presidential decree on the state of emergency.",
        "REJECT 120",
        "JUD",
        True,
    ),
    ("The government suspends the new law on abortion after mass protests.", "CONCEDE 0832", None, True),
    ("The government suspends the new law on abortion after mass protests.", "REJECT 120", None, False),
    ("The Lahore High Court suspends the ban on the party.", "REJECT 120", "JUD", True),
    ("The Lahore High Court suspends the ban on the party.", "COERCE 1722", None, False),
    ("The government suspends the ban on gatherings.", "REJECT 120", None, False),
    # a noun has no subject: a government's withdrawal of its own bill stays its concession
    (
        "The chief executive announces the formal withdrawal of the controversial extradition bill.",
        "CONCEDE 0832",
        None,
        True,
    ),
    # a court halting a measure or an execution
    (
        "The Supreme Court halts the execution of a man convicted of murder in Texas.",
        "REJECT 120",
        "JUD",
        True,
    ),
    (
        "The Supreme Court halts the execution of a man convicted of murder in Texas.",
        "ASSAULT 1823",
        None,
        False,
    ),
    (
        "The Iranian authorities halt the executions of three protesters after an online campaign.",
        "ASSAULT 1823",
        None,
        False,
    ),
    (
        "A federal judge in New York halted the administration's new asylum policy on Monday.",
        "REJECT 120",
        "JUD",
        True,
    ),
    ("The army halted its offensive near the border.", "REJECT 120", None, False),
    ("Saudi Arabia executed thirty-seven men in a single day.", "ASSAULT 1823", None, True),
    # bail
    ("The judge granted bail to the former minister on Friday.", "RETREAT 0841", None, True),
    ("The opposition leader is granted bail after a month in prison.", "RETREAT 0841", None, True),
    ("A court in Harare denies bail to the opposition leader.", "RETREAT 0841", None, False),
    # petitions and challenges brought
    (
        "Two lawyer groups file petitions with the Supreme Court against the new anti-terrorism law.",
        "ACCUSE 115",
        None,
        True,
    ),
    ("The main opposition party lodges a legal challenge to the election result.", "ACCUSE 115", None, True),
    ("Thousands of residents signed a petition against the new airport.", "ACCUSE 115", None, False),
    ("Campaigners handed a petition to the prime minister's office in London.", "ACCUSE 115", None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "sector", "present"), ACTS)
def test_court_stays_bail_petitions(
    pipeline: Pipeline, sentence: str, kind: str, sector: str | None, present: bool
) -> None:
    """The act is coded with its type and its source's sector; the negatives give no such act."""
    events = list(code(sentence, DATE, pipeline=pipeline))
    described = [(e.action.type, e.action.cameo, e.source and e.source.sector) for e in events]
    assert bool(_found(events, kind, sector)) == present, described
