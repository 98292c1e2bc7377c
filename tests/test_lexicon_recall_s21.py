"""Court acts missed in the seed-68 "Law and crime" readings (recall lists), on sentences written like news
text for these tests, with negatives:

- an appeal court "confirming" a conviction, a sentence or a guilty ruling finds the convicted guilty once
  more (ACCUSE 116, as "upholds the conviction"); confirming a report, a death or a plain ruling is no
  verdict;
- bail or parole revoked sends the one released back into custody (COERCE 173, the reverse of bail granted);
  a licence or a visa revoked is no detention;
- a prison sentence given or handed to someone befalls them (the noun's target, where the text names them by
  their part in a crime or by name): "three defendants are given prison sentences"; a sentence served or
  talked about is no act of the day;
- a bare first name joined to a person's full name ("Gregory and Travis McMichael are arrested", the parser
  typing only the second) is a person's name, so the act befalls them and is kept.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.stages.trigger_candidates import is_shared_surname_first_name

DATE = "2019-12-23"


def _kinds(events: list[Event]) -> list[str]:
    return [f"{e.action.type} {e.action.cameo}" for e in events]


CONFIRMED: list[tuple[str, bool]] = [
    # sentence, whether a verdict (ACCUSE 116) is among the events
    ("An appeals court in Kyiv confirms the guilty ruling against the former anti-corruption chief.", True),
    ("The Supreme Court confirms the death sentence of the former army chief.", True),
    ("A court of appeal in Paris confirmed the prison sentence of the former prime minister.", True),
    ("Police confirm the death of the suspect in the shootout.", False),
    ("The court confirmed the ruling of the lower court on the land dispute.", False),
    ("The ministry confirmed the report about the new border crossing.", False),
]


@pytest.mark.parametrize(("sentence", "verdict"), CONFIRMED)
def test_confirmed_convictions(pipeline: Pipeline, sentence: str, verdict: bool) -> None:
    """A conviction confirmed on appeal codes as an upheld one; a confirmed report or death is no verdict."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert ("ACCUSE 116" in kinds) == verdict, kinds


def test_a_confirmed_conviction_is_one_event(pipeline: Pipeline) -> None:
    """The verb and its object noun ("confirms the conviction") give one verdict, not two."""
    sentence = "An appeals court in Kyiv confirms the conviction of the former mayor."
    events = list(code(sentence, DATE, pipeline=pipeline))
    assert _kinds(events) == ["ACCUSE 116"], _kinds(events)


REVOKED: list[tuple[str, str | None]] = [
    ("A judge revokes the bail of the former minister after he missed a hearing.", "COERCE 173"),
    ("The Court of Appeal revoked the parole of the convicted former governor.", "COERCE 173"),
    ("The ministry revokes the licence of the opposition newspaper.", "COERCE 172"),
    ("The court grants bail to the former minister.", "RETREAT 0841"),
]


@pytest.mark.parametrize(("sentence", "kind"), REVOKED)
def test_revoked_bail(pipeline: Pipeline, sentence: str, kind: str) -> None:
    """Bail revoked is a detention; a licence revoked stays a restriction, bail granted a release."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert kind in kinds, kinds
    assert ("COERCE 173" in kinds) == (kind == "COERCE 173"), kinds


GIVEN: list[tuple[str, str | None]] = [
    # sentence, a word of the sentence's target (None: no sentence event at all)
    ("Three other defendants are given prison sentences totalling a combined 24 years.", "defendants"),
    ("The court gave the suspect a ten-year prison sentence for the bombing.", "suspect"),
    ("A judge in Texas gave Roger Stone a prison sentence of 40 months.", "Stone"),
    ("The appeals court reduces the prison sentence of the convicted teenager to two months.", None),
    ("The defendant is serving a prison sentence for fraud.", None),
    ("The rapper gives interviews about his prison sentence.", None),
]


@pytest.mark.parametrize(("sentence", "target"), GIVEN)
def test_given_sentences(pipeline: Pipeline, sentence: str, target: str | None) -> None:
    """A sentence given to someone targets them; a sentence served or talked about is no event."""
    events = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == "116"]
    if target is None:
        assert not events, _kinds(events)
        return
    assert events, "no sentence coded"
    assert events[0].target is not None and target in (events[0].target.text or ""), events[0].target


NAME_PAIRS: list[tuple[str, str | None]] = [
    # sentence, a word of the arrest's target (None: the arrest has no named target)
    ("Gregory and Travis McMichael are arrested for murder in Georgia.", "Gregory"),
    ("Police arrest Gregory and Travis McMichael in connection with the shooting.", "Gregory"),
    ("Brian and Travis McMichael are arrested for murder.", "Brian"),
    ("The suspects are arrested for murder in Georgia.", "suspects"),
]


@pytest.mark.parametrize(("sentence", "target"), NAME_PAIRS)
def test_first_name_sharing_a_surname(pipeline: Pipeline, sentence: str, target: str) -> None:
    """A bare first name joined to a full name ("Gregory and Travis McMichael") is a person's name, though the
    parser marks only the second: the arrest is told of them."""
    events = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == "173"]
    assert events, "no arrest coded"
    assert events[0].target is not None and target in events[0].target.text, events[0].target


UNTYPED: list[tuple[str, bool]] = [
    # sentence, whether the untyped first word is a person's name
    ("Gregory and Travis McMichael are arrested for murder.", True),
    ("Gregory Peck and Travis McMichael attend the premiere.", False),
    ("Apple and Tim Cook are sued by the state.", False),
    ("Minsk and Moscow agree on the price of gas.", False),
]


@pytest.mark.parametrize(("sentence", "person"), UNTYPED)
def test_shared_surname_names(nlp: Any, sentence: str, person: bool) -> None:
    """Only a lone untyped proper noun joined to a full person's name counts as a first name."""
    doc = nlp(sentence)
    assert is_shared_surname_first_name(doc[0]) == person, [(t.text, t.ent_type_) for t in doc]
