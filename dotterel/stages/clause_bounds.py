"""Where a trigger's clause stops taking its modality from the clauses above it.

A relative or adverbial clause told in the past tense states a fact of its own, whatever the clause it hangs
from promises or plans: in "the two sides agree to resume talks that broke down after a crackdown on
protesters", the crackdown happened (it is no agreement to crack down); in "Lissu, who returned from exile
after a failed assassination attempt, warns of irregularities", the attempt is no warning. The climb from a
trigger's clause to the promise, commitment and plan words above it stops at such a clause
(:mod:`dotterel.stages.modality`). So does a coordinated clause with a subject and a tense of its own: in "the
family wants to move him abroad, but doctors have refused to discharge him", the refusal is done, no wish of
the family's; in "protesters plan to march, but police have banned the rally", the ban is no plan.

A denial reaches down to what is denied, not to a verb coordinated with it nor to a past adverbial clause:
"the Taliban deny the accusation and blame the government", "Iran denies involvement after the Kingdom
blamed Iran" are accusations made, not denied ones.

A warning threatens only what its content says will be done: an act named in the subject of that content,
or in a relative clause there, is a condition or a topic, not the threatened act: in "warns that attacks on
newly freed prisoners will drive them back to the battlefield" the attacks are no threat of the warner, nor
in "warns that any country that attacks the Islamic Republic will have its mainland turned into a
battlefield", nor in "warns China that the expulsion of 13 journalists could affect ..." (China's own act).
Such an act is hypothetical. A past-tense relative or adverbial clause on the way up still states a fact
("warns that workers who joined the strike will be replaced").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.promise_bounds import is_past_occasion, is_speaking_participle

SUBORDINATE_DEPS = frozenset({"relcl", "advcl"})
PAST_TAG = "VBD"
PERFECT_TAG = "VBN"
AUX_DEPS = frozenset({"aux", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# How an act hangs below a warning when it is no part of the threatened act: a subject, a relative clause.
BACKGROUND_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "relcl"})
MAX_WARNING_CLIMB = 6


def is_past_subordinate(verb: Any) -> bool:
    """True for a relative or adverbial clause verb in the past tense: "talks that broke down", "after he
    had survived", "after they were freed" (not "talks that will resume", "when they attack")."""
    if verb.dep_ not in SUBORDINATE_DEPS:
        return False
    return verb.tag_ == PAST_TAG or any(c.dep_ in AUX_DEPS and c.tag_ == PAST_TAG for c in verb.children)


def is_perfect_fact(verb: Any, contrast_marks: Collection[str]) -> bool:
    """True for a relative clause or a clause of contrast (``contrast_marks``) in the present perfect: "while
    Maduro has rejected foreign aid", "talks that have stalled since May" state what is done; a clause of time
    in the perfect ("will resume talks once the prisoners have been freed") may tell a condition to come."""
    if verb.dep_ != "relcl" and not (verb.dep_ == "advcl" and is_contrast(verb, contrast_marks)):
        return False
    return verb.tag_ == PERFECT_TAG and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def is_own_conjunct(verb: Any) -> bool:
    """True for a coordinated verb with its own subject and a tense of its own: "but doctors [have refused]",
    "and police [banned] the rally" (not "plans to march and [block] roads", which shares the subject)."""
    if verb.dep_ != "conj" or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    return verb.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in auxiliaries)


def to_governing_chain(
    clause: Any, ancestors: Iterable[Any], words: ModalityWords, token: Any = None
) -> list[Any]:
    """Return the clause and its heads up to the first past-tense relative or adverbial clause or participle
    of saying met on the way (that clause included, the heads above it left out): the words whose promise or
    plan the act is; the clause alone for ``token``, the trigger, told as an occasion that has gone on
    (:mod:`.promise_bounds`)."""
    chain = [clause]
    if token is not None and is_past_occasion(token, words):
        return chain  # "agrees to resign after weeks of [protests]"
    node = clause
    for head in ancestors:
        if is_past_subordinate(node) or is_own_conjunct(node) or is_speaking_participle(node, words):
            break
        if is_perfect_fact(node, words.contrast_marks):  # "plans to bring aid, while Maduro has rejected it"
            break
        chain.append(head)
        node = head
    return chain


def is_contrast(clause: Any, marks: Collection[str]) -> bool:
    """True for an adverbial clause of contrast ("while Y casts his support": ``contrast_marks``)."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def is_denied(chain: Sequence[Any], denial_verbs: Collection[str], contrast_marks: Collection[str]) -> bool:
    """True when a head of the clause (``chain``: the clause, then its heads) is a denial verb the clause
    hangs from: not as that verb's conjunct, nor across a past-tense adverbial clause, a relative clause
    ("denies bail to a man who was arrested last week": the arrest is told of the man, not denied) or a clause
    of contrast (``contrast_marks``: "dismisses the plan, while Y casts his support")."""
    for below, head in zip(chain, chain[1:], strict=False):
        if below.dep_ == "relcl" or (below.dep_ == "advcl" and is_past_subordinate(below)):
            return False
        if below.dep_ == "advcl" and is_contrast(below, contrast_marks):  # "dismisses it, while Y backs it"
            return False
        if str(head.lemma_).lower() in denial_verbs and below.dep_ != "conj":
            return True
    return False


def is_warned_background(token: Any, warning_heads: Collection[str]) -> bool:
    """True for an act named as a subject, or in a relative clause, on the way up to a warning (a head whose
    lemma is in ``warning_heads``): "warns that [attacks] on prisoners will drive them back", "warns that any
    country that [attacks] Iran will ...". Not across a past-tense relative or adverbial clause."""
    node, background = token, False
    for _ in range(MAX_WARNING_CLIMB):
        if node.head.i == node.i or is_past_subordinate(node):
            return False
        background = background or node.dep_ in BACKGROUND_DEPS
        node = node.head
        if str(node.lemma_).lower() in warning_heads:
            return background
    return False


def is_asked(clause: Any) -> bool:
    """True for a clause told as an open question: "would not say [whether] Iran should release the tanker",
    "asked [if] Iran must ...": its obligation is asked about, no one's demand."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)
