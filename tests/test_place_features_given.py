"""Places named for the event that used to be given none (session 16).

- A country's land, water or air named by its demonym (dotterel/stages/place_demonym_territories.py): "in
  the Syrian desert", "off the Libyan coast", "in Iranian airspace" are a region of that country, named as
  the text names it, no point; not a demonym of a person or a body ("Syrian coast guard officers"), not a
  phrase that is no location ("The Syrian desert is vast").
- A lake of several countries (gazetteer.yaml regions): "near Lake Chad" is the lake, of no one country.
- An unknown body of water placed by a container after a comma (dotterel/stages/place_chains.py): "Toksook
  Bay, Alaska" is of the United States; "the Gulf of Guinea" alone stays of no country.
- An arena a city names (places.yaml located_facilities): "at the Manchester Arena" is in Manchester.
- A verb the parser hung on the object of the verb before it (dotterel/stages/place_linked.py): "kills seven
  soldiers and wounds three others near Tikrit" lends Tikrit to the killing; a first verb with a place phrase
  of its own keeps it.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-06-01"

PLACES: list[tuple[str, str, str | None, str | None]] = [
    # sentence, trigger word, place name of its event and its country (None: no place)
    ("ISIL militants kill 30 Syrian soldiers in the Syrian desert.", "kill", "Syrian desert", "SYR"),
    ("Pirates abduct 18 sailors near the Nigerian coast.", "abduct", "Nigerian coast", "NGA"),
    ("A drone is shot down in Iranian airspace.", "shot down", "Iranian airspace", "IRN"),
    ("Israeli jets strike targets in Syrian territory.", "strike", "Syrian territory", "SYR"),
    ("Gunmen kill five fishermen off the Libyan coast.", "kill", "Libyan coast", "LBY"),
    (
        "Russia holds joint military exercises on Brazilian soil.",
        "joint military exercises",
        "Brazilian soil",
        "BRA",
    ),
    # negatives: a demonym of a body, a phrase that is no location, a named place after the phrase
    ("A Syrian coast guard officer is killed in Latakia.", "killed", "Latakia", "SYR"),
    ("Macedonian troops shell Albanian rebel-held territory near Tetovo.", "shell", "Tetovo", "MKD"),
    ("Israeli jets strike a boat in Lebanese-Israeli waters.", "strike", None, None),
    ("The Syrian desert is vast, officials say, as troops kill 10 militants.", "kill", None, None),
    (
        "North Korea tests two missiles that land in the Sea of Japan, though not within Japanese territory.",
        "tests",
        "Sea of Japan",
        None,
    ),
    # a lake of several countries
    ("Boko Haram militants kill 12 soldiers near Lake Chad.", "kill", "Lake Chad", None),
    # an unknown body of water with its container after a comma
    ("A gunman kills three people in Toksook Bay, Alaska.", "kills", "Toksook Bay", "USA"),
    ("Police arrest a man in Toksook Bay, Alaska, officials say.", "arrest", "Toksook Bay", "USA"),
    # negatives: no container after the comma, a named place after it
    ("Pirates attack a ship in the Gulf of Guinea, Nigeria says.", "attack", "Gulf of Guinea", None),
    ("Iran seizes a tanker in the Persian Gulf, near Bandar Abbas.", "seizes", "Bandar Abbas", "IRN"),
    # an arena a city names
    ("A suicide bomber kills 22 people at the Manchester Arena.", "kills", "Manchester", "GBR"),
    # negative: an arena no place names
    ("Protesters rally outside the Amway Arena.", "rally", None, None),
    # a verb the parser hung on the object of the verb before it
    (
        "A suicide bomber kills seven soldiers and wounds three others near Tikrit, Iraq.",
        "kills",
        "Tikrit",
        "IRQ",
    ),
    # negative: the first verb's own place phrase stays
    (
        "A suicide bomber kills seven soldiers in Mosul and wounds three others near Tikrit, Iraq.",
        "kills",
        "Mosul",
        "IRQ",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "place", "country"), PLACES)
def test_named_feature_is_given(sentence: str, trigger: str, place: str | None, country: str | None) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events, f"no event of {trigger!r} in {sentence!r}"
    assert {(e.place.name, e.place.country) if e.place else (None, None) for e in events} == {
        (place, country)
    }
