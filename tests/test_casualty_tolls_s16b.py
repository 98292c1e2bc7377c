"""Tolls told in parts, session 16 second wave (casualty_gapped_numbers.py, accident_fighting_fires.py,
``complement_died_verbs`` of casualties.yaml), on news-like sentences written for these tests, each table with
negatives:

- a bare number joined to a casualty verb after a counted object or subject, its noun left out, is a second
  count of the same victims ("killing two civilians in Sderot and one in Netivot" = 3; "Two soldiers were
  killed in Kunar and one in Nangarhar" = 3); not a clause of its own ("and one was injured"), not a date;
- a fire coordinated with a fighting noun ("started a riot and a fire") is the riot's violence, no accident:
  the killing it caused stays an event with its toll; a fire alone stays a blaze;
- "succumbed to his injuries" (``complement_died_verbs`` with a killing complement) tells a death; "succumbed
  to pressure" tells none.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2019-05-05"

# text, trigger, killed, injured
GAPPED = [
    (
        "Militants fire rockets at the city, killing two civilians in Sderot and one in Netivot.",
        "fire",
        3,
        None,
    ),
    ("Gunmen attack a village, killing three soldiers in Borno and two in Yobe.", "attack", 5, None),
    ("Two soldiers were killed in Kunar and one in Nangarhar.", "killed", 3, None),
    ("The bomb killed two people in Kabul and at least three in Jalalabad.", "bomb", 5, None),
    # negatives: the second number is a clause of its own, another kind, or no gapped count at all
    ("Gunmen killed four people and wounded two in Kaduna.", "killed", 4, 2),
    ("Four soldiers were killed and two wounded in the ambush in Mali.", "killed", 4, 2),
    ("Police killed two protesters, and one was injured, in Khartoum.", "killed", 2, 1),
    ("Gunmen kill two villagers and one soldier in Borno.", "kill", 3, None),
]

# text, trigger, killed, injured
SUCCUMBED = [
    (
        "Gunmen attacked a checkpoint in Lahore on Monday. Two officers were wounded, and one later "
        "succumbed to his injuries.",
        "attacked",
        1,
        2,
    ),
    (
        "A gunman opened fire at a mosque in Lahore, wounding three worshippers; one of them succumbed "
        "to his wounds in hospital.",
        "opened",
        1,
        3,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), GAPPED)
def test_a_gapped_number_adds_to_the_count_of_its_verb(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SUCCUMBED)
def test_succumbing_to_injuries_is_a_death(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


def test_succumbing_to_pressure_is_no_death() -> None:
    tolls = coded_tolls(
        "The prime minister succumbed to pressure from protesters and resigned in Lahore.", DATE
    )
    assert all(killed is None for _, killed, _ in tolls), tolls


# text, (trigger, killed) that must be coded
FIGHTING_FIRES = [
    (
        "Twelve inmates are killed when prisoners start a riot and a fire at a prison in Caracas.",
        ("killed", 12),
    ),
    ("Twenty people are killed when gunmen started a riot in a jail in Lagos.", ("killed", 20)),
]

# negatives: a fire alone is a blaze, an accident with no event
BLAZES = [
    "A fire at a factory in Dhaka kills 20 workers.",
    "Twelve people are killed when a fire breaks out at a market in Lagos.",
]


@pytest.mark.parametrize(("text", "expected"), FIGHTING_FIRES)
def test_a_fire_joined_to_a_riot_is_no_accident(text: str, expected: tuple[str, int]) -> None:
    tolls = coded_tolls(text, DATE)
    assert any((word, killed) == expected for word, killed, _ in tolls), tolls


@pytest.mark.parametrize("text", BLAZES)
def test_a_fire_alone_stays_an_accident(text: str) -> None:
    assert coded_tolls(text, DATE) == []
