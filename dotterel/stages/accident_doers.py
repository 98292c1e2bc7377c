"""Doers that are no parties, for :mod:`dotterel.stages.accidents`: vehicles in a crash and animals.

- A vehicle on land (``land_vehicles``; aircraft and vessels strike and ram as parties' arms) as the subject
  of a crash verb (``vehicle_crash_verbs``) that hits another vehicle or nothing tells of a road or rail
  accident: "a van hit a truck", "a bus rolls over", "a coach swerves into
  oncoming traffic and strikes a lorry", "a bus fell off a bridge", "a truck rams into a bus"; so does a
  driver (``driver_nouns``: "a drunk driver swerves his car and hits their car"). A vehicle or driver that
  hits anything else ("a car rams into a crowd", "drives through a market") keeps its reading, and so does any
  sentence that names an attack (``has_attack_word``: "a car bomb", "a ramming attack").
- A vehicle or people aboard one found as the source ("Two [passenger] trains collide", "A [helicopter] and
  an ultralight plane collide") are no doers, nor is a source that is the object of "with" or "aboard" ("a
  plane with 98 [people] on board crashes"; not "fire at the [crowd]"): the sentence's hazard decides.
- A vehicle on land as the subject of a harm verb ("a train kills 16 migrant workers") is an accident, in a
  sentence that names no attack ("a truck kills 86 in a ramming attack" keeps its reading).
- A source that names a vehicle's owner, as the modifier of a vehicle noun ("a [Bundeswehr] helicopter
  crashes"), is no doer either: the vehicle is what the sentence tells of.
- A source found in a place phrase ("In Lower Saxony, Germany, …") is where the harm happened, no doer.
- A source the harm participle tells of as harmed ("the number of people killed in the collapse", "18 other
  people injured") is a victim, no doer.
- Harm done by or to an animal is no political event: "a Siberian tiger kills a zookeeper", "killed in a
  great white shark attack", "killed by a shark", "the bear was then shot dead". Only common nouns count: a
  group named after an animal ("the Tamil Tigers") is a proper noun.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.model import Mention
from dotterel.stages.accident_clues import VERB_DEPS, find_source_root, has_attack_word
from dotterel.stages.roles import find_agent, find_subject
from dotterel.stages.token_words import lemma_of

OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
VERB_POS = frozenset({"VERB", "NOUN"})
PLACE_PREPS = frozenset({"in"})
MAX_PARTICIPLE_STEPS = 3


def is_vehicle_crash(verb: Any, words: HazardWords) -> bool:
    """True for a crash verb whose subject is a vehicle on land and whose direct object and objects of hitting
    ("into", "with", "through" …) are vehicles, in a sentence that names no attack: "a van hit a truck", "a
    bus rolls over", "swerves into oncoming traffic"; not "a car rams into a crowd". A verb the tagger took
    for a noun counts when it is labelled as a clause's head or has an object of hitting, and its modifier is
    the vehicle ("a bus [rolls]", "after a bus [rams] into a hill")."""
    if verb.pos_ not in VERB_POS or lemma_of(verb) not in words.vehicle_crash_verbs:
        return False
    subject, passive = find_subject(verb)
    if verb.pos_ == "NOUN":  # "when a bus [rolls] over": a verb taken for a noun, its subject for a modifier
        modifiers = [child for child in verb.children if child.dep_ == "compound"]
        hits = any(c.dep_ == "prep" and c.lower_ in words.vehicle_hit_preps for c in verb.children)
        subject, passive = (modifiers[0] if (verb.dep_ in VERB_DEPS or hits) and modifiers else None), False
    if subject is None or passive or not is_crash_vehicle(subject, lemma_of(verb), words):
        return False
    hit = [child for child in verb.children if child.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in words.vehicle_hit_preps:
            hit += [child for child in prep.children if child.dep_ == "pobj"]
    crashed = all(is_vehicle(token, words) or lemma_of(token) in words.crash_obstacles for token in hit)
    return crashed and not has_attack_word(verb.sent, words)


def is_crash_vehicle(subject: Any, verb_lemma: str, words: HazardWords) -> bool:
    """True for a vehicle on land or its driver as a crash verb's subject ("a drunk [driver] hits their car",
    ``driver_nouns``), or any vehicle, craft included, for a verb of running off the way ("a plane [overruns]
    the runway", ``craft_crash_verbs``)."""
    craft = verb_lemma in words.craft_crash_verbs and is_vehicle(subject, words)
    driver = subject.pos_ == "NOUN" and lemma_of(subject) in words.driver_nouns
    return craft or driver or is_land_vehicle(subject, words)


def is_vehicle(token: Any, words: HazardWords) -> bool:
    """True for a common noun that names a vehicle, craft included ("bus", "traffic", "helicopter")."""
    return is_land_vehicle(token, words) or (token.pos_ == "NOUN" and lemma_of(token) in words.craft_nouns)


def is_land_vehicle(token: Any, words: HazardWords) -> bool:
    """True for a common noun that names a vehicle on land ("bus", "passenger trains", "oncoming traffic")."""
    return token.pos_ == "NOUN" and lemma_of(token) in words.land_vehicles


def is_vehicle_source(source: Mention | None, doc: Any, words: HazardWords) -> bool:
    """True for a source that is a vehicle ("A helicopter and a plane collide"), people aboard one ("Two
    passenger trains collide", "trains" taken for the verb), or the object of "with" or
    "aboard" ("a plane with 98 people on board crashes"): no doer."""
    head = find_source_root(source, doc)
    if head is None:
        return False
    if is_vehicle(head, words) or lemma_of(head) in words.aboard_nouns:
        return True
    if head.dep_ == "compound" and is_vehicle(head.head, words):  # "a [Bundeswehr] helicopter crashes"
        return True
    return head.dep_ == "pobj" and head.head.lower_ in words.aboard_preps and head.head.dep_ == "prep"


def is_vehicle_harm(trigger: Any, words: HazardWords) -> bool:
    """True for a harm verb whose own active subject is a vehicle on land, in a sentence that names no attack:
    "a train kills 16 migrant workers", or the root the harm participle hangs on when the tagger missed the
    vehicle's verb ("A bus carrying 32 pilgrims veers off a highway, killing 14"); not "a car bomb kills",
    nor "aircraft kill" (parties' arms), nor "a car plows into a crowd, injuring eight" (the subject of the
    clause the harm hangs on)."""
    if trigger.pos_ != "VERB" or lemma_of(trigger) not in words.harm_verbs:
        return False
    subjects = [child for child in trigger.children if child.dep_ == "nsubj"]  # its own, not a clause's
    if not subjects and trigger.dep_ == "acl" and trigger.head.dep_ == "ROOT":  # "A bus … [veers] …, killing"
        subjects = [trigger.head]  # the tagger missed the vehicle's verb: the harm hangs on the vehicle
    if len(subjects) != 1 or not is_land_vehicle(subjects[0], words):
        return False
    return not has_attack_word(trigger.sent, words)


def is_place_source(source: Mention | None, doc: Any) -> bool:
    """True for a source found in a place phrase ("[In] Lower Saxony, [Germany], a helicopter crashes"): the
    object of "in", or a name coordinated or set in apposition with one, is where, not who ("at" is not a
    place here: "fire at the crowd" names the target)."""
    head = find_source_root(source, doc)
    if head is None:
        return False
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS


def is_harmed_source(source: Mention | None, trigger: Any, doc: Any, words: HazardWords) -> bool:
    """True for a source the harm participle tells of as harmed: the noun it modifies ("the number of
    [people] killed in the collapse", "three [people] killed by bushfires") or the subject of a participle
    with no "have" ("18 other [people] injured", "one [person] reported to have been killed"), through
    "confirmed" or "reported" before the harm verb ("people confirmed killed"), also when the participle
    hangs on the noun whose "of" object the source is ("the number of [people] confirmed killed")."""
    head = find_source_root(source, doc)
    if head is None or lemma_of(trigger) not in words.harm_verbs:
        return False
    owners = {head.i}
    if head.dep_ == "pobj" and head.head.lower_ == "of":  # "the number of [people] confirmed killed"
        owners.add(head.head.head.i)
    node = trigger
    for _ in range(MAX_PARTICIPLE_STEPS):
        participle = node.tag_ == "VBN" and not any(lemma_of(child) == "have" for child in node.children)
        if participle and node.dep_ == "acl" and node.head.i in owners:
            return True
        if participle and head.dep_ == "nsubj" and head.head.i == node.i:
            return True
        if node.dep_ != "xcomp":
            return False
        node = node.head
    return False


def is_animal_harm(trigger: Any, words: HazardWords) -> bool:
    """True for harm done by or to an animal: its subject, its "by" agent, its object or passive subject, or
    the object of its "in" ("killed in a shark attack"), or a modifier or "of" object of any of them or of
    the trigger itself ("a shark attack", "swarms of locusts"), is an animal noun."""
    subject, _ = find_subject(trigger)
    parties = [subject, find_agent(trigger), trigger]
    parties += [child for child in trigger.children if child.dep_ in OBJECT_DEPS]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            parties += [child for child in prep.children if child.dep_ == "pobj"]
    nouns = [party for party in parties if party is not None]
    nouns += [obj for noun in nouns for prep in noun.children if prep.lower_ == "of" for obj in prep.children]
    nouns += [child for party in nouns for child in party.children if child.dep_ in MODIFIER_DEPS]
    return any(noun.pos_ == "NOUN" and lemma_of(noun) in words.animal_nouns for noun in nouns)
