"""A noun said of the incident told before ("It is the second attack in the province this year", "described
it as a terror attack") retells it: it shares the incident's toll, place and day, its own date framing its
ordinal or superlative (dotterel/stages/merge_splitoff.py), on news-like sentences written for these tests,
with negatives (an attack told with a time of its own keeps its own toll and date).
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import code

DATE = "2020-06-11"

# text, trigger, (killed, date, precision) of the first event of that trigger, or None when none is coded
NAMED = [
    (
        "A roadside bomb kills 14 civilians on a bus in Afghanistan. It is the second attack in Daykundi "
        "Province this year.",
        "attack",
        (14, "2020-06-11", "unknown"),
    ),
    (
        "Gunmen kill six worshippers at a church in Burkina Faso. It is the third attack on a church in the "
        "country this month.",
        "attack",
        (6, "2020-06-11", "unknown"),
    ),
    (
        'Gunmen kill four people at a bar in Vienna. The minister described it as a "terror attack".',
        "terror attack",
        (4, "2020-06-11", "unknown"),
    ),
    # negatives: an attack with a time of its own is another occasion
    (
        "A bomb kills five soldiers in Kidal, Mali. A second attack on a convoy last month killed eight.",
        "attack",
        (8, "2020-05-01", "month"),
    ),
    (
        "A bomb kills five soldiers in Kidal, Mali. An attack on a convoy was reported last month.",
        "attack",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAMED)
def test_named_mention_retells_the_incident(
    text: str, trigger: str, expected: tuple[int | None, str, str] | None
) -> None:
    found = [
        (e.killed, e.date.isoformat() if e.date else None, e.date_precision)
        for e in code(text, DATE)
        if text[e.trigger.start : e.trigger.end] == trigger
    ]
    assert (found[0] if found else None) == expected
