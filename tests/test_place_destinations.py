"""Where a moving thing was going is not the place of an act done to it on the way
(dotterel/stages/place_destinations.py ``find_goal_ids``): a motion participle or relative clause describing a
noun ("a bus heading to Lahore"). Negatives: the motion itself keeps its destination ("sends troops to",
"visits"), an act with its own place phrase keeps it, a purpose infinitive is no description ("in order to
return him to Germany"). The destination of a cancelled trip is no place of the cancelling
(tests/test_place_other_acts.py, with the other acts' places).
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-01-10"

PLACES: list[tuple[str, str, str | None]] = [
    # sentence, trigger word, place name of its event (None: no place)
    ("Police shoot dead a gunman after he attempted to hijack a bus heading to Lahore.", "hijack", None),
    ("Militants attack a convoy heading to Kandahar.", "attack", None),
    ("Police arrest a man heading to Kabul with explosives.", "arrest", None),
    ("Border guards detain 40 migrants who were travelling to Greece.", "detain", None),
    # the act's own place phrase, no longer outranked by the (more specific) destination city
    ("Troops heading to Kabul are ambushed in Logar Province.", "ambushed", "Logar Province"),
    # negatives: the motion's own destination, the act's own place, a route measure
    ("Police shoot dead a gunman after he attempted to hijack a bus in Lahore.", "hijack", "Lahore"),
    ("The United States sends 3,000 troops to Saudi Arabia.", "sends", "Saudi Arabia"),
    ("Indian Prime Minister Narendra Modi visits Bangladesh.", "visits", "Bangladesh"),
    ("Jordan suspends all flights to and from the United Kingdom until January 3.", "suspends", "Jordan"),
]


@pytest.mark.parametrize(("sentence", "trigger", "place"), PLACES)
def test_goal_of_a_described_motion_is_no_place(sentence: str, trigger: str, place: str | None) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events, f"no event of {trigger!r} in {sentence!r}"
    assert [e.place.name if e.place else None for e in events] == [place]
