"""Whether an event may take a date after the article date: a plan, a modal or an infinitive lies ahead.

An asserted verb with no future marker never takes a date after the article date ("agree to set a deadline
by 13 December": the agreeing happened on the article's day). A future marker is a future auxiliary
("will"), a modal of a prospect ("the deal would be signed on February 29", ``prospective_aux`` in
``dates.yaml``) or the "to" of an infinitive clause ("decides to reopen its borders on December 29": the
reopening is planned, not done), on the event's verb or on a verb above it. An infinitive of purpose takes
the day of the event noun it serves (:func:`find_purpose_stops`); its own object does not take the time of
the act it serves (:func:`is_barred_time`: "shut it off five days ago to contain protests" gives the protests
no day). The infinitive of a participle or adjective
of prospect ("talks expected to start Thursday", "are due to begin on Monday", ``prospect_heads`` in
``dates.yaml``) reads its day forward unless told in the past (:func:`is_prospect_complement`); set off by a
comma after a noun, the participle tells that noun's time however the parser hangs it
(:func:`find_participle_nouns`).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_context import ArticleDates
from dotterel.stages.purpose_objects import find_served_act
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


def find_clause_verb(token: Any) -> Any | None:
    """The verb a date's ``token`` hangs on: the token itself or its nearest verb ancestor, or None."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def find_auxiliaries(verb: Any) -> list[Any]:
    """Return the auxiliaries of ``verb``, active and passive ("will", "has", "was" of "was closed")."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _is_prospect(verb: Any, markers: frozenset[str]) -> bool:
    """True for a verb with a prospective auxiliary, or the verb of an infinitive clause that hangs on a
    verb or an adjective ("decides to reopen …", "is due to resign on May 22")."""
    auxiliaries = find_auxiliaries(verb)
    if any(c.lower_ in markers for c in auxiliaries):
        return True
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in auxiliaries)
    heads = ("VERB", "AUX", "ADJ")
    return infinitive and verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.pos_ in heads


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


def is_barred_time(token: Any, found: int, ctx: ArticleDates) -> bool:
    """True when the date mention at ``found`` may not date the event at ``token``: barred for it
    (``ctx.never``), or the time of the act an infinitive of purpose serves, for the object of that
    infinitive (:func:`~dotterel.stages.purpose_objects.find_served_act`); a time inside the infinitive
    clause stays the object's ("to prevent protests planned for Friday")."""
    if token.i in ctx.never.get(found, ()):
        return True
    if find_served_act(token) is None:
        return False
    return ctx.roots[found].i not in {t.i for t in token.head.subtree}


def is_prospect_complement(verb: Any, heads: frozenset[str]) -> bool:
    """True for the infinitive of a participle or adjective of prospect (``heads``) not told in the past:
    "expected to start Thursday", "are due to begin on Monday", "is scheduled to open on Tuesday", "is to
    take effect on Saturday", not "was expected to start on Thursday", "was to meet on Friday"."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() not in heads and head.lower_ not in heads:
        return False
    holder = head.head if head.dep_ == "acomp" else head  # "are due": the copula tells the tense
    auxiliaries = [c for c in holder.children if c.dep_ in ("aux", "auxpass")]
    past = holder.tag_ == "VBD" and (holder.i != head.i or head.pos_ == "AUX")  # "are due", "was to"
    return not past and not any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxiliaries)


def find_participle_nouns(tokens: Any, heads: frozenset[str]) -> dict[int, frozenset[int]]:
    """Return, by noun token id, the ids of a participle of prospect set off by a comma right after the
    noun's phrase ("his first talks with Putin, expected to start Thursday"), which the parser may hang on
    the main verb: the participle tells the time of the nouns of that phrase (climbing from the word
    before the comma through its heads, up to a verb)."""
    out: dict[int, frozenset[int]] = {}
    for token in tokens:
        if token.dep_ not in ("advcl", "acl") or token.lemma_.lower() not in heads or token.i < 2:
            continue
        if token.doc[token.i - 1].text != "," or not any(c.dep_ == "xcomp" for c in token.children):
            continue
        ids = frozenset(t.i for t in token.subtree)
        noun = token.doc[token.i - 2]
        while noun.i < token.i and not is_verb(noun) and noun.sent.start == token.sent.start:
            if noun.pos_ in ("NOUN", "PROPN"):
                out[noun.i] = out.get(noun.i, frozenset()) | ids
            if noun.head.i == noun.i:
                break
            noun = noun.head
    return out
