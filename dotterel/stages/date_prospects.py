"""Whether an event may take a date after the article date: a plan, a modal or an infinitive lies ahead.

An asserted verb with no future marker never takes a date after the article date ("agree to set a deadline
by 13 December": the agreeing happened on the article's day). A future marker is a future auxiliary
("will"), a modal of a prospect ("the deal would be signed on February 29", ``prospective_aux`` in
``dates.yaml``) or the "to" of an infinitive clause ("decides to reopen its borders on December 29": the
reopening is planned, not done), on the event's verb or on a verb above it. An infinitive of purpose takes
the day of the event noun it serves (:func:`find_purpose_stops`).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.scope import is_verb

CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})
PURPOSE_DEPS = frozenset({"attr", "dobj", "nsubj", "nsubjpass"})
UNREAL_MODALITIES = frozenset({"threatened", "conditional", "hypothetical"})


def may_lie_ahead(
    token: Any, modality: str, future: frozenset[str], markers: frozenset[str], anchored: bool = False
) -> bool:
    """Return False for an asserted verb with no future auxiliary (``future``) on it or above it and no
    prospective one (``markers``) nor infinitive on it or on a clause it hangs on, and for any event's day
    counted forward from the article date ("The next day, the army launched an offensive", no date before
    it) unless such a marker says so."""
    if not anchored and (modality in UNREAL_MODALITIES or not is_verb(token)):
        return True
    if any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in future
        for v in (token, *token.ancestors)
        for c in v.children
    ):
        return True
    return any(_is_prospect(verb, markers) for verb in to_clause_chain(token))


def to_clause_chain(token: Any) -> list[Any]:
    """The token and the verbs of the clauses it hangs on through clauses only (not through a noun: "an
    agreement on withdrawing troops would be signed": the withdrawing is no prospect of "would")."""
    chain = [token]
    while chain[-1].dep_ in CLAUSE_DEPS and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _is_prospect(verb: Any, markers: frozenset[str]) -> bool:
    """True for a verb with a prospective auxiliary, or the verb of an infinitive clause that hangs on a
    verb ("decides to reopen …")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in markers for c in auxiliaries):
        return True
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in auxiliaries)
    return infinitive and verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX")


def find_purpose_stops(token: Any, stops: frozenset[int]) -> frozenset[int]:
    """Return the other triggers that are event nouns an infinitive of purpose serves: the arguments of the
    verb it hangs on ("there was a videoconference on Monday … to discuss the peace process": the
    discussion is held at the videoconference, on its day)."""
    if token.dep_ not in ("advcl", "acl", "xcomp") or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in token.children
    ):
        return frozenset()
    verb = token.head
    return frozenset(
        c.i for c in verb.children if c.i in stops and c.dep_ in PURPOSE_DEPS and c.pos_ in ("NOUN", "PROPN")
    )
