"""Blasts at sites and blasts told accidental, runway overruns, and deaths from illness (session 20).

- A bare "explosion" at a site of industry or storage, or in an item that names an accidental cause and no
  attack, is an accident (stages/accident_blast_sites.py); a weapon, an attack word or a site that is no plant
  ("a mosque", "a military base") keeps it an attack.
- A plane that overruns, overshoots or veers off the runway has crashed; "rebels overrun a base" keep theirs.
- A vehicle whose verb the tagger missed ("A bus carrying 32 pilgrims [veers] off a highway, killing 14") is
  the harm's cause.
- "dies of cardiac arrest" is a death from illness, no arrest (stages/motive_phrases.py).
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-07-07"


def _types(text: str) -> list[str]:
    """The types of the events coded from the text."""
    return [event.action.type for event in code(text, DATE)]


# text, type that must be absent
ABSENT_ROWS: list[tuple[str, str]] = [
    ("An explosion at an ammunition production and storage facility in Perm injures 45 people.", "ASSAULT"),
    ("An explosion at an arms depot near Moscow injures 12 people.", "ASSAULT"),
    ("An explosion along a pipeline in central Mexico kills 70 people.", "ASSAULT"),
    ("An explosion at an explosives factory in Turkey kills seven workers.", "ASSAULT"),
    ("An explosion kills six people at a fertilizer plant in Hebei, China.", "ASSAULT"),
    ("Nine miners die in a goldmine explosion in northern Ghana.", "ASSAULT"),
    ("An explosion destroys a house in Ohio, killing two people. A gas leak is suspected.", "ASSAULT"),
    ("An explosion destroys a shop in Lyon, injuring five. Police say it was an accident.", "ASSAULT"),
    (
        "Eighteen people are dead and dozens are injured after a plane overruns the runway at an airport.",
        "ASSAULT",
    ),
    ("A cargo plane overshoots the runway in Goma, killing five people.", "ASSAULT"),
    ("A passenger jet veers off the runway in Kathmandu, killing two people.", "ASSAULT"),
    (
        "A bus carrying 32 Hindu pilgrims veers off a highway in central Nepal, killing at least 14 people.",
        "ASSAULT",
    ),
    ("The former President of Ghana dies of cardiac arrest at 72.", "COERCE"),
    ("The minister suddenly dies of cardiac arrest while working in his office.", "COERCE"),
]

# text, type that must stay
KEPT_ROWS: list[tuple[str, str]] = [
    ("An explosion at a mosque in Kabul kills 20 people.", "ASSAULT"),
    ("An explosion at a military base in Kabul kills eight soldiers.", "ASSAULT"),
    ("A bomb explosion at a fuel depot in Aden kills six guards.", "ASSAULT"),
    ("A suicide bomber sets off an explosion at a factory in Quetta, killing nine workers.", "ASSAULT"),
    (
        "An explosion destroys a restaurant in Osaka, killing one person. Police say militants planted a"
        " bomb.",
        "ASSAULT",
    ),
    ("Three explosions in Baghdad kill 12 people.", "ASSAULT"),
    ("An explosion kills 20 worshippers at a mosque in Kabul.", "ASSAULT"),
    ("Rebels overrun an army base in Mali, killing 20 soldiers.", "ASSAULT"),
    ("A car carrying explosives detonates near a checkpoint, killing nine soldiers.", "ASSAULT"),
    ("A car plows into a crowd at a parade in Wisconsin, injuring 40 people.", "ASSAULT"),
    ("Police arrest the singer after he suffers a cardiac arrest.", "COERCE"),
    ("Police in Lagos arrest 12 people over the explosion at a fuel depot.", "COERCE"),
]


@pytest.mark.parametrize(("text", "kind"), ABSENT_ROWS)
def test_no_event(text: str, kind: str) -> None:
    """Blasts at plants and depots, blasts an item calls accidental, runway overruns, a vehicle's crash and
    deaths from illness give no attack and no arrest."""
    assert kind not in _types(text)


@pytest.mark.parametrize(("text", "kind"), KEPT_ROWS)
def test_event_stays(text: str, kind: str) -> None:
    """Blasts at places of worship and bases, bombs, a rebels' overrun, a car bomb, a ramming and an arrest
    keep their event."""
    assert kind in _types(text)
