"""Places stage: the seat of a judge or prosecutor named before the noun, and a gazetteer gap (session 25).

- A city, region or country named before a judge or prosecutor noun is the officer's seat, as one before
  "court" already was ("A Rio de Janeiro judge issues an arrest warrant", "Istanbul prosecutors charge 12
  journalists"): the officer's own acts take it (the lead's session-25 convention). Negatives: a name before
  a title of another office ("UK Home Secretary"), a force or a group named for its city ("Kabul police"),
  a judge's ruling named as the object of another actor's act ("Russia condemns a Moscow judge's decision"),
  a demonym ("A Brazilian judge").
- Reñaca, a beach district of Vina del Mar (Chile), is in none of GeoNames' city files: listed in
  ``gazetteer.yaml`` with its point.
Sentences written for these tests in the style of the news items.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-03-10"

PLACES: list[tuple[str, str, set[str | None]]] = [
    # sentence, trigger word, the place names its events may have (None: no place)
    (
        "A Rio de Janeiro judge issues an arrest warrant against the former President of Paraguay.",
        "issues",
        {"Rio de Janeiro"},
    ),
    ("Istanbul prosecutors charge 12 journalists with terrorism.", "charge", {"Istanbul"}),
    ("A Moscow judge sentences the theatre director to three years in prison.", "sentences", {"Moscow"}),
    ("A Paris magistrate charges the former minister with embezzlement.", "charges", {"Paris"}),
    ("US prosecutors charge a Chinese hacker with stealing trade secrets.", "charge", {"United States"}),
    ("An American white supremacist shoots a protester in Reñaca.", "shoots", {"Reñaca"}),
    # negatives: no seat officer, a demonym, a judge's act named as another actor's object
    ("Kabul police launch a crackdown on drug dealers.", "crackdown", {None}),
    ("A Brazilian judge orders the release of the former president.", "release", {None}),
    ("Russia condemns a Moscow judge's decision to jail the activist.", "condemns", {None}),
    ("The Lagos governor accuses the federal police of negligence.", "accuses", {None}),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_seat_place(sentence: str, trigger: str, places: set[str | None]) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events or places == {None}, f"no event of {trigger!r} in {sentence!r}"
    assert {e.place.name if e.place else None for e in events} <= places
