"""Places the act did not get (causes of the seed-65 first readings), each rule with what must not change.

- A verb the parser reads as a plural noun after "in <name>" ("A court in Denmark sentences a former
  employee"): the name is the object of "in" (dotterel/stages/place_misread_verbs.py).
- A stop-listed city name followed by its state ("in Mobile, Alabama") is the city, not the state
  (dotterel/stages/place_stated_cities.py); alone ("in Mobile") it stays no place.
- Opening or closing the issuer's own territory by a possessive pronoun ("opens its airspace") is a measure
  at home, at the issuer's place (dotterel/stages/place_own_territories.py); not "violated its airspace".
- The place phrase of a launch participle on the subject ("Shots fired by soldiers near … kill one") places
  the act (dotterel/stages/place_fired_subjects.py); not its "from" phrase, the launch site.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import Where, assert_trigger_places

DATE = "2020-03-10"

PLACES: list[tuple[str, str, set[Where]]] = [
    # sentence, trigger word, the places (name, country) its events may have (None: no place)
    (
        "A court in Sweden sentences a former police officer to four years in prison.",
        "sentences",
        {("Sweden", "SWE")},
    ),
    (
        "A court in New Zealand sentences a former teacher to nine years in prison.",
        "sentences",
        {("New Zealand", "NZL")},
    ),
    ("A court in Sweden sentences two men to four years in prison.", "sentences", {("Sweden", "SWE")}),
    ("Police arrest two men in Mobile, Alabama, after a shooting.", "arrest", {("Mobile", "USA")}),
    ("Police arrest a man in Jackson, Mississippi.", "arrest", {("Jackson", "USA")}),
    ("Protesters gather in Victoria, British Columbia.", "gather", {("Victoria", "CAN")}),
    ("Saudi Arabia opens its airspace to all flights from the UAE.", "opens", {("Saudi Arabia", "SAU")}),
    ("Pakistan partially reopens its airspace after the crisis.", "reopens", {("Pakistan", "PAK")}),
    ("Shots fired by soldiers near a protest camp in Harare kill one person.", "kill", {("Harare", "ZWE")}),
    (
        'Shots fired by "regular forces" near the site of a sit-in protest in Harare kill one person.',
        "kill",
        {("Harare", "ZWE")},
    ),
    # negatives: what must not change
    ("Police arrest a man in Mobile.", "arrest", {None}),
    ("Greece says Turkish jets violated its airspace.", "violated", {None}),
    ("Israel opens its embassy in Abu Dhabi.", "opens", {("Abu Dhabi", "ARE")}),
    ("Rockets fired by militants from Gaza injure two people.", "injure", {None}),
    ("A court in Sweden convicts a former police officer of fraud.", "convicts", {("Sweden", "SWE")}),
    ("A man from Lyon stabs three people in Paris.", "stabs", {("Paris", "FRA")}),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_seed65_cause_place(sentence: str, trigger: str, places: set[Where]) -> None:
    assert_trigger_places(sentence, DATE, trigger, places, require_event=places != {None})
