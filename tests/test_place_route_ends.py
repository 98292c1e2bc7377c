"""Where a route a measure stops or allows leads is not its place (dotterel/stages/place_origins.py
``find_route_end_ids``; places.yaml ``route_nouns``, ``route_measure_words``). Negatives: the route's start,
a measure's own scope, an origin of travellers, an attack's place. A stop on travel is its issuer's measure
(``is_route_measure``): "Jordan suspends all flights to and from the United Kingdom" is placed in Jordan.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-12-21"

PLACES: list[tuple[str, str, str | None]] = [
    # sentence, PLOVER type, place name of that event (None: no place)
    ("Jordan suspends all flights to and from the United Kingdom until January 3.", "COERCE", "Jordan"),
    (
        "South Korea suspends flights to and from the United Kingdom until December 31.",
        "COERCE",
        "South Korea",
    ),
    (
        "India suspends flights to the United Kingdom after a new variant is found in London.",
        "COERCE",
        "India",
    ),
    ("Kuwait imposes a ban on flights to 31 countries.", "COERCE", "Kuwait"),
    # negatives: the measure's own scope, an attack's place, an origin of travellers
    ("Nepal suspends all flights from Kathmandu to Delhi for a week.", "COERCE", "Kathmandu"),
    ("Armenia suspended all flights from Armenia to Iran for two weeks.", "COERCE", "Armenia"),
    ("Sweden bans flights from China.", "COERCE", "Sweden"),
    ("Italy imposes a lockdown in Lombardy after a surge of cases.", "COERCE", "Lombardy"),
    ("Israeli jets struck targets in Gaza after rockets were fired from Gaza.", "ASSAULT", "Gaza"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "place"), PLACES)
def test_route_ends_are_no_place(sentence: str, plover_type: str, place: str | None) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    assert [e.place.name if e.place else None for e in events][:1] == [place]
