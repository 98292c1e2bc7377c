"""Accidents are no attacks, third round (session 14); attacks and strikes stay.

- A vehicle on land as the own subject of a harm verb ("a freight train kills eleven") is an accident.
- A source found in a place phrase ("In Bavaria, Germany, a military helicopter crashes") is no doer.
- A hazard verb with no noun sense taken for an adjective ("two trains collide") is the hazard verb.
- A source the harm participle tells of as harmed ("18 other people injured", "the number of people killed
  in the collapse") is a victim, no doer.
- "aftershock" and "pileup" are hazards; a quake "with a magnitude of 5.2 strikes" is no labour strike.
Negative rows: a car that plows into a crowd, injuring people; a car bomb; aircraft that kill; workers on a
strike of their own; a protest about a storm; people killed by police, soldiers killed by militants and
people injured when gunmen open fire.
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-07-07"


def _types(text: str) -> list[str]:
    """The types of the events coded from the text."""
    return [event.action.type for event in code(text, DATE)]


# text, the type that must be absent (an accident or a hazard)
ACCIDENT_ROWS: list[tuple[str, str]] = [
    ("A freight train kills eleven people crossing the tracks near Lucknow, India.", "ASSAULT"),
    ("In Bavaria, Germany, a military helicopter crashes, killing both pilots.", "ASSAULT"),
    ("Two freight trains collide near Cordoba, Argentina, killing three crew members.", "ASSAULT"),
    ("Two strong aftershocks strike Izmir, Turkey.", "ASSAULT"),
    ("A 60-car pileup on a highway near Houston, Texas, kills three people.", "ASSAULT"),
    ("An earthquake with a magnitude of 5.2 strikes near Ridgecrest, California.", "PROTEST"),
    ("In Peru, an earthquake of magnitude 6.1 strikes the Amazon region.", "PROTEST"),
    (
        "Two people are killed and 30 other people injured when a bus crashes into a truck in Lima, Peru.",
        "ASSAULT",
    ),
    ("The number of people killed in the collapse of a school in Lagos rises to twelve.", "ASSAULT"),
]

# text, the type that must stay
KEPT_ROWS: list[tuple[str, str]] = [
    ("A car plows into a crowd of revellers in Osaka, Japan, injuring eight people.", "ASSAULT"),
    ("A car bomb kills nine soldiers at a checkpoint near Mogadishu, Somalia.", "ASSAULT"),
    ("Russian aircraft kill twelve civilians in Idlib, Syria.", "ASSAULT"),
    ("Thousands of nurses in Manila go on strike over unpaid wages.", "PROTEST"),
    ("Farmers protest in Dhaka over the government's response to the cyclone.", "PROTEST"),
    ("The number of people killed by police in the protests in Baghdad rises to 20.", "ASSAULT"),
    ("Five soldiers killed by militants in an ambush near Gao are buried.", "ASSAULT"),
    ("Three people are killed and ten others injured when gunmen open fire on a bus in Kenya.", "ASSAULT"),
    # a doer who shoots, in a sentence opened by a place that is taken as the source and with "fire" in it
    (
        "In Nakhon Province, Thailand, a former soldier shoots and kills three people before being killed by"
        " return fire.",
        "ASSAULT",
    ),
    ("In Ohio, United States, a man stabs and kills two neighbours before firefighters arrive.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), ACCIDENT_ROWS)
def test_accident_is_no_event(text: str, kind: str) -> None:
    """A train's toll, a crash, a collision, aftershocks, a pileup, a quake that strikes and a collapse's toll
    give no event."""
    assert kind not in _types(text)


@pytest.mark.parametrize(("text", "kind"), KEPT_ROWS)
def test_act_stays_an_event(text: str, kind: str) -> None:
    """A ramming, a car bomb, an air raid, a labour strike, a protest and attacks' tolls keep their event."""
    assert kind in _types(text)
