"""Two acts of one named source in one sentence (dotterel/stages/merge.py ``_are_distinct_measures``): acts
that carry different CAMEO codes and are no assault nor a coercion with casualties stay two events ("breaks
relations and expels diplomats", "limit gatherings and impose a curfew"); one act told twice, harms told by
victims and agent, and acts of an unnamed source still fold into one.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-08-14"

ACTS: list[tuple[str, list[str]]] = [
    # sentence, CAMEO codes of the events (sorted)
    (
        "Venezuela breaks diplomatic relations with Colombia and expels all Colombian diplomats.",
        ["161", "166"],
    ),
    ("Peru closes its borders and declares a state of emergency.", ["160", "1724"]),
    (
        "Greece limits public gatherings to 50 people and imposes a midnight curfew on bars in Athens.",
        ["172", "1723"],
    ),
    # negatives: one act told twice, one harm, an unnamed source
    ("Iran expelled two British diplomats, ordering them to leave within a week.", ["166"]),
    ("Gunmen attacked a police station in Kano and killed four officers.", ["190"]),
    ("Police arrested 40 protesters in Minsk, detaining them overnight.", ["173"]),
]


@pytest.mark.parametrize(("sentence", "codes"), ACTS)
def test_distinct_acts_of_one_source(sentence: str, codes: list[str]) -> None:
    assert sorted(e.action.cameo for e in code(sentence, DATE)) == codes
