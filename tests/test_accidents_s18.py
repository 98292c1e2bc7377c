"""Accidents beside attacks, crashes into terrain, tolls that rise, and settlements (session 18).

- An attack clause keeps its event beside a clause of the same sentence that tells of an accident with a harm
  of its own ("…; a fifth person is injured in a related car accident"), and the accident's victims are not
  the attack's toll (stages/accident_clause_units.py).
- A land vehicle that hits terrain or a fixture by the road ("a bus rams into a hill", "a truck slams into a
  tree") has crashed, as one that hits another vehicle has; "rams" taken for a noun is the crash verb.
- "The number of people confirmed killed … rises to N": the victims are no doers, and the toll is N.
- A clause inside the act's object ("a settlement in a lawsuit that claimed the company's marketing …") does
  not make the act a company's affair (stages/business_doers.py).
Negative rows: an accident with no attack beside it, a ramming into a crowd, a CEO defending the company's
record, a police toll, an accidental shooting.
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event

DATE = "2020-07-07"


def _events(text: str) -> list[Event]:
    """The events coded from the text."""
    return list(code(text, DATE))


def _types(text: str) -> list[str]:
    """The types of the events coded from the text."""
    return [event.action.type for event in _events(text)]


# text, type that must stay, its killed and injured counts (None: no count)
KEPT_ROWS: list[tuple[str, str, int | None, int | None]] = [
    (
        "Four people are shot by a gunman in Chicago; a fifth person is injured in a related car accident"
        " nearby.",
        "ASSAULT",
        None,
        4,
    ),
    (
        "Three soldiers are killed by a roadside bomb in Kandahar; two others are injured in a traffic"
        " accident nearby.",
        "ASSAULT",
        3,
        None,
    ),
    (
        "Police shoot dead a suspect in Houston; an officer is injured in a separate car accident.",
        "ASSAULT",
        1,
        None,
    ),
    (
        "Four people are shot by a gunman in Chicago, and a fifth person dies in a car crash nearby.",
        "ASSAULT",
        None,
        None,
    ),
    ("The number of people confirmed killed in the protests in Baghdad rises to 20.", "ASSAULT", 20, None),
    ("Seven people are killed after a car rams into a crowd in Toronto.", "ASSAULT", 7, None),
    (
        "Purdue Pharma reaches a $100 million settlement in a lawsuit filed by the U.S. state of Ohio that"
        " claimed the company's marketing of opioids contributed to the deaths of thousands.",
        "AGREE",
        None,
        None,
    ),
]

# text, type that must be absent
ABSENT_ROWS: list[tuple[str, str]] = [
    (
        "At least 12 people are killed after a bus rams into a hill near Quetta, Pakistan, following a brake"
        " failure.",
        "ASSAULT",
    ),
    ("Five people are killed after a car crashes into a wall in Lagos.", "ASSAULT"),
    ("Six people are killed when a minibus plunges into a ravine in Nepal.", "ASSAULT"),
    (
        "The number of people confirmed killed in the Philippines by Typhoon Kammuri rises to 17, while four"
        " others are still missing.",
        "ASSAULT",
    ),
    ("There was an accident on a highway near Lyon, and twelve people were killed.", "ASSAULT"),
    ("A soldier accidentally shoots and kills a comrade at a base in Kabul.", "ASSAULT"),
    ("Boeing CEO Dennis Muilenburg defends the company's safety record.", "DEFEND"),
    ("Boeing CEO Dennis Muilenburg defends the company's safety record.", "REJECT"),
]


@pytest.mark.parametrize(("text", "kind", "killed", "injured"), KEPT_ROWS)
def test_event_and_counts_stay(text: str, kind: str, killed: int | None, injured: int | None) -> None:
    """An attack beside an accident's clause, a toll that rises, a ramming and a settlement keep their event,
    with their own counts only."""
    events = [event for event in _events(text) if event.action.type == kind]
    assert events
    assert (events[0].killed, events[0].injured) == (killed, injured)


@pytest.mark.parametrize(("text", "kind"), ABSENT_ROWS)
def test_no_event(text: str, kind: str) -> None:
    """Crashes into terrain, a typhoon's toll, an accident's toll, an accidental shooting and a company's own
    affair give no such event."""
    assert kind not in _types(text)
