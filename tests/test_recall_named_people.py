"""Acts lost because their only actor is a person the actor book lacks, a protest crowd, or a pronoun:

- a person's name the book lacks, as the active subject of the act, is its source with no country and no
  sector: "Andrew Sabisky resigns" (:mod:`dotterel.stages.named_doers`);
- an occupation noun before a name gives the person's sector and country: "Iranian actress X", "Russian
  billionaire X", "Kremlin critic X" (``sector_words`` in ``sectors.yaml``);
- a lowercase verb the tagger took for a proper name ("mourners [march] through Baghdad") is a verb
  (:mod:`dotterel.stages.lowercase_name_verbs`); a council or assembly stormed by protesters is a protest;
- "he" or "she" naming back to the one unknown person named just before is that person: "John Smith is
  arrested. He is convicted" (:mod:`dotterel.stages.pronoun_names`).

Each table has negatives: what must not change.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Actor, Event
from dotterel.pipeline import Pipeline

DATE = "2020-02-14"


def _events(pipeline: Pipeline, text: str, trigger: str) -> list[Event]:
    events: list[Event] = code(text, DATE, pipeline=pipeline)
    return [e for e in events if text[e.trigger.start : e.trigger.end] == trigger]


def _cells(actor: Actor | None) -> tuple[str | None, str | None, str | None] | None:
    return (actor.text, actor.country, actor.sector) if actor is not None else None


DOERS = [
    # text, trigger, source (text, country, sector) or None when no event
    (
        "Andrew Sabisky resigns after his remarks on eugenics draw criticism.",
        "resigns",
        ("Andrew Sabisky", None, None),
    ),
    (
        "Businessman Ali Rezaei meets Foreign Minister Javad Zarif in Tehran.",
        "meets",
        ("Ali Rezaei", None, None),
    ),
    ("Maria Lopez resigns and leaves the ruling party.", "resigns", ("Maria Lopez", None, None)),
    # negatives: a known person keeps the book's actor; a passive subject is no doer; nor is the object of a
    # request whose infinitive he would do
    (
        "Polish Foreign Minister Jacek Czaputowicz resigns.",
        "resigns",
        ("Polish Foreign Minister Jacek Czaputowicz", "POL", "GOV"),
    ),
    ("Andrew Sabisky is sacked by the government.", "sacked", None),
    ("Mike Pompeo urges Andrew Sabisky to resign.", "resign", None),
]


@pytest.mark.parametrize(("text", "trigger", "source"), DOERS)
def test_unknown_person_subject_is_the_source(
    pipeline: Pipeline, text: str, trigger: str, source: tuple[str, None, None] | None
) -> None:
    found = _events(pipeline, text, trigger)
    assert (_cells(found[0].source) if found else None) == source


OCCUPATIONS = [
    # text, trigger, source country, source sector
    (
        "Iranian actress Taraneh Rahimi criticizes the government over the crackdown.",
        "criticizes",
        "IRN",
        "CVL",
    ),
    ("Russian billionaire Oleg Ivanov sues the U.S. Treasury over sanctions.", "sues", "RUS", "BUS"),
    ("Kremlin critic Ilya Petrov accuses the government of rigging the vote.", "accuses", "RUS", "OPP"),
    ("Egyptian novelist Ahmed Nagi condemns the arrest of the publisher.", "condemns", "EGY", "CVL"),
    # negatives: an official's title still gives the government
    ("Iranian Foreign Minister Javad Zarif criticizes the sanctions.", "criticizes", "IRN", "GOV"),
]


@pytest.mark.parametrize(("text", "trigger", "country", "sector"), OCCUPATIONS)
def test_occupation_before_a_name(
    pipeline: Pipeline, text: str, trigger: str, country: str, sector: str
) -> None:
    source = _events(pipeline, text, trigger)[0].source
    assert source is not None and (source.country, source.sector) == (country, sector)


PROTESTS = [
    # text, trigger, type or None when no event
    ("Thousands of mourners march through Baghdad.", "march", "PROTEST"),
    ("Thousands of people march in Beirut to mourn the victims of the blast.", "march", "PROTEST"),
    ("Thousands of people hold a mourning march in Baghdad.", "mourning march", "PROTEST"),
    ("Protesters storm the Legislative Council in Hong Kong.", "storm", "PROTEST"),
    ("Demonstrators break into the National Assembly in Yerevan.", "break", "PROTEST"),
    # negatives: the month stays a month; armed men storming a council building is an attack
    ("Parliament will reconvene in March.", "March", None),
    ("Gunmen storm the council building in Kabul.", "storm", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "trigger", "kind"), PROTESTS)
def test_plain_protests(pipeline: Pipeline, text: str, trigger: str, kind: str | None) -> None:
    found = _events(pipeline, text, trigger)
    assert (found[0].action.type if found else None) == kind


PRONOUNS = [
    # text, trigger, target (text, name) or None
    (
        "John Smith is arrested in London. He is convicted and sentenced to life imprisonment.",
        "convicted",
        ("He", "John Smith"),
    ),
    ("Maria Lopez is detained in Madrid. She is charged with fraud.", "charged", ("She", "Maria Lopez")),
    ("John Smith resigns. He is arrested by police in London.", "arrested", ("He", "John Smith")),
    # negatives: two people named before is ambiguous; a known antecedent keeps the actors stage's reading
    ("John Smith meets Peter Jones in London. He is charged with fraud.", "charged", None),
    (
        "Police arrest a man over the killing of Maria Lopez in Madrid. He is charged with murder.",
        "charged",
        None,
    ),
    (
        "Former Polish Foreign Minister Jacek Czaputowicz is arrested in Warsaw. He is charged with fraud.",
        "charged",
        ("He", "Jacek Czaputowicz"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "target"), PRONOUNS)
def test_pronoun_of_an_unknown_person(
    pipeline: Pipeline, text: str, trigger: str, target: tuple[str, str] | None
) -> None:
    found = _events(pipeline, text, trigger)
    actor = found[0].target if found else None
    assert ((actor.text, actor.name) if actor is not None else None) == target
