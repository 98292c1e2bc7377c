"""Tolls of session 26 (casualties.py, ``_with_conjuncts``), on news-like sentences written for these tests,
with negatives:

- an event noun in the phrase of a toll clause coordinated with a victims' state ("A man is killed and five
  others are injured in shootings at protests"), split off as an event of its own, takes that state's toll
  too: the two clauses tell one incident; an active killing with its own agent ("A gunman killed two people
  and …") or an arrest ("were arrested and five were injured") lends it nothing;
- a harm verb coordinated with a killing and sharing its subject ("accused of killing 51 people and
  wounding 49 others"), the event where the killing is not one of its own, takes the killing's toll: one
  doer's one act; not a verb that is no harm ("kidnapping two girls and wounding five others"), nor one with
  a subject of its own.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-05-30"

# text, trigger, killed, injured
COORDINATED_TOLL_STATES = [
    ("A man is killed and five others are injured in shootings at protests in Chicago.", "protests", 1, 5),
    ("Two protesters are killed and 20 others are injured during protests in Baghdad.", "protests", 2, 20),
    ("Three people are killed and 40 are wounded during clashes at a rally in Conakry.", "rally", 3, 40),
    # an age is no toll; the split-off state keeps its own counts
    (
        "An 18-year-old student is killed and five others are injured during protests in Baghdad.",
        "protests",
        1,
        5,
    ),
    (
        "An 18-year-old student is killed and five others are injured during protests in Baghdad.",
        "killed",
        1,
        5,
    ),
    # a zero is a toll too
    ("No one was killed, but five people were injured during protests in Santiago.", "protests", 0, 5),
    # negatives: a killing with its own agent, an arrest, and an attack noun that merges with its toll
    (
        "A gunman killed two people and five others were injured during protests in Chicago.",
        "protests",
        None,
        5,
    ),
    (
        "Twenty protesters were arrested and five were injured during protests in Baghdad.",
        "protests",
        None,
        5,
    ),
    ("Two people are killed and 20 injured in a bombing in Kabul.", "killed", 2, 20),
    ("Thousands protest in Santiago, but no one is hurt.", "protest", 0, 0),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), COORDINATED_TOLL_STATES)
def test_an_event_noun_under_a_coordinated_toll_takes_both_tolls(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


SHARED_HARM_VERBS = [
    (
        "A court sentences a militant to life imprisonment for killing 39 people and injuring 79 more at a "
        "nightclub in Istanbul.",
        "injuring",
        39,
        79,
    ),
    (
        "A man accused of killing two people and wounding five others in a shooting in Texas is charged with "
        "murder.",
        "wounding",
        2,
        5,
    ),
    (
        "A man accused of killing an 18-year-old student and wounding five others in a shooting in Texas is "
        "charged with murder.",
        "wounding",
        1,
        5,
    ),
    # negatives: no harm in the first verb, a subject of its own, one event for both verbs
    (
        "A man accused of kidnapping two girls and wounding five others in Texas is charged with murder.",
        "wounding",
        None,
        5,
    ),
    (
        "A man accused of killing two people in 2015 is arrested after police wounded him in a shootout.",
        "wounded",
        None,
        1,
    ),
    ("The army detained 30 people and wounded 12 others in raids in Kashmir.", "wounded", None, 12),
    ("Gunmen killed two people and wounded five others in an attack in Kabul.", "killed", 2, 5),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SHARED_HARM_VERBS)
def test_a_harm_verb_sharing_a_killings_subject_takes_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
