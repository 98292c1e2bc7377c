"""Acts only advised, suggested or set as a plan's terms: hypothetical, not done.

- an act under a modal of obligation or advice ("the prisoners should be pardoned", "the rebels must be
  attacked", "the government ought to release them"), the to-infinitive under it included ("should be allowed
  to return"), when no speaker of another side made it a demand (:mod:`.modality_recodings`);
- an act suggested ("Trump suggested a visit to Pyongyang", "recommended to pardon him");
- a plan's, deal's or bill's terms told with "would" ("under the plan, Israel would withdraw", "a law under
  which spies would face life imprisonment", "the bill would ban", "a deal that would see troops withdraw").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.token_words import lemma_of

MAX_XCOMP_CLIMB = 2
TERM_PREPS = frozenset({"under"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def has_aux(verb: Any, auxiliaries: frozenset[str]) -> bool:
    """True when the verb has an auxiliary whose word or lemma is listed (read from the doc's table; the
    modality stage's test of "will", "would", "should" too)."""
    table = to_doc_table(verb.doc)
    deps, lowers, lemmas = table.deps, table.lowers, table.lemmas
    children = table.children[verb.i]
    return any(deps[c] == "aux" and (lowers[c] in auxiliaries or lemmas[c] in auxiliaries) for c in children)


def _has_obligation(verb: Any, auxiliaries: frozenset[str]) -> bool:
    """True for "should" or "must" after the verb's subject: "should [his counterpart] request help" puts the
    modal first, a condition (often hung on the wrong verb by the parser), no advice."""
    first = min((c.i for c in verb.children if c.dep_ in SUBJECT_DEPS), default=-1)
    return any(c.dep_ == "aux" and lemma_of(c) in auxiliaries and c.i > first for c in verb.children)


def _xcomp_chain(clause: Any) -> list[Any]:
    """The clause and the verbs whose to-infinitive it is ("should be allowed to [return]")."""
    chain, node = [clause], clause
    for _ in range(MAX_XCOMP_CLIMB):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
    return chain


def is_advised(clause: Any, words: ModalityWords) -> bool:
    """True for an act that someone should, must or ought to do: what is advised, not what was done."""
    for verb in _xcomp_chain(clause):
        if _has_obligation(verb, words.obligation_aux):
            return True
        if verb is not clause and lemma_of(verb) in words.advice_heads:
            return True
    return False


def is_suggested(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True for the object or to-infinitive of a verb of suggesting: "suggested a visit", "advised to go"."""
    if token.dep_ == "dobj" and lemma_of(token.head) in words.suggestion_verbs:
        return True
    return clause.dep_ == "xcomp" and lemma_of(clause.head) in words.suggestion_verbs


def _is_term_noun(noun: Any, words: ModalityWords) -> bool:
    return noun.pos_ in {"NOUN", "PROPN"} and lemma_of(noun) in words.term_nouns


def is_plan_term(clause: Any, words: ModalityWords) -> bool:
    """True for a verb with "would" whose plan, deal or bill is named as its subject, its "under" phrase or
    the noun its relative clause hangs on: the terms of the plan, not acts done."""
    if not has_aux(clause, words.reported_future_aux):
        return False
    for child in clause.children:
        if child.dep_ in SUBJECT_DEPS and _is_term_noun(child, words):
            return True  # "the bill would ban"
        if child.dep_ == "prep" and child.lower_ in TERM_PREPS:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if any(_is_term_noun(g, words) for g in objects):
                return True  # "under the plan, Israel would withdraw"
            if objects and clause.dep_ == "relcl" and _is_term_noun(clause.head, words):
                return True  # "a law under which spies would face"
    return clause.dep_ == "relcl" and _is_term_noun(clause.head, words)  # "a deal that would see"
