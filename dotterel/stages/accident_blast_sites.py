"""Blasts an item tells as accidents with no fuel named beside them, for :mod:`dotterel.stages.accidents`.

A blast noun ("explosion", "blast") with no doer is an attack only when something names one. It is an
accident when:

- its place phrase or its noun modifier names a site of industry or storage (``blast_sites``): "an explosion
  at an ammunition storage facility injures 45", "an explosion along a pipeline kills 70", "a factory
  explosion"; what the site makes or holds is no weapon used ("an explosion at an explosives factory"), but
  the sentence must name no attack otherwise ("a bomb blast at a depot", "a suicide bomber sets off an
  explosion at a factory");
- the item names an accidental cause in any sentence (``blast_cause_words``: "A gas leak is suspected", "the
  cause of the accident") and names no attack in any ("Police say militants planted a bomb" keeps it one).

A weapon that modifies the blast or is what blew up ("a bomb blast", "the explosion of a grenade") keeps it an
attack everywhere.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.accident_clues import has_attack_word, to_weapons
from dotterel.stages.token_words import lemma_of

SITE_PREPS = frozenset({"at", "in", "on", "along", "inside"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "conj"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def is_told_accident_blast(noun: Any, words: HazardWords) -> bool:
    """True for a blast noun at a site of industry or storage, or in an item that names an accidental cause
    and no attack (see the module's docstring)."""
    if noun.pos_ not in NOUN_POS or lemma_of(noun) not in words.blast_words or _names_weapon(noun, words):
        return False
    return _is_site_blast(noun, words) or _is_cause_told(noun, words)


def _names_weapon(noun: Any, words: HazardWords) -> bool:
    """True for a blast whose own modifier or "of" object is a weapon: "a bomb blast", "an explosion of a
    grenade", "a car bomb explosion"."""
    near = [child for child in noun.children if child.dep_ in MODIFIER_DEPS]
    near += [obj for prep in noun.children if prep.lower_ == "of" for obj in prep.children]
    near += [child for token in list(near) for child in token.children if child.dep_ == "compound"]
    weapons = to_weapons(lemma_of(noun), words)
    return any(lemma_of(token) in weapons or lemma_of(token) in words.attack_words for token in near)


def _site_phrases(noun: Any) -> list[Any]:
    """The objects of the place phrases of the blast or of the verb it is the subject of ("at a [facility]",
    "along a [pipeline]", "kills five people at a petroleum [plant]") and the blast's own modifiers ("a
    [factory] explosion", "a [goldmine] explosion")."""
    hosts = [noun]
    if noun.dep_ == "nsubj":  # "An explosion kills five people at a plant": the verb's or its object's
        hosts += [noun.head, *(child for child in noun.head.children if child.dep_ == "dobj")]
    preps = [c for host in hosts for c in host.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS]
    sites = [obj for prep in preps for obj in prep.children if obj.dep_ == "pobj"]
    return sites + [child for child in noun.children if child.dep_ in {"compound", "nmod", "amod"}]


def _is_site_blast(noun: Any, words: HazardWords) -> bool:
    """True for a blast at a site of industry or storage, in a sentence that names no attack outside the
    site's own words ("an explosives factory")."""
    for site in _site_phrases(noun):
        names = [site, *(child for child in site.children if child.dep_ in MODIFIER_DEPS)]
        if not any(lemma_of(token) in words.blast_sites for token in names):
            continue
        site_ids = {token.i for token in site.subtree}
        rest = [token for token in noun.sent if token.i not in site_ids]
        return not has_attack_word(rest, words)
    return False


def _is_cause_told(noun: Any, words: HazardWords) -> bool:
    """True for a blast in an item that names an accidental cause and no attack in any sentence."""
    doc = noun.doc
    if any(has_attack_word(sent, words) for sent in doc.sents):
        return False
    return any(lemma_of(token) in words.blast_cause_words for token in doc)
