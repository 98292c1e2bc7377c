"""Types of session 23: a driver's crash is an accident.

- A driver as the subject of a crash verb that hits a vehicle or nothing tells of a road accident, like the
  vehicle they drive ("when a driver under the influence swerves his car and hits their car"): no attack
  (``driver_nouns`` in ``hazards.yaml``, stages/accident_doers.py). A driver who hits anything else ("rams
  into a crowd") keeps the reading of the harm.
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-11-24"


def _types(text: str) -> list[str]:
    """The type of each event coded from the text."""
    return [e.action.type for e in code(text, DATE)]


# text, type that must be absent
ABSENT_ROWS: list[tuple[str, str]] = [
    (
        "A father and his son are killed in Wayne, New Jersey when a driver under the influence swerves his"
        " car and hits their car.",
        "ASSAULT",
    ),
    ("Three people are killed in Ohio when a drunk driver hits their car.", "ASSAULT"),
    ("Two people are killed when a motorist strikes a bus near Lyon.", "ASSAULT"),
]

# text, type that must be present
PRESENT_ROWS: list[tuple[str, str]] = [
    ("Three people are killed in Wayne when a driver rams into a crowd of protesters.", "ASSAULT"),
    ("A driver plows into a crowd of pedestrians in Toronto, killing ten.", "ASSAULT"),
    ("Three people are killed in Ohio when a gunman shoots at their car.", "ASSAULT"),
    ("Police shoot a driver who rammed a checkpoint in Kabul.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), ABSENT_ROWS)
def test_type_absent(text: str, kind: str) -> None:
    assert kind not in _types(text)


@pytest.mark.parametrize(("text", "kind"), PRESENT_ROWS)
def test_type_present(text: str, kind: str) -> None:
    assert kind in _types(text)
