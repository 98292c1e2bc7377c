"""Which tokens of a sentence may start an event: the few the trigger search of
:mod:`dotterel.stages.triggers` has to look at, read from the document's table without building the others;
whether a noun that needs a light verb is the subject of an onset verb instead ("a lockdown will begin"); and
the small clause of "made [masks compulsory]" (its subject, and the adjective a pattern may require); the
nouns that say what a verb's object is ("opposition leader [Navalny]") or becomes ("taken [hostage]").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.stages.clause_objects import is_small_clause_noun
from dotterel.stages.dative_label_objects import find_second_object_labels
from dotterel.stages.doc_tables import to_doc_table, to_token_range
from dotterel.stages.misparsed_complements import is_complement_clause
from dotterel.stages.removal_sources import find_left_nouns

# A subordinate onset verb tells a time, not an act: "cases rose [since the lockdown began]".
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})
# "went [into] lockdown", "placed [under] lockdown", "moves [to] alert level 3": the noun as the object of an
# onset verb's preposition.
ONSET_PREPS = frozenset({"into", "under", "on", "to"})
ONSET_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
MISTAGGED_VERB_TAGS = frozenset({"NN", "NNS"})
PROPER_NAME_TAGS = frozenset({"NNP", "NNPS"})
PROTEST_TYPE = "PROTEST"

ADJECTIVAL_DEPS = frozenset({"amod"})
# Places of a noun in its clause, where a participle with a determiner is a noun: "[the wounded] were".
PARTICIPLE_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "conj", "appos", "dative"})


def find_trigger_candidates(
    tokens: Any, lexicon: Lexicon, nominals: Mapping[str, str]
) -> tuple[list[Any], list[Any]]:
    """Return the tokens that may be light verbs and those that may be triggers, in text order.

    The others cannot be: a light verb is a verb (or a main-verb auxiliary) whose lemma starts a light verb
    of the lexicon; a trigger is a verb (or a verb tagged as a noun) with a lexicon verb lemma, a noun
    with a lexicon noun head, or a common noun ``nominals`` lists. Read from the document's table
    (:func:`dotterel.stages.doc_tables.to_doc_table`) without building the other tokens.
    """
    found = to_token_range(tokens)
    if found is None:
        listed = list(tokens)  # any other sequence of tokens: every one is a candidate trigger
        lemmas = [str(t.lemma_).lower() for t in listed]
        light_verbs = [
            t
            for t, lemma in zip(listed, lemmas, strict=True)
            if _may_be_light_verb(t.pos_, t.dep_, lemma, lexicon)
        ]
        return light_verbs, listed
    doc, indices = found
    table = to_doc_table(doc)
    pos, deps, tags, lemmas = table.pos, table.deps, table.tags, table.lemmas
    verbs, heads = lexicon.verb_lemmas, lexicon.noun_head_lemmas
    light_verbs = [doc[i] for i in indices if _may_be_light_verb(pos[i], deps[i], lemmas[i], lexicon)]
    words = [
        doc[i]
        for i in indices
        if (lemmas[i] in verbs and (pos[i] in VERB_POS or tags[i] in MISTAGGED_VERB_TAGS))
        or (pos[i] in NOUN_POS and lemmas[i] in heads)
        or (pos[i] == "NOUN" and lemmas[i] in nominals)
    ]
    return light_verbs, words


def _may_be_light_verb(pos: str, dep: str, lemma: str, lexicon: Lexicon) -> bool:
    """True for a verb (or an auxiliary used as a main verb) whose lemma may start a light verb."""
    is_verb = pos in VERB_POS or (pos == "AUX" and dep not in {"aux", "auxpass"})
    return is_verb and (lemma in lexicon.light_verb_lemmas or " " in lemma)


def to_degree_holder(noun: Any, degree_nouns: Collection[str]) -> Any:
    """The degree noun whose "of" phrase the measure noun is ("moves to [the highest level] of restrictions":
    ``level``), standing for the measure in its clause; else the noun itself."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.head.i == of.i:
        return noun
    return of.head if str(of.head.lemma_).lower() in degree_nouns else noun


def find_degree_content(noun: Any, degree_nouns: Collection[str]) -> Any | None:
    """The measure noun of a degree noun's "of" phrase ("placed into the highest level of [restrictions]"),
    or None when ``noun`` is no degree noun (``degree_nouns`` of the lexicon) or has no "of" noun."""
    if str(noun.lemma_).lower() not in degree_nouns:
        return None
    ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return next((g for c in ofs for g in c.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS), None)


def is_onset_subject(noun: Any, onset_verbs: Collection[str], degree_nouns: Collection[str] = ()) -> bool:
    """True when ``noun`` is the subject or object of one of ``onset_verbs`` (a pattern's, see
    :mod:`dotterel.knowledge.lexicon_pattern`), or the object of its into/under/on, in a main or reported
    clause: "a lockdown of the capital [will begin] on Monday", "the city [goes] into lockdown", "Wales
    [entered] a two-week lockdown", also in a that-clause ("announced that a lockdown will begin"), may start
    an event as "imposed a lockdown" does; so may the "of" noun of a degree noun in its place ("the city moves
    to the highest tier of lockdown", :func:`to_degree_holder`). Not in a subordinate clause ("since the
    lockdown began", "when the city entered lockdown"): that dates another act."""
    noun = to_degree_holder(noun, degree_nouns)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ONSET_PREPS:
        verb = verb.head
    elif noun.dep_ not in ONSET_NOUN_DEPS:
        return False
    if verb.i == noun.i:
        return False
    if str(verb.lemma_).lower() not in onset_verbs or verb.dep_ in SUBORDINATE_DEPS:
        return False
    return not any(child.dep_ == "mark" and child.lower_ != "that" for child in verb.children)


def find_small_clause_subject(verb: Any) -> Any | None:
    """The subject of the small clause "made [masks compulsory]" (an adjective complement with a subject), the
    object of a gerund complement "made [wearing masks] obligatory", or the subject of a finite or passive
    clause ("ruled that [the law] violates the constitution", "claims [the election] was rigged"); None when
    there is none."""
    for clause in verb.children:
        if not is_complement_clause(clause):
            continue
        deps = {"nsubj"} if clause.pos_ == "ADJ" else {"dobj", "obj"} if clause.tag_ == "VBG" else set()
        deps |= {"nsubj", "nsubjpass"} if clause.tag_ in {"VBZ", "VBD", "VBP", "VBN"} else set()
        found = next((c for c in clause.children if c.dep_ in deps), None)
        if found is not None:
            return found
    return None


def has_predicate(verb: Any, obj: Any | None, predicates: Sequence[str]) -> bool:
    """True when one of ``predicates`` says what the verb makes of its object: "made masks [compulsory]",
    "were made [mandatory]" (a complement of the verb) or "made wearing masks [obligatory]" (parsed as the
    object's modifier), or a copula's complement in the verb's clause ("ruled that the ban [is unlawful]")."""
    found = [c for c in verb.children if c.dep_ in {"oprd", "acomp"} or is_complement_clause(c)]
    # A copula negated says the opposite too: "ruled that the firm [is not] responsible".
    clauses = [c for c in found if c.lemma_ == "be" and not any(n.dep_ == "neg" for n in c.children)]
    found.extend(c for clause in clauses for c in clause.children if c.dep_ == "acomp")
    found.extend(c for c in (obj.children if obj is not None else ()) if c.dep_ == "amod")
    # A predicate negated in itself says the opposite: "found [not guilty]" meets "not guilty", not "guilty".
    return any(to_predicate_phrase(token) in predicates for token in found)


def to_predicate_phrase(token: Any) -> str:
    """The predicate as a pattern lists it: its lemma ("guilty"), after "not" where it is negated in itself
    ("found [not guilty]": "not guilty")."""
    lemma = str(token.lemma_).lower()
    return f"not {lemma}" if any(c.dep_ == "neg" for c in token.children) else lemma


def find_object_nouns(verb: Any, obj: Any | None, conjuncts: bool = False) -> list[Any]:
    """Return the nouns besides the verb's object that say what the object is or becomes.

    The title nouns before a named object ("released opposition leader [Navalny]", "candidate [Ouattara]"),
    the head of a named object's apposition ("captured Ruhollah Zam, an Iranian [journalist]") or of the
    verb's "as" phrase ("recognised Jerusalem as the [capital]", "recognizes Guaidó as interim [president]"),
    and the verb's object predicate ("were taken [hostage]", "took three nurses [hostage]", "held [captive]",
    "declares Hezbollah a terrorist [organization]": a verbless clause, see
    :func:`~dotterel.stages.clause_objects.is_small_clause_noun`; "designated X a terrorist [group]", a
    second object);
    with ``conjuncts``, the object's conjuncts, objects of a verb too ("closed all land, air, and sea
    [borders]"). A noun's "of" object keeps its own ("prevents the release of X and three other men"). A
    common noun right after a common-noun object and hung on the verb is the head the parser split from it
    ("strikes down the Trump [administration] [rule]", the second parsed as another object, a clause or a
    conjunct): the object's real head.
    """
    found = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in NOUN_POS]
    found.extend(c for c in verb.children if is_small_clause_noun(c))  # "declares [X a terrorist group]"
    if obj is None:
        return found
    found.extend(c for c in verb.children if c.i == obj.i + 1 and c.pos_ == "NOUN" == obj.pos_)
    found.extend(find_second_object_labels(verb, obj))  # "designated X a terrorist [group]"
    found.extend(c for c in (obj.conjuncts if conjuncts else ()) if c.pos_ in NOUN_POS)
    compounds = [c for c in obj.lefts if c.dep_ == "compound"]
    if obj.pos_ != "PROPN" and not any(c.pos_ == "PROPN" for c in compounds):
        return found
    appositions = [c for c in obj.rights if c.dep_ == "appos" and c.pos_ in NOUN_POS and c.pos_ != "PROPN"]
    ases = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    appositions.extend(g for g in ases if g.dep_ == "pobj" and g.pos_ in NOUN_POS)  # "as interim [President]"
    appositions.extend(find_left_nouns(verb))  # "removes Sudan from the [list] of state [sponsors]"
    return [*(c for c in compounds if c.pos_ in NOUN_POS), *appositions, *found]


def has_required_subject(pattern: Pattern, verb: Any) -> bool:
    """True when the pattern requires no subject, or the verb's active subject (or its "of" noun: "a convoy
    of [tanks]", or a relative pronoun's antecedent) is one it lists: "Turkish [troops] crossed into Syria";
    "migrants crossed into Greece" and a verb with no subject of its own are not."""
    if not pattern.requires_subject:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subject = verb.head  # "the [protesters] that occupied the airport": the relative's antecedent
    if subject is None:
        return False
    ofs = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
    heads = [subject, *(g for c in ofs for g in c.children if g.dep_ == "pobj")]
    return any(pattern.is_required_subject(str(h.lemma_), modifier_words(h)) for h in heads)


def modifier_words(noun: Any) -> list[str]:
    """The lemmas and lower-cased forms of a noun's compound, adjective and nominal modifiers."""
    words: list[str] = []
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            tokens = [t for t in child.subtree if not t.is_punct]
            words.extend(w for t in tokens for w in (str(t.lemma_).lower(), t.lower_))
    return words


def find_ergative_subject(pattern: Pattern, verb: Any) -> list[Any]:
    """Return the active subject of an ``ergative`` pattern's verb with no object, what the act befalls
    ("[gyms and cinemas] will reopen tomorrow"), with its conjuncts; else an empty list.

    An infinitive with no subject of its own takes its governing verb's ("[bars] will be forced to close",
    "[schools] have to close"): the understood subject of a verb complement is its controller's."""
    if not pattern.ergative or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return [] if subject is None else [subject, *subject.conjuncts]


def resolve_happening_verb(noun: Any, happening_verbs: Collection[str]) -> Any | None:
    """The verb of ``happening_verbs`` an event noun is the subject of, or None: "clashes [broke out] between
    the army and the rebels", "talks [took place] with the Taliban". Its phrases are the event's own.

    A two-word entry is the verb with its particle or its object ("break out", "take place"). The head of a
    subject is a predicate whatever its tag ("erupt" in "clashes erupt" may be tagged an adjective).
    """
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i:
        return None
    lemma = str(verb.lemma_).lower()
    if lemma in happening_verbs:
        return verb
    seconds = (str(c.lower_) for c in verb.children if c.dep_ in {"prt", "dobj"})
    return verb if any(f"{lemma} {second}" in happening_verbs for second in seconds) else None


def is_adjectival(token: Any) -> bool:
    """True for a participle used as an adjective: an ``amod`` ("besieged towns"), or the conjunct of an
    adjective that modifies a noun ("medical or [pressing] family reasons")."""
    if token.dep_ in ADJECTIVAL_DEPS:
        return True
    return token.dep_ == "conj" and token.head.pos_ == "ADJ" and token.head.dep_ in ADJECTIVAL_DEPS


def is_participle_noun(token: Any) -> bool:
    """True for a participle used as a noun of people: "civilians and [the wounded] were evacuated", "[the
    injured] were taken to hospital" (a determiner, a noun's place in the clause, no object or agent)."""
    if token.tag_ not in {"VBN", "VBD"} or token.dep_ not in PARTICIPLE_NOUN_DEPS:
        return False
    children = list(token.children)
    has_det = any(c.dep_ == "det" and c.i < token.i for c in children)
    return has_det and not any(c.dep_ in {"dobj", "obj", "agent", "auxpass", "aux"} for c in children)


def is_mistagged_verb(token: Any) -> bool:
    """True for a verb the tagger took for a common noun: "a white supremacist [shoots] a protester", "a
    group of gunmen [storm] villages" (``NNS`` or ``NN`` with a direct object of its own), "Jordan's Prime
    Minister Omar Al-Razzaz [resigns]." (the sentence's root with a subject of its own). A noun never has a
    ``dobj``, nor, as the root, an ``nsubj`` (a copula would be the root)."""
    if token.tag_ not in MISTAGGED_VERB_TAGS:
        return False
    if token.dep_ == "ROOT" and any(child.dep_ == "nsubj" for child in token.children):
        return True
    return any(child.dep_ in {"dobj", "obj"} for child in token.children)


def is_proper_name(token: Any | None) -> bool:
    """True for a proper noun heading its phrase: "captured [Saraqib]", "retook Maarat al-[Numan]" (a name
    the tagger tagged ``NNP``), not "captured the [town]" nor a name that only modifies a common noun."""
    return token is not None and token.tag_ in PROPER_NAME_TAGS


def is_person_name(token: Any | None) -> bool:
    """True for a proper name the parser marks a person's ("freed [Nazanin Zaghari-Ratcliffe]"), not a
    product's nor a firm's ("released [Windows]"), or a bare first name sharing the surname of the full
    name it is joined to ("[Gregory] and Travis McMichael are arrested", only the second typed)."""
    if token is None or not is_proper_name(token):
        return False
    return token.ent_type_ == "PERSON" or is_shared_surname_first_name(token)


def is_shared_surname_first_name(token: Any) -> bool:
    """True for a lone proper noun with no entity type whose conjunct is a person's full name (two or more
    words): "[Gregory] and Travis McMichael" names two McMichaels. Not a name with words of its own
    ("Gregory Peck and Travis McMichael": each has its surname) nor one the parser typed otherwise."""
    if token.ent_type_ or any(c.dep_ in {"compound", "flat"} for c in token.children):
        return False
    full = (c for c in token.conjuncts if c.ent_type_ == "PERSON" and c.i > token.i)
    return any(c.ent_iob_ == "I" or any(g.dep_ == "compound" for g in c.children) for c in full)


def resolve_armed_reading(
    pattern: Pattern, verb: Any, lexicon: Lexicon, harm_types: Collection[str]
) -> Pattern | None:
    """The harm pattern a protest verb takes when an armed actor does it, or None: "gunmen [storm] a court
    building" is an assault, "the militants [loot] shops" a seizure of property, where "protesters storm the
    parliament" and "rioters loot shops" are protests. Only a harm pattern of the verb itself (not of a
    particle verb: "break into") that asks nothing of the object."""
    lemma = str(verb.lemma_).lower()
    if pattern.type != PROTEST_TYPE or lemma not in pattern.verbs:
        return None
    harms = (p for p in lexicon.find_verb_patterns(lemma) if p.type in harm_types and lemma in p.verbs)
    return next((p for p in harms if not p.requires_object and not p.requires_prep), None)
