"""A protest verb done by a state's police, forces or leader is a raid, not a protest (stages/state_raids.py).

Sentences written for these tests, like news: storming, breaking into or ransacking a building by the police,
the security forces or a head of state is COERCE 171 (NGEC COERCE seize: authorities carrying out a raid);
civilians doing it still protest (PROTEST 145), and armed actors' storming keeps its assault reading. A
state's forces blocking a road, a bridge or a crossing restrict movement (COERCE 191), where civilians
doing it obstruct in protest (PROTEST 144).
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-02-10"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "Police stormed the offices of an opposition newspaper in Istanbul on Tuesday.",
        "COERCE 171",
        "TUR",
        None,
        True,
    ),
    (
        "Police stormed the offices of an opposition newspaper in Istanbul on Tuesday.",
        "PROTEST 145",
        None,
        None,
        False,
    ),
    (
        "Ugandan security forces ransacked the headquarters of the opposition party.",
        "COERCE 171",
        "UGA",
        None,
        True,
    ),
    (
        "Salvadoran President Nayib Bukele breaks into the Legislative Assembly with the army.",
        "COERCE 171",
        "SLV",
        None,
        True,
    ),
    (
        "Salvadoran President Nayib Bukele breaks into the Legislative Assembly with the army.",
        "PROTEST 145",
        None,
        None,
        False,
    ),
    # civilians storming a building protest
    ("Protesters stormed the parliament building in Baghdad.", "PROTEST 145", None, None, True),
    ("Protesters stormed the parliament building in Baghdad.", "COERCE 171", None, None, False),
    (
        "Supporters of the cleric broke into the assembly building in Baghdad.",
        "COERCE 171",
        None,
        None,
        False,
    ),
    (
        "Angry students ransacked the offices of the university council in Dhaka.",
        "COERCE 171",
        None,
        None,
        False,
    ),
    # a state's forces or police blocking a road or a crossing restrict movement (COERCE 191), not protest
    (
        "The Venezuelan National Guard blocks off a bridge on the border with a tanker truck.",
        "COERCE 191",
        "VEN",
        None,
        True,
    ),
    (
        "The Venezuelan National Guard blocks off a bridge on the border with a tanker truck.",
        "PROTEST 144",
        None,
        None,
        False,
    ),
    ("Israeli troops blocked the entrance to the village of Kafr Qaddum.", "COERCE 191", "ISR", None, True),
    ("Riot police blocked the roads leading to the square in Minsk.", "PROTEST 144", None, None, False),
    # civilians blocking them still protest
    ("Truck drivers blocked the main highway between Lima and the coast.", "PROTEST 144", None, None, True),
    ("Farmers block roads across Argentina against export taxes.", "COERCE 191", None, None, False),
    ("Protesters occupy the airport in Hong Kong.", "COERCE 191", None, None, False),
    (
        "Security forces fire at protesters trying to block a bridge in Baghdad.",
        "COERCE 191",
        None,
        None,
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_state_raids(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
