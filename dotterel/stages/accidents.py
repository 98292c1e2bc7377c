"""Harm with no actor behind it: "a tornado kills three", "a plane crashes, killing 157".

A harm trigger is an accident when a hazard verb carries it or governs it ("the bus overturned, killing
nine"), when the sentence calls the harm accidental, or, with no source found, when the sentence holds a
hazard verb or a hazard noun (``hazards.yaml``). Two readings keep an attack an attack:

- a hazard verb whose subject is a pronoun ("… kills ten people after [it] explodes") is read with the subject
  of the clause it hangs on ("A car bomb … kills"): a weapon there makes it the weapon that exploded;
- a hazard noun modified by a weapon ("killed by [mortar] fire", "[artillery] fire hit the village") or
  exchanged in fighting ("killed in an [exchange] of fire") is the weapons' fire, not a blaze;
- a hazard noun with a direct object ("a group of gunmen [storm] villages") is a verb the tagger took for a
  noun, not a storm.

A government measure (``measure_modes``) or an arrest (``legal_modes``) is never an accident, whatever the
sentence's hazard nouns.
"""

from __future__ import annotations

import functools
from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.model import Mention
from dotterel.stages.accident_blast_sites import is_told_accident_blast
from dotterel.stages.accident_clause_units import to_harm_scope
from dotterel.stages.accident_clues import (
    VERB_DEPS,
    has_attack_word,
    is_accidental_blast,
    is_hazard_predicate_noun,
    is_toll_after_accident,
    is_victim_source,
    to_weapons,
)
from dotterel.stages.accident_doers import (
    is_animal_harm,
    is_harmed_source,
    is_place_source,
    is_vehicle_crash,
    is_vehicle_harm,
    is_vehicle_source,
)
from dotterel.stages.accident_fighting_fires import is_fighting_conjunct
from dotterel.stages.deliberate_hazard_verbs import is_done_to_object
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.hazard_notices import is_hazard_notice
from dotterel.stages.hazard_pronouns import find_outer_noun_subject, to_it_antecedents
from dotterel.stages.hazard_spellings import is_joined_form_lemma, to_joined_forms
from dotterel.stages.hazard_strikes import is_hazard_strike
from dotterel.stages.hazard_threats import is_hazard_threat
from dotterel.stages.nesting import HARM_TYPES
from dotterel.stages.roles import find_subject
from dotterel.stages.trigger_candidates import is_mistagged_verb
from dotterel.stages.triggers import Trigger

MAX_CLAUSE_STEPS = 4
WEAPON_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def is_accident(trigger: Trigger, source: Mention | None, tokens: Any, words: HazardWords) -> bool:
    """True for harm with no actor behind it, or harm the text calls accidental; also for a notice of a
    hazard typed as a political act (:mod:`.hazard_notices`: an evacuation from a storm, a weather warning).

    Args:
        trigger: a trigger of the sentence.
        source: the source found for it, or None.
        tokens: the sentence's spaCy span.
        words: the ``hazards.yaml`` lists.
    """
    if trigger.pattern.type not in HARM_TYPES:  # an evacuation from a storm, a weather warning
        is_hazard = functools.partial(is_hazard_word, words=words)
        strike = is_hazard_strike(trigger.token, words, is_hazard)  # "a quake … of 4.1 [strikes]"
        strike = strike or is_hazard_threat(trigger, words)  # "a storm … threatening Belize"
        return strike or is_hazard_notice(trigger, tokens, words, is_hazard)
    if trigger.pattern.mode in words.measure_modes or trigger.pattern.mode in words.legal_modes:
        return False
    if is_animal_harm(trigger.token, words):  # "a tiger kills a zookeeper", "killed in a shark attack"
        return True
    if is_vehicle_harm(trigger.token, words):  # "a train kills 16 migrant workers"
        return True
    if is_accidental_blast(trigger.token, words) or is_told_accident_blast(trigger.token, words):
        return True
    if is_hazard_governed(trigger.token, words):
        return True
    table, ids = to_doc_table(tokens.doc), to_harm_scope(trigger.token, tokens, words)  # its own clauses
    markers = words.accident_markers
    if any(table.lowers[i] in markers or table.lemmas[i] in markers for i in ids):
        return True
    doc = tokens.doc
    victim = is_victim_source(source, doc, words) or is_vehicle_source(source, doc, words)
    victim = victim or is_place_source(source, doc)  # "In Lower Saxony, Germany, a helicopter crashes"
    victim = victim or is_harmed_source(source, trigger.token, doc, words)  # "three people killed by fires"
    if source is not None and (not victim or has_attack_word(tokens, words)):
        return False
    if any(is_hazard_word(tokens.doc[i], words) for i in ids if is_hazard_lemma(table, i, words)):
        return True
    return is_toll_after_accident(tokens, words, lambda token: is_hazard_word(token, words))


def is_hazard_lemma(table: Any, i: int, words: HazardWords) -> bool:
    """The first test of :func:`is_hazard_word`, on the document table before the token is built."""
    if table.lemmas[i] in _hazard_lemmas(words) or table.lowers[i] in words.hazard_nouns:
        return True
    return is_joined_form_lemma(table.lowers, i, words.hazard_nouns)  # "pile-up", "heat wave"


@functools.cache
def _hazard_lemmas(words: HazardWords) -> frozenset[str]:
    return words.hazard_verbs | words.hazard_nouns | words.blast_words | words.vehicle_crash_verbs


def is_hazard_word(token: Any, words: HazardWords) -> bool:
    """True for a hazard verb (:func:`is_hazard_verb`), a hazard verb the tagger took for a noun, an
    accidental blast, or a hazard noun (or a gerund subject: "Flooding kills 93") that is no weapons' fire
    and no modifier of another noun ("a fire brigade"), but for a storm's name ("Typhoon Faxai") and a verb
    the tagger took for a noun ("a cargo plane [crash] lands": the modifier of the sentence's root)."""
    if is_hazard_verb(token, words) or is_hazard_predicate_noun(token, words):
        return True
    if is_accidental_blast(token, words) or is_vehicle_crash(token, words):
        return True
    if is_told_accident_blast(token, words):  # "an explosion at a storage facility" (accident_blast_sites)
        return True
    gerund = token.tag_ == "VBG" and token.dep_ in {"nsubj", "nsubjpass", "csubj"}  # "Flooding kills 93"
    if token.pos_ not in NOUN_POS and not gerund:
        return False
    if not ({str(token.lemma_).lower(), token.lower_} | to_joined_forms(token)) & words.hazard_nouns:
        return False
    verb_head = token.head.pos_ == "NOUN" and token.head.dep_ in VERB_DEPS  # "a cargo plane [crash] lands"
    verb_head = verb_head or token.head.pos_ == "VERB"  # "a powerful [earthquake] strikes": its subject
    if token.dep_ == "compound" and not is_named_hazard(token, words) and not verb_head:
        return False
    return is_hazard_noun(token, words)


def is_named_hazard(token: Any, words: HazardWords) -> bool:
    """True for a storm's word before its name: "[Typhoon] Faxai", "[Hurricane] Zeta"."""
    return token.lower_ in words.named_hazards and token.head.pos_ == "PROPN"


def is_hazard_governed(token: Any, words: HazardWords) -> bool:
    """True for a trigger a hazard carries: its subject is a hazard ("flooding kills 99", "a gas explosion
    kills five"), or it or a clause it hangs on is a hazard verb ("the bus overturned, killing nine and
    injuring 30"): the trigger itself, its head, and further up while the clause has no subject of its own."""
    subject, _ = find_subject(token)
    causes = [subject] if subject is not None else []
    causes += to_it_antecedents(subject, token)  # "A storm hits Vietnam. [It] killed 9 people"
    if token.pos_ == "NOUN" and token.dep_ in VERB_DEPS:  # "after unprecedented [flooding] kills 99"
        causes += [child for child in token.children if child.dep_ == "compound"]
    if any(is_hazard_word(cause, words) for cause in causes):
        return True
    node = token
    for step in range(MAX_CLAUSE_STEPS):
        if is_hazard_verb(node, words) or is_hazard_predicate_noun(node, words):
            return True
        if is_vehicle_crash(node, words):  # "a van hit a truck, killing 14"
            return True
        own_subject = any(child.dep_ in {"nsubj", "nsubjpass"} for child in node.children)
        if node.head.i == node.i or (step > 0 and own_subject):
            return False
        node = node.head
    return False


def is_hazard_verb(token: Any, words: HazardWords) -> bool:
    """True for a hazard verb ("crashes", "explodes") whose subject is no weapon and no fighting ("a car bomb
    explodes", "clashes erupt" are an attack and fighting)."""
    if token.pos_ != "VERB" or str(token.lemma_).lower() not in words.hazard_verbs:
        return False
    subject = resolve_pronoun_subject(token)
    doers = to_weapons(str(token.lemma_).lower(), words) | words.fighting_nouns
    if is_done_to_object(token, subject, words):  # "Demonstrators burn a police post": no accident
        return False
    return subject is None or str(subject.lemma_).lower() not in doers


def resolve_pronoun_subject(verb: Any) -> Any | None:
    """The verb's subject; for a pronoun ("after [it] explodes"), the first noun subject of the clauses it
    hangs on ("A car bomb … kills ten after it explodes": "bomb"), or the pronoun when there is none."""
    subject, _ = find_subject(verb)
    if subject is None or subject.pos_ != "PRON":
        return subject
    outer = find_outer_noun_subject(verb)
    return subject if outer is None else outer


def is_hazard_noun(noun: Any, words: HazardWords) -> bool:
    """True for a hazard noun that is no weapons' fire (:func:`is_weapon_modified`) and no verb the tagger
    took for a noun: "gunmen [storm] villages" (a noun with a direct object of its own) is an assault."""
    if is_fighting_conjunct(noun, words):  # "started a prison riot and a fire": the riot's violence
        return False
    return not is_weapon_modified(noun, words) and not is_mistagged_verb(noun)


def is_weapon_modified(noun: Any, words: HazardWords) -> bool:
    """True for a hazard noun modified by a weapon noun ("mortar fire", "artillery fire", "rocket fire") or
    exchanged in fighting ("in a heavy exchange of fire": the "of" object of a fighting noun). An adjective is
    no weapon: "an explosive fire at a chemical plant" is a blaze; nor is a weapon word in a storm's name ("a
    bomb cyclone", ``weatherlike_hazards``)."""
    if str(noun.lemma_).lower() in words.weatherlike_hazards:
        return False
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and str(of.head.lemma_).lower() in words.fighting_nouns:
        return True
    return any(
        child.dep_ in WEAPON_MODIFIER_DEPS
        and child.pos_ in NOUN_POS
        and str(child.lemma_).lower() in to_weapons(str(noun.lemma_).lower(), words)
        for child in noun.children
    )
