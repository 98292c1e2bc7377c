"""Actors read wrong, session 19: the causes of the seed 55-64 tables, in sentences written like the news.

- a demonym before a force noun that is itself a compound of a further sector noun ("Afghan security forces
  personnel") gives its country to the whole phrase, whose head is the last noun:
  :mod:`dotterel.stages.actors`;
- a US department's name before "Secretary" ("Homeland Security Secretary Chad Wolf") is part of the title,
  and names the United States when no other government styles an office so:
  :mod:`dotterel.stages.secretary_titles`;
- an act is never aimed at its own source: a pronoun bound to the source ("Zam denied the allegations against
  him", "before they were shot by police") is no target: :func:`dotterel.stages.reciprocal.is_same_actor`.

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import actor_field, coded_event_on

DATE = "2020-07-15"


ACTORS = [
    # text, trigger, role, field, expected value
    ("The Taliban killed more than 40 Afghan security forces personnel in the last week.", "killed", "target",
     "country", "AFG"),
    ("The ministry accuses the Taliban of killing or wounding more than 400 Afghan security forces personnel "
     "in the last week.", "wounding", "target", "country", "AFG"),
    ("Gunmen killed two Afghan army soldiers on Tuesday.", "killed", "target", "country", "AFG"),
    ("Homeland Security Secretary Chad Wolf criticizes the mayor of Portland over the protests.",
     "criticizes", "source", "country", "USA"),
    ("Homeland Security Secretary Chad Wolf criticizes the mayor of Portland over the protests.",
     "criticizes", "source", "text", "Homeland Security Secretary Chad Wolf"),
    ("Veterans Affairs Secretary Robert Wilkie condemns the attack on the clinic.", "condemns", "source",
     "country", "USA"),
    ("Treasury Secretary Steven Mnuchin meets Chinese Vice Premier Liu He in Beijing.", "meets", "source",
     "country", "USA"),
    ("A court sentences the dissident journalist Ruhollah Zam to death. In court, Zam denied most of the "
     "allegations against him.", "denied", "target", "name", None),
    ("Two brothers rammed a police car and lunged at officers with a knife before they were shot on "
     "Wednesday by Victorian police.", "shot", "target", "sector", None),
    # negatives: a force noun with no further noun, a department other governments style so, a secretary of
    # a named country, a pronoun bound to someone else, a person's own surname as source with another target
    ("The Taliban killed more than 40 Afghan security forces in the last week.", "killed", "target",
     "country", "AFG"),
    ("Education Secretary Kate Morgan criticizes the exam board.", "criticizes", "source", "country",
     None),
    ("Mexican Secretary of Energy Rocío Nahle meets Saudi officials.", "meets", "source", "country", "MEX"),
    ("Police arrested the opposition leader Juan Perez on Monday. Perez denied the charges against him and "
     "accused President Luis Arce of persecuting him.", "accused", "target", "name", "Luis Arce"),
    ("Iranian police arrested the journalist Ruhollah Zam in Iraq. Iran later executed him.", "executed",
     "target", "name", "Ruhollah Zam"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "field", "expected"), ACTORS)
def test_actor_read_right(text: str, trigger: str, role: str, field: str, expected: str | None) -> None:
    event = coded_event_on(text, trigger, DATE)
    assert actor_field(getattr(event, role), field) == expected, (event.source, event.target)
