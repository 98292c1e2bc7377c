"""Court acts that undo or ease a conviction, and sentences handed to someone (the seed-69 "Law and crime"
readings' causes), on sentences written like news text for these tests, with negatives:

- a court quashing, overturning, annulling or setting aside a conviction or a sentence frees the convicted of
  it, coded as the acquittals are (CONCEDE 080), the court the source and the one convicted, the owner or the
  "of"-object of the conviction, the target; the conviction undone is no second event; a law or a ban struck
  down stays a rejection (REJECT 120), a coup quashed a repression (COERCE 170), a bus that overturns nothing;
- a sentence commuted or reduced eases the punishment (CONCEDE 081, ease administrative sanctions), not a
  sentencing; an interest rate cut is no act on a person;
- a court or a jury finding someone "not guilty" acquits them (CONCEDE 080), "guilty" stays a verdict;
- a sentence "handed" to someone (the light verb "hand", as "give") targets them, not a place of the clause.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-07-16"


def _kinds(events: list[Event]) -> list[str]:
    return [f"{e.action.type} {e.action.cameo}" for e in events]


UNDONE: list[tuple[str, str | None, str | None]] = [
    # sentence, the kind coded (None: none of CONCEDE 080 / 081), a word of its target
    ("The Court of Appeals overturns the death sentence of the convicted bomber.", "CONCEDE 080", "bomber"),
    ("The High Court quashes Anthony Pell's convictions for child sexual abuse.", "CONCEDE 080", "Pell"),
    ("An appeals court in Ontario overturns the terror convictions of Raed Jaser.", "CONCEDE 080", "Jaser"),
    ("The conviction of the former governor is overturned by the Supreme Court.", "CONCEDE 080", "governor"),
    ("The Supreme Court annuls the prison sentence of the opposition leader.", "CONCEDE 080", "leader"),
    (
        "The king commutes the death sentence of two migrant workers to life in prison.",
        "CONCEDE 081",
        "workers",
    ),
    ("The appeals court reduces the prison sentence of the convicted teenager.", "CONCEDE 081", "teenager"),
    ("The death sentence of the two men is commuted to life in prison.", "CONCEDE 081", "men"),
    (
        "The appeals court reduces the prison sentence of Georgia student Jane Miller to two months.",
        "CONCEDE 081",
        "Miller",
    ),
    ("An administrative court in Berlin overturns the city government's ban on protests.", None, None),
    ("The government of Gabon quashes a coup attempt by soldiers.", None, None),
    ("A bus overturns on the highway near the capital, killing eight people.", None, None),
    ("The central bank cuts the interest rate by half a point.", None, None),
    ("His lawyers ask the court to overturn the conviction.", None, None),
]


@pytest.mark.parametrize(("sentence", "kind", "target"), UNDONE)
def test_undone_and_eased_convictions(
    pipeline: Pipeline, sentence: str, kind: str | None, target: str | None
) -> None:
    """A conviction or a sentence quashed is an acquittal's CONCEDE 080, one eased CONCEDE 081, on the one
    convicted; a measure struck down, a coup quashed, a rate cut or a request to overturn are neither."""
    events = list(code(sentence, DATE, pipeline=pipeline))
    undoings = [e for e in events if e.action.type == "CONCEDE" and e.action.cameo in {"080", "081"}]
    if kind is None:
        assert not undoings, _kinds(events)
        return
    assert _kinds(undoings) == [kind], _kinds(events)
    assert undoings[0].target is not None and target in undoings[0].target.text, undoings[0].target


def test_an_overturned_conviction_is_no_conviction(pipeline: Pipeline) -> None:
    """The conviction a court overturns is not coded as a conviction (ACCUSE 116) beside the overturning."""
    sentence = "A court in Pakistan overturns the convictions of four men for the murder of a journalist."
    events = list(code(sentence, DATE, pipeline=pipeline))
    assert "ACCUSE 116" not in _kinds(events), _kinds(events)
    court = [e for e in events if e.action.type == "CONCEDE"]
    assert court and court[0].source is not None and court[0].source.sector == "JUD", court


VERDICTS: list[tuple[str, str | None]] = [
    ("The former executive is found not guilty of fraud.", "CONCEDE 080"),
    ("The former mayor of the city is found guilty of corruption by a court in Lyon.", "ACCUSE 116"),
    ("Police found the stolen car in a parking lot near the airport.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), VERDICTS)
def test_not_guilty_verdicts(pipeline: Pipeline, sentence: str, kind: str | None) -> None:
    """Found not guilty is an acquittal, found guilty a verdict, "found" a car no act of a court."""
    kinds = [
        k for k in _kinds(list(code(sentence, DATE, pipeline=pipeline))) if k in {"CONCEDE 080", "ACCUSE 116"}
    ]
    assert kinds == ([kind] if kind else []), kinds


HANDED: list[tuple[str, str]] = [
    ("A federal judge handed Roger Stone a prison sentence of 40 months.", "Stone"),
    ("A judge in Texas handed Roger Stone a prison sentence of 40 months.", "Stone"),
    ("The court gave the suspect a ten-year prison sentence for the bombing.", "suspect"),
]


@pytest.mark.parametrize(("sentence", "target"), HANDED)
def test_handed_sentences(pipeline: Pipeline, sentence: str, target: str) -> None:
    """A sentence handed to someone is their sentencing (ACCUSE 116) and targets them, not a city."""
    events = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == "116"]
    assert len(events) == 1, _kinds(events)
    assert events[0].target is not None and target in events[0].target.text, events[0].target


NOT_HANDED: list[str] = [
    "The army hands over the bodies of the soldiers to the Red Cross.",
    "The voters hand the ruling party a heavy defeat in the election.",
    "The president hands the prime minister a letter from the king.",
]


@pytest.mark.parametrize("sentence", NOT_HANDED)
def test_other_handings_are_no_sentence(pipeline: Pipeline, sentence: str) -> None:
    """Handing over bodies, a defeat or a letter is no sentencing."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert "ACCUSE 116" not in kinds, kinds


def test_a_sentence_handed_down_is_one_event(pipeline: Pipeline) -> None:
    """The sentencing of "hands down the sentences" is the phrasal verb's only: "hand" with its particle is
    no light verb giving the noun a second event."""
    sentence = "The district court hands down the last sentences in the case of eight men."
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert kinds.count("ACCUSE 116") == 1, kinds
