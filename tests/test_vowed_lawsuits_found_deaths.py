"""Session 19 (types19): a promised lawsuit is a threat, a body found hanged is no attack, and neither is a
hazard's toll told with "it".

- a vow to sue is a threat, as a vow to fight is: "vows to sue the state" is THREATEN (131, a threat of a
  non-violent act), not AGREE; a lawsuit filed stays ACCUSE, and vows to cooperate or to withdraw stay AGREE;
- "X is found hanged / hanging" tells the state a body was found in, a death the text does not give to anyone:
  no event; an execution ("Iran hangs", "are hanged in Tehran"), a lynching "by a mob" and a killing told the
  same way ("found shot dead") keep their attack;
- "It killed 9 people" after "a storm hits Vietnam" is the storm's toll (stages/hazard_pronouns.py), not an
  attack by the nearest country; "it" for a bomber, a car bomb or an offensive keeps the attack.
Sentences written for these tests, in the way news items tell such acts.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-06-10"


def _coded(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str]]:
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [(e.action.type, e.action.cameo, e.modality) for e in events]


VOWED_LAWSUITS = [
    # sentence, a (type, cameo, modality) that must be coded, a type that must not
    (
        "The governor vows to sue the federal government over the new rule.",
        ("THREATEN", "131", "threatened"),
        "AGREE",
    ),
    (
        "The attorney general vowed to sue the company over the oil spill.",
        ("THREATEN", "131", "threatened"),
        "AGREE",
    ),
    (
        "The state of Texas sues the federal government over the new rule.",
        ("ACCUSE", "115", "asserted"),
        "THREATEN",
    ),
    (
        "The rebels vowed to keep fighting until the government falls.",
        ("THREATEN", "138", "threatened"),
        "AGREE",
    ),
    ("Finland vows to help Tanzania rebuild its schools.", ("AGREE", "030", "asserted"), "THREATEN"),
    ("The rebels pledged to withdraw from the town.", ("AGREE", "030", "asserted"), "THREATEN"),
]


@pytest.mark.parametrize(("sentence", "expected", "absent"), VOWED_LAWSUITS)
def test_vowed_lawsuits(
    pipeline: Pipeline, sentence: str, expected: tuple[str, str, str], absent: str
) -> None:
    coded = _coded(pipeline, sentence)
    assert expected in coded, coded
    assert absent not in {t for t, _, _ in coded}, coded


FOUND_DEATHS = [
    # sentence, whether an ASSAULT must be coded
    ("A former official of the ministry is found hanged in a jail cell in Caracas.", False),
    ("The activist was found hanging in his home in Lagos.", False),
    ("A journalist is found shot dead in his car in Culiacan.", True),
    ("Iran hangs a man convicted of spying for Israel.", True),
    ("Two men are hanged in Tehran after being convicted of murder.", True),
    ("A man accused of blasphemy is hanged by a mob in Punjab.", True),
]


@pytest.mark.parametrize(("sentence", "attack"), FOUND_DEATHS)
def test_found_deaths(pipeline: Pipeline, sentence: str, attack: bool) -> None:
    coded = _coded(pipeline, sentence)
    assert ("ASSAULT" in {t for t, _, _ in coded}) == attack, coded


HAZARD_PRONOUNS = [
    # text, whether an ASSAULT must be coded
    ("Tropical Storm Linfa hits central Vietnam. It killed 9 people and injured 20.", False),
    ("A storm batters the coast of Vietnam. It killed 9 people and injured 20.", False),
    ("A powerful earthquake strikes eastern Turkey. It kills at least 22 people.", False),
    ("A storm hits the coast of Vietnam, where it killed 9 people.", False),
    # negatives: "it" stands for an attacker or a weapon, not a hazard
    ("A suicide bomber attacks a mosque in Kabul. It killed 12 worshippers.", True),
    ("A car bomb explodes near a market in Kabul. It killed 12 people.", True),
    ("The army launched an offensive in Idlib. It killed 30 militants.", True),
]


@pytest.mark.parametrize(("text", "attack"), HAZARD_PRONOUNS)
def test_hazard_tolls_told_with_it(pipeline: Pipeline, text: str, attack: bool) -> None:
    coded = _coded(pipeline, text)
    assert ("ASSAULT" in {t for t, _, _ in coded}) == attack, coded
