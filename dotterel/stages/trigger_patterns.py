"""The lexicon patterns a verb or a noun of a sentence matches, best first, with the parse words they check:
a verb's particles, objects and prepositions ("pulled out of [the deal]", "provided 25,000 tons [of] food
aid"), a noun's modifier words and the light verb it is the event noun of ("carried out strikes against …").

Moved out of :mod:`dotterel.stages.triggers`, which makes triggers of the best match
(:func:`find_verb_matches`, :func:`find_ranked_noun_patterns`, :func:`find_noun_matches`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.stages.clause_objects import find_object_of_nouns, find_verb_object, has_for_to_clause
from dotterel.stages.content_clauses import has_required_prep
from dotterel.stages.passive_undergoers import find_passive_subject
from dotterel.stages.shared_objects import find_shared_object
from dotterel.stages.token_words import lemma_of, object_lemma
from dotterel.stages.trigger_candidates import (
    find_degree_content,
    find_ergative_subject,
    find_object_nouns,
    find_small_clause_subject,
    has_predicate,
    has_required_subject,
    is_onset_subject,
    is_person_name,
    is_proper_name,
)

__all__ = [
    "find_first_object",
    "find_infinitive_subject",
    "find_noun_matches",
    "find_particles",
    "find_ranked_noun_patterns",
    "find_verb_matches",
    "has_excluded_object",
    "to_object_specificity",
]


def _modifier_lemmas(noun: Any) -> list[str]:
    words: list[str] = []
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            words.extend(lemma_of(t) for t in child.subtree if not t.is_punct)
            words.extend(t.lower_ for t in child.subtree if not t.is_punct)
    return words


def _has_prep(token: Any, preps: Sequence[str]) -> bool:
    return has_required_prep(token, preps)  # or a "that" content clause (stages/content_clauses.py)


def find_first_object(verb: Any) -> Any | None:
    """Return the verb's direct object, or None. A hyphenated object the parser split into objects of the
    verb ("held [counter] [-] [protests]", "imposed counter-sanctions") is its last word."""
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"}:
            return to_hyphen_head(child, verb)
    return None


def to_hyphen_head(obj: Any, verb: Any) -> Any:
    """The last word of a hyphenated object split into several objects of ``verb``, else ``obj``."""
    doc = obj.doc
    while obj.i + 2 < len(doc) and doc[obj.i + 1].text == "-" and not doc[obj.i + 1].whitespace_:
        hyphen, word = doc[obj.i + 1], doc[obj.i + 2]
        if not all(t.head.i == verb.i and t.dep_ in {"dobj", "obj"} for t in (hyphen, word)):
            break
        obj = word
    return obj


def find_particles(verb: Any) -> list[str]:
    """Particles and adverb particles of a verb ("pulled out", "stepped down" parsed as advmod).

    A prepositional phrase after the verb's direct object is the verb's adjunct, not the preposition of a
    prepositional verb: "called [elections] [for June]" is no "call for". Adverb particles may follow the
    object ("pulled the troops out").
    """
    obj = find_first_object(verb)
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


def find_verb_matches(lexicon: Lexicon, verb: Any) -> list[tuple[Pattern, str | None]]:
    """Return the verb patterns ``verb`` matches, each with its particle (or None), the best first."""
    lemma = lemma_of(verb)
    if lemma not in lexicon.verb_lemmas:
        return []  # no entry has this verb, with or without a particle
    found: list[tuple[Pattern, str | None]] = [
        (p, part) for part in find_particles(verb) for p in lexicon.find_verb_patterns(lemma, part)
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
        specificity = to_object_specificity(pattern, held or objects, words)
        if specificity is None or (pattern.proper_object and not is_proper_name(objects[0])):
            continue
        if pattern.person_object and not is_person_name(objects[0]):
            continue
        if pattern.excludes_object and has_excluded_object(pattern, [*objects, *_prep_objects(verb)]):
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


def has_excluded_object(pattern: Pattern, objects: Sequence[Any | None]) -> bool:
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
        return find_first_object(verb.head)
    return None


def _light_verb_keys(verb: Any) -> set[str]:
    """The verb as the lexicon writes light verbs: "launch", and "carry out" for "carried out"."""
    return {lemma_of(verb), *(f"{lemma_of(verb)} {particle}" for particle in find_particles(verb))}


def to_object_specificity(
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


def find_ranked_noun_patterns(
    lexicon: Lexicon, noun: Any, light_verb: Any | None = None
) -> list[tuple[Pattern, int]]:
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
    matches = find_ranked_noun_patterns(lexicon, noun, light_verb)
    content = None if matches else find_degree_content(noun, lexicon.degree_nouns)
    return find_ranked_noun_patterns(lexicon, content, light_verb) if content is not None else matches
