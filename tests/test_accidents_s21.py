"""Hazard nouns in two words, storms named with a weapon word, and blasts in ordnance clearance (session 21).

- A hazard noun written hyphenated or in two words ("a pile-up", "a vehicle pile up", "a mud-slide", "a heat
  wave") is the closed-up list word (stages/hazard_spellings.py).
- A weapon word in a storm's name ("a bomb cyclone") is no weapon: the hazards of nature no weapon makes
  (``weatherlike_hazards``); "mortar fire" and "a bomb blast" stay the weapons'.
- An explosion in an item that tells of clearing unexploded ordnance or demining is an accident
  (``blast_cause_words``), unless the item names a weapon or an attack ("landmines laid by rebels").
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-09-20"


def _types(text: str) -> list[str]:
    """The types of the events coded from the text."""
    return [event.action.type for event in code(text, DATE)]


# text, type that must be absent
ABSENT_ROWS: list[tuple[str, str]] = [
    ("A vehicle pile-up on the Pennsylvania Turnpike leaves five dead and 60 injured.", "ASSAULT"),
    ("A vehicle pile up on a highway near Houston leaves six dead and 30 injured.", "ASSAULT"),
    ("A 60-car pile-up on an icy interstate in Virginia injures 51 people.", "ASSAULT"),
    ("A mud-slide in the Peruvian Andes kills 14 people.", "ASSAULT"),
    ("A heat-wave kills 12 people in southern Spain.", "ASSAULT"),
    ("The bomb cyclone kills two people in Britain.", "ASSAULT"),
    ("A bomb cyclone hits the Pacific Northwest, killing one person.", "ASSAULT"),
    (
        "Two aid workers are killed in an explosion in Honiara, Solomon Islands, while clearing unexploded"
        " ordnance left over from World War II.",
        "ASSAULT",
    ),
    ("An explosion kills three deminers in southern Angola.", "ASSAULT"),
]

# text, type that must stay
KEPT_ROWS: list[tuple[str, str]] = [
    ("Mortar fire kills two people in Mogadishu.", "ASSAULT"),
    ("A bomb blast kills two people in Kabul.", "ASSAULT"),
    ("A car bomb kills two people near a market in Baghdad.", "ASSAULT"),
    ("Two soldiers are killed in an explosion while clearing landmines laid by rebels.", "ASSAULT"),
    ("An explosion at a mosque in Kabul kills 20 people.", "ASSAULT"),
    ("Police break up a protest in Minsk, injuring five people.", "ASSAULT"),
    ("Gunmen storm a hotel in Mogadishu, killing 15 people.", "ASSAULT"),
]


@pytest.mark.parametrize("text, kind", ABSENT_ROWS)
def test_no_event(text: str, kind: str) -> None:
    """Two-word hazards, a storm named with a weapon word and an explosion in ordnance clearance give no
    attack."""
    assert kind not in _types(text)


@pytest.mark.parametrize("text, kind", KEPT_ROWS)
def test_event_stays(text: str, kind: str) -> None:
    """Weapons' fire, bombs, blasts at no plant and attacks keep their event."""
    assert kind in _types(text)
