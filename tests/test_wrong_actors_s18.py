"""Actors read wrong in the Session 17 readings (docs/when-where-how-bad.md, "Known weaknesses"), fixed by
cause with sentences written like news text:

- a country's name that the tagger's PERSON entity starts, right before a capitalised unknown name, is a
  first name ("Chad Wolf", "Israel Folau"): :mod:`dotterel.stages.first_name_demonyms`;
- a two-word sector phrase in a title names the holder's sector ("opposition leader X": OPP, not the GOV of
  "leader"): :mod:`dotterel.stages.title_phrase_sectors`; a party noun before the title makes a party
  official (PTY) also when the title word has a sector of its own ("Socialist Party leader X");
- a party official takes the country of the place or nationality that starts the party's name ("Iowa
  Democratic Party chairman X": USA), unless the name is a place in two countries ("Georgia"):
  :mod:`dotterel.stages.party_countries`;
- "the country" as the subject of a clause a state's news agency reports is that state ("KCNA reports that
  the country will suspend"): :mod:`dotterel.stages.agency_countries`.

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import actor_field, coded_event_on

DATE = "2020-08-29"


ACTORS = [
    # text, trigger, role, field, expected value
    ("Acting Secretary of Homeland Security Chad Wolf criticizes protesters in Portland.", "criticizes",
     "source", "country", "USA"),  # not Chad's; the US department's title (test_wrong_actors_s18b.py)
    ("Oregon's governor criticizes acting Homeland Security Secretary Chad Wolf over the arrests.",
     "criticizes", "target", "country", None),
    ("Australian Prime Minister Scott Morrison criticizes Israel Folau over his posts.", "criticizes",
     "target", "country", None),
    ("Police arrest opposition leader Pascal Affi N'Guessan for creating a parallel government.", "arrest",
     "target", "sector", "OPP"),
    ("Belarus opposition leader Sviatlana Tsikhanouskaya calls on European leaders to impose sanctions.",
     "calls", "source", "sector", "OPP"),
    ("Belarus opposition leader Sviatlana Tsikhanouskaya calls on European leaders to impose sanctions.",
     "calls", "source", "country", "BLR"),
    ("Nevada Democratic Party chairman William McCurdy resigns after the caucuses.", "resigns",
     "source", "country", "USA"),
    ("The New Hampshire Republican Party chairwoman Jane Cole resigns after the primary.", "resigns",
     "source", "country", "USA"),
    ("Spanish Socialist Party leader Juan Lobato resigns after the vote.", "resigns", "source", "country",
     "ESP"),
    ("Spanish Socialist Party leader Juan Lobato resigns after the vote.", "resigns", "source", "sector",
     "PTY"),
    ("The state news agency KCNA of North Korea reports that the country will suspend its military plans.",
     "suspend", "source", "country", "PRK"),
    ("Iran's state news agency IRNA reports that the country will retaliate against the United States.",
     "retaliate", "source", "country", "IRN"),
    # negatives: "the country" reported by a person, a country as the doer, a country before a title, a
    # title of the government, a party named after a place in two countries, a party with no place in its name
    ("President Donald Trump says that the country will impose new tariffs on China.", "tariffs", "source",
     "name", "Donald Trump"),
    ("Chad accuses Nigeria of backing rebels on the border.", "accuses", "source", "country", "TCD"),
    ("Israel accuses Iran of attacking a cargo ship in the Gulf of Oman.", "accuses", "source", "country",
     "ISR"),
    ("Jordan King Abdullah meets Donald Trump at the White House.", "meets", "source", "country", "JOR"),
    ("Police arrest Defense Minister Juan Perez for corruption.", "arrest", "target", "sector", "GOV"),
    ("Georgia Republican Party chairman David Shafer resigns after the election.", "resigns", "source",
     "country", None),
    ("Democratic Party chairman Tom Perez resigns after the election.", "resigns", "source", "sector", "PTY"),
    ("Democratic Party chairman Tom Perez resigns after the election.", "resigns", "source", "country", None),
    ("Opposition leader Juan Guaidó calls for protests against Nicolás Maduro.", "calls", "source",
     "name", "Juan Guaidó"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "field", "expected"), ACTORS)
def test_actor_read_right(text: str, trigger: str, role: str, field: str, expected: str | None) -> None:
    event = coded_event_on(text, trigger, DATE)
    assert actor_field(getattr(event, role), field) == expected, (event.source, event.target)
