"""A date in a reduced relative clause the parser hung on the verb: "reverses its visa policy, announced on
July 6", "lifts the suspension of schools, introduced earlier this month".

A past participle set off by a comma right after a noun, with no subject and no auxiliary of its own, tells
a past act done to that noun (the policy's announcement), even when the parser hangs it on the clause's verb
as an adverbial clause; its date dates that act and the noun, not the verb ("reverses"). Not a participle
with an agent ("captured the town, backed by airstrikes on Sunday": how the capture was done), nor one
after a verb or a name ("The troops withdrew, escorted …").
"""

from __future__ import annotations

from typing import Any

HELD_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "attr"})


def resolve_reduced_relative(chain: list[Any]) -> Any | None:
    """Return the participle of the reduced relative clause of a noun on the way up from a date phrase
    (``chain``: the date's root and its ancestors), or None."""
    for token in chain[1:]:
        if token.dep_ == "advcl" and _is_reduced_relative(token):
            return token
    return None


def resolve_reduced_noun(participle: Any) -> Any:
    """Return the noun a reduced relative clause (:func:`resolve_reduced_relative`) describes: the noun
    before its comma (the head of that noun's phrase)."""
    noun = participle.doc[participle.left_edge.i - 2]
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _is_reduced_relative(token: Any) -> bool:
    first = token.left_edge.i
    if token.tag_ != "VBN" or first != token.i or first < 2:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark") for c in token.children):
        return False
    comma, noun = token.doc[first - 1], token.doc[first - 2]
    if comma.text != "," or noun.pos_ != "NOUN":
        return False
    held = resolve_reduced_noun(token)
    return held.dep_ in HELD_DEPS and held.head.i != token.i
