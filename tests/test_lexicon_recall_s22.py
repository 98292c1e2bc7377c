"""Acts missed in the seed-71 readings (recall lists), on sentences written like news text for these tests,
with negatives:

- a state of emergency declared with a following "as" clause, which the parser takes for the subject of that
  clause ("declares a state of emergency as a winter storm begins …"), and an emergency announced by its noun
  alone ("announces an emergency in three provinces"): COERCE 1724 as "declares a state of emergency"; a
  climate emergency, the WHO's global health emergency or a weather service's "tornado emergency" is no
  measure;
- an endorsement told as a noun with its doer as possessor ("announces her endorsement of X"): SUPPORT 051
  with X as target, as "endorses X"; "wins the endorsement of X" is X's act, not read;
- a court upholding an acquittal: CONCEDE 080, as the acquittal; upholding a conviction stays ACCUSE 116;
- a blast at an industrial or petrochemical site with no doer told is an accident, as at a factory.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline

DATE = "2020-02-14"


def _kinds(events: list[Event]) -> list[str]:
    return [f"{e.action.type} {e.action.cameo}" for e in events]


EMERGENCIES: list[tuple[str, bool]] = [
    # sentence, whether a state of emergency (COERCE 1724) is among the events
    ("Oregon Governor Kate Brown declares a state of emergency as wildfires spread across the state.", True),
    ("The governor of Texas declares a state of emergency as a winter storm begins to hit the state.", True),
    ("The Iranian government announces an emergency in three provinces threatened by flooding.", True),
    ("The Philippine government declares an emergency in the provinces hit by the typhoon.", True),
    ("The governor says that the storm is coming as residents leave the coast.", False),
    ("The city council of Vancouver declares a climate emergency.", False),
    ("The World Health Organization declares a global health emergency over the new virus.", False),
    ("The minister announces an emergency meeting of the cabinet.", False),
    ("The National Weather Service declares a tornado emergency for Jackson as the storm nears.", False),
]


@pytest.mark.parametrize(("sentence", "measure"), EMERGENCIES)
def test_declared_emergencies(pipeline: Pipeline, sentence: str, measure: bool) -> None:
    """A state of emergency followed by an "as" clause, or announced as "an emergency", is still declared."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert ("COERCE 1724" in kinds) == measure, kinds


def test_an_emergency_before_an_as_clause_keeps_its_place(pipeline: Pipeline) -> None:
    """The governor's state is the place of the measure, as without the clause."""
    sentence = (
        "Washington Governor Jay Inslee declares a state of emergency as a winter storm hits the state."
    )
    events = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == "1724"]
    assert [e.place.name if e.place else None for e in events] == ["Washington"]


ENDORSEMENTS: list[tuple[str, str | None]] = [
    # sentence, the target of the endorsement (SUPPORT 051), or None for no endorsement with a target
    ("Senator Elizabeth Warren announces her endorsement of Joe Biden.", "Joe Biden"),
    (
        "Senator Cory Booker joins fellow former candidates in announcing their endorsement of Joe Biden.",
        "Joe Biden",
    ),
    ("Obama's endorsement of Joe Biden comes after weeks of silence.", "Joe Biden"),
    ("Joe Biden wins the endorsement of Barack Obama.", None),
    ("The endorsement of the party is expected next week.", None),
]


@pytest.mark.parametrize(("sentence", "target"), ENDORSEMENTS)
def test_endorsement_nouns(pipeline: Pipeline, sentence: str, target: str | None) -> None:
    """A possessed endorsement's "of" object is whom it endorses; without a possessor it is not read."""
    events = [e for e in code(sentence, DATE, pipeline=pipeline) if e.action.cameo == "051"]
    targets = [e.target.name for e in events if e.target is not None]
    assert targets == ([target] if target else []), targets


UPHELD: list[tuple[str, str | None]] = [
    # sentence, the court's act (kind) on the verdict, or None
    (
        "Pakistan's Supreme Court upholds the acquittal of a Christian woman accused of blasphemy.",
        "CONCEDE 080",
    ),
    ("The acquittal of the two police officers is upheld by an appeals court in Paris.", "CONCEDE 080"),
    ("An appeals court in Paris upholds the conviction of the former minister.", "ACCUSE 116"),
    ("The Supreme Court upholds a law that bans face coverings in public.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), UPHELD)
def test_upheld_acquittals(pipeline: Pipeline, sentence: str, kind: str | None) -> None:
    """An acquittal upheld frees the acquitted again (CONCEDE 080); an upheld conviction stays a verdict."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    court = [k for k in kinds if k in {"CONCEDE 080", "ACCUSE 116"}]
    assert court == ([kind] if kind else []), kinds


BLASTS: list[tuple[str, bool]] = [
    # sentence, whether an attack (ASSAULT) is coded
    ("An explosion at an industrial complex south of Mashhad kills two workers.", False),
    ("A blast at a petrochemical complex in Tarragona kills one person.", False),
    ("An explosion in an industrial zone near Tianjin injures 12 people.", False),
    ("A suicide bomber blows himself up at an industrial complex in Kabul, killing four.", True),
    ("An explosion at a residential complex in Kabul kills two people.", True),
]


@pytest.mark.parametrize(("sentence", "attack"), BLASTS)
def test_industrial_site_blasts(pipeline: Pipeline, sentence: str, attack: bool) -> None:
    """A blast at an industrial site with no doer told is an accident; a bomber named keeps it an attack."""
    kinds = _kinds(list(code(sentence, DATE, pipeline=pipeline)))
    assert any(k.startswith("ASSAULT") for k in kinds) == attack, kinds


def test_a_time_possessor_names_no_doer(pipeline: Pipeline) -> None:
    """ "Today's normalization of X" is no one's act on X: the "of" object is not read as its target."""
    sentence = "The minister says today's normalization of Iran's defense cooperation is a win for peace."
    events = list(code(sentence, DATE, pipeline=pipeline))
    assert not [e for e in events if e.target is not None and e.target.country == "IRN"], _kinds(events)
