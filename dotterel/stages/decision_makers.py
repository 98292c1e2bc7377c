"""The maker of an act told only as "the decision": the doer of the act told just before.

"The Supreme Court acquits the journalist. Rights groups criticize the decision": a reaction (criticism,
praise, rejection, protest) whose object is a bare definite act noun ("the decision", "this move", "the
ruling"; ``decision_nouns`` of ``roles.yaml``) names its target only through that noun, and the noun's maker
is the doer of the act it points back to. A noun with a possessor ("the court's decision") or a phrase of
its own ("the decision to expel", "the decision of the parliament") names its maker itself, and is left to
the events stage. When such a reaction has no target, the source of the nearest earlier event (of the same
or the previous sentence, and not the reaction's own source) becomes its target, if that event is the main
act of its sentence: in "The court rules that the government violated the law. The minister applauds the
decision" the violation is no decision, and the ruling gave no event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from dotterel.model import Article, Event
from dotterel.stages.doc_tables import find_sentence_index, resolve_trigger_root

__all__ = ["find_decision_noun", "to_decision_targets"]

# Dependencies that hang a phrase of its own on the noun ("the decision [to expel]", "[of] the court").
OWN_PHRASE_DEPS = frozenset({"poss", "prep", "acl", "relcl", "compound", "nmod"})
OBJECT_DEPS = frozenset({"dobj", "obj", "pobj"})


def find_decision_noun(verb: Any, words: Mapping[str, frozenset[str]]) -> Any | None:
    """The bare definite act noun the reaction verb takes as object, itself or behind a preposition:
    "criticize [the decision]", "protest against [the move]"; None for one with a maker or a phrase of its
    own."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for noun in objects:
        if str(noun.lemma_).lower() not in words["decision_nouns"]:
            continue
        determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
        own_phrase = any(c.dep_ in OWN_PHRASE_DEPS for c in noun.children)
        if determiners & words["anaphoric_determiners"] and not own_phrase:
            return noun
    return None


def to_decision_targets(article: Article, words: Mapping[str, frozenset[str]]) -> list[Event]:
    """Return the article's events, each untargeted reaction to a bare "the decision" given the source of
    the act told just before it as its target."""
    events = list(article.events)
    if article.doc is None:
        return events
    for position, event in enumerate(events):
        if event.target is not None or event.action.type.lower() not in words["decision_reaction_types"]:
            continue
        verb = resolve_trigger_root(article.doc, event.trigger)
        if verb is None or verb.pos_ not in {"VERB", "AUX"} or find_decision_noun(verb, words) is None:
            continue
        maker = _find_maker(article, events, event)
        if maker is not None:
            spans = dict(event.evidence.spans)
            if "source" in maker.evidence.spans:
                spans["target"] = maker.evidence.spans["source"]
            evidence = replace(event.evidence, spans=spans)
            events[position] = replace(event, target=maker.source, evidence=evidence)
    return events


def _find_maker(article: Article, earlier: list[Event], reaction: Event) -> Event | None:
    """The nearest earlier event of the reaction's sentence or the one before it, with a source that is
    not the reaction's own."""
    here = find_sentence_index(article, reaction)
    if here is None:
        return None
    for event in sorted(earlier, key=lambda e: e.trigger.start, reverse=True):
        if event.trigger.start >= reaction.trigger.start or event.source is None:
            continue
        there = find_sentence_index(article, event)
        if there is None or here - there > 1:
            return None
        if reaction.source is None or event.source != reaction.source:
            return event if _is_main_act(article, event) else None
    return None


def _is_main_act(article: Article, event: Event) -> bool:
    """True for the main act of its sentence: its verb (or the verb of its object noun: "announces [a ban]")
    is the sentence's root or conjoined to it, not a clause inside another act ("rules that X violated")."""
    token = resolve_trigger_root(article.doc, event.trigger)
    if token is not None and token.dep_ in {"dobj", "obj", "compound"}:  # "A court [sentences] X" mistagged
        token = token.head
    if token is not None and token.dep_ == "conj":
        token = token.head
    return token is not None and token.dep_ == "ROOT"
