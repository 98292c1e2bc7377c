"""One incident or act told twice in one item is one event (session 15), on news-like sentences written for
these tests:

- a clause that only tells the victims of a harm told in its sentence or the one before ("At least 20 people
  are dead and 31 injured", "Nine people were wounded") is folded into that harm
  (dotterel/stages/merge_victim_clauses.py); not when it tells another incident ("In a separate attack"),
  has a place of its own, a doer of its own, or counts other victims ("Two soldiers were also killed");
- a definite noun of a later sentence ("the request", "the president's visit") naming an act of the same type
  and code told before by the same parties is that act (dotterel/stages/merge_definite_acts.py); not
  "another visit", a visit by someone else, or a new act "also" made; a retelling of a plan ("plans to ban
  ... this ban") folds into it whatever its own mode.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import code

DATE = "2020-03-04"


def _rows(text: str, kind: str) -> list[tuple[str, int | None, int | None]]:
    """Return (trigger, killed, injured) of the events of type ``kind`` coded from ``text``."""
    return [
        (text[e.trigger.start : e.trigger.end], e.killed, e.injured)
        for e in code(text, DATE)
        if e.action.type == kind
    ]


# text, the ASSAULT rows expected (trigger, killed, injured)
VICTIM_CLAUSES = [
    (
        "Militants set fire to a bus near Peshawar, Pakistan. At least 20 people are confirmed dead and 31 "
        "injured.",
        [("set", 20, 31)],
    ),
    (
        "Gunmen attack a wedding party in Zamfara State, Nigeria. Twelve people are killed and five others "
        "wounded.",
        [("attack", 12, 5)],
    ),
    (
        "A shootout breaks out between rival gangs at a bar in Cancún, Mexico. Nine people were wounded, of "
        "whom three later died.",
        [("shootout", 3, 9)],
    ),
    (
        "Militants kill four police officers in Kupwara district. Two guards and a passer-by are wounded, "
        "and one militant is killed.",
        [("kill", 5, 3)],
    ),
    # negatives: another incident, a place of its own, other victims "also" killed, a doer of its own
    (
        "A man is shot dead in Chicago. In a separate attack in Detroit, three people are wounded.",
        [("shot", 1, None), ("wounded", None, 3)],
    ),
    (
        "A man is shot dead in Chicago. Three people are wounded in Detroit.",
        [("shot", 1, None), ("wounded", None, 3)],
    ),
    (
        "A suicide bomber kills 3 and wounds 5 at a checkpoint in Kabul.",
        [("kills", 3, 5)],
    ),
    (
        "A gunman opens fire at a bank in Fresno, California, injuring a guard. He then flees and kills a "
        "motorist.",
        [("opens", 1, 1), ("kills", 1, 1)],  # two rows; the toll rules share their counts
    ),
    (
        "Gunmen kill five villagers in Borno State. Two soldiers were also killed.",
        [("kill", 7, None), ("killed", 2, None)],
    ),
    (
        "A bomb attack kills two soldiers in Kunar. Two civilians were also killed in another incident.",
        [("bomb attack", 2, None), ("killed", 2, None)],
    ),
    (
        "A former army officer is executed for his involvement in the 1981 assassination of the president.",
        [("executed", 1, None), ("assassination", 1, None)],
    ),
    (
        "Riots break out in Portland after a police shooting. Nine officers are injured.",
        [("shooting", None, 9), ("injured", None, 9)],
    ),
    (
        "Four people are killed a week after militants attacked the town of Kidal, Mali.",
        [("killed", 4, None), ("attacked", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VICTIM_CLAUSES)
def test_victim_clause_is_its_incident(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _rows(text, "ASSAULT") == expected


# text, event type, the triggers expected
DEFINITE_ACTS = [
    (
        "Palau asks the United States to build military bases on its territory. President Tommy Remengesau "
        "made the request in a letter to the U.S. defense secretary.",
        "REQUEST",
        ["asks"],
    ),
    (
        "Pope Francis visits Thailand, the first papal visit in 35 years. A Thai bishop says the pope's "
        "visit is important for the country's Catholics.",
        "CONSULT",
        ["visits"],
    ),
    # a definite retelling folds into the plan it retells whatever its own mode, and is no threat of its own
    (
        "The Indian government plans to ban Chinese apps. Officials say this ban will protect users.",
        "COERCE",
        ["ban"],
    ),
    (
        "The Indian government plans to ban Chinese apps. Officials say this ban will protect users.",
        "THREATEN",
        [],
    ),
    # negatives: another act ("another visit"), an act "also" made, an act of another party
    (
        "Kim Jong-un visits a factory in Pyongyang. Kim also visits a school in Wonsan.",
        "CONSULT",
        ["visits", "visits"],
    ),
    (
        "Indian Prime Minister Narendra Modi visits Bangladesh. Bangladeshi protesters denounce Modi's "
        "visit. Another visit by Modi to Nepal is planned for May.",
        "CONSULT",
        ["visits", "visit"],
    ),
    (
        "The president pardons 2,000 prisoners. The pardons follow the release of detainees arrested at "
        "protests.",
        "RETREAT",
        ["pardons", "release"],
    ),
    (
        "The Indian government plans to ban Chinese apps. The government imposed the ban on Monday.",
        "COERCE",
        ["ban", "ban"],
    ),
    (
        "Iran asks the IAEA to investigate the sabotage. The IAEA rejects Iran's request. Iraq makes a "
        "similar request.",
        "REQUEST",
        ["asks", "request"],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), DEFINITE_ACTS)
def test_definite_noun_is_the_act_told_before(text: str, kind: str, expected: list[str]) -> None:
    assert [trigger for trigger, _, _ in _rows(text, kind)] == expected
