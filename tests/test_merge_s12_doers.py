"""The doers' dead with no number and the doers' "also" deaths (session 12, third round: merge_doers.py), and
the subject of "before being shot" (casualty_victims.py), on news-like sentences written for these tests,
with negatives:

- "The attackers were later killed" names the doers counted before ("five gunmen storm a hotel"), one or two
  sentences back in the paragraph: their number is the killing's count; not for another noun ("The
  soldiers"), a numbered group that is no doer ("Four ministers visit"), or a sentence naming two numbered
  groups;
- "Four militants also died" after a passive casualty word ("Seven police officers are killed") adds the
  doers' dead (the active subject's noun of that sentence or the one before, or a doer noun) to it; not
  another party's dead ("Five civilians were also killed");
- "killing 29 … before being shot dead", "attempts to stab … before being shot": the one who is shot is the
  subject of the clause the participle or infinitive serves.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_tolls

DATE = "2020-08-16"

# text, trigger, which telling of that trigger (0 = first), killed, injured
TOLLS = [
    (
        "At least nine people are killed when four gunmen storm a hotel in Kismayo, Somalia. The attackers "
        "were later killed by security forces.",
        "killed",
        1,
        4,
        None,
    ),
    (
        "Two militants open fire at a college campus in Jalalabad, killing 12 students. The attack lasted "
        "several hours. The gunmen are killed during a battle with security forces.",
        "killed",
        0,
        2,
        None,
    ),
    (
        "Suspected militants attack a checkpoint in the city of Arish, Egypt. Three soldiers are killed in "
        "the attack. Five militants also died in the clash.",
        "attack",  # "are killed in the attack" is that attack (merge_victim_clauses.py)
        0,
        8,
        None,
    ),
    (
        "Three people are killed and five injured in a shooting outside a bank in Moscow. The shooter is "
        "also killed.",
        "killed",
        0,
        4,
        5,
    ),
    (
        "A gunman opens fire in a market in Khon Kaen, Thailand, killing eight people and injuring 20 "
        "others before being shot dead by police.",
        "shot",
        0,
        1,
        None,
    ),
    (
        "In Lyon, France, a man attempts to stab two police officers with a knife before being shot and "
        "injured.",
        "shot",
        0,
        None,
        1,
    ),
    # negatives: another noun; no number before; two numbered groups; another party's "also" dead
    (
        "At least nine people are killed when four gunmen storm a hotel in Kismayo, Somalia. The soldiers "
        "were later killed by security forces.",
        "killed",
        1,
        None,
        None,
    ),
    (
        "Four ministers visit a hotel in Kismayo, Somalia, on Monday. The attackers were later killed by "
        "security forces.",
        "killed",
        0,
        None,
        None,
    ),
    (
        "Four gunmen and two bombers attack a hotel in Kismayo, Somalia, while three gunmen fire at a "
        "nearby base. The attackers were later killed by security forces.",
        "killed",
        0,
        None,
        None,
    ),
    (
        "Suspected militants attack a checkpoint in the city of Arish, Egypt. Three soldiers are killed in "
        "the attack. Five civilians also died.",
        "killed",
        0,
        3,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "nth", "killed", "injured"), TOLLS)
def test_the_doers_dead_are_counted(
    text: str, trigger: str, nth: int, killed: int | None, injured: int | None
) -> None:
    found = [(k, i) for word, k, i in coded_tolls(text, DATE) if word == trigger]
    assert len(found) > nth, (trigger, coded_tolls(text, DATE))
    assert found[nth] == (killed, injured)
