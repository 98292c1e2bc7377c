"""The blade reading of "hack" (session 15, stages/blade_readings.py): with a blade weapon, "to death", or a
person as object in a sentence of bodily harm, "hack" is a physical assault (ASSAULT 182, as "beaten to
death"), not the cyber sense (COERCE 170), which stays with what computers hold and with hackers as doers.
Sentences written like news for these tests."""

from __future__ import annotations

import pytest

from tests.stage_helpers import code

DATE = "2020-01-10"


def _coded(text: str) -> tuple[str, str, int | None]:
    """(PLOVER type, CAMEO code, killed) of the event coded at "hacked" in ``text``."""
    found = [
        (e.action.type, e.action.cameo, e.killed)
        for e in code(text, DATE)
        if text[e.trigger.start : e.trigger.end] == "hacked"
    ]
    assert found, [text[e.trigger.start : e.trigger.end] for e in code(text, DATE)]
    return found[0]


# text, type, cameo, killed
HACKED = [
    (
        "ADF militants killed 22 people in eastern Congo. They were all hacked with machetes.",
        "ASSAULT",
        "182",
        None,
    ),
    ("Two brothers were hacked to death by a mob in Assam.", "ASSAULT", "182", 2),
    ("Suspected herdsmen hacked eleven residents to death in Benue State.", "ASSAULT", "182", 11),
    ("Gunmen hacked him to death in front of his house in Cabo Delgado.", "ASSAULT", "182", 1),
    ("Attackers hacked the pastor with an axe in Plateau State.", "ASSAULT", "182", None),
    ("Attackers armed with machetes hacked a family of six in Ituri.", "ASSAULT", "182", None),
    ("A mob hacked a police officer to death in Dhaka.", "ASSAULT", "182", 1),
    # negatives: the cyber sense, with hackers as doers or what computers hold as object, even in a
    # sentence of harm or with a "with" of a tool that is no blade
    ("North Korean hackers hacked the central bank of Bangladesh.", "COERCE", "170", None),
    ("Russian hackers hacked the websites of several ministries in Kyiv.", "COERCE", "170", None),
    (
        "Iranian hackers hacked the Twitter account of the minister with a phishing attack.",
        "COERCE",
        "170",
        None,
    ),
    ("Hackers hacked the minister days after his brother died.", "COERCE", "170", None),
    (
        "Unknown attackers hacked the email accounts of the victims of the attack that killed 50 people.",
        "COERCE",
        "170",
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "cameo", "killed"), HACKED)
def test_hack_with_a_blade_or_to_death_is_an_assault(
    text: str, kind: str, cameo: str, killed: int | None
) -> None:
    assert _coded(text) == (kind, cameo, killed)
