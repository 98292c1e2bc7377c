"""Whom a passive verb's act befalls: its own passive subject, or that of the passive verb it completes.

"Strikes were carried out against the camp": the passive subject of a verb is its object in the active. So is
the passive subject of a verb of finding or leaving for the participle that tells the state it was found in:
"a journalist is found [beaten] to death in his home" is, in the active, "they found a journalist beaten to
death", whom someone beat; "two men were left stabbed in the street". The participle is the passive verb's
open complement (``xcomp``): it has no subject of its own and takes its head's.

A participle in a list of passive participles shares the list's passive subject: in "detainees were stripped,
[beaten] and threatened" the detainees were beaten too. A participle completing an active verb takes that
verb's object, or with none its subject: in "detainees described being stripped naked, [beaten] and
threatened" it is the detainees who were beaten ("police found him [beaten]": him). A past form the small
tagger reads as a past tense (``VBD``) but that takes an agent is a passive participle: in "he was hit by a
car and [kicked] in the head by an officer" the one kicked is "he".
"""

from __future__ import annotations

from typing import Any

PARTICIPLE_TAG = "VBN"
PAST_TAG = "VBD"
AGENT_DEP = "agent"
COMPLEMENT_DEP = "xcomp"
CONJUNCT_DEP = "conj"
OWN_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "auxpass"})
CONTROLLER_DEPS = ("dobj", "obj", "nsubj")
MAX_CONJUNCTS = 4


def find_passive_subject(verb: Any) -> Any | None:
    """Return the passive subject of ``verb`` ("strikes were carried out"), or, for a participle completing a
    passive verb ("is found [beaten] to death"), that verb's passive subject; else None."""
    own = _own_passive_subject(verb)
    if own is not None or not is_participle(verb):
        return own
    if verb.dep_ == COMPLEMENT_DEP and (held := _own_passive_subject(verb.head)) is not None:
        return held  # "is found [beaten] to death"
    if any(child.dep_ in OWN_ROLE_DEPS for child in verb.children):
        return None  # a participle with a subject, an object or an auxiliary of its own
    head = verb
    for _ in range(MAX_CONJUNCTS):  # "were stripped, beaten and [threatened]": up to the list's first
        if head.dep_ != CONJUNCT_DEP or not is_participle(head.head):
            break
        head = head.head
    if head is not verb:
        return _own_passive_subject(head) or find_controlled_subject(head)
    return find_controlled_subject(verb)


def find_controlled_subject(participle: Any) -> Any | None:
    """The undergoer of a participle completing a verb (``xcomp``): the passive subject of a passive head
    ("is found [beaten] to death"), the object of an active one ("found him [beaten]"), or with none its
    subject ("detainees described being [beaten]"); None for any other participle."""
    if participle.dep_ != COMPLEMENT_DEP:
        return None
    head = participle.head
    passive = _own_passive_subject(head)
    if passive is not None or any(child.dep_ == "auxpass" for child in head.children):
        return passive
    for dep in CONTROLLER_DEPS:
        found = next((child for child in head.children if child.dep_ == dep), None)
        if found is not None:
            return found
    return None


def _own_passive_subject(verb: Any) -> Any | None:
    if not any(child.dep_ == "auxpass" for child in verb.children):
        return None
    return next((child for child in verb.children if child.dep_ == "nsubjpass"), None)


def is_participle(verb: Any) -> bool:
    """True for a past participle, or a past form with an agent the tagger took for a past tense ("and
    [kicked] in the head by an officer")."""
    if verb.tag_ == PARTICIPLE_TAG:
        return True
    return verb.tag_ == PAST_TAG and any(child.dep_ == AGENT_DEP for child in verb.children)
