"""Gatherings and acts set up but not carried out, told with no modal auxiliary to mark them.

- a gathering or trip called off or banned, the subject of a passive or the object of a verb of calling off
  ("talks that were to be held are called off", "cancels a meeting with the envoy", "postpones his visit",
  "protests organized by BLM are cancelled", "police ban a rally"), and the to-infinitive purpose of a trip
  or gathering called off ("cancels a trip to Belgrade to mediate with Serbia", "ban a rally planned to
  protest the arrests"): it did not take place (hypothetical); a strike or an offensive called off had often
  begun and is left as it is;
- an act in the to-infinitive of a verb of applying ("has applied to seize the tanker"): asked for, not done;
- a gathering that is the object of a verb of arranging ("has scheduled a meeting with Macron"): to come;
- an act in the gerund of a noun of prospect ("studying the possibility of opening an embassy", "the chance
  of winning"): an aim, as "a possible opening" is (see :mod:`dotterel.stages.prospects`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.token_words import lemma_of

__all__ = ["is_unheld"]

CALLED_OFF_DEPS = frozenset({"dobj", "nsubjpass"})
PURPOSE_DEPS = frozenset({"advcl", "acl"})  # the to-infinitive of the trip's verb or of the gathering noun


def _is_calling_off(verb: Any, words: ModalityWords) -> bool:
    """True for a verb of calling off; "call" only with its particle "off" ("called off the talks")."""
    lemma = lemma_of(verb)
    if verb.pos_ not in {"VERB", "AUX"} or lemma not in words.calling_off_verbs:
        return False
    return lemma != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _is_called_off_noun(noun: Any, words: ModalityWords) -> bool:
    """True when a gathering or trip noun is what a verb of calling off calls off (its conjuncts too)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if lemma_of(noun) not in words.called_off_nouns and noun.lower_ not in words.called_off_nouns:
        return False
    return noun.dep_ in CALLED_OFF_DEPS and _is_calling_off(noun.head, words)


def is_called_off(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True for a gathering called off or the purpose of a trip called off (module doc)."""
    if token.pos_ in {"NOUN", "PROPN"} and _is_called_off_noun(token, words):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.dep_ not in PURPOSE_DEPS or not infinitive:
        return False  # "cancels a trip to Belgrade to mediate with Serbia"
    head = clause.head
    if clause.dep_ == "acl":  # "ban a rally planned for Sunday to protest the arrests": the rally's purpose
        return _is_called_off_noun(head, words)
    return any(c.dep_ == "dobj" and _is_called_off_noun(c, words) for c in head.children)


def _is_applied_for(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True for the act in the to-infinitive of a verb of applying: "has applied to seize the tanker"."""
    acted = token.i == clause.i or (token.dep_ == "dobj" and token.head.i == clause.i)
    return acted and clause.dep_ == "xcomp" and lemma_of(clause.head) in words.application_heads


def _is_arranged(token: Any, words: ModalityWords) -> bool:
    """True for a gathering that is the object of a verb of arranging: "has scheduled a meeting"."""
    if token.dep_ != "dobj" or lemma_of(token.head) not in words.arranging_verbs:
        return False
    return lemma_of(token) in words.called_off_nouns or token.lower_ in words.called_off_nouns


def _is_prospective_gerund(token: Any, words: ModalityWords) -> bool:
    """True for a gerund governed by a noun of prospect: "the possibility of opening an embassy"."""
    prep = token.head
    if token.pos_ != "VERB" or token.dep_ != "pcomp" or prep.lower_ not in words.prospective_preps:
        return False
    return prep.head.pos_ == "NOUN" and lemma_of(prep.head) in words.prospective_heads


def is_unheld(token: Any, clause: Any, words: ModalityWords) -> bool:
    """True when the act was called off, applied for, arranged or only a prospect (module doc)."""
    return (
        is_called_off(token, clause, words)
        or _is_applied_for(token, clause, words)
        or _is_arranged(token, words)
        or _is_prospective_gerund(token, words)
    )
