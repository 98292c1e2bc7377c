"""A bare verb coordinated with a later one shares the later one's time: "after being arrested and convicted
in 2018", "Police arrested and charged two men on Monday".

The first conjunct says nothing of its own (no object, no phrase, no adverb: only its subject, auxiliaries and
the conjunction), so a time phrase after the second conjunct is said of both, as its object would be. Not
when the second conjunct has a subject of its own (two clauses) or an adverb that sets its time apart ("was
arrested and later released on Monday": ``inheritance_blockers`` in ``dates.yaml``).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.doc_tables import SUBJECT_DEPS

BARE_DEPS = frozenset({"aux", "auxpass", "neg", "cc", "conj", "punct", "nsubj", "nsubjpass"})
TIME_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})


def find_shared_conjunct_ids(token: Any, blockers: frozenset[str]) -> set[int]:
    """Return the token ids of the time phrases of the verb coordinated after the bare verb ``token``
    ("arrested and convicted in 2018": the ids of "in 2018"), or an empty set."""
    if token.pos_ not in ("VERB", "AUX") or any(c.dep_ not in BARE_DEPS for c in token.children):
        return set()
    conjunct = next((c for c in token.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if conjunct is None or any(c.dep_ in SUBJECT_DEPS for c in conjunct.children):
        return set()
    if any(c.dep_ == "advmod" and c.lower_ in blockers for c in conjunct.children):
        return set()
    return {t.i for c in conjunct.children if c.dep_ in TIME_DEPS and c.i > conjunct.i for t in c.subtree}
