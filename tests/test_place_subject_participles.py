"""A participle on a verb's subject is placed by that verb's clause.

(dotterel/stages/place_subject_participles.py)

- "Tens of thousands of protesters demanding the resignation of Carrie Lam take over the streets in Causeway
  Bay": the demand is made where the protesters are, also when the verb is another event's trigger.
- Not a verb of coming or going ("protesting unpaid wages are deported to Nepal"); the verb's own event
  keeps its own place.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-08-16"

PLACES: list[tuple[str, str, set[str | None]]] = [
    # sentence, trigger word, the place names its events may have (None: no place)
    (
        "Tens of thousands of protesters demanding the resignation of Chief Executive Carrie Lam take over"
        " the streets in Causeway Bay.",
        "demanding",
        {"Causeway Bay"},
    ),
    (
        "Thousands of protesters demanding early elections occupy the main square in Yerevan.",
        "demanding",
        {"Yerevan"},
    ),
    (
        "Hundreds of supporters demanding the release of the opposition leader block the main highway"
        " in Dhaka.",
        "demanding",
        {"Dhaka"},
    ),
    ("Activists demanding the release of Nasrin Sotoudeh are arrested in Tehran.", "demanding", {"Tehran"}),
    (
        "Protesters demanding justice for George Floyd clash with police in Minneapolis.",
        "demanding",
        {"Minneapolis"},
    ),
    (
        "Thousands of farmers protesting the new agricultural laws block highways in Punjab.",
        "protesting",
        {"Punjab"},
    ),
    # negatives: a verb of going, a destination, the verb's own events keep their places
    ("Dozens of workers protesting unpaid wages are deported to Nepal.", "protesting", {None}),
    ("Fighters demanding the release of their commander are expelled to Idlib.", "demanding", {None}),
    ("Activists demanding the release of Nasrin Sotoudeh are arrested in Tehran.", "arrested", {"Tehran"}),
    ("Two men claiming to be police officers abduct a businessman in Karachi.", "abduct", {"Karachi"}),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_subject_participle_place(sentence: str, trigger: str, places: set[str | None]) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events or places == {None}, f"no event of {trigger!r} in {sentence!r}"
    assert {e.place.name if e.place else None for e in events} <= places
