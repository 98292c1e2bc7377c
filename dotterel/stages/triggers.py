"""Find event triggers in a sentence: verbs, phrasal verbs, nominal events and light-verb constructions.

A trigger is the token that fired a lexicon pattern plus the clause verb whose subject is the event's
source: the verb itself, or the light verb of "carried out strikes", or None for a bare noun ("US air raids").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.model import Span
from dotterel.stages.clause_objects import find_object_of_nouns, find_verb_object, has_for_to_clause
from dotterel.stages.content_clauses import has_required_prep
from dotterel.stages.headline_verbs import is_compound_verb_object, is_mistagged_trigger_verb
from dotterel.stages.passive_undergoers import find_passive_subject
from dotterel.stages.roles import find_prep_object
from dotterel.stages.shared_objects import find_shared_object
from dotterel.stages.token_words import lemma_of, object_lemma
from dotterel.stages.trigger_candidates import (
    NOUN_POS,
    VERB_POS,
    find_degree_content,
    find_ergative_subject,
    find_object_nouns,
    find_small_clause_subject,
    find_trigger_candidates,
    has_predicate,
    has_required_subject,
    is_adjectival,
    is_onset_subject,
    is_participle_noun,
    is_person_name,
    is_proper_name,
)

# Dependencies inside a verb's object phrase: "urged [an end [to [the fighting]]]".
OBJECT_PATH_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "compound", "conj", "appos"})
MAX_OBJECT_DEPTH = 5


@dataclass(frozen=True)
class Trigger:
    """A lexicon pattern matched at a token; ``clause`` is the verb that carries the source."""

    token: Any
    clause: Any | None
    pattern: Pattern
    span: Span
    modifier_words: int = 0

    @property
    def is_nominal(self) -> bool:
        """True when the event is expressed by a noun ("air raids", "talks"), not by a verb the tagger
        took for a noun ("supremacist shoots a protester")."""
        return self.token.pos_ in NOUN_POS and self.clause is not self.token


def _modifier_lemmas(noun: Any) -> list[str]:
    words: list[str] = []
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            words.extend(lemma_of(t) for t in child.subtree if not t.is_punct)
            words.extend(t.lower_ for t in child.subtree if not t.is_punct)
    return words


def _has_prep(token: Any, preps: Sequence[str]) -> bool:
    return has_required_prep(token, preps)  # or a "that" content clause (stages/content_clauses.py)


def _direct_object(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"}:
            return child
    return None


def _particles(verb: Any) -> list[str]:
    """Particles and adverb particles of a verb ("pulled out", "stepped down" parsed as advmod).

    A prepositional phrase after the verb's direct object is the verb's adjunct, not the preposition of a
    prepositional verb: "called [elections] [for June]" is no "call for". Adverb particles may follow the
    object ("pulled the troops out").
    """
    obj = _direct_object(verb)
    return [
        c.lower_
        for c in verb.children
        if c.dep_ in {"prt", "prep", "advmod"}
        and c.i > verb.i
        and not (obj is not None and obj.i < c.i and _heads_phrase(c))
    ] + (["for"] if has_for_to_clause(verb) else [])  # "calls [for] the government to release X"


def _heads_phrase(token: Any) -> bool:
    """True for a preposition with its own object ("for [June]")."""
    return token.dep_ == "prep" and any(child.dep_ == "pobj" for child in token.children)


def _verb_patterns(lexicon: Lexicon, verb: Any) -> list[tuple[Pattern, str | None]]:
    lemma = lemma_of(verb)
    if lemma not in lexicon.verb_lemmas:
        return []  # no entry has this verb, with or without a particle
    found: list[tuple[Pattern, str | None]] = [
        (p, part) for part in _particles(verb) for p in lexicon.find_verb_patterns(lemma, part)
    ]
    found.extend((p, None) for p in lexicon.find_verb_patterns(lemma))
    if not found:
        return []
    objects = [find_verb_object(verb) or find_passive_subject(verb) or find_infinitive_subject(verb)]
    if objects[0] is None and any(not p.requires_object for p, _ in found):  # picks a reading, adds none
        objects[0] = find_shared_object(verb)  # "Police disarm and arrest [the suspect]"
    if objects[0] is not None:  # "provided 25,000 tons [of] food aid", "signs $20 billion [in] deals"
        objects.extend(find_object_of_nouns(objects[0]))
    objects.extend(find_object_nouns(verb, objects[0], conjuncts=True))  # "released leader X", "[hostage]"
    scored = []
    words: dict[int, tuple[str, list[str]]] = {}  # each object's lemma and modifier words, read once
    for position, (pattern, particle) in enumerate(found):
        if pattern.requires_prep and not _has_prep(verb, pattern.requires_prep):
            continue
        if objects[0] is None and pattern.excludes_bare_prep and _has_prep(verb, pattern.excludes_bare_prep):
            continue  # "The suspect charged [at] police with a knife" rushed at them: no legal charge
        if not has_required_subject(pattern, verb):  # "Turkish [troops] crossed into Syria"
            continue
        if pattern.requires_predicate:  # "made [masks compulsory]": the small clause's subject is the object
            held = [objects[0] or find_small_clause_subject(verb)]
            if not has_predicate(verb, held[0], pattern.requires_predicate):
                continue
        elif objects[0] is None:  # "withdrew from [the treaty]", "[gyms] will reopen" (an ergative verb)
            held = find_ergative_subject(pattern, verb) or _prep_objects(verb, pattern.requires_prep)
        else:
            held = []
        specificity = _object_specificity(pattern, held or objects, words)
        if specificity is None or (pattern.proper_object and not is_proper_name(objects[0])):
            continue
        if pattern.person_object and not is_person_name(objects[0]):
            continue
        if pattern.excludes_object and _is_excluded(pattern, [*objects, *_prep_objects(verb)]):
            continue
        required = pattern.requires_words or pattern.proper_object or pattern.person_object
        # a listed noun saying what a named object is ("captured Zam, a [journalist]") beats the bare name
        by_name = (pattern.proper_object or pattern.person_object) and not pattern.requires_object
        rank = (-(specificity + required), by_name, particle is None, not pattern.requires_prep)
        scored.append((rank, position, pattern, particle))
    scored.sort(key=lambda item: item[:2])
    return [(pattern, particle) for _, _, pattern, particle in scored]


def _prep_objects(verb: Any, preps: Sequence[str] | None = None) -> list[Any]:
    """The objects of the verb's prepositions (only ``preps`` when given), through a preposition's own
    preposition: "withdrew from [the treaty]", "pulled out of [the deal]", "pulled the economy out of
    [recession]"; not a setting fronted before the verb ("[In a meeting with Y], X proposed removing")."""
    wanted = {p.lower() for p in preps} if preps else None
    found: list[Any] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or (wanted is not None and prep.lower_ not in wanted) or prep.i < verb.i:
            continue
        for child in prep.children:
            if child.dep_ == "pobj":
                found.append(child)
            elif child.dep_ == "prep":
                found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


def _is_excluded(pattern: Pattern, objects: Sequence[Any | None]) -> bool:
    """True when an object of the verb is one the pattern excludes ("pressed [the attack]" is no appeal)."""
    if not pattern.excludes_object:
        return False
    heads = [o for o in objects if o is not None]
    heads.extend(c for o in list(heads) for c in o.conjuncts)
    return any(pattern.is_excluded_object(lemma_of(o), _modifier_lemmas(o)) for o in heads)


def find_infinitive_subject(verb: Any) -> Any | None:
    """The object of "allowed X to run", which the small parser makes the subject of a to-infinitive
    complement ("allowed [candidate Ouattara to participate]"); and the passive to-infinitive's own subject,
    the object of the verb it completes ("orders [the party] to be dissolved")."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        return _direct_object(verb.head)
    return None


def _light_verb_keys(verb: Any) -> set[str]:
    """The verb as the lexicon writes light verbs: "launch", and "carry out" for "carried out"."""
    return {lemma_of(verb), *(f"{lemma_of(verb)} {particle}" for particle in _particles(verb))}


def _object_specificity(
    pattern: Pattern, objects: list[Any], words: dict[int, tuple[str, list[str]]] | None = None
) -> int | None:
    """How well the verb's object (or the noun behind a quantity: "tons of aid") meets the pattern.

    ``words`` remembers each object's lemma and modifier words for the verb's other patterns.
    """
    if not pattern.requires_object:
        return 0  # what ``object_specificity`` gives any object, or none, then
    if objects[0] is None:
        return pattern.object_specificity(None)
    known = words if words is not None else {}
    for o in objects:
        if o.i not in known:
            known[o.i] = (object_lemma(o), _modifier_lemmas(o))
    scores = [pattern.object_specificity(*known[o.i]) for o in objects]
    return max((s for s in scores if s is not None), default=None)


def _noun_patterns(lexicon: Lexicon, noun: Any, light_verb: Any | None = None) -> list[tuple[Pattern, int]]:
    """Noun patterns matching ``noun``, most specific first; a required preposition may hang on the noun or,
    in a light-verb construction, on the verb ("carried out strikes against rebel positions")."""
    lemma = lemma_of(noun)
    if lemma not in lexicon.noun_head_lemmas:
        return []  # no noun entry has this head
    modifiers = frozenset(_modifier_lemmas(noun))
    scored: list[tuple[tuple[int, int], int, Pattern, int]] = []
    light_keys = _light_verb_keys(light_verb) if light_verb is not None else set()
    # the head's patterns in file order: sorting on (modifiers needed, constraints, file order) refines the
    # order ``find_noun_patterns(lemma, modifiers)`` gives (most modifiers first, then file order)
    for position, (pattern, entries) in enumerate(lexicon.noun_entries[lemma]):
        needed = max((len(words) for words in entries if modifiers.issuperset(words)), default=None)
        if needed is None:  # as ``pattern.noun_specificity(lemma, modifiers)``: no entry's words all there
            continue
        if pattern.requires_prep:
            holders = [noun] if light_verb is None else [noun, light_verb]
            if not any(_has_prep(holder, pattern.requires_prep) for holder in holders):
                continue
        if pattern.requires_light_verb and not (
            light_keys & set(pattern.requires_light_verb)
            or is_onset_subject(noun, pattern.onset_verbs, lexicon.degree_nouns)
        ):
            continue
        constrained = bool(pattern.requires_prep) + bool(pattern.requires_light_verb)
        scored.append(((-needed, -constrained), position, pattern, needed))
    scored.sort(key=lambda item: item[:2])
    return [(pattern, needed) for _, _, pattern, needed in scored]


def find_noun_matches(
    lexicon: Lexicon, noun: Any, light_verb: Any | None = None
) -> list[tuple[Pattern, int]]:
    """Return the noun patterns matching ``noun`` (with the verb it is the event noun of), most specific
    first, each with the number of modifier words it needed; for a degree noun with none of its own, those of
    its "of" noun ("placed into the highest level of restrictions", :func:`find_degree_content`)."""
    matches = _noun_patterns(lexicon, noun, light_verb)
    content = None if matches else find_degree_content(noun, lexicon.degree_nouns)
    return _noun_patterns(lexicon, content, light_verb) if content is not None else matches


def _noun_span(noun: Any, modifier_words: int) -> Span:
    start = noun
    if modifier_words:
        lefts = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        if lefts:
            start = min((t for c in lefts for t in c.subtree), key=lambda t: t.i)
    return Span(start.idx, noun.idx + len(noun.text))


def _verb_span(verb: Any, particle: str | None) -> Span:
    end = verb.idx + len(verb.text)
    for child in verb.rights:
        if particle and child.dep_ == "prt" and child.lower_ == particle:
            end = child.idx + len(child.text)
    return Span(verb.idx, end)


def find_triggers(
    tokens: Any, lexicon: Lexicon, nominalizations: Mapping[str, str] | None = None
) -> list[Trigger]:
    """Return the triggers in a sentence, one per token.

    A light verb's event-noun object is taken by the light verb ("carried out strikes"); a noun inside the
    object of another trigger verb ("denied allegations", "cut aid", "urged an end to the fighting") or a
    modifier of another noun ("riot police") is not an event of its own. A noun that ``nominalizations``
    maps to a verb reads as that verb with its ``of`` phrase as object, "a suspension of air links with
    Serbia" as "suspend air links" (only patterns that require an object), unless a noun pattern with
    modifier words matches it: the object says more than the bare noun ("the deployment of peacekeepers").
    """
    nominals = nominalizations or {}
    taken: set[int] = set()
    triggers: list[Trigger] = []
    light_verbs, words = find_trigger_candidates(tokens, lexicon, nominals)
    for token in light_verbs:
        triggers.extend(_light_verb_triggers(token, lexicon, taken, nominals))
    verb_triggers = {t.token.i for t in triggers}
    for token in words:
        if token.i in taken or token.i in verb_triggers:
            continue
        trigger = _token_trigger(token, lexicon)
        if trigger is None or (trigger.is_nominal and not trigger.modifier_words):
            trigger = _nominal_trigger(token, None, lexicon, nominals) or trigger
        if trigger is not None:
            triggers.append(trigger)
    by_index = {t.token.i: t for t in triggers}
    kept = [t for t in triggers if not _is_dependent_noun(t, by_index)]
    kept.sort(key=lambda t: t.span.start)
    return kept


def _is_dependent_noun(trigger: Trigger, by_index: dict[int, Trigger]) -> bool:
    token = trigger.token
    if not trigger.is_nominal or trigger.clause is not None:
        return False
    if token.dep_ == "compound" or is_compound_verb_object(token, by_index):  # "in Texas drop [charges]"
        return True
    node = token
    for _ in range(MAX_OBJECT_DEPTH):
        if node.dep_ not in OBJECT_PATH_DEPS or node.head.i == node.i:
            return False
        head = by_index.get(node.head.i)
        if node.dep_ in {"dobj", "obj"} and head is not None and not head.is_nominal:
            return True
        node = node.head
    return False


def _light_verb_triggers(
    verb: Any, lexicon: Lexicon, taken: set[int], nominals: Mapping[str, str]
) -> Iterator[Trigger]:
    lemma = lemma_of(verb)
    if lemma not in lexicon.light_verb_lemmas and " " not in lemma:
        return  # no light verb starts with this verb
    particles = [None, *_particles(verb)]
    if not any(lexicon.is_light_verb(lemma, particle) for particle in particles):
        return
    if is_phrasal_verb(verb, lexicon):
        return  # "[hands down] the last sentences": the verb with its particle reads the noun itself
    obj = _direct_object(verb) or find_passive_subject(verb)
    if obj is None or obj.pos_ not in NOUN_POS:
        return
    matches = _noun_patterns(lexicon, obj, verb)
    nominal = None if matches and matches[0][1] else _nominal_trigger(obj, verb, lexicon, nominals)
    if nominal is not None:  # "announced a suspension of air links"; "the deployment of peacekeepers"
        taken.add(obj.i)
        yield nominal
        return
    quantified = find_of_object(obj)
    if not matches and quantified is not None and quantified.pos_ in NOUN_POS:
        obj, matches = quantified, _noun_patterns(lexicon, quantified, verb)  # "25,000 tons of food aid"
    if matches:
        pattern, needed = matches[0]
        taken.add(obj.i)
        yield Trigger(obj, verb, pattern, _noun_span(obj, needed), needed)


def is_phrasal_verb(verb: Any, lexicon: Lexicon) -> bool:
    """True for a verb whose particle makes a verb of the lexicon that is no light verb ("hand down", "hand
    over"): its object is that verb's, not a light verb's event noun ("hands down the sentences")."""
    lemma = lemma_of(verb)
    phrasal = [p for p in _particles(verb) if lexicon.find_verb_patterns(lemma, p)]
    return bool(phrasal) and not any(lexicon.is_light_verb(lemma, p) for p in phrasal)


def _nominal_trigger(
    noun: Any, clause: Any | None, lexicon: Lexicon, nominals: Mapping[str, str]
) -> Trigger | None:
    """The verb pattern a nominalisation stands for, its ``of`` object meeting the pattern's object."""
    verb = nominals.get(lemma_of(noun)) if noun.pos_ == "NOUN" else None
    obj = find_of_object(noun) if verb is not None else None
    if verb is None or obj is None:
        return None
    scored = []
    for position, pattern in enumerate(lexicon.find_verb_patterns(verb)):
        specificity = _object_specificity(pattern, [obj, *find_object_nouns(noun, obj)])
        named = pattern.person_object and is_person_name(obj)  # "the release of [Ahmed Omar Saeed Sheikh]"
        wanted = (pattern.requires_object or named) and not pattern.requires_subject  # a noun has none
        if wanted and specificity is not None and not _is_excluded(pattern, [obj]):
            scored.append((-specificity, position, pattern))
    if not scored:
        return None
    pattern = min(scored, key=lambda item: item[:2])[2]
    return Trigger(noun, clause, pattern, Span(noun.idx, noun.idx + len(noun.text)))


def find_of_object(noun: Any) -> Any | None:
    """The object of a noun's "of": "the release [of] X" gives X."""
    return find_prep_object(noun, "of")


def _token_trigger(token: Any, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ in VERB_POS and (is_adjectival(token) or is_participle_noun(token)):
        return None  # a participle used as an adjective or noun: "besieged towns", "evacuate the wounded"
    mistagged = token.pos_ not in VERB_POS and is_mistagged_trigger_verb(token, lexicon)
    if token.pos_ in VERB_POS or mistagged:
        verb_matches = _verb_patterns(lexicon, token)
        if verb_matches:
            pattern, particle = verb_matches[0]
            return Trigger(token, token, pattern, _verb_span(token, particle))
        if not mistagged:  # a mistagged "verb" no verb pattern knows stays a noun: "Gowin tenders
            return None  # [resignation]" (the verb tagged as the compound of a root noun with a subject)
    if token.pos_ in NOUN_POS:
        noun_matches = _noun_patterns(lexicon, token)
        if noun_matches:
            pattern, needed = noun_matches[0]
            return Trigger(token, None, pattern, _noun_span(token, needed), needed)
    return None
