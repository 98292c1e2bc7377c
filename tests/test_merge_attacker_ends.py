"""The attacker's own death told in a clause of the attack's sentence and folded into the attack counts in
its toll (merge_attacker_ends.py), on news-like sentences written for these tests, with negatives:

- a passive killing with no subject of its own in a "before" clause, or joined to the attack's verb ("and is
  then killed by …"): the attacker is its victim, one more dead;
- not a total that already counts him ("including the gunman"), but a possessor is not the part ("including
  the gunman's wife" is another victim);
- not a killing with a subject of its own ("a woman is then killed"), not a harm that kills no one ("before
  being tackled"), not a killing that stays a row of its own (the attack keeps its own count).
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

# text, trigger, killed, injured
ATTACKER_ENDS = [
    (
        "A man kills two people and injures another at a church in Texas before being killed by a security "
        "guard and a civilian.",
        "kills",
        3,
        1,
    ),
    (
        "A gunman kills two worshippers at a church in Texas and is then killed by a security guard and a "
        "civilian.",
        "kills",
        3,
        None,
    ),
    (
        "A man kills two people, including the gunman's wife, at a church in Texas before being killed by a "
        "security guard and a civilian.",
        "kills",
        3,
        None,
    ),
    # negatives: a total that counts him; a victim of its own; no death; a row of its own
    (
        "A man kills three people, including the gunman, at a church in Texas before being killed by a "
        "security guard and a civilian.",
        "kills",
        3,
        None,
    ),
    (
        "A man kills two people at a church in Texas, and a woman is then killed by a security guard and a "
        "civilian.",
        "kills",
        2,
        None,
    ),
    (
        "A man kills two people at a church in Texas before being tackled by a security guard and a "
        "civilian.",
        "kills",
        2,
        None,
    ),
    (
        "A shooter kills three people at a naval base in Florida before being shot and killed by police.",
        "kills",
        3,
        None,
    ),
    (
        "A shooter kills three people at a naval base in Florida before being shot and killed by police.",
        "shot",
        1,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ATTACKER_ENDS)
def test_the_attackers_own_death_folded_into_the_attack_counts_in_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
