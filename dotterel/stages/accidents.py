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

A government measure (``measure_modes``) is never an accident, whatever the sentence's hazard nouns.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.model import Mention
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.nesting import HARM_TYPES
from dotterel.stages.roles import find_subject
from dotterel.stages.trigger_candidates import is_mistagged_verb
from dotterel.stages.triggers import Trigger

MAX_CLAUSE_STEPS = 4
WEAPON_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def is_accident(trigger: Trigger, source: Mention | None, tokens: Any, words: HazardWords) -> bool:
    """True for harm with no actor behind it, or harm the text calls accidental.

    Args:
        trigger: a trigger of the sentence.
        source: the source found for it, or None.
        tokens: the sentence's spaCy span.
        words: the ``hazards.yaml`` lists.
    """
    if trigger.pattern.type not in HARM_TYPES or trigger.pattern.mode in words.measure_modes:
        return False
    if any(is_hazard_verb(node, words) for node in [trigger.token, trigger.token.head]):
        return True
    table, ids = to_doc_table(tokens.doc), range(tokens.start, tokens.end)
    pos, lemmas, deps, markers = table.pos, table.lemmas, table.deps, words.accident_markers
    if any(table.lowers[i] in markers or lemmas[i] in markers for i in ids):
        return True
    if source is not None:
        return False
    for i in ids:  # the first test of ``is_hazard_verb`` before the token is built
        if pos[i] == "VERB" and lemmas[i] in words.hazard_verbs and is_hazard_verb(tokens.doc[i], words):
            return True
        is_noun = pos[i] in {"NOUN", "PROPN"} and deps[i] != "compound"
        if is_noun and lemmas[i] in words.hazard_nouns and is_hazard_noun(tokens.doc[i], words):
            return True
    return False


def is_hazard_verb(token: Any, words: HazardWords) -> bool:
    """True for a hazard verb ("crashes", "explodes") whose subject is no weapon and no fighting ("a car bomb
    explodes", "clashes erupt" are an attack and fighting)."""
    if token.pos_ != "VERB" or str(token.lemma_).lower() not in words.hazard_verbs:
        return False
    subject = resolve_pronoun_subject(token)
    doers = words.weapon_nouns | words.fighting_nouns
    return subject is None or str(subject.lemma_).lower() not in doers


def resolve_pronoun_subject(verb: Any) -> Any | None:
    """The verb's subject; for a pronoun ("after [it] explodes"), the first noun subject of the clauses it
    hangs on ("A car bomb … kills ten after it explodes": "bomb"), or the pronoun when there is none."""
    subject, _ = find_subject(verb)
    if subject is None or subject.pos_ != "PRON":
        return subject
    node = verb
    for _ in range(MAX_CLAUSE_STEPS):
        if node.head.i == node.i:
            break
        node = node.head
        outer, _ = find_subject(node)
        if outer is not None and outer.pos_ != "PRON":
            return outer
    return subject


def is_hazard_noun(noun: Any, words: HazardWords) -> bool:
    """True for a hazard noun that is no weapons' fire (:func:`is_weapon_modified`) and no verb the tagger
    took for a noun: "gunmen [storm] villages" (a noun with a direct object of its own) is an assault."""
    return not is_weapon_modified(noun, words) and not is_mistagged_verb(noun)


def is_weapon_modified(noun: Any, words: HazardWords) -> bool:
    """True for a hazard noun modified by a weapon noun ("mortar fire", "artillery fire", "rocket fire") or
    exchanged in fighting ("in a heavy exchange of fire": the "of" object of a fighting noun). An adjective is
    no weapon: "an explosive fire at a chemical plant" is a blaze."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and str(of.head.lemma_).lower() in words.fighting_nouns:
        return True
    return any(
        child.dep_ in WEAPON_MODIFIER_DEPS
        and child.pos_ in NOUN_POS
        and str(child.lemma_).lower() in words.weapon_nouns
        for child in noun.children
    )
