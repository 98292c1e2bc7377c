"""Tolls of one attack told in two places (dotterel/stages/casualties.py, casualty_additions.py,
casualties.yaml), on news-like sentences, each table with negatives:

- more victims told in a following sentence with "also" or "too" ("Two militants also die in the fight") are
  added to the attack's own count; a casualty word that is the event itself ("a soldier is killed") keeps
  its own victims; another occasion's toll is not added;
- an event noun that is the subject of a verb takes the casualty adjuncts of that verb ("A grenade attack hit
  a car, killing one foreigner and injuring five others"), also when the parser hangs them on its object; an
  event noun takes the coordinated casualty adjuncts of its verb that the events stage split off ("launched
  an offensive, killing 30 militants and wounding 12 soldiers": the wounding too).
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-01-02"


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    events: list[Event] = code(text, DATE)
    return {text[e.trigger.start : e.trigger.end]: (e.killed, e.injured) for e in events}


ALSO: list[tuple[str, str, tuple[int | None, int | None]]] = [
    # text, trigger, (killed, injured) of that event
    (
        "A policeman is killed and four others injured after clashing with bandits in Zamfara. Three bandits "
        "also die in the fight.",
        "clashing",
        (4, 4),
    ),
    (
        "Gunmen attacked a police post in Kunduz, killing three officers. Two attackers were also killed.",
        "attacked",
        (5, None),
    ),
    (
        "Militants ambushed an army convoy in Borno, killing seven soldiers. Four civilians were killed too.",
        "ambushed",
        (11, None),
    ),
    # negatives: the casualty word is the event itself; another attack's toll; "no one was hurt" is zero;
    # a number that is no toll
    (
        "A policeman is killed and four others injured after clashing with bandits in Zamfara. Three bandits "
        "also die in the fight.",
        "killed",
        (1, 4),
    ),
    (
        "Gunmen attacked a police post in Kunduz, killing three officers. Two soldiers were killed in a "
        "separate attack in Baghlan on Monday.",
        "attacked",
        (3, None),
    ),
    (
        "Gunmen attacked a checkpoint in Kunduz, killing three officers. Two soldiers were also killed in "
        "the previous attack on the base.",
        "attacked",
        (3, None),
    ),
    (
        "Gunmen attacked a checkpoint in Kunduz, killing three officers. Last year, two soldiers were also "
        "killed there.",
        "attacked",
        (3, None),
    ),
    (
        "A grenade attack kills two including a district official and wounds five others. Three soldiers "
        "were also killed in another incident.",
        "grenade attack",
        (2, 5),
    ),
    ("A rocket attack hit the Green Zone in Baghdad, but no one was hurt.", "rocket attack", (0, 0)),
    (
        "Gunmen attacked a police post in Kunduz, killing three officers. The attackers were also sentenced "
        "to 25 years in prison in absentia.",
        "attacked",
        (3, None),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "tolls"), ALSO, ids=[f"{r[1]}-{i}" for i, r in enumerate(ALSO)])
def test_more_victims_told_with_also(text: str, trigger: str, tolls: tuple[int | None, int | None]) -> None:
    found = _tolls(text)
    assert found.get(trigger) == tolls, found


SUBJECT_NOUNS: list[tuple[str, str, tuple[int | None, int | None]]] = [
    (
        "A grenade attack in Kabul hit a United Nations car killing one foreigner and injuring five others.",
        "grenade attack",
        (1, 5),
    ),
    (
        "A suicide bombing struck a wedding in Kabul, killing 63 people and wounding 182 others.",
        "suicide bombing",
        (63, 182),
    ),
    ("A roadside bomb hit a bus carrying pilgrims in Karbala, killing 12.", "roadside bomb", (12, None)),
    (
        "Troops launched an offensive against the rebels in Kidal, killing 30 militants and wounding 12 "
        "soldiers.",
        "offensive",
        (30, 12),
    ),
    # negatives: no casualty adjunct; a number that is a resolution, not a toll
    ("The attack targeted a convoy carrying soldiers in Kandahar.", "attack", (None, None)),
    (
        "The attack on the embassy violated Resolution 2231, killing any hope of talks.",
        "attack",
        (None, None),
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "tolls"), SUBJECT_NOUNS, ids=[f"{r[1]}-{i}" for i, r in enumerate(SUBJECT_NOUNS)]
)
def test_an_event_noun_takes_its_verbs_casualty_adjuncts(
    text: str, trigger: str, tolls: tuple[int | None, int | None]
) -> None:
    found = _tolls(text)
    assert found.get(trigger) == tolls, found
