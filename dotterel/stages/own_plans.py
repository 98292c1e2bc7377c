"""A measure of one's own told in the plain future is a plan to come, not a threat.

"Norway will impose a 10-day quarantine on arrivals from Germany", "Sudan will ban all travellers from the
United Kingdom beginning December 23", "China says it will suspend all direct flights to the United Kingdom":
the doer tells what it means to do; no one is warned and no condition is set. THREATEN in the codebook is a
coercive warning aimed at another party (a threatener and a condition: "threatens to", "warns it will", "will
… unless"), so the act keeps its own type and is to come (hypothetical). Only the acts a state puts in force
by deciding them (sanctions, administrative sanctions, expulsions: ``DECIDED_ROOTS``) with no target of
another country, and cooperative acts ("Turkey says it will maintain its support for the GNA": a plan, no
threat; a promised cooperative act with an intent code stays an AGREE, see
:mod:`dotterel.stages.modality_recodings`). A measure said to come against another country ("said it would
impose sanctions on Iran") stays a threat aimed at it, as a deployment abroad does; so do force and arrests
told to come ("will strike back"), a measure for a generic patient ("anyone who overstays will be deported"),
a measure whose noun is the subject of another verb ("the ban will come into effect on April 14": decided,
only its start is to come) and a future under a word of commitment or warning ("vowed it will", "warned it
would", "the threat of new tariffs"). The modality stage asks only once the announced-act rule has passed: a
sanction or restriction a decision verb announces ("India announced it will impose tariffs") or its doer
tells in the passive is asserted.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Actor, Event
from dotterel.stages.announced_passives import DECIDED_ROOTS
from dotterel.stages.token_words import lemma_of
from dotterel.stages.unrealized_acts import is_threatened_noun

COOPERATIVE_QUAD_CLASSES = frozenset({1, 2})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
ACT_DEPS = frozenset({"dobj", "nsubjpass"})  # the act is the clause's verb or object: "will impose a curfew"
# ... or a verb joined to it that shares its modal: "will deport them and [ban] them" (conjunct_modals)
ACT_DEPS = ACT_DEPS | {"conj"}
MAX_CLIMB = 3
# Accusations, lawsuits, summonses and inquiries told in the plain future are steps the doer announces, aimed
# at another side or not: "will file a formal accusation against Venezuela before the ICJ", "will summon the
# ambassador"; a warning word above ("warned it would sue") still makes them threats.
LEGAL_STEP_TYPES = frozenset({"ACCUSE"})


def _is_foreign(source: Actor | None, target: Actor | None) -> bool:
    """True when the target is an actor of another country than the source: the measure is aimed at it."""
    return target is not None and target.country not in {None, source.country if source else None}


def _path(token: Any, clause: Any) -> list[Any]:
    """The heads from the trigger up to its clause's verb, then the verb's heads (at most ``MAX_CLIMB``)."""
    nodes, node = [], token
    while node.i != clause.i and node.head.i != node.i:
        node = node.head
        nodes.append(node)
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            break
        node = node.head
        nodes.append(node)
    return nodes


def is_own_plan(
    token: Any, clause: Any, event: Event, words: ModalityWords, warning_heads: frozenset[str]
) -> bool:
    """True when the act is a decided measure or a cooperative act told in the plain future ("will", or
    "would" after a speech verb), under no word of commitment or warning (see the module doc)."""
    cooperative = event.action.quad_class in COOPERATIVE_QUAD_CLASSES
    decided = event.action.cameo.startswith(DECIDED_ROOTS) and not _is_foreign(event.source, event.target)
    stepped = event.action.type in LEGAL_STEP_TYPES  # "will file an accusation against Venezuela"
    if not (cooperative or decided or stepped):
        return False
    if is_threatened_noun(token, words):  # "his threat of tariffs will …"
        return False
    if token.i != clause.i and (token.dep_ not in ACT_DEPS or token.head.i != clause.i):
        return False  # "the ban will come into effect on April 14": the ban is decided, its start is to come
    future = words.future_aux | words.reported_future_aux
    if not any(c.dep_ == "aux" and (c.lower_ in future or lemma_of(c) in future) for c in clause.children):
        return False
    arguments = [c for c in clause.children if c.dep_ in ARGUMENT_DEPS]
    if stepped and any(c.dep_ == "relcl" for a in arguments for c in a.children):
        return False  # "citizens who disobey the rules will be fined": a penalty for a class, a warning
    if any(t.lower_ in words.generic_target_words for a in arguments for t in a.subtree):
        return False  # "anyone who overstays their visa will be deported": a warning to all
    governing = words.commitment_heads | warning_heads
    return not any(lemma_of(t) in governing for t in _path(token, clause))
