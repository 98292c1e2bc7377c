"""Tolls of one attack told in words the casualty finder missed (dotterel/stages/casualty_counts.py,
casualty_victims.py, casualties.yaml), on real sentences, each table with negatives:

- a running toll that rises "to over 89 soldiers" (the number of the victims the toll reaches) is the toll of
  the event noun it is "from";
- a number held by a compound before the victim noun ("14 security forces members") counts them;
- a perfect infinitive under a passive verb of belief or saying ("is believed to have died", "are reported
  to have been killed") is a past death, its victims the subject of that verb; a plain infinitive ("are
  expected to be killed") stays unreal;
- a truce, a ceasefire or a withdrawal takes no toll ("since the end of a truce, 14 are killed").
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-01-02"


def _tolls(text: str) -> list[tuple[str, str, int | None]]:
    events: list[Event] = code(text, DATE)
    return [(e.action.type, text[e.trigger.start : e.trigger.end], e.killed) for e in events]


TOLLS: list[tuple[str, str, int | None]] = [
    # sentence, trigger of the event, its killed count
    ("The death toll from the bombing of a market in Kabul rises to 32 people.", "bombing", 32),
    ("The death toll from the attack on the army base climbed to more than 40 soldiers.", "attack", 40),
    ("The death toll from the attack rose to 25.", "attack", 25),  # the plain form still counts
    ("At least 12 border police officers were killed in an ambush near Arish.", "killed", 12),
    ("At least 14 security forces members are killed in an attack on a checkpoint in Parwan.", "killed", 14),
    ("The rebel leader is believed to have been killed in a drone strike in Idlib.", "killed", 1),
    ("Two soldiers are reported to have been killed in the attack on Monday.", "killed", 2),
    # negatives: an unreal infinitive, a toll that names no count, a killed count that is a date
    ("Two soldiers are expected to be killed in the offensive.", "killed", None),
    ("Gunmen attacked the village of Kuje on Monday, and the death toll is still rising.", "attacked", None),
    ("The 2019 security forces members were attacked in Kabul.", "attacked", None),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), TOLLS, ids=[r[0][:40] for r in TOLLS])
def test_the_toll_of_the_event(text: str, trigger: str, killed: int | None) -> None:
    tolls = _tolls(text)
    assert any(t == trigger and k == killed for _, t, k in tolls), tolls


TRUCES = [
    # sentence, the killed count of the attack; the truce or ceasefire has none (a truce only named as the
    # time of the attack, "since the end of a ceasefire", gives no event of its own: no RETREAT at all)
    ("In the worst attack since the end of a ceasefire, nine soldiers are killed in Kunduz.", 9, 0),
    (
        "In the first attack since the end of a truce declared by the Taliban, at least 14 security forces "
        "members are killed in Parwan.",
        14,
        0,
    ),
    (
        "The Taliban announced a ceasefire in Kunduz a day after an attack in which nine soldiers were "
        "killed.",
        9,
        1,
    ),
    (
        "The Taliban declared a truce in Parwan after at least 14 security forces members were killed in an "
        "attack.",
        14,
        1,
    ),
]


@pytest.mark.parametrize(
    ("text", "killed", "truces"), TRUCES, ids=["ceasefire", "truce", "announced", "declared"]
)
def test_a_truce_takes_no_toll(text: str, killed: int, truces: int) -> None:
    tolls = _tolls(text)
    assert [k for type_, _, k in tolls if type_ == "RETREAT"] == [None] * truces, tolls
    assert [k for type_, _, k in tolls if type_ == "ASSAULT"] == [killed], tolls
