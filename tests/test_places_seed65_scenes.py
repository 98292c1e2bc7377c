"""Places the act did not get, second set of seed-65 causes, each rule with what must not change.

- A measure at home by two governments joined by "and" ("Argentina and Chile ban the airline from their
  airspace"): each split event at its own source's place (dotterel/stages/place_joint_issuers.py).
- A happening in the "after" clause of a placed harm or arrest ("officers were injured after protesters
  threw stones at them") is where the harm was (dotterel/stages/place_cause_scenes.py).
- An unlisted launch site ("fires missiles from the coast of X") is in the launcher's country, whatever
  country a reporter has (dotterel/stages/place_launcher_countries.py); ", South Korea's military said" is no
  container of the name before the comma (place_mentions.find_following_container_tokens).
- A country's waters, airspace or economic zone named by its name ("in the exclusive economic zone of
  Japan") is a region of the country with no point (dotterel/stages/place_owned_territories.py).
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-03-10"
Where = tuple[str, str | None, bool]  # name, country, has a point

PLACES: list[tuple[str, str, list[Where | None]]] = [
    # sentence, trigger word, the places of its events in order (None: no place)
    (
        "Argentina and Chile ban the airline from their airspace.",
        "ban",
        [("Argentina", "ARG", True), ("Chile", "CHL", True)],
    ),
    (
        "Canada and Mexico close their borders to non-essential travel.",
        "close",
        [("Canada", "CAN", True), ("Mexico", "MEX", True)],
    ),
    (
        "Police in Santiago fired tear gas, and ten officers were hurt after demonstrators threw rocks at "
        "them.",
        "threw",
        [("Santiago", "CHL", True)],
    ),
    (
        "Police in Paris arrested 30 people after protesters clashed with officers.",
        "clashed",
        [("Paris", "FRA", True)],
    ),
    (
        "Twelve people were arrested in Minsk after protesters marched on the presidential palace.",
        "marched",
        [("Minsk", "BLR", True)],
    ),
    (
        "North Korea fires four projectiles from the coast of Hodo into the sea, South Korea's Joint Chiefs "
        "of Staff said.",
        "fires",
        [("Hodo", "PRK", False)],
    ),
    (
        "North Korea fired a missile near Hamhung, South Korea's military said.",
        "fired",
        [("Hamhung", "PRK", True)],
    ),
    (
        "North Korea fires a missile which lands in the exclusive economic zone of Japan.",
        "fires",
        [("exclusive economic zone of Japan", "JPN", False)],
    ),
    (
        "China sends a survey ship into Vietnam's exclusive economic zone.",
        "sends",
        [("Vietnam's exclusive economic zone", "VNM", False)],
    ),
    # negatives: what must not change
    ("Canada and Mexico sanction Venezuela's oil minister.", "sanction", []),
    ("Greece says Turkish jets violated its airspace.", "violated", []),
    ("Russian jets bombed the village of Khan Sabil, Turkish monitors said.", "bombed", [None]),
    ("Police arrest a man in Kabul, Afghanistan.", "arrest", [("Kabul", "AFG", True)]),
    (
        "The coast guard rescued 40 migrants off the coast of Libya.",
        "rescued",
        [("coast of Libya", "LBY", False)],
    ),
    ("Hundreds protest in Minsk, Belarus's capital.", "protest", [("Minsk", "BLR", True)]),
    (
        "Iran summons the British ambassador in Tehran after Britain seized an Iranian tanker.",
        "seized",
        [None],
    ),
    ("The minister resigned in Lima after protesters threw stones at his car.", "threw", [None]),
    (
        "North Korea fires a missile that lands in Japanese waters.",
        "fires",
        [("Japanese waters", "JPN", False)],
    ),
    ("Protesters march in Tokyo against the new law.", "march", [("Tokyo", "JPN", True)]),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_seed65_scene_place(sentence: str, trigger: str, places: list[Where | None]) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    found = [
        (e.place.name, e.place.country, e.place.lat is not None) if e.place is not None else None
        for e in events
    ]
    assert found == places
