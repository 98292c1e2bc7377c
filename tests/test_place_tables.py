"""The table readings of the places stage and the prefilter give what the token-by-token readings gave.

``DocTable.find_subtree_ids`` against ``token.subtree``; the result-phrase walk of
:mod:`dotterel.stages.place_tiers` against the token walk it replaces; the prefilter's word bag against one
read token by token. Real news-like sentences, with sentences where nothing is caused or found.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel import prefilter as prefilter_module
from dotterel.prefilter import TriggerPrefilter
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_cause_events import resolve_causing_event
from dotterel.stages.place_tiers import RESULT_DEPS

SENTENCES = [
    "Clashes in the north of the city continue, leaving 13 people dead and 150 injured.",
    "A car bombing leaves five people dead and 12 injured in the village of Sabari.",
    "Clashes between rival groups leave dozens of people injured near the border.",
    "Gunmen killed two police officers and wounded three others in Quetta on Sunday.",
    "The minister said that talks would resume next week.",  # negative: no result phrase
    "It rained.",  # negative: nothing to walk
]


def _old_causing_event(token: Any, stops: set[int]) -> Any | None:
    """The token walk the table walk replaces (the oracle)."""
    node = token
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head
        elif node.dep_ not in RESULT_DEPS or node.head.i == node.i:
            return None
        else:
            node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0] if subjects[0].i in stops else None
    return None


@pytest.mark.parametrize("text", SENTENCES)
def test_subtree_ids_are_the_token_subtrees(nlp: Any, text: str) -> None:
    doc = nlp(text)
    table = to_doc_table(doc)
    assert [table.find_subtree_ids(t.i) for t in doc] == [{s.i for s in t.subtree} for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_causing_event_matches_the_token_walk(nlp: Any, text: str) -> None:
    doc = nlp(text)
    nouns = {t.i for t in doc if t.pos_ in ("NOUN", "PROPN")}
    for token in doc:
        stops = frozenset(nouns - {token.i})
        expected = _old_causing_event(token, set(stops))
        found = resolve_causing_event(token, stops)
        assert (found.i if found is not None else None) == (expected.i if expected is not None else None)


def test_a_result_phrase_finds_its_cause(nlp: Any) -> None:
    doc = nlp(SENTENCES[0])
    dead = next(t for t in doc if t.lower_ == "dead")
    clashes = next(t for t in doc if t.lower_ == "clashes")
    found = resolve_causing_event(dead, frozenset({clashes.i}))
    assert found is not None and found.i == clashes.i
    assert resolve_causing_event(dead, frozenset()) is None  # negative: the subject is no event


@pytest.mark.parametrize("text", [*SENTENCES, "Troops ATTACKED the Town; the town's troops attacked.", ""])
def test_word_bag_matches_the_token_reading(nlp: Any, text: str) -> None:
    prefilter = TriggerPrefilter(nlp, [("attack", ())])
    doc = nlp.make_doc(text)
    expected: set[str] = set()
    for token in doc:
        expected |= prefilter.find_possible_lemmas(token.text)
    assert prefilter.find_word_bag(doc) == expected
    assert prefilter.find_word_bag(doc) == expected  # the second time from the kept forms


def test_word_bag_forgets_its_words_past_the_bound(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long run keeps no more than ``MAX_REMEMBERED_WORDS`` words; the bag is the same after forgetting."""
    monkeypatch.setattr(prefilter_module, "MAX_REMEMBERED_WORDS", 3)
    prefilter = TriggerPrefilter(nlp, [("attack", ())])
    first, second = nlp.make_doc("Troops attacked the town at dawn."), nlp.make_doc("Rebels attack a base.")
    expected = prefilter.find_word_bag(first)
    assert len(prefilter._by_lower) > 3
    assert prefilter.find_word_bag(second) >= {"attack", "rebels"}
    assert len(prefilter._by_lower) <= 5  # forgotten before the second doc, which has 5 words
    assert prefilter.find_word_bag(first) == expected
