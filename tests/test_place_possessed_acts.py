"""An act noun owned by a name or a day, the object of another act, keeps only its own phrase's place
(dotterel/stages/place_possessed_acts.py).

"Supporters rally in Santa Cruz to celebrate Evo Morales's resignation": the resignation was before, where
the text does not say; Santa Cruz is where the rally is. Must not change: the main act's place, a place inside
the owned noun's phrase ("Thursday's attack on a church in Nice"), a subject ("Thursday's suicide attack kills
40 soldiers in Kabul"), a noun after "in" ("killed in Kabul in Thursday's suicide attack"), a noun that is its
clause's own act under no other event ("Norway imposes Europe's strictest entry restrictions": the issuer's
measure).
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import Where, assert_trigger_places

DATE = "2020-10-20"

PLACES: list[tuple[str, str, set[Where]]] = [
    # sentence, trigger word, the places (name, country) its events may have (None: no place)
    ("Supporters rally in Santa Cruz to celebrate Evo Morales's resignation.", "resignation", {None}),
    ("Hundreds march in Karachi to mourn Friday's bombing of a mosque.", "bombing", {None}),
    ("Students march in Nairobi against Monday's killing of a journalist.", "killing", {None}),
    ("Thousands rally in Lyon after Sunday's attack on a teacher.", "attack", {None}),
    # negatives: what must not change
    ("Hundreds march in Karachi to mourn Friday's bombing of a mosque.", "march", {("Karachi", "PAK")}),
    (
        "Supporters rally in Santa Cruz to celebrate Evo Morales's resignation.",
        "rally",
        {("Santa Cruz", "BOL")},
    ),
    ("Students march in Nairobi against Monday's killing of a journalist.", "march", {("Nairobi", "KEN")}),
    (
        "Police raid a mosque in Marseille after Thursday's attack on a church in Nice.",
        "attack",
        {("Nice", "FRA")},
    ),
    ("Thursday's suicide attack kills 40 soldiers in Kabul.", "suicide attack", {("Kabul", "AFG")}),
    ("Forty soldiers are killed in Kabul in Thursday's suicide attack.", "killed", {("Kabul", "AFG")}),
    ("Thousands rally in Lyon after Sunday's attack on a teacher.", "rally", {("Lyon", "FRA")}),
    (
        "Norway imposes Europe's strictest entry restrictions on travellers.",
        "restrictions",
        {("Norway", "NOR")},
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_possessed_act_place(sentence: str, trigger: str, places: set[Where]) -> None:
    assert_trigger_places(sentence, DATE, trigger, places, require_event=None not in places)
