"""Acts told as the content of a charge, a plea or someone's claim about another: not asserted.

An allegation ("suspected of blowing up a plane", ``allegation_words``,
:func:`~.nested_modalities.is_alleged`) and the crime a plea answers ("pleads guilty to murdering eight men",
:func:`~.plea_contents.is_pleaded_charge`) are
told, not asserted. So is what a claim says another did: "Brian Murphy claims in a complaint that Chad Wolf
had instructed officials to fabricate assessments", "Russia claims Ukrainian troops attacked its border post"
(the content clause of a verb or noun of ``claim_verbs`` whose active subject is another than the claimant).
A claim of one's own act stays asserted: "Iran claims it shot down a drone", "The Taliban claim they killed
30 soldiers", "IS claims that its fighters killed 12 soldiers" (a pronoun, the claimant's own men or name),
"claims to be manufacturing weapons" (an infinitive: the claimant's act); a passive with a doer or done to
the claimant ("claims he was arrested by police", "claims one of its tankers was hit") is another's act, a
bare one ("The Taliban claimed 57 were killed") may be the claimant's own and stays asserted. Only a verb of
the content is so read, not a noun in it: "claims that Iran ordered the attack", "claims that the incident was
an airstrike" dispute the doer or the name, not the act.
All three are coded hypothetical (the modalities have no "alleged").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.nested_modalities import is_alleged
from dotterel.stages.plea_contents import is_pleaded_charge
from dotterel.stages.unasserted_contents import is_allegation_content

CONTENT_DEPS = frozenset({"ccomp", "acl"})
MAX_CONJUNCT_CLIMB = 2


def is_told_content(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True when the act at ``token`` (in the clause of ``clause``) is alleged, pleaded to, the content of an
    allegation noun, or, told by the clause's verb itself, claimed of another
    (:func:`is_claimed_of_another`)."""
    return (
        is_alleged(token, clause, words.allegation_words)  # "suspected of blowing up a plane"
        or is_pleaded_charge(token, clause, words.plea_verbs)  # "pleads guilty to murdering eight men"
        # "amid allegations that he pressured prosecutors" (:mod:`~.unasserted_contents`)
        or (token.i == clause.i and is_allegation_content(clause, words.allegation_nouns))
        or (token.i == clause.i and is_claimed_of_another(clause, words.claim_verbs))  # "claims X instructed"
    )


def is_claimed_of_another(clause: Any, claim_verbs: frozenset[str]) -> bool:
    """True when ``clause`` (the act's verb, or a verb it is coordinated with) is the content clause of a
    claim verb or noun and its active subject is not the claimant: a pronoun ("it", "they"), a subject a
    claim verb's subject owns ("its fighters") or one sharing a name with it tells the claimant's own act."""
    for _ in range(MAX_CONJUNCT_CLIMB):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    claim = clause.head
    if clause.dep_ not in CONTENT_DEPS or str(claim.lemma_).lower() not in claim_verbs:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.dep_ == "nsubjpass":
        return _is_done_to_claimant(clause, subject)
    if subject.pos_ == "PRON":  # "Iran claims it shot down a drone"
        return False
    if claim.pos_ in ("VERB", "AUX") and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return False  # "The Islamic State claims that its fighters killed 12 soldiers"
    claimant = next((c for c in claim.children if c.dep_ == "nsubj"), None)
    own = {t.lower_ for t in claimant.subtree if t.pos_ == "PROPN"} if claimant is not None else set()
    return not own & {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}


def _is_done_to_claimant(clause: Any, subject: Any) -> bool:
    """True for a passive content with a doer named ("was arrested by police") or done to the claimant or
    what it owns ("claims he was arrested", "claims one of its oil tankers was hit"); a bare passive ("The
    Taliban claimed 57 were killed") may tell the claimant's own act and stays asserted."""
    if any(c.dep_ == "agent" for c in clause.children):
        return True
    return subject.pos_ == "PRON" or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in subject.subtree)
