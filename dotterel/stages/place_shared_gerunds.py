"""A "while" gerund with no subject of its own tells where its verb's subject was at the time.

"Forty people are arrested while protesting Operation Legend in Detroit", "a journalist is detained while
covering protests in Minsk": the arrested protested in Detroit, and were arrested there; the place of the
gerund's clause is the verb's too, though the gerund is an event of its own (the protest). A "while" clause
with a subject of its own ("kill 40 people while peace talks are taking place in Moscow") is another
happening's time, not its place (:mod:`dotterel.stages.place_tiers`).

A passive gerund after a preposition of time ("A protester in Minsk is killed after [being shot] by police")
has the victim of its verb as its own: it takes the place phrases of that verb's subject (Minsk), not the
verb's own ("dies at a hospital in Paris after being wounded in Mali" was not wounded in Paris).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_acting_subjects import find_subject_place_phrases

GERUND_TAG = "VBG"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def is_shared_gerund(clause: Any) -> bool:
    """True for an adverbial gerund with no subject of its own: "[while] protesting … in Detroit"."""
    if clause.dep_ != "advcl" or clause.tag_ != GERUND_TAG:
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def find_passive_gerund_subject_ids(token: Any, words: PlaceWords, stops: frozenset[int]) -> set[int]:
    """The place phrases of the subject of the verb a passive gerund after a preposition of time hangs on
    ("A protester in Minsk is killed after being [shot]": "in Minsk"), or an empty set."""
    prep = token.head
    if token.dep_ != "pcomp" or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children):
        return set()
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in words.gerund_adjunct_preps
        or prep.head.pos_ not in ("VERB", "AUX")
    ):
        return set()
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in stops]
    return {t.i for s in subjects for p in find_subject_place_phrases(s, words) for t in p.subtree} - set(
        stops
    )
