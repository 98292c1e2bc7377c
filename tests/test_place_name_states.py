"""Places: a name's state or country from the text around it (session 23, seed-73 reading causes).

A US county the gazetteer lacks takes the state the text gives it, not its namesake town's
(:mod:`dotterel.stages.place_county_states`); an unknown place takes no country from a nationality word on one
person (:mod:`dotterel.stages.place_person_nationalities`). Sentences written for these tests in the style of
news items, with negatives in each table. Whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_event_on

DATE = "2020-05-21"
Expected = tuple[str, str | None, str | None] | None


def coded_place(text: str, trigger: str) -> Expected:
    """(name, country, admin1) of the place of the first event on ``trigger``, or None."""
    place = coded_event_on(text, trigger, DATE).place
    return None if place is None else (place.name, place.country, place.admin1)


# "<name> County" in the state the text gives it: after its comma, else the one state the item names that has
# a town of the name, else (no state read) the one state named; negatives: a county of another country, a
# county whose state is named, a state that is a person's origin ("A Texas man"), a county of no namesake
# there.
COUNTY_STATES: list[tuple[str, str, Expected]] = [
    (
        "U.S. President Donald Trump approves Michigan Governor Gretchen Whitmer's emergency declaration in "
        "Midland County which experienced mass flooding after the Edenville Dam failed.",
        "approves",
        ("Midland County", "USA", "US.MI"),
    ),
    (
        "Governor Gretchen Whitmer declares a state of emergency in Midland County, Michigan.",
        "declares",
        ("Midland County", "USA", "US.MI"),
    ),
    ("Police arrest a gunman in Kent County, Michigan.", "arrest", ("Kent County", "USA", "US.MI")),
    ("Police arrest a gunman in Harris County, Texas.", "arrest", ("Harris County", "USA", "US.TX")),
    (
        "Ohio police arrest a gunman in Harris County after a shooting at a school.",
        "arrest",
        ("Harris County", "USA", "US.OH"),
    ),
    # negatives
    ("Gunmen kill 12 villagers in Bomi County, Liberia.", "kill", ("Bomi County", "LBR", None)),
    (
        "A Texas man is arrested in Orange County after a shooting at a school.",
        "arrested",
        ("Orange County", "USA", "US.CA"),
    ),
    (
        "Texas police arrest a gunman in Los Angeles County after a chase.",
        "arrest",
        ("Los Angeles County", "USA", "US.CA"),
    ),
    (
        "California police arrest a gunman in Orange County after a chase.",
        "arrest",
        ("Orange County", "USA", "US.CA"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTY_STATES)
def test_a_county_takes_the_state_the_text_gives_it(text: str, trigger: str, expected: Expected) -> None:
    assert coded_place(text, trigger) == expected


# A nationality word on one person ("An American white supremacist") gives an unknown place no country;
# negatives: the country named after the place, a demonym on a force ("Nigerian troops") or on a group
# ("Chilean police"), the country named elsewhere in the sentence.
PERSON_NATIONALITIES: list[tuple[str, str, Expected]] = [
    # (Reñaca is listed since 052d8ec: an unlisted village stands in for it)
    ("An American white supremacist shoots a protester in the village of Dangdala.", "shoots", None),
    ("A British tourist is shot dead in the village of Dangdala.", "shot", None),
    # negatives
    ("An American white supremacist shoots a protester in Reñaca, Chile.", "shoots", ("Reñaca", "CHL", None)),
    ("Nigerian troops kill 20 militants in the village of Dangdala.", "kill", ("Dangdala", "NGA", None)),
    ("Chilean police detain an American tourist in Reñaca.", "detain", ("Reñaca", "CHL", None)),
    # an official's nationality is the state it speaks for: the unknown district takes it
    (
        "An Afghan official says a landmine blast in the Zhari District kills 11 pilgrims.",
        "blast",
        ("Zhari District", "AFG", None),
    ),
    (
        "A British aid worker is shot dead in the village of Dangdala in Nigeria.",
        "shot",
        ("Dangdala", "NGA", None),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PERSON_NATIONALITIES)
def test_a_persons_nationality_gives_an_unknown_place_no_country(
    text: str, trigger: str, expected: Expected
) -> None:
    assert coded_place(text, trigger) == expected
