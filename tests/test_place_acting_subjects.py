"""The subject whose place phrase tells where an act happened (dotterel/stages/place_acting_subjects.py).

- A verb after "to" with no subject of its own acts through the subject of the verb it completes: "A judge
  in Seattle rules to block the ban" blocks it in Seattle. Not when that verb has an object to do the act
  ("orders the army to attack"), nor when it has a place phrase of its own ("flies to Doha to sign").
- The place phrase of a subject's name may hang on the object of its "of" ("The Court of Appeal in Lviv").
- A clause opened by "where" on a verb happened at that verb's setting, even when the setting is named by a
  subject that is another event ("Protests in Lyon turn violent, where ...").
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-03-10"

PLACES: list[tuple[str, str, set[str | None]]] = [
    # sentence, trigger word, the place names its events may have (None: no place)
    (
        "The Court of Appeal in Lviv, Ukraine, rules to release the detained activist on bail.",
        "release",
        {"Lviv"},
    ),
    (
        "The Supreme Court in Islamabad rules to acquit the Christian woman of blasphemy.",
        "acquit",
        {"Islamabad"},
    ),
    ("A federal judge in Seattle rules to block the travel ban nationwide.", "block", {"Seattle"}),
    (
        "Protests in Milan, Turin and Genoa turn violent, where petrol bombs were thrown at police.",
        "bombs",
        {"Milan", "Turin", "Genoa"},
    ),
    # negatives: an object does the act, a place phrase of the completed verb, the subject's own verb
    ("The president in Washington orders the army to attack the base.", "attack", {None}),
    ("A delegation in Kabul flies to Doha to sign a peace deal.", "sign", {"Doha"}),
    ("A federal judge in Seattle blocks the travel ban nationwide.", "blocks", {"Seattle"}),
    (
        "Demonstrators gather outside the parliament in Beirut, where police fire tear gas.",
        "fire",
        {"Beirut"},
    ),
    ("Protests in Lyon turn violent, where tear gas is fired at the crowds.", "Protests", {"Lyon"}),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_acting_subject_place(sentence: str, trigger: str, places: set[str | None]) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events or places == {None}, f"no event of {trigger!r} in {sentence!r}"
    assert {e.place.name if e.place else None for e in events} <= places
