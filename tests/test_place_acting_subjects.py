"""The subject whose place phrase tells where an act happened (dotterel/stages/place_acting_subjects.py).

- A verb after "to" with no subject of its own acts through the subject of the verb it completes: "A judge
  in Seattle rules to block the ban" blocks it in Seattle. Not when that verb has an object to do the act
  ("orders the army to attack"), nor when it has a place phrase of its own ("flies to Doha to sign").
- The place phrase of a subject's name may hang on the object of its "of" ("The Court of Appeal in Lviv").
- A clause opened by "where" on a verb happened at that verb's setting, even when the setting is named by a
  subject that is another event ("Protests in Lyon turn violent, where ...").
- A name before the subject that the parse reads as a location ("An Istanbul court begins a trial") places
  the event noun its verb holds, as "A court in Istanbul" does; not a name before a force or a group
  ("Kabul police", "Hong Kong protesters"), nor the place of the crime the trial is about.
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
    # a name before the subject noun, read as the court's seat, places the event noun of its verb
    ("An Istanbul court begins the trial of 20 Saudi officials.", "trial", {"Istanbul"}),
    ("A Cairo court opens the retrial of the former president on espionage charges.", "retrial", {"Cairo"}),
    ("A Moscow court begins the trial of the theatre director on fraud charges.", "trial", {"Moscow"}),
    # negatives: a force or a group named for its city, a country before officials, the crime's place
    ("Kabul police launch a crackdown on drug dealers.", "crackdown", {None}),
    ("Hong Kong protesters hold a rally against the extradition law.", "rally", {None}),
    ("US officials impose new sanctions on Iran's oil sector.", "sanctions", {None}),
    ("A Paris court begins the trial of 14 people accused over the attack in Nice.", "trial", {"Paris"}),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_acting_subject_place(sentence: str, trigger: str, places: set[str | None]) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events or places == {None}, f"no event of {trigger!r} in {sentence!r}"
    assert {e.place.name if e.place else None for e in events} <= places
