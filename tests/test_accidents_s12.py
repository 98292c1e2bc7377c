"""Accidents, storms and their notices are no political events; attacks stay attacks (session 12).

- A vehicle's fall ("plunges into a gorge"), a blast its source names ("a gas cylinder explosion", "an
  explosion at a fireworks factory"), a storm by its name ("Typhoon Faxai"), a flood told by a gerund
  ("Flooding in Assam kills"), a hazard verb the tagger took for a noun ("when two jets collide"), a
  toll hanging on a hazard verb two clauses up ("overturns …, killing eight and injuring 30"), and a toll
  told in the sentence after the accident's are accidents.
- A source the parse makes a victim ("five people are dead and 30 injured after lightning strikes …") is no
  doer, so the sentence's hazard decides.
- An evacuation from a storm or a fire is no retreat, a weather warning no threat; soldiers evacuated and a
  state's warning to a state stay events.
Negative rows: bombs, suicide bombers, militants' explosions and gunmen stay attacks, in the toll's sentence
or the sentence before it. Sentences are written for these tests, like the news items of the data (the
hurricane warnings are item 9326's).
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-07-07"


def _types(text: str) -> list[str]:
    """The types of the events coded from the text."""
    return [event.action.type for event in code(text, DATE)]


# text, the type that must be absent (an accident or a notice) or present (an act)
ACCIDENT_ROWS: list[tuple[str, str]] = [
    ("A bus carrying pilgrims plunges into a gorge in Uttarakhand, India, killing 17 people.", "ASSAULT"),
    ("A gas cylinder explosion at a restaurant in Taiyuan, China, kills seven people.", "ASSAULT"),
    ("An explosion at a fireworks factory in Gujarat, India, kills 20 workers.", "ASSAULT"),
    ("Typhoon Faxai kills three people in Chiba Prefecture, Japan.", "ASSAULT"),
    ("Flooding in the Indian state of Assam kills at least 20 people and displaces thousands.", "ASSAULT"),
    ("A bus overturns on a highway near Qom, Iran, killing eight people and injuring 30 others.", "ASSAULT"),
    ("A passenger train derails near Sohag, Egypt. Eleven people are killed and 98 injured.", "ASSAULT"),
    ("A four-storey building collapses in Bhiwandi, India. At least ten people are killed.", "ASSAULT"),
    ("At least five people are dead and 30 injured after lightning strikes a temple in Odisha.", "ASSAULT"),
    ("Two airmen are killed when two training jets collide over Enid, Oklahoma.", "ASSAULT"),
    ("Nearly 8,000 people are evacuated from Cherry Valley, California, due to a wildfire.", "RETREAT"),
    ("Over a million people have been evacuated from the path of Cyclone Amphan in Bangladesh.", "RETREAT"),
    (
        "Hurricane warnings are issued by the National Hurricane Center across the Gulf Coast of the United"
        " States from Morgan City, Louisiana, to the Mississippi–Alabama border.",
        "THREATEN",
    ),
]

ATTACK_ROWS: list[tuple[str, str]] = [
    ("A suicide bomber blows himself up at a market in Kabul. At least ten people are killed.", "ASSAULT"),
    ("An explosion set off by militants kills five soldiers in Kashmir.", "ASSAULT"),
    ("A car bomb explodes in Mogadishu, killing 20 people.", "ASSAULT"),
    ("Twin explosions in Idlib, Syria, kill 24 people and injure more than 20.", "ASSAULT"),
    ("A bomb blast at a gas station in Quetta, Pakistan, kills four people.", "ASSAULT"),
    ("Three policemen are killed after a bomb on a motorbike explodes at a checkpoint in Herat.", "ASSAULT"),
    ("Gunmen open fire at a church in Burkina Faso. Six people are killed.", "ASSAULT"),
    ("The United States evacuates a contingent of U.S. troops from Libya due to the unrest.", "RETREAT"),
    ('North Korea warns the United States of a "new path" if sanctions are not lifted.', "THREATEN"),
]


@pytest.mark.parametrize(("text", "kind"), ACCIDENT_ROWS)
def test_accident_is_no_event(text: str, kind: str) -> None:
    """An accident, a storm, an evacuation from one or a weather warning gives no event of the type."""
    assert kind not in _types(text)


@pytest.mark.parametrize(("text", "kind"), ATTACK_ROWS)
def test_attack_stays_an_event(text: str, kind: str) -> None:
    """Bombs, militants, gunmen, soldiers evacuated and a state's warning keep their event."""
    assert kind in _types(text)
