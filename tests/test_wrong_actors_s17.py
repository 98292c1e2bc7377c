"""Actors and types read wrong in the Session 16 readings (docs/when-where-how-bad.md, "Known weaknesses"),
fixed by cause with sentences written like news text:

- a region adjective ending in a country's ("Latin American") names no country (actors.yaml ``not_actors``);
- a known name followed by a further surname is another person ("Nicolás Maduro Guerra"):
  :mod:`dotterel.stages.actor_people`;
- a titled person takes the country of an owner phrase before the title ("Czech Senate President X"), and the
  maker of a visit never takes the visited place's country (:mod:`dotterel.stages.locals`);
- the press that reports a promise is not the promiser, nor a speaker that reports another named person's
  (:mod:`dotterel.stages.modality_recodings`);
- an act that is a thing's purpose ("was intended to protest") is no one's threat
  (:mod:`dotterel.stages.unrealized_acts`); a rate or level of violence is no act
  (:mod:`dotterel.stages.measured_rates`); recognition withdrawn is relations cut (SANCTION, verbs.yaml).

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import actor_field, coded_event_on, coded_events_on

DATE = "2020-08-29"


ACTORS = [
    # text, trigger, role, field, expected value
    ("Several Latin American countries close their embassies in Venezuela in protest.", "close", "source",
     "country", None),
    ("Several South American governments close their borders with Venezuela.", "close", "source", "country",
     None),
    ("The United States announces sanctions on Nicolás Maduro Guerra, the son of Venezuelan President "
     "Nicolás Maduro.", "sanctions", "target", "name", None),
    ("Czech Senate President Miloš Vystrčil travels to Taiwan on an official visit.", "visit", "source",
     "country", "CZE"),
    ("China threatens Senate President Miloš Vystrčil, who is on an official visit to Taiwan.", "visit",
     "source", "country", None),
    ("Korean Central News Agency confirms North Korean leader Kim Jong-un will soon visit Russia for a "
     "summit.", "visit", "source", "name", "Kim Jong Un"),
    ("Xinhua reports that China will send medical teams to Italy.", "send", "source", "name", "China"),
    ("A press director announces that Pope Francis will visit Iraq in March.", "visit", "source", "name",
     "Pope Francis"),
    ("Donald Trump says Mike Pompeo will visit North Korea next month.", "visit", "source", "name",
     "Mike Pompeo"),
    # negatives: a country adjective alone, a known name alone or before a date or sector noun, a titled
    # person with no owner phrase, a host, a speaker who stands for its state
    ("American officials close the embassy in Caracas.", "close", "source", "country", "USA"),
    ("South Korean officials close the border crossing with the North.", "close", "source", "country",
     "KOR"),
    ("The United States announces sanctions on Venezuelan President Nicolás Maduro.", "sanctions", "target",
     "name", "Nicolás Maduro"),
    ("President Donald Trump Tuesday criticizes the Federal Reserve.", "criticizes", "source", "name",
     "Donald Trump"),
    ("The Trump Administration imposes tariffs on China.", "tariffs", "source", "country", "USA"),
    ("Philippine Senate President Vicente Sotto visits Japan.", "visits", "source", "country", "PHL"),
    ("Iran's foreign ministry says Iran will retaliate against the United States.", "retaliate", "source",
     "country", "IRN"),
    ("Donald Trump says he will visit North Korea next month.", "visit", "source", "name", "Donald Trump"),
    ("Donald Trump says the United States will impose tariffs on Mexico.", "tariffs", "source", "name",
     "Donald Trump"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "field", "expected"), ACTORS)
def test_actor_read_right(text: str, trigger: str, role: str, field: str, expected: str | None) -> None:
    event = coded_event_on(text, trigger, DATE)
    assert actor_field(getattr(event, role), field) == expected, (event.source, event.target)


TYPES: list[tuple[str, str, str | None]] = [
    # text, trigger, PLOVER type of its events (None: no event from that trigger)
    ("It ends a hunger strike that an activist group said was intended to protest his detention.", "protest",
     None),
    ("Bangladesh approves the death penalty for rape after protests about the country's high level of "
     "sexual violence against women.", "sexual violence", None),
    ("Bolivia withdraws its recognition of the Sahrawi Arab Democratic Republic as an independent nation.",
     "withdraws", "SANCTION"),
    # negatives: an intent of one's own, acts in a series, a measure's level, a withdrawal of troops
    ("The opposition intends to protest against the election result.", "protest", "THREATEN"),
    ("A wave of attacks by militants kills 20 soldiers in Mali.", "attacks", "ASSAULT"),
    ("Portugal moves to the highest level of lockdown on Monday.", "lockdown", "COERCE"),
    ("The army withdraws its troops from the border town.", "withdraws", "RETREAT"),
]


@pytest.mark.parametrize(("text", "trigger", "plover_type"), TYPES)
def test_type_read_right(text: str, trigger: str, plover_type: str | None) -> None:
    found = {e.action.type for e in coded_events_on(text, trigger, DATE)}
    assert found == ({plover_type} if plover_type else set()), found
