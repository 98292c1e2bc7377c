"""Actors read wrong in the seed-65 readings (docs/when-where-how-bad.md), fixed by cause with sentences
written like news text:

- a nationality word after a capitalised word that with the country's name names another place is that
  place's demonym ("New Mexican" of New Mexico, not Mexico; "Northern Irish" of Northern Ireland, in the
  United Kingdom): :mod:`dotterel.stages.place_demonyms`;
- a passive verb that takes its subject from a governing verb ("are to be expelled", "are innocent and
  [were] tortured by police") has that subject as its target and its "by" agent as its source:
  :mod:`dotterel.stages.passive_infinitives`;
- "A court in Denmark sentences ...", the verb read as a plural noun after the place: the court acts, not the
  country: :mod:`dotterel.stages.located_headline_verbs`;
- a possessive pronoun in its verb's object is the verb's subject's ("X, head of the Trump budget office,
  tenders his resignation" is X's, not Trump's): :mod:`dotterel.stages.possessive_subjects`.

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import actor_field, coded_event_on

DATE = "2020-01-15"


ACTORS = [
    # text, trigger, role, field, expected value
    ("New Mexican Attorney General Maria Lopez sues a utility over its coal plant closure.", "sues", "source",
     "country", None),
    ("Northern Irish police arrest two men over the killing of a journalist.", "arrest", "source", "country",
     "GBR"),
    ("Two Russian diplomats are to be expelled from Germany over the killing of a Georgian man.", "expelled",
     "target", "country", "RUS"),
    ("Two Russian diplomats are to be expelled from Germany over the killing of a Georgian man.", "expelled",
     "source", "country", "DEU"),
    ("The two men are innocent and were tortured into confessing by police, their lawyers say.", "tortured",
     "source", "sector", "COP"),
    ("The two men are innocent and were tortured into confessing by police, their lawyers say.", "tortured",
     "target", "text", "two men"),
    ("A court in Norway sentences a former bank manager to five years in prison for fraud.", "sentences",
     "source", "sector", "JUD"),
    ("Chief of Staff Mick Mulvaney, head of the Trump budget office, tenders his resignation.", "tenders",
     "target", "country", None),
    # negatives: a country's demonym alone and in a country's longer name, an active infinitive, troops a
    # withdrawal moves, an object-control infinitive, a plain passive, a court named with its city
    ("Mexican President Andres Manuel Lopez Obrador criticizes the United States over the tariffs.",
     "criticizes", "source", "country", "MEX"),
    ("A Papua New Guinean court jails a former minister for fraud.", "jails", "source", "country", "PNG"),
    ("The US is to expel two Cuban diplomats over spying.", "expel", "source", "country", "USA"),
    ("The US is to expel two Cuban diplomats over spying.", "expel", "target", "country", "CUB"),
    ("A thousand U.S. soldiers are to be withdrawn from Syria.", "withdrawn", "source", "country", "USA"),
    ("The judge orders the two activists to be released on bail.", "released", "target", "text",
     "two activists"),
    ("The suspects were arrested and tortured by police in Cairo.", "tortured", "source", "sector", "COP"),
    ("A Cairo court sentences 75 people to death over a 2013 sit-in.", "sentences", "source", "sector",
     "JUD"),
    ("A court in Turkey sentences 15 journalists to prison for aiding the coup plotters.", "sentences",
     "target", "sector", "MED"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "field", "expected"), ACTORS)
def test_actor_read_right(text: str, trigger: str, role: str, field: str, expected: str | None) -> None:
    event = coded_event_on(text, trigger, DATE)
    assert actor_field(getattr(event, role), field) == expected, (event.source, event.target)
