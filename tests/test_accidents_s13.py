"""Accidents are no attacks, second round (session 13); attacks stay attacks.

- A vehicle on land as the subject of a crash verb that hits another vehicle or nothing ("a van hit a truck",
  "a bus rolls over", "a truck rams into a bus") is a road accident; a vehicle or people aboard one found as
  the source ("Two passenger trains collide", "A helicopter and a light plane collide") are no doers; nor is
  a source that is the object of "with" ("a plane with 98 people on board crashes").
- Harm by or to an animal ("a tiger kills a zookeeper", "killed in a shark attack") is no event.
- A storm named before the toll's sentence ("Cyclone Fani makes landfall … Eight people have been killed"),
  a thunderstorm and a sinkhole are hazards; fires that "force" residents to evacuate, and authorities who
  ask residents to evacuate after heavy rain, tell no retreat or request; a warning of what may come, in the
  sentence after an earthquake's, is no threat.
Negative rows: a car rammed into a crowd, a car-ramming attack, a suicide bomber, militants who blew up a bus,
aircraft striking a bus, the Tamil Tigers, soldiers evacuated, a state's warning after missiles fired.
Sentences are written for these tests, like the news items of the data, but three (item lines noted).
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-07-07"


def _types(text: str) -> list[str]:
    """The types of the events coded from the text."""
    return [event.action.type for event in code(text, DATE)]


# text, the type that must be absent (an accident or a notice)
ACCIDENT_ROWS: list[tuple[str, str]] = [
    ("Nine people are killed after a minibus hit a truck on a highway in Sindh, Pakistan.", "ASSAULT"),
    ("Three people are killed when a bus rolls over on a mountain road in Cusco, Peru.", "ASSAULT"),
    ("A truck rams into a bus on a highway near Agra, India, killing 18 passengers.", "ASSAULT"),
    ("A bus fell off a bridge in Kerala, India, killing 12 people.", "ASSAULT"),
    (  # item 73
        "Two passenger trains collide in Pretoria, South Africa, killing at least four people and injuring at"
        " least 620 others.",
        "ASSAULT",
    ),
    ("A helicopter and a light plane collide over the Hudson River, killing nine people.", "ASSAULT"),
    (  # item 3793
        "A Fokker 100 plane with 98 people on board crashes while taking off from Almaty International"
        " Airport, Kazakhstan, killing 12 and injuring about 60 others.",
        "ASSAULT",
    ),
    ("A Bengal tiger kills a keeper at a zoo in Moscow, Russia.", "ASSAULT"),
    ("A 30-year-old surfer is killed in a shark attack off the coast of Western Australia.", "ASSAULT"),
    ("Severe thunderstorms in Bihar, India, leave 20 people dead while 60 others are injured.", "ASSAULT"),
    ("A sinkhole swallows a car on a street in Lanzhou, China, killing three people.", "ASSAULT"),
    (
        "Cyclone Idai makes landfall near Beira, Mozambique. Thirty people have been killed in Mozambique,"
        " according to the government.",
        "ASSAULT",
    ),
    (  # item 9296
        "Fast-moving fires around Orange County, California, United States, force over 70,000 residents to"
        " evacuate.",
        "RETREAT",
    ),
    (
        "A magnitude 7.0 earthquake strikes off the coast of Samos, Greece. The Greek government warns that"
        " aftershocks could follow in the coming days.",
        "THREATEN",
    ),
    (
        "Heavy rain lashes Kyushu, Japan. Authorities ask almost 600,000 people to evacuate their homes.",
        "REQUEST",
    ),
]

# text, the type that must stay
ATTACK_ROWS: list[tuple[str, str]] = [
    ("A man rams his car into a crowd in Trier, Germany, killing five people.", "ASSAULT"),
    ("A car rams into a crowd of protesters in Charlottesville, killing one woman.", "ASSAULT"),
    ("A car-ramming attack at a checkpoint near Hebron wounds two Israeli soldiers.", "ASSAULT"),
    ("A suicide bomber blows himself up at a bus station in Kabul, killing 12 people.", "ASSAULT"),
    ("Militants blew up a bus carrying soldiers in Balochistan, killing 14.", "ASSAULT"),
    ("Saudi-led coalition aircraft strike a school bus in Saada, Yemen, killing 40 children.", "ASSAULT"),
    ("North Korea fires two missiles into the sea. Japan warns that it will respond.", "THREATEN"),
    ("The Tamil Tigers attack an army camp in Kilinochchi, killing 30 soldiers.", "ASSAULT"),
    ("Police shoot dead a man who stabbed two people in London.", "ASSAULT"),
    ("The United Kingdom evacuates its troops from Basra after heavy rain and flooding.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "kind"), ACCIDENT_ROWS)
def test_accident_is_no_event(text: str, kind: str) -> None:
    """A road, rail or air accident, an animal's harm, a storm's toll or notice gives no event of the type."""
    assert kind not in _types(text)


@pytest.mark.parametrize(("text", "kind"), ATTACK_ROWS)
def test_attack_stays_an_event(text: str, kind: str) -> None:
    """Ramming attacks, bombers, an airstrike, a party named after an animal, soldiers evacuated and a
    state's warning after an attack keep their event."""
    assert kind in _types(text)
