"""The attacker's own death told in a clause of the attack's sentence and folded into the attack: "A man
kills two people … before being killed by a security guard" tells three deaths. The casualties stage reads
the attack's toll (2) and the passive killing's (1, the attacker) apart; when the merge stage folds the
killing into the attack (it names no doer of its own that sets it apart), the attack keeps its first count
and the attacker's death would be lost. So the folded killing's dead are added to the attack's.

A killing is the attacker's end when it is a passive killing verb with no subject of its own (the
attacker, the subject of the attack's verb, is its victim), hanging on the attack's verb (or on a verb
joined to it or a participle of it) through a preposition or conjunction of time ("before being shot
dead", "after being wounded", "and is then shot dead by police"), and the attack's verb is active with a
subject. Not when the attack's sentence gives a total that already counts him ("three killed, including
the gunman", "including himself"). A killing that stays a row of its own is not folded and adds nothing:
the attack's count is right as it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root

__all__ = ["with_attacker_end"]

# Words that bring in a part of a total already told: "three people, including the gunman, are killed".
_INCLUDING = frozenset({"including", "among"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
_TIME_LINKS = frozenset({"before", "after", "then", "later", "eventually", "subsequently"})
_CLAUSE_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})


def with_attacker_end(
    doc: Any, attack: Event, folded: Event, merged: Event, doer_nouns: frozenset[str], added: set[int]
) -> Event:
    """Return ``merged`` (``folded`` merged into ``attack``) with the folded killing's dead added to the
    attack's when the folded killing is the attacker's own death (see the module docstring); ``added``
    holds the deaths already added (one verb may carry two events), and takes this one."""
    if not attack.killed or not folded.killed or merged.killed != attack.killed:
        return merged
    if attack.evidence.start != folded.evidence.start:
        return merged
    attack_head = resolve_trigger_root(doc, attack.trigger)
    death = resolve_trigger_root(doc, folded.trigger)
    if attack_head is None or death is None or not _is_attacker_end(attack_head, death):
        return merged
    if death.i in added or _counts_the_doer(attack_head.sent, doer_nouns):
        return merged
    added.add(death.i)
    return replace(merged, killed=attack.killed + folded.killed)


def _is_attacker_end(attack_head: Any, death: Any) -> bool:
    """True for a passive ``death`` with no subject of its own in a time clause of the active, subjected
    ``attack_head`` (see the module docstring)."""
    if death.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in death.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in death.children):
        return False
    if not any(c.dep_ == "nsubj" for c in attack_head.children):
        return False
    link = death.head if death.dep_ == "pcomp" else death
    linked = death.dep_ == "conj" or link.lower_ in _TIME_LINKS or any(
        c.lower_ in _TIME_LINKS for c in death.children if c.dep_ in ("mark", "advmod")
    )
    return linked and _hangs_on(death, attack_head)


def _hangs_on(death: Any, attack_head: Any) -> bool:
    """True when ``death`` hangs on ``attack_head`` through clause links only (a verb joined to it, a
    participle of it, a preposition of time)."""
    token = death
    while token.dep_ in _CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
        if token.i == attack_head.i:
            return True
    return False


def _counts_the_doer(sent: Any, doer_nouns: frozenset[str]) -> bool:
    """True when the sentence's total already counts the attacker: "including the gunman", "including
    himself", "among them the attacker" (the part itself, not a possessor: "including the gunman's wife"
    is another victim)."""
    for token in sent:
        if token.lower_ not in _INCLUDING:
            continue
        parts = [c for c in token.children if c.dep_ in ("pobj", "dobj", "appos")]
        parts += [conj for part in parts for conj in part.conjuncts]
        if any(p.lemma_.lower() in doer_nouns or p.lower_ in _REFLEXIVES for p in parts):
            return True
    return False
