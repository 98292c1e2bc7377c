"""A person shot and not said to die is wounded (session 9, round 2: casualty_counts.py,
casualty_uncounted.is_unhurt_means, ``means_injured_verbs`` of casualties.yaml), on news-like sentences
written for these tests:

- "A protester is shot in the chest by police and taken to hospital": 1 wounded, as "two women were
  stabbed" is 2;
- not when the clause says the harm killed ("shot dead", "was fatally shot": killed; "Six people are shot,
  two fatally": the two killed, the other four wounded, casualty_fatal_parts.py), nor when it was a
  killing's means ("shot and killed", "is killed after being shot"), nor when
  the particle says nothing was hit ("shot down a drone", "after being shot at"), nor when what was shot is
  no person ("Fireworks were shot into a crowd", "the video was shot in Idlib");
- a wound is an injury ("Two soldiers sustained gunshot wounds": 2), not one somebody died of ("a soldier
  later died of his wounds").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"


def _toll_of(text: str, trigger: str) -> tuple[int | None, int | None]:
    """Return (killed, injured) of the first event coded from ``text`` with ``trigger``."""
    return coded_toll_of(text, trigger, DATE)


# text, trigger, killed, injured
SHOT = [
    (
        "A 19-year-old student is shot in the leg by police and taken to hospital in Santiago.",
        "shot",
        None,
        1,
    ),
    ("Three policemen were shot by gunmen at a checkpoint in Peshawar on Monday.", "shot", None, 3),
    ("Unknown gunmen shot two journalists outside their office in Kabul.", "shot", None, 2),
    ("A senator is shot by two assailants in Sobral and is in critical condition.", "shot", None, 1),
    ("A police officer was shot while chasing a suspect in Philadelphia.", "shot", None, 1),
    # negatives: the clause says the harm killed, or the shooting was the killing's means
    ("Gunmen shot dead two policemen at a checkpoint in Peshawar.", "shot", 2, None),
    ("Six people are shot, two fatally, outside a nightclub in Dayton.", "shot", 2, 4),
    ("A man was fatally shot by police in Atlanta on Friday.", "shot", 1, None),
    ("A police officer was shot and killed in Chicago on Sunday.", "shot", 1, None),
    ("A farmer was shot in the head and later died in hospital in Quetta.", "shot", 1, None),
    # negatives: the shooting is told as the first step of a death or of a wound already counted
    # the killing and the shooting of one victim are one event (the merge stage folds them since 648fdd7
    # gives both the victim's place): its row is the shooting's, with the death
    ("A protester in Minsk is killed after being shot by riot police.", "shot", 1, None),
    (
        "A shopkeeper died in hospital after being shot in the head during a robbery in Lagos.",
        "shot",
        1,
        None,
    ),
    ("A priest is critically wounded after being shot twice outside his church in Lyon.", "shot", None, 1),
    # negatives: nothing was hit, or what was shot is no person
    ("Iran shot down an American surveillance drone over the Strait of Hormuz.", "shot down", None, None),
    ("Militants fled back across the border after being shot at by troops.", "shot", None, None),
    ("Fireworks were shot from a moving car into a crowd of protesters in Hong Kong.", "shot", None, None),
    ("Police shot tear gas at protesters in Santiago on Friday.", "shot", None, None),
    ("The video of the ambush was shot by a villager near Idlib last week.", "shot", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SHOT)
def test_a_person_shot_and_not_said_to_die_is_wounded(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert _toll_of(text, trigger) == (killed, injured)


# text, trigger, killed, injured: a wound is an injury, not one somebody died of
WOUNDS = [
    ("Two soldiers sustained gunshot wounds in an ambush near Kupwara on Tuesday.", "ambush", None, 2),
    ("A teenager was killed and his brother suffered stab wounds in an attack in London.", "killed", 1, 1),
    # negatives: the wounds killed, or they are no one's
    ("A gunman attacked a checkpoint in Kabul; a soldier later died of his wounds.", "attacked", 1, None),
    ("The man died of gunshot wounds hours after a police raid in Lagos.", "police raid", 1, None),
    (
        "A mass shooting in Cali left five students killed with gunshot wounds to the head.",
        "mass shooting",
        5,
        None,
    ),
    (
        "The king expressed regrets for the wounds of the past during a visit to Kinshasa.",
        "visit",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), WOUNDS)
def test_a_wound_is_an_injury(text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    assert _toll_of(text, trigger) == (killed, injured)


# text, trigger, killed, injured: victims of a means verb told as others than the dead of the killing verb
# before it are wounded, not the killing's means (session 21: other_victim_words of casualties.yaml,
# casualty_uncounted.has_other_victims)
OTHERS_SHOT = [
    (
        "A teenager is killed and 20 others are shot, including a police officer, in a mass shooting in "
        "Chicago.",
        "killed",
        1,
        20,
    ),
    ("Two soldiers were killed and four others shot in an ambush near Kandahar on Monday.", "killed", 2, 4),
    ("Three people were killed and 12 others were shot at a block party in Baltimore.", "killed", 3, 12),
    ("Gunmen killed a guard and shot two other people at a bank in Lagos.", "killed", 1, 2),
    # negatives: the victims shot are the dead, or the shooting comes first and the killing names its victim
    ("A policeman was shot and killed in Chicago on Sunday.", "shot", 1, None),
    ("Gunmen shot and killed two other men at a checkpoint in Peshawar.", "shot", 2, None),
    ("A man stabbed and killed another man in a bar in Glasgow.", "stabbed", 1, None),
    ("The gunman shot another man and killed him in a bar in Dallas.", "shot", 1, None),
    ("A gunman killed two people and wounded three others in Dallas.", "killed", 2, 3),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), OTHERS_SHOT)
def test_others_shot_beside_a_killing_are_wounded(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert _toll_of(text, trigger) == (killed, injured)
