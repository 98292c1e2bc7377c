"""Actors read wrong in the seed-63 readings (docs/when-where-how-bad.md), fixed by cause with sentences
written like news text:

- a book person's one-word first name before a capitalised name that is none of the person's own names is
  someone else ("Venezuelan ambassador Isaías Rodríguez" is not Isaias Afwerki):
  :mod:`dotterel.stages.first_name_persons`;
- a gerund after "of"/"for" under a verb of blame has the verb's object as its doer ("accusing the security
  forces of raiding the offices of a news agency and arresting ..."), not the nearest name:
  :mod:`dotterel.stages.accused_doers`;
- "Secretary of <department>" is one title, a US one for a US executive department ("Secretary of Homeland
  Security Chad Wolf"): :mod:`dotterel.stages.secretary_titles`; "journalist X" is a person's title (MED);
- the subject pronoun of a that-clause is bound by its saying verb's agreeing noun subject ("the Democratic
  Unionist Party announces they will oppose"), never by a name of the sentence before:
  :mod:`dotterel.stages.bound_pronouns`.

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import actor_field, coded_event_on

DATE = "2020-01-15"


ACTORS = [
    # text, trigger, role, field, expected value
    ("Venezuelan ambassador Isaías Rodríguez meets Italian officials in Rome.", "meets", "source", "name",
     None),
    ("Eritrean President Isaias Mendez criticizes the Ethiopian government.", "criticizes", "source", "name",
     "Isaias Mendez"),
    ("Turkey summons its ambassador, accusing the Egyptian security forces of raiding the offices of the "
     "state-run Anadolu News Agency and arresting four of its employees.", "arresting", "source", "country",
     "EGY"),
    ("Turkey summons its ambassador, accusing the Egyptian security forces of raiding the offices of the "
     "state-run Anadolu News Agency and arresting four of its employees.", "arresting", "source", "sector",
     "MIL"),
    ("Venezuela accuses Colombian troops of entering its territory and arresting two soldiers.", "arresting",
     "source", "country", "COL"),
    ("Colombian troops are accused of entering Venezuelan territory and arresting two soldiers.",
     "arresting", "source", "country", "COL"),
    ("Secretary of Health and Human Services Alex Azar meets Chinese officials in Beijing.", "meets",
     "source", "country", "USA"),
    ("Secretary of the Treasury Steven Mnuchin criticizes China over its currency.", "criticizes", "source",
     "sector", "GOV"),
    ("Secretary of the Treasury Steven Mnuchin criticizes China over its currency.", "criticizes", "source",
     "country", "USA"),
    ("Police arrest journalist Juan Perez after a protest.", "arrest", "target", "sector", "MED"),
    ("Egyptian police detain journalist Lina Attalah outside a prison in Cairo.", "detain", "target", "name",
     "Lina Attalah"),
    ("The United Kingdom and the European Union agree on a new Brexit deal. The Democratic Unionist Party "
     "announces they will sue the British government over the deal.", "sue", "source", "name", None),
    ("Russia and Turkey agree on a ceasefire in Idlib. Kurdish militants say they will attack Turkish "
     "forces.", "attack", "source", "sector", "NSA"),
    # negatives: the book person by full name or first name alone, a gerund of the subject's own act, a
    # secretary title owned by a country, "Secretary of State" (not only the US's), a plain name
    ("Eritrean President Isaias Afwerki meets Ethiopian Prime Minister Abiy Ahmed in Asmara.", "meets",
     "source", "name", "Isaias Afwerki"),
    ("Isaias meets Abiy in Asmara to discuss the border.", "meets", "source", "name", "Isaias Afwerki"),
    ("Samoan Prime Minister Tuilaepa Aiono Sailele Malielegaoi criticizes Australia.", "criticizes",
     "source", "country", "WSM"),
    ("Police respond by arresting 20 protesters in the capital.", "arresting", "source", "sector", "COP"),
    ("Mexican Secretary of Energy Rocío Nahle meets Saudi officials.", "meets", "source", "country", "MEX"),
    ("Secretary of State Alex Padilla sues the Trump administration.", "sues", "source", "country", None),
    ("Police arrest Juan Perez after a protest.", "arrest", "target", "sector", None),
    ("The Iranian government says it will retaliate against Britain for the seizure.", "retaliate", "source",
     "country", "IRN"),
    ("Iran seizes a British tanker in the Gulf. Iran says it will retaliate against Britain.", "retaliate",
     "source", "country", "IRN"),
    ("The talks collapse in Doha. The Taliban say they will attack Afghan forces.", "attack", "source",
     "name", "Taliban"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "field", "expected"), ACTORS)
def test_actor_read_right(text: str, trigger: str, role: str, field: str, expected: str | None) -> None:
    event = coded_event_on(text, trigger, DATE)
    assert actor_field(getattr(event, role), field) == expected, (event.source, event.target)
