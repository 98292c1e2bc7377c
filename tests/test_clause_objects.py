"""A verb's pattern read through its clause (dotterel/stages/clause_objects.py), session 11.

Each table pairs news-like sentences with negatives:
- a request told with a for-to clause ("calls for the government to release X") is the caller's REQUEST, whose
  target is the clause's subject; the small parser makes "for" the mark of the infinitive, so "call for"
  needs the clause; a for-to clause after another verb ("paid for the students to travel") is no request;
- an amount object told with "in" ("signs $20 billion in deals", "withholds $160 million in aid") is read
  through to the noun it counts, and that noun's "with" / "to" phrases name the target; an object that is no
  amount ("suspended workers in aid programmes") is not read through;
- suspending one's involvement or participation in a treaty or a process reduces relations (CAMEO 160,
  PLOVER SANCTION); denying or growing an involvement does not.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.stages.clause_objects import find_amount_noun, find_for_to_subject
from dotterel.stages.nlp import load_spacy_pipeline

DATE = "2020-03-19"


def _target(event: Event) -> str | None:
    return event.target.name if event.target is not None else None


def _events(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str | None]]:
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [
        (f"{e.action.type} {e.action.cameo}", sentence[e.trigger.start : e.trigger.end], _target(e))
        for e in events
    ]


CODED = [
    # sentence, expected "TYPE cameo", its trigger, whether it is coded, the target's name when it is
    (
        "U.S. President Donald Trump calls for the Syrian government to release journalist Austin Tice.",
        "REQUEST 020",
        "calls",
        True,
        "Syria",
    ),
    (
        "Belarusian opposition leader Sviatlana Tsikhanouskaya calls for the European Union to support "
        "protesters.",
        "REQUEST 020",
        "calls",
        True,
        "European Union",
    ),
    (
        "The United Nations called for Tunisia to clarify the reason for the arrest.",
        "REQUEST 020",
        "called",
        True,
        "Tunisia",
    ),
    ("The charity paid for the students to travel to Geneva.", "REQUEST 020", "paid", False, None),
    ("It is time for the troops to withdraw, the minister said.", "REQUEST 020", "is", False, None),
    ("Pakistan signs $20 billion in deals with Saudi Arabia.", "SUPPORT 057", "signs", True, "Saudi Arabia"),
    (
        "The United States withholds US$160 million in aid to the Palestinians.",
        "SANCTION 162",
        "withholds",
        True,
        "Palestine",
    ),
    ("The agency suspended workers in aid programmes in Yemen.", "SANCTION 162", "suspended", False, None),
    ("The company withholds $3 million in taxes from the workers.", "SANCTION 162", "withholds", False, None),
    (
        "Russian President Vladimir Putin suspends Russia's involvement in the Intermediate-Range Nuclear "
        "Forces Treaty.",
        "SANCTION 160",
        "suspends",
        True,
        "Russia",
    ),
    (
        "Qatar ended its involvement in the mediation between the two neighbours.",
        "SANCTION 160",
        "ended",
        True,
        None,
    ),
    ("The ministry denied any involvement in the attack.", "SANCTION 160", "denied", False, None),
    ("Qatar increased its involvement in the mediation.", "SANCTION 160", "increased", False, None),
]


@pytest.mark.parametrize(("sentence", "expected", "trigger", "coded", "target"), CODED)
def test_coded(
    pipeline: Pipeline, sentence: str, expected: str, trigger: str, coded: bool, target: str | None
) -> None:
    found = _events(pipeline, sentence)
    hits = [e for e in found if e[0] == expected and e[1] == trigger]
    assert bool(hits) == coded, found
    if coded:
        assert hits[0][2] == target, found


CLAUSES = [
    # sentence, the verb, the for-to subject it governs (None: none)
    ("Protesters gathered in Minsk, calling for President Lukashenko to resign.", "calling", "Lukashenko"),
    ("The council called for the statue to be removed.", "called", "statue"),
    ("The president called for calm after the riots.", "called", None),
    ("The opposition called elections for June.", "called", None),
    ("The minister asked the army to withdraw.", "asked", None),
]


@pytest.mark.parametrize(("sentence", "verb", "subject"), CLAUSES)
def test_for_to_subject(sentence: str, verb: str, subject: str | None) -> None:
    doc = load_spacy_pipeline()(sentence)
    found = find_for_to_subject(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == subject


AMOUNTS = [
    # sentence, the object, the noun it counts through "in" (None: not read through)
    ("Italy signs $2.8 billion in deals with China.", "billion", "deals"),
    ("Japan pledged $2 billion in aid to Kenya.", "billion", "aid"),
    ("Russia sent troops in Syria.", "troops", None),
    ("The agency suspended workers in aid programmes.", "workers", None),
]


@pytest.mark.parametrize(("sentence", "obj", "counted"), AMOUNTS)
def test_amount_noun(sentence: str, obj: str, counted: str | None) -> None:
    doc = load_spacy_pipeline()(sentence)
    found = find_amount_noun(next(t for t in doc if t.text == obj))
    assert (found.text if found is not None else None) == counted
