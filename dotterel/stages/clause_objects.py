"""Words a verb's pattern reads through its clause: the "for" of a for-to clause ("calls [for] the
government to release the journalist"), the noun behind an amount ("signs $20 billion [in] deals") or an
object's owner ("the election's result"), and the object the small parser hangs on a phrasal verb's particle
("strikes down [a decree]")."""

from __future__ import annotations

from typing import Any

from dotterel.stages.compound_verbs import find_compound_object
from dotterel.stages.dative_label_objects import find_labelled_dative
from dotterel.stages.roles import find_prep_object
from dotterel.stages.subordinate_misparse_objects import find_misparsed_clause_object

OBJECT_NOUN_POS = frozenset({"NOUN", "PROPN"})

AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "CARDINAL"})

# nouns that say what their owner gave: "the election's [result]" is the result of the election
OWNER_OUTCOME_NOUNS = frozenset({"result", "outcome"})


def is_for_infinitive(clause: Any) -> bool:
    """A clause told as "for X to do": a wish or a need, never a happening ("calls for the government to
    release the journalist", "it is time for the troops to withdraw")."""
    children = list(clause.children)
    has_for = any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
    return has_for and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


def find_for_to_subject(verb: Any) -> Any | None:
    """The subject of a for-to clause the verb governs: "calls for [the government] to release X".

    The small parser makes "for" the mark of the infinitive, not a preposition of the verb, so "call for"
    would not be seen; the clause's subject is who is asked.
    """
    for clause in verb.children:
        if clause.dep_ in {"advcl", "ccomp", "xcomp"} and clause.i > verb.i and is_for_infinitive(clause):
            return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def has_for_to_clause(verb: Any) -> bool:
    """True when the verb governs a for-to clause with its own subject ("calls for Syria to free Tice")."""
    return find_for_to_subject(verb) is not None


def find_verb_object(verb: Any) -> Any | None:
    """The verb's direct object, or the object the small parser hangs on its particle as if on a
    preposition: "the court strikes [down] a decree" (a particle takes no object of its own, so the noun after
    it is the phrasal verb's object), or the subject of a verbless clause it hangs on the verb: "declares
    [Hezbollah] a terrorist organization" (:func:`is_small_clause_noun`); for a verb the parser ran into its
    object as a compound, the noun it is hung on ("police fire tear [gas]", :mod:`compound_verbs`); or the
    noun the parser made the subject of a following "as" clause ("declares [a state] of emergency as a storm
    begins", :mod:`subordinate_misparse_objects`); or the dative it makes of an object a label follows
    ("designates [the Muslim Brotherhood] a terrorist organisation", :mod:`dative_label_objects`)."""
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"}:
            return child
    if verb.dep_ == "compound":
        return find_compound_object(verb)
    particles = [c for c in verb.children if c.dep_ == "prt" and c.i > verb.i]
    found = next((g for c in particles for g in c.children if g.dep_ == "pobj"), None)
    small = next((c for c in verb.children if is_small_clause_noun(c)), None)
    if found is None and small is not None:
        found = find_small_clause_object(small)
    if found is None:
        found = find_labelled_dative(verb)
    return found if found is not None else find_misparsed_clause_object(verb)


def find_amount_noun(noun: Any) -> Any | None:
    """The noun an amount counts, told with "in": "$20 billion [in] deals", "US$160 million [in] aid".

    Only a money or number object looks through "in"; "the troops in Syria" is no amount.
    """
    if noun.ent_type_ not in AMOUNT_ENTITIES and not noun.like_num:
        return None
    return find_prep_object(noun, "in")


def find_object_of_nouns(obj: Any) -> list[Any]:
    """The nouns a verb's object is told of: its "of" noun ("the results [of] the election"), its common-noun
    owner when the object is what it gives, read the same ("the [election]'s result"; not "the soldiers'
    daily life", and a name that owns it, "Iran's tanker", is an actor), and the noun an amount counts ("$20
    billion [in] deals")."""
    owner = next((c for c in obj.lefts if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    owner = owner if obj.lemma_.lower() in OWNER_OUTCOME_NOUNS else None
    return [o for o in (find_prep_object(obj, "of"), owner, find_amount_noun(obj)) if o is not None]


def find_object_heads(obj: Any | None) -> list[Any]:
    """A verb's object and, when it is an amount, the noun it counts: "$20 billion in [deals] with X"."""
    if obj is None:
        return []
    counted = find_amount_noun(obj)
    return [obj] if counted is None else [obj, counted]


def is_small_clause_noun(token: Any) -> bool:
    """True for the noun head of a verbless clause the parser hangs on a verb with its own subject noun:
    "declares [Hezbollah] a terrorist [organization]", the object and what the verb makes it."""
    if token.dep_ != "ccomp" or token.pos_ != "NOUN" or token.i < token.head.i:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in OBJECT_NOUN_POS and c.i > token.head.i for c in token.children)


def find_small_clause_object(noun: Any) -> Any | None:
    """The subject of a verbless clause (:func:`is_small_clause_noun`), the object of the verb it hangs on."""
    return next((c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i), None)
