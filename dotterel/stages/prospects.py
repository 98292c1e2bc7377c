"""Events that are prospects, reasons or preparations rather than happenings (used by the modality stage).

Also the sides of a statement: "the rebels said the government must ..." speaks of the other side.

- a prospect: an event noun under an epistemic or prospective modifier ("a possible war against Iraq", "the
  planned offensive", "her possible role in the riots") or in the aim of a noun of prospect ("a favourable
  climate for peace talks", "pave the way for negotiations") is hypothetical, and so is an act told as the
  to-infinitive of such a noun ("shelled the capital in a push to capture the city", "in a bid to retake
  the town"): the noun tells an aim, not a deed done;
- a consequence foretold: "the deal would lead to peace talks", "a move that could spark a war";
- a punishment's reason: "arrested for collaborating with Israel", "jailed for spying", "his expulsion over
  espionage": a material act is what the punisher alleges, hypothetical like "suspected of blowing up a
  plane" (the modality stage keeps public verbal acts, "jailed for protesting", as happenings);
- a cooperative act ruled out: "removing the sanctions is out of the question", "a withdrawal is unacceptable"
  (the speaker refuses it);
- a vow's content: "vowed not to return the Golan Heights" (a refusal when the act is cooperative), "vowed to
  fight on until the government falls" (a threat);
- a preparation: "the army prepared to resume shelling", "Macedonia is preparing a major offensive",
  "troops are gearing up for an assault": the attack has not happened; getting ready is a military move
  short of the use of force. "is prepared to strike" (a stated readiness, an adjective) is not one.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Actor
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import NOUN_POS

MAX_NOUN_HOPS = 2
# How an event word hangs under a preparation verb: its object, its to-infinitive, "for"-phrase.
PREPARED_DEPS = frozenset({"dobj", "xcomp"})
READINESS_TAGS = frozenset({"JJ"})
MAX_XCOMP_CHAIN = 4
RULED_OUT_PREPS = frozenset({"out", "off"})


def _is_one_of(token: Any, words: frozenset[str]) -> bool:
    return token.lower_ in words or lemma_of(token) in words


def _has_modifier(noun: Any, modifiers: frozenset[str]) -> bool:
    return any(c.dep_ in {"amod", "advmod"} and _is_one_of(c, modifiers) for c in noun.children)


def is_prospect(token: Any, modifiers: frozenset[str], heads: frozenset[str], preps: frozenset[str]) -> bool:
    """True when the event noun at ``token`` is a prospect (see the module docstring).

    Args:
        token: the trigger's head token.
        modifiers: prospective modifiers ("possible", "planned").
        heads: nouns of prospect whose complement is an aim ("climate", "way", "preparation").
        preps: prepositions between such a noun and the event noun ("for", "of", "in").
    """
    if token.pos_ not in NOUN_POS:
        return False
    noun = token
    for hop in range(MAX_NOUN_HOPS + 1):
        if _has_modifier(noun, modifiers) or (hop > 0 and _is_one_of(noun, heads)):
            return True
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in preps or prep.head.pos_ not in NOUN_POS:
            return False
        noun = prep.head
    return False


def is_aim_infinitive(token: Any, heads: frozenset[str]) -> bool:
    """True when the verb at ``token`` is the to-infinitive of a noun of prospect: "in a push to capture
    the city", "a bid to retake the town", "the chance to strike back" (the aim, not the deed).

    Args:
        token: the trigger's head token.
        heads: nouns of prospect whose complement is an aim ("push", "bid", "chance").
    """
    if token.pos_ != "VERB" or token.dep_ != "acl" or token.head.pos_ not in NOUN_POS:
        return False
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return has_to and _is_one_of(token.head, heads)


def is_consequence(token: Any, clause: Any, verbs: frozenset[str], auxiliaries: frozenset[str]) -> bool:
    """True when the event noun is what a foretold cause would bring: "the deal would lead to peace talks",
    "a move that could spark a war" (not "the killing sparked protests", which happened).

    Args:
        token: the trigger's head token.
        clause: the verb of the trigger's clause.
        verbs: verbs of causing ("lead", "create", "spark").
        auxiliaries: future and possibility auxiliaries ("will", "would", "could").
    """
    if token.pos_ not in NOUN_POS or clause.i == token.i or not _is_one_of(clause, verbs):
        return False
    if not any(c.dep_ == "aux" and _is_one_of(c, auxiliaries) for c in clause.children):
        return False
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.i == clause.i and token.dep_ in {"dobj", "pobj", "attr"}


def is_punishment_reason(token: Any, clause: Any, heads: frozenset[str], preps: frozenset[str]) -> bool:
    """True when the act is the stated reason of a punishment: "arrested [for] collaborating", "jailed [for]
    espionage", "his expulsion [over] spying", "arrested for murder and [assault]", "convicted two workers
    [of] murdering".

    Args:
        token: the trigger's head token.
        clause: the verb of the trigger's clause (a gerund is its own clause).
        heads: punishments, verbs and nouns ("arrest", "jail", "expulsion").
        preps: prepositions of a reason ("for", "over").
    """
    for node in (token, clause):
        while node.dep_ == "conj" and node.head.i != node.i:  # "for murder and [assault]"
            node = node.head
        prep = node.head
        if node.dep_ not in {"pcomp", "pobj"} or prep.lower_ not in preps:
            continue
        holder = prep.head  # the punishment, or its object: "convicted [two workers] of murdering"
        if _is_one_of(holder, heads) or (holder.dep_ in {"dobj", "obj"} and _is_one_of(holder.head, heads)):
            return True
    return False


def resolve_preparation(token: Any, clause: Any, verbs: frozenset[str]) -> Any | None:
    """Return the verb of getting ready whose act this is, or None: "prepared to resume shelling", "is
    preparing a major offensive", "gearing up for an assault"; not "is prepared to strike" (readiness).

    Args:
        token: the trigger's head token.
        clause: the verb of the trigger's clause.
        verbs: verbs of getting ready ("prepare", "gear").
    """
    nodes = [token, clause]
    while nodes[-1].dep_ == "xcomp" and len(nodes) < MAX_XCOMP_CHAIN:  # "prepared to [resume] shelling"
        nodes.append(nodes[-1].head)
    for node in nodes:
        head = node.head
        if node.dep_ == "pobj" and head.lower_ == "for":
            head = head.head
        elif node.dep_ not in PREPARED_DEPS:
            continue
        if _is_one_of(head, verbs) and _is_activity(head):
            return head
    return None


def _is_activity(verb: Any) -> bool:
    """False for a stated readiness: "is prepared to", "stands prepared to", "prepared" as an adjective."""
    if verb.tag_ in READINESS_TAGS or verb.dep_ in {"acomp", "amod"}:
        return False
    if verb.tag_ == "VBN":
        return not any(
            c.dep_ in {"auxpass"} or (c.dep_ == "aux" and lemma_of(c) == "be") for c in verb.children
        )
    return verb.pos_ in {"VERB", "AUX"}


def is_ruled_out(token: Any, clause: Any, predicates: frozenset[str]) -> bool:
    """True when the act is the subject of a predicate that rules it out: "removing the sanctions on Burma is
    out of the question", "a withdrawal from the border is unacceptable", "talks are off the table".

    Args:
        token: the trigger's head token.
        clause: the verb of the trigger's clause (a gerund is its own clause).
        predicates: adjectives and idiom nouns of refusal ("unacceptable", "question", "table").
    """
    for node in (token, clause):
        copula = node.head
        if node.dep_ not in {"csubj", "nsubj"} or lemma_of(copula) != "be":
            continue
        for child in copula.children:
            if child.dep_ == "acomp" and _is_one_of(child, predicates):
                return True
            if child.dep_ == "prep" and child.lower_ in RULED_OUT_PREPS:
                return any(_is_one_of(t, predicates) for t in child.subtree)
    return False


def resolve_vowed_content(verb: Any, negated: bool) -> Any | None:
    """Return the to-infinitive a promise verb governs, negated or not as asked, or None: "vowed [not to
    return] the Golan Heights", "have sworn [to fight] until ..." (the parser may make it an adverbial)."""
    for child in verb.children:
        infinitive = any(g.dep_ == "aux" and g.tag_ == "TO" for g in child.children)
        complement = child.dep_ == "xcomp" or (child.dep_ == "advcl" and infinitive)
        if complement and any(g.dep_ == "neg" for g in child.children) == negated:
            return child
    return None


def is_other_side(
    actor: Actor, speaker: Actor, state_sectors: frozenset[str], dissident_sectors: frozenset[str]
) -> bool:
    """True when the actor is not of the speaker's side: another country, or, within one country, the state
    and its armed or political opponents ("the rebels said the government must ...").

    Args:
        actor: the actor of the act spoken of.
        speaker: the actor who speaks.
        state_sectors: lower-case sectors of the state ("gov", "mil").
        dissident_sectors: lower-case sectors of its opponents ("reb", "opp").
    """
    if actor.country != speaker.country:
        return True
    sides = [_side(a, state_sectors, dissident_sectors) for a in (actor, speaker)]
    return None not in sides and sides[0] != sides[1]


def _side(actor: Actor, state_sectors: frozenset[str], dissident_sectors: frozenset[str]) -> str | None:
    sector = (actor.sector or "").lower()
    if sector in state_sectors:
        return "state"
    return "dissident" if sector in dissident_sectors else None


def is_prevented(token: Any, heads: frozenset[str]) -> bool:
    """An act a verb of prevention kept from happening: its object ("the court prevents the release of three
    prisoners", "police foiled an attack") or the gerund of its "from" ("prevented protesters from
    marching")."""
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass"} and lemma_of(head) in heads:
        return True
    return token.dep_ in {"pcomp", "pobj"} and head.lower_ == "from" and lemma_of(head.head) in heads

