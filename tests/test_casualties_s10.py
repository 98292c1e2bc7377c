"""Casualty counts of session 10 (dotterel/stages/casualty_counts.py, casualty_victims.py), on news-like
sentences written for these tests, each table with negatives:

- the victims of "shoot dead" are its object also when the parser hangs the object on "dead" ("A man
  shoots dead[ccomp] two policemen": 2);
- a casualty verb hung on a noun as a reduced relative ("says a rocket attack on the town killed[acl] …")
  that has an object of its own is active: its object are the victims, not the noun it hangs on;
- the companions of the victims ("along with", "together with": ``companion_words``) are victims too
  ("Seven police officers are killed, along with a civilian" = 8), not a bare "with" (a means);
- a reflexive "himself"/"herself" (``reflexive_victims``) is one victim, the doer's own death counting in the
  toll as the reading tables count it ("A suicide bomber kills himself and injures six": 1 killed; "kills his
  mother and then himself": 2); not "themselves" (no number);
- a later zero of one kind ("No one died", "No deaths were reported") is the count of that kind for an
  attack that counts only the other kind; a zero of both kinds ("no casualties") after a toll is not.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-07-30"

# text, trigger, killed, injured
SHOT_DEAD = [
    ("A man shoots dead two policemen in Multan, Punjab, Pakistan.", "shoots", 2, None),
    (
        "An off-duty policeman shoots dead three robbers at a bank in Karachi.",
        "shoots",
        3,
        None,
    ),
    (
        "A soldier shoots dead four colleagues at a barracks in Nakhon Ratchasima.",
        "shoots",
        4,
        None,
    ),
    (
        "Police shoot dead a knife-wielding man outside a station in Lyon.",
        "shoot",
        1,
        None,
    ),
    ("Gunmen shot dead five farmers in a village in Zamfara State.", "shot", 5, None),
    # negatives: shot, not said to die, is wounded; a death stated without a count
    ("A man shoots two policemen in Multan, Punjab, Pakistan.", "shoots", None, 2),
    (
        "Police shoot at a car that failed to stop at a checkpoint in Lyon.",
        "shoot",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SHOT_DEAD)
def test_shot_dead_object_on_the_complement(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


REPORTED_ACTIVE = [
    (
        "Azerbaijan says an Armenian rocket attack on the town of Tartar killed at least six civilians and "
        "injured 20 others.",
        "Armenian rocket attack",
        6,
        20,
    ),
    (
        "Ukraine says a Russian missile strike on the port of Odesa killed three dock workers.",
        "Russian missile strike",
        3,
        None,
    ),
    (
        "Officials say a mortar attack on the village of Kidal killed nine herders.",
        "mortar attack",
        9,
        None,
    ),
    (
        "Police say a bomb attack on the market in Quetta killed six shoppers.",
        "bomb attack",
        6,
        None,
    ),
    # negatives: a true reduced relative has no object: its noun is the victim
    (
        "Five soldiers wounded in the ambush near Kidal were flown to Bamako.",
        "wounded",
        None,
        5,
    ),
    (
        "Officials say a rocket attack on the town of Tartar caused damage.",
        "rocket attack",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), REPORTED_ACTIVE)
def test_reduced_relative_with_an_object_is_active(
    text: str, trigger: str, killed: int, injured: int
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


LATER_ZERO = [
    (
        "Forty people were wounded after a string of blasts hit the city of Kunduz. No group claimed the "
        "blasts. No one died in the attacks.",
        "wounded",
        0,
        40,
    ),
    (
        "Gunmen attacked a bus near Kano, wounding four passengers. Nobody died.",
        "attacked",
        0,
        4,
    ),
    (
        "Three soldiers were wounded when a mine exploded near Kidal. No deaths were reported.",
        "wounded",
        0,
        3,
    ),
    (
        "Rebels shelled the town of Tartar, killing two civilians. No one was hurt.",
        "shelled",
        2,
        None,
    ),
    # negatives: a zero of both kinds after a toll is about something else; a zero of a kind already counted
    (
        "Gunmen attacked a bus near Kano, wounding four passengers. No casualties were reported among the "
        "police.",
        "attacked",
        None,
        4,
    ),
    (
        "Rebels shelled the town of Tartar, killing two civilians. No one else died.",
        "shelled",
        2,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), LATER_ZERO)
def test_later_zero_of_a_kind_not_counted(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


COMPANIONS = [
    (
        "Militants attack a checkpoint near Arish. Five soldiers are killed, along with two civilians.",
        "attack",
        7,
    ),
    (
        "A commander is killed along with three of his bodyguards in an ambush in Kunar.",
        "killed",
        4,
    ),
    (
        "A local councillor is pulled from her car and summarily executed along with her driver and six "
        "villagers by rebels.",
        "executed",
        8,
    ),
    ("A man was stabbed to death together with his son in Marseille.", "stabbed", 2),
    ("Gunmen killed a judge along with his two guards in Quetta.", "killed", 3),
    # negatives: a bare "with" is a means; "along with" on another verb than the killing
    ("A soldier was killed with a homemade bomb in Kirkuk.", "killed", 1),
    (
        "A policeman was killed in Kirkuk, and his colleague was arrested along with two suspects.",
        "killed",
        1,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), COMPANIONS)
def test_companions_are_victims_too(text: str, trigger: str, killed: int) -> None:
    assert coded_toll_of(text, trigger, DATE)[0] == killed


REFLEXIVES = [
    (
        "A suicide bomber kills himself and wounds nine soldiers at a checkpoint in Mogadishu.",
        "wounds",  # killing oneself is no attack of its own: the bombing is read from "wounds"
        1,
        9,
    ),
    (
        "The gunman also kills his wife and then himself at their home in Toulouse.",
        "kills",
        2,
        None,
    ),
    (
        "A woman stabs her two children and then herself in a flat in Leeds.",
        "stabs",
        None,
        3,
    ),
    # negatives: "themselves" says no number; a reflexive that is no victim
    (
        "Two militants kill themselves in a blast at a checkpoint near Arish.",
        "blast",
        None,
        None,
    ),
    (
        "Soldiers kill two protesters in Bamako, and the colonel declares himself leader.",
        "kill",
        2,
        None,
    ),
    (
        "A gunman kills two guards at a bank in Lima and then barricades himself inside.",
        "kills",
        2,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), REFLEXIVES)
def test_reflexive_is_one_victim(text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
