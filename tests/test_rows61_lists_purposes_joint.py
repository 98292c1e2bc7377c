"""Session 17 (rows61), on news-like sentences written for these tests, each table with negatives:

- a list in apposition to a possessed person noun, of bare nouns sharing its possessive and ending in a
  counted member, is a list of victims ("kills his wife, brother and seven others": nine);
  a description is not;
- the to-infinitive after an instrument verb is the act's purpose, not an act of its own ("used tear gas to
  disperse the crowds": one row); an object-control verb's infinitive is not folded;
- coordinated subjects of a recognition or praise with a direct object act on it, not on each other;
- a harm told again in the next sentence with "also" and no doer, place or count of its own is one row.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-04-21"

# text, trigger, killed, injured
POSSESSED_LISTS = [
    ("A gunman kills his wife, brother and seven others in a village in southern Lebanon.", "kills", 9, None),
    (
        "A man shot dead his father, sister and two neighbours in Ohio before killing himself.",
        "shot",
        4,
        None,
    ),
    # negatives: a description after the victim, a list with no counted member, a counted list already right
    ("A man kills his wife, a teacher, at their home in Lyon, France.", "kills", 1, None),
    ("A gunman killed his wife, mother of three, at their home in Texas.", "killed", 1, None),
    ("A gunman killed his mother, two sisters and three others in a shooting in Brazil.", "killed", 6, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), POSSESSED_LISTS)
def test_a_list_sharing_the_victims_possessive_is_counted(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, the (type, cameo) rows wanted, in any order
PURPOSES = [
    ("Riot police used tear gas to disperse the crowds in Hong Kong.", [("ASSAULT", "175")]),
    (
        "Police used water cannon and tear gas to disperse thousands of protesters in Santiago.",
        [("ASSAULT", "175")],
    ),
    ("Tear gas was used to disperse the protesters outside parliament in Nairobi.", [("ASSAULT", "175")]),
    # negatives: an object-control verb keeps its own act; an arrest that is a purpose stays an act
    ("Police in Nairobi urged the crowds to disperse.", [("REQUEST", "020")]),
    ("The government used the law to arrest opposition leaders in Minsk.", [("COERCE", "173")]),
]


@pytest.mark.parametrize(("text", "wanted"), PURPOSES)
def test_an_instrument_verbs_infinitive_is_its_purpose(text: str, wanted: list[tuple[str, str]]) -> None:
    assert sorted((e.action.type, e.action.cameo) for e in code(text, DATE)) == sorted(wanted)


# text, type, wanted (source country, target country) pairs
JOINT_SUBJECTS = [
    (
        "France and Germany welcome the agreement between Serbia and Kosovo.",
        "SUPPORT",
        {("FRA", None), ("DEU", None)},
    ),
    (
        "Poland and Lithuania do not recognize the legitimacy of the election in Belarus.",
        "REJECT",
        {("POL", "BLR"), ("LTU", "BLR")},
    ),
    # negatives: the object that is the joint act keeps the act each way
    ("Iran and Iraq signed a security pact.", "SUPPORT", {("IRN", "IRQ"), ("IRQ", "IRN")}),
    ("Israel and Bahrain restore diplomatic ties.", "SUPPORT", {("ISR", "BHR"), ("BHR", "ISR")}),
]


@pytest.mark.parametrize(("text", "type_", "wanted"), JOINT_SUBJECTS)
def test_joint_subjects_act_on_the_object_not_each_other(
    text: str, type_: str, wanted: set[tuple[str | None, str | None]]
) -> None:
    found = {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in code(text, DATE)
        if e.action.type == type_
    }
    assert found == wanted


# text, the (trigger, killed, injured) rows wanted
ALSO_TOLD = [
    (
        "Rapper John Doe is shot and killed outside a clothing store in Los Angeles. Two other people "
        "with him were also shot and wounded.",
        [("shot", 1, 2)],
    ),
    ("A man is stabbed to death in London. A woman was also stabbed and injured.", [("stabbed", 1, 1)]),
    # negatives: another doer, another place, another count, victims of their own, another incident
    (
        "Gunmen attack a police station in Kano, killing an officer. A prison in the city is also attacked, "
        "wounding a guard.",
        [("attack", 1, 1), ("attacked", 1, 1)],
    ),
    (
        "Former mayor John Smith is arrested in Brazil. Former governor Paul Jones is also arrested.",
        [("arrested", None, None), ("arrested", None, None)],
    ),
    (
        "Two reporters are injured by a bomb in Kabul. Two soldiers are also injured in a separate incident.",
        [("injured", None, 2), ("injured", None, 2)],
    ),
    (
        "A man was shot dead in a bar in Chicago. Police also shot two suspects.",
        [("shot", 1, None), ("shot", None, 2)],
    ),
    (
        "A man was shot dead in a bar in Chicago. Two other men were also shot in Detroit.",
        [("shot", 1, None), ("shot", None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ALSO_TOLD)
def test_a_harm_told_again_with_also_is_one_row(text: str, wanted: list[tuple[str, int, int]]) -> None:
    assert sorted(coded_tolls(text, DATE), key=str) == sorted(wanted, key=str)
