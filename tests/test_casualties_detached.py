"""A passive casualty verb the parser cut off from its subject (dotterel/stages/casualty_victims.py,
``find_detached_subjects``), on news-like sentences written for these tests, with negatives:

- an interrupting relative clause ("…, one of whom was a tourist, are stabbed") that the parser made a clause
  of the verb, taking the subject with it: the subject of that clause is the verb's;
- a passive verb the parser joined to the first noun of its subject ("Six Estonians and … are wounded"):
  that noun and its conjuncts are the victims.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

# text, trigger, killed, injured
DETACHED = [
    (
        "An Australian and two Chinese citizens, one of whom was a tourist, are stabbed and injured by "
        "ISIL sympathisers in Mozambique.",
        "stabbed",
        None,
        3,
    ),
    (
        "An Australian and two Chinese citizens, one of whom was a tourist, are stabbed and injured by "
        "ISIL sympathisers in Mozambique.",
        "injured",
        None,
        3,
    ),
    (
        "A Briton and three Kenyans, two of whom were children, are killed in a bus attack in Mandera.",
        "killed",
        4,
        None,
    ),
    (
        "A Frenchman and four Malians, all of whom were guides, are wounded by a roadside bomb near Gao.",
        "wounded",
        None,
        5,
    ),
    (
        'Six Estonians and "around the same number" of French personnel are wounded in the attack.',
        "wounded",
        None,
        6,
    ),
    # negatives: a subject the parser kept, with or without a relative clause; no casualty verb
    (
        "Two Kenyan guards and a British engineer, who was visiting the site, are killed by gunmen in Lamu.",
        "killed",
        3,
        None,
    ),
    (
        "Four policemen, two of whom were off duty, are injured in a grenade attack in Srinagar.",
        "injured",
        None,
        4,
    ),
    (
        "Four Nigerian soldiers and a civilian are killed when militants ambush a convoy in Borno State.",
        "killed",
        5,
        None,
    ),
    ("A reporter, whom police say was filming, is detained in Minsk.", "detained", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), DETACHED)
def test_detached_passive_takes_its_subject(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
