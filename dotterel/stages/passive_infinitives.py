"""A passive verb that borrows its subject undergoes its act: "Saudi cadets are to be expelled".

In "X are to be expelled", "X refuse to be deported", the subject stands on the verb before the infinitive
("are", "refuse"), but the infinitive is passive ("to be" and a participle): X is the one expelled or
deported, as the passive subject of "X were expelled" is. So in "the men are scapegoats and [were] tortured by
police": the participle with a ``by``-agent or its own "were" shares the copula's subject, and the men are the
ones tortured, by the police. A subject that such a passive verb finds on a governing verb is therefore read
as a passive subject: the target, and the agent (if any) the source; but the troops a withdrawal moves stay
their side's source, as the active "withdraws its troops" reads them; and a governing verb with an object of
its own ("ordered the prisoners to be freed") passes its object, not its subject, to the infinitive.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.wordlists import load_role_words

OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
PARTICIPLE_TAG = "VBN"
COMPLEMENT_DEP = "xcomp"
GAPPING_DEPS = frozenset({"conj", "ccomp"})  # how the parser links the clauses of a gapped list


def is_own_passive(verb: Any) -> bool:
    """True for a participle that is passive on its own: "to be expelled", "[were] tortured by police", or a
    bare past participle completing a verb ("detainees described being stripped naked, [beaten] and
    threatened": the detainees were beaten)."""
    if any(child.dep_ in ("auxpass", "agent") for child in verb.children):
        return True
    bare = not any(child.dep_ in AUXILIARY_DEPS for child in verb.children)
    return verb.tag_ == PARTICIPLE_TAG and verb.dep_ == COMPLEMENT_DEP and bare


def _has_object(governor: Any) -> bool:
    """True when the governing verb has an object, which then is the one the infinitive's act befalls:
    "ordered the prisoners to be freed" frees the prisoners, not the subject."""
    return any(child.dep_ in OBJECT_DEPS for child in governor.children)


def is_borrowing_passive(verb: Any, governor: Any, subject: Any) -> bool:
    """True when ``verb`` is passive on its own and takes ``subject`` from ``governor``, another verb; not
    for a withdrawal of the mover's own people ("U.S. soldiers are to be pulled out of Syria": the soldiers'
    side withdraws, as in "the US withdraws its soldiers")."""
    if governor.i == verb.i:
        return is_gapped_passive(verb)
    if not is_own_passive(verb) or _has_object(governor):
        return False
    words = load_role_words()
    held = (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    nouns = [subject, *held]  # "a contingent of troops"
    moved = any({n.lower_, str(n.lemma_).lower()} & words["own_people_nouns"] for n in nouns)
    return not (moved and str(verb.lemma_).lower() in words["withdrawal_verbs"])


def is_gapped_passive(verb: Any) -> bool:
    """True for a past participle with a subject and no auxiliary of its own, next to a passive clause whose
    auxiliary it shares: "a man is killed, a woman [raped] and three others stabbed" (the woman was raped)."""
    if verb.tag_ != PARTICIPLE_TAG or any(child.dep_ in AUXILIARY_DEPS for child in verb.children):
        return False
    if not any(child.dep_ == "nsubj" for child in verb.children):
        return False
    near = (
        [*(c for c in verb.children if c.dep_ in GAPPING_DEPS), verb.head]
        if verb.dep_ in GAPPING_DEPS
        else [c for c in verb.children if c.dep_ in GAPPING_DEPS]
    )
    return any(n.i != verb.i and any(c.dep_ == "auxpass" for c in n.children) for n in near)
