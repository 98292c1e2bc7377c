"""Acts of courts and police we did not output (docs/when-where-how-bad.md, the recall lists of the Law and
crime tables: courts' rulings, people sentenced or arrested named only by their kin or their part in a case).

Each table holds news-like sentences written for these tests, with negatives:
- a headline's "court rules that ..." the tagger reads as a plural noun ("a state court [rules]") is the verb,
  and its "that" clause (parsed as a relative or noun clause of the "noun") is what it rules: a measure ruled
  unlawful or in breach of a higher law is rejected (REJECT 120), a party ruled liable is found so (ACCUSE
  116); a ruling negated, a ruling with no such content, and court rules with a relative clause ("the rules
  that govern trials") are none;
- a legal act on people the text names only by their part in the case ("two defendants"), by their kin
  ("the victim's brother", "a parent") or as "others" of a group is told though no actor names them; those
  words as a speaker or in a clause with no legal act give none.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.pipeline import Pipeline
from dotterel.stages.headline_verbs import is_headline_verb
from dotterel.stages.misparsed_complements import is_complement_clause
from dotterel.stages.nlp import load_spacy_pipeline
from tests.stage_helpers import assert_act_coded, coded_events

DATE = "2020-10-14"

ACTS: list[tuple[str, str, bool]] = [
    # sentence, "TYPE cameo", whether it is there
    ("A state court rules that the governor's stay-at-home order is unlawful.", "REJECT 120", True),
    (
        "The Kenyan High Court rules that the ban on public gatherings is unconstitutional.",
        "REJECT 120",
        True,
    ),
    (
        "The Hong Kong High Court rules that the government's mask ban violates the Basic Law.",
        "REJECT 120",
        True,
    ),
    (
        "The Kenyan High Court rules that the agency violated the law by ending the program.",
        "ACCUSE 116",
        True,
    ),
    # negated rulings, a ruling on timing, rules that are nouns
    ("A state court rules that the governor's order is not unlawful.", "REJECT 120", False),
    (
        "The Hong Kong High Court rules that the government's mask ban does not violate the Basic Law.",
        "REJECT 120",
        False,
    ),
    ("A federal court rules that the trial can go ahead in March.", "REJECT 120", False),
    ("A federal court rules that the trial can go ahead in March.", "ACCUSE 116", False),
    ("The new court rules that took effect in May ban cameras.", "REJECT 120", False),
    ("New election rules that the commission set out bar foreign donations.", "REJECT 120", False),
    # people named by their part in the case, their kin, or as others
    ("Two defendants in the bribery case are arrested.", "COERCE 173", True),
    ("The two defendants are taken into custody after the hearing.", "COERCE 173", True),
    ("The victim's brother is sentenced to life in prison for her murder.", "ACCUSE 116", True),
    (
        "A parent is sentenced to five months in prison for cheating on college admissions.",
        "ACCUSE 116",
        True,
    ),
    (
        "The former mayor is sentenced to ten years in prison, while six others are acquitted.",
        "CONCEDE 080",
        True,
    ),
    # the same words with no legal act on them
    ("His father is a retired police officer.", "COERCE 173", False),
    ("The defendants deny all the charges.", "ACCUSE 116", False),
    ("The former mayor is sentenced to ten years in prison.", "CONCEDE 080", False),
]


@pytest.mark.parametrize(("sentence", "code_", "present"), ACTS)
def test_court_acts(pipeline: Pipeline, sentence: str, code_: str, present: bool) -> None:
    """The act is coded (or, for a negative case, is not)."""
    assert_act_coded(coded_events(pipeline, sentence, DATE), code_, None, present)


@pytest.fixture(scope="module")
def nlp() -> Any:
    """The spaCy pipeline the stages parse with."""
    return load_spacy_pipeline()


# sentence, whether "rules" is read as the verb and its "that" clause as its complement
RULES: list[tuple[str, bool]] = [
    ("A state court rules that the governor's stay-at-home order is unlawful.", True),
    ("The Kenyan High Court rules that the ban on public gatherings is unconstitutional.", True),
    ("The new court rules that took effect in May ban cameras.", False),
    ("Tough border rules that the minister announced in May are dropped.", False),
    ("New election rules that the commission set out bar foreign donations.", False),
]


@pytest.mark.parametrize(("sentence", "verb"), RULES)
def test_rules_that_clause(nlp: Any, sentence: str, verb: bool) -> None:
    """A noun-tagged "rules" before the conjunction "that" and a subject is the verb, its clause its
    complement; before the pronoun "that" of a relative clause it stays a noun."""
    doc = nlp(sentence)
    rules = next(t for t in doc if t.lower_ == "rules")
    clauses = [c for c in rules.children if c.i > rules.i and c.pos_ in {"VERB", "AUX"}]
    assert rules.tag_ == "NNS"  # the tagger's reading these tests are about
    assert is_headline_verb(rules) == verb
    assert any(is_complement_clause(c) for c in clauses) == verb
