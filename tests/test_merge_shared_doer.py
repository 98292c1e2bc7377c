"""One attack told by two verbs of one subject is one event (session 16), on news-like sentences written for
these tests:

- a casualty verb or a gerund with no subject of its own that hangs on the verb of an earlier harm ("kills
  three guards and injures five before blowing himself up in Sousse"; "A man stabs and kills two women and
  wounds three others in Lyon", the parser taking "stabs" and "wounds" for nouns) shares that verb's doer:
  the two rows are folded into one, which takes the place, date and counts the other had
  (dotterel/stages/merge_shared_doer.py);
- not when the later verb has a subject of its own ("while government forces kill ten"), is a passive ("before
  being shot dead by police": the attacker is its victim), or is another act on another object ("capture a
  tanker and seize another"), nor when the two name places that disagree.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import code

DATE = "2019-11-20"


def _rows(text: str, kind: str) -> list[tuple[str, str | None, int | None, int | None]]:
    """Return (trigger, place name, killed, injured) of the events of type ``kind`` coded from ``text``."""
    return [
        (text[e.trigger.start : e.trigger.end], e.place.name if e.place else None, e.killed, e.injured)
        for e in code(text, DATE)
        if e.action.type == kind
    ]


# text, type, the rows expected (trigger, place, killed, injured)
SHARED_DOERS = [
    (
        "A gunman kills three guards and injures five before blowing himself up in Sousse, Tunisia.",
        "ASSAULT",
        [("kills", "Sousse", 3, 5)],
    ),
    (
        "A man stabs and kills two women and wounds three others in Lyon, France.",
        "ASSAULT",
        [("stabs", "Lyon", 2, 3)],
    ),
    (
        "Armed men attack a checkpoint in Borno State, killing six soldiers and wounding two others.",
        "ASSAULT",
        [("attack", "Borno State", 6, 2)],
    ),
    # negatives: a passive of the attacker's death, another doer with a subject of its own, two objects seized
    (
        "A gunman kills three guards in Sousse before being shot dead by police.",
        "ASSAULT",
        [("kills", "Sousse", 3, None), ("shot", "Sousse", 1, None)],
    ),
    (
        "Militants kill four soldiers in Ghazni, while government forces kill ten militants in Kunduz.",
        "ASSAULT",
        [("kill", "Ghazni", 4, None), ("kill", "Kunduz", 10, None)],
    ),
    (
        "The Iranian navy captures British tanker Stena Star and temporarily seizes Panamanian-flagged "
        "tanker Riah in the Persian Gulf.",
        "COERCE",
        [("captures", "Persian Gulf", None, None), ("seizes", "Persian Gulf", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), SHARED_DOERS)
def test_two_verbs_of_one_subject_are_one_attack(
    text: str, kind: str, expected: list[tuple[str, str | None, int | None, int | None]]
) -> None:
    assert _rows(text, kind) == expected
