"""What a clause's own words say of its act: negated ("did not attack", "none of the protesters were
arrested"), made impossible ("were unable to agree"), scheduled ("Israel is set to annex"), and the tense tags
of a verb with its auxiliaries.

Moved out of :mod:`dotterel.stages.modality`, whose stage reads them for each event's clause.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.token_words import lemma_of

__all__ = ["is_incapable", "is_negated", "is_scheduled", "to_tense_tags"]

NEGATABLE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def is_negated(token: Any, words: ModalityWords, by_subject: bool = True) -> bool:
    """True when the verb is negated itself ("did not attack", "no talks were held") or, with
    ``by_subject``, through its subject ("neither rocket was intercepted", "none of the protesters were
    arrested"); a trigger's clause is not negated by its subject: "Nobody was hurt in the attack" tells of an
    attack."""
    table = to_doc_table(token.doc)
    deps, lowers, children = table.deps, table.lowers, table.children
    negative = words.negative_subjects
    for c in children[token.i]:
        if deps[c] == "neg" or (deps[c] == "det" and lowers[c] == "no"):
            return True
        if (
            by_subject
            and deps[c] in NEGATABLE_SUBJECT_DEPS
            and (
                lowers[c] in negative or any(deps[d] == "det" and lowers[d] in negative for d in children[c])
            )
        ):
            return True
    return False


def is_incapable(clause: Any, words: ModalityWords) -> bool:
    """True when the clause is the to-infinitive of an adjective of incapacity ("were unable to agree") or
    of a negated "able" ("were not able to reach a deal"): the act did not happen."""
    if clause.dep_ != "xcomp":
        return False
    head = clause.head
    lemma = lemma_of(head)
    if lemma in words.incapacity_heads:
        return True
    able = lemma in words.ability_heads  # "were not able to reach a deal"
    return able and (is_negated(head, words) or is_negated(head.head, words, by_subject=False))


def to_tense_tags(verb: Any) -> set[str]:
    """The tags of a verb and its auxiliaries ("are met" -> {VBN, VBP})."""
    return {t.tag_ for t in [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]}


def is_scheduled(verb: Any, words: ModalityWords) -> bool:
    """An act arranged for the future: the to-infinitive of "be set / due / poised / scheduled to" ("Israel is
    set to annex", "the leaders are due to meet"); not "set out to capture" (a particle) nor "set fire"."""
    head = verb.head
    if verb.dep_ != "xcomp" or lemma_of(head) not in words.schedule_heads:
        return False
    if any(c.dep_ == "prt" for c in head.children):
        return False
    has_be = any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in head.children)
    return has_be or (head.dep_ == "acomp" and head.head.lemma_ == "be")
