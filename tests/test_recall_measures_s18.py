"""Measures and protests that gave no event (session 18, the seed-63 recall lists).

Each table holds news-like sentences written for these tests, with negatives:
- protesters who "gather" or "assemble" stage a protest (verbs.protest-gather); mourners, the police or a
  party's crowd that gathers do not;
- a state of emergency a parliament "approves" is imposed as a declared one is (verbs.coerce-state-emergency);
  an approved state budget is none;
- a government that "blocks" apps censors them (verbs.coerce-censor), as it does a website; a blocked road
  is no censorship;
- curbing "the second wave" or "the surge" of an outbreak restricts no one (verbs.coerce-restrict), and does
  not swallow the protest it follows;
- a reaction to a bare "the decision", "the move", "the verdict" targets the doer of the main act told just
  before (stages/decision_makers.py); a decision with a phrase of its own, or after a clause inside another
  act, takes no target from there.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.knowledge.wordlists import load_role_words
from dotterel.pipeline import Pipeline
from dotterel.stages.decision_makers import find_decision_noun
from dotterel.stages.nlp import load_spacy_pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-06-10"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("Thousands of protesters gather outside the parliament in Tbilisi.", "PROTEST 141", None, None, True),
    ("Hundreds of demonstrators assembled in the main square of Minsk.", "PROTEST 141", None, None, True),
    (
        "Thousands of mourners gathered outside the cathedral for the funeral.",
        "PROTEST 141",
        None,
        None,
        False,
    ),
    ("Police gathered evidence at the scene of the robbery.", "PROTEST 141", None, None, False),
    (
        "Hundreds of opposition supporters gather in the capital to celebrate the election result.",
        "PROTEST 141",
        None,
        None,
        False,
    ),
    (
        "The Lebanese parliament approved a state of emergency in the capital.",
        "COERCE 1724",
        "LBN",
        None,
        True,
    ),
    (
        "The Peruvian Congress approves a state of emergency in three regions.",
        "COERCE 1724",
        None,
        None,
        True,
    ),
    ("The parliament approved the state budget for next year.", "COERCE 1724", None, None, False),
    ("The Indian government blocks 59 Chinese apps, including TikTok.", "COERCE 1721", "IND", None, True),
    ("The government blocked the road to the border.", "COERCE 1721", None, None, False),
    (
        "Demonstrations take place across dozens of cities in Spain against the new restrictions to curb the "
        "second wave of COVID-19.",
        "PROTEST 141",
        None,
        "ESP",
        True,
    ),
    (
        "The Brazilian government expels the Venezuelan ambassador. Human rights groups criticize the move.",
        "ACCUSE 111",
        None,
        "BRA",
        True,
    ),
    (
        "A court in Egypt sentences the blogger to five years in prison. Rights groups criticize the "
        "verdict.",
        "ACCUSE 111",
        None,
        "EGY",
        True,
    ),
    # the decision names its maker: the act before is not its maker
    (
        "The Brazilian government expels the Venezuelan ambassador. Human rights groups criticize the move "
        "by Caracas.",
        "ACCUSE 111",
        None,
        "BRA",
        False,
    ),
    # the violation inside the ruling is no main act: its doer is not the target (the ruling court is)
    (
        "The court rules that the Egyptian government violated the law. Rights groups criticize the "
        "decision.",
        "ACCUSE 111",
        None,
        "EGY",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_measures_and_protests(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)


# sentence, whether "curb" is a trigger of its own
CURBS = [
    ("The city closed its schools to curb the second wave of the virus.", False),
    ("The government imposed a curfew to curb the surge of new cases.", False),
    ("The authorities curbed the movement of foreigners in the border region.", True),
]


@pytest.mark.parametrize(("sentence", "is_trigger"), CURBS)
def test_curbing_an_outbreak_restricts_no_one(pipeline: Pipeline, sentence: str, is_trigger: bool) -> None:
    """Curbing a wave or surge of an outbreak is no restriction; curbing people's movement is."""
    words = [
        sentence[e.trigger.start : e.trigger.end].lower() for e in code(sentence, DATE, pipeline=pipeline)
    ]
    assert any(word.startswith("curb") for word in words) == is_trigger, words


# sentence, the reaction verb, the decision noun found (None: none)
DECISION_NOUNS = [
    ("Rights groups criticize the decision.", "criticize", "decision"),
    ("The opposition condemned this move.", "condemned", "move"),
    ("The lawyer protested against the verdict.", "protested", "verdict"),
    ("Rights groups criticize the court's decision.", "criticize", None),
    ("Rights groups criticize the decision to close the camp.", "criticize", None),
    ("Rights groups criticize a decision.", "criticize", None),
    ("Rights groups criticize the court decision.", "criticize", None),
]


@pytest.mark.parametrize(("sentence", "verb", "noun"), DECISION_NOUNS)
def test_bare_decision_nouns(sentence: str, verb: str, noun: str | None) -> None:
    """Only a bare definite act noun, with no possessor or phrase of its own, is found."""
    doc = load_spacy_pipeline()(sentence)
    token = next(t for t in doc if t.text == verb)
    found = find_decision_noun(token, load_role_words())
    assert (found.text if found is not None else None) == noun
