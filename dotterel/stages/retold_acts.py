"""An act told again as a rank in a class: "He is the second minister to resign this week", "It is the
second Syrian helicopter to be shot down this week", "Fan is the second Canadian citizen sentenced to death
this year".

The infinitive or participle relative on a noun ranked by an ordinal beyond the first, the predicate of "be",
tells that the subject did an act of a class that others did before: the subject's own act is told elsewhere
(the news), the others' earlier acts are not named. It is no new act, and the modality stage drops it. "the
first woman to win the prize" (often the news itself) and "becomes the third country to recognize Guaidó" (the
act of the day) are kept.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Article, Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.tied_votes import is_tied_vote

RELATIVE_DEPS = frozenset({"relcl", "acl", "xcomp"})
PREDICATE_DEPS = frozenset({"attr"})


def _ranked_noun(token: Any, ordinals: frozenset[str]) -> Any | None:
    """The noun the relative hangs on ("minister" of "the second minister to resign"), or None when it has
    no ordinal of ``ordinals``; a relative spaCy hangs on the copula itself is taken with its predicate."""
    head = token.head
    predicates = [c for c in head.children if c.dep_ in PREDICATE_DEPS]
    nouns = [head] if head.pos_ in {"NOUN", "PROPN"} else predicates
    for noun in nouns:
        if any(c.dep_ == "amod" and c.lower_ in ordinals for c in noun.children):
            return noun
    return None


def is_retold_act(token: Any, ordinals: frozenset[str]) -> bool:
    """True for the verb of "X is the second N to V" or "the second N V-ed" (see the module doc)."""
    if token.dep_ not in RELATIVE_DEPS or token.tag_ not in {"VB", "VBN"} or token.i == token.head.i:
        return False
    noun = _ranked_noun(token, ordinals)
    if noun is None:
        return False
    return noun.dep_ in PREDICATE_DEPS and str(noun.head.lemma_).lower() == "be"


def drop_retold_acts(article: Article, ordinals: frozenset[str]) -> list[Event]:
    """The article's events without those whose trigger is a retold act (see :func:`is_retold_act`) or a
    tied vote broken (:func:`~dotterel.stages.tied_votes.is_tied_vote`)."""
    kept = []
    for event in article.events:
        token = resolve_trigger_root(article.doc, event.trigger)
        if token is None or not (is_retold_act(token, ordinals) or is_tied_vote(token)):
            kept.append(event)
    return kept
