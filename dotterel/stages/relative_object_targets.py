"""The target of a verbal act told in an object relative clause: "Russia annexes the territory, a move which
the EU rejects".

The relative pronoun is the verb's object and stands for its antecedent ("a move", "a new security law"); what
is rejected or condemned is that act or measure, and the actor it is aimed at is the one who owns it: the
antecedent's possessor ("Beijing's new law, which London condemns"), or else the subject of the verb whose
object phrase holds the antecedent ("[Russia] annexes the territory, a move which ..."). A pronoun that is the
clause's subject ("a law which bans protests") is no object, and is left to the subject rules.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.roles import find_subject

RELATIVE_PRONOUNS = frozenset({"which", "that", "whom"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# The antecedent stands for the phrase it heads: "annexes the territory, a [move]", "Japan and the UK".
SAME_PHRASE_DEPS = frozenset({"appos", "conj", "compound"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})
MAX_HOPS = 5


def find_relative_object_owner(verb: Any) -> Any | None:
    """Return the token of the actor owning what a verb's relative-pronoun object stands for, or None when the
    verb's object is no relative pronoun of its own relative clause, or the owner is not told close by: the
    antecedent's possessor, or the subject of the verb whose direct object is the antecedent or the noun its
    one preposition phrase hangs on ("announces sanctions on US lawmakers, which ..."); not an act's parties
    joined by "and" (a joint act is aimed at neither), nor further up ("against the arrest of X on charges
    of murder, which X denies": whose charges is not told)."""
    if verb.dep_ != "relcl":
        return None
    pronouns = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS]
    if not pronouns or pronouns[0].i > verb.i:
        return None
    current, crossed = verb.head, False
    for _ in range(MAX_HOPS):
        owner = next((c for c in current.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        head = current.head
        if current.dep_ in SAME_PHRASE_DEPS and head.i != current.i:
            current = head
        elif current.dep_ == "pobj" and not crossed and head.dep_ == "prep" and head.head.pos_ in NOUN_POS:
            current, crossed = head.head, True
        elif current.dep_ in OBJECT_DEPS and head.pos_ in VERB_POS:
            subject, passive = find_subject(head)
            joint = subject is not None and any(c.dep_ == "conj" for c in subject.children)
            return None if passive or joint else subject
        else:
            return None
    return None
