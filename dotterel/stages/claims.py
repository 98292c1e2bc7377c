"""Responsibility claims: the claimant is the source of the harm the claim is about.

"Multiple mortars hit the airport, wounding six. Al-Shabaab claims responsibility for the attack." -> the
mortar attack gets al-Shabaab as source. "Drones attacked two refineries. Houthi militants claimed
responsibility, saying they used ten drones for the attack." -> the drone attack gets the Houthis; "the
attack" of the claim sentence retells it (its place, casualties and target fill the first telling's gaps)
and is not coded again.

A claim is a claim verb ("claim", "take", "accept", ...) with a claim noun ("responsibility", "credit") as
object, or right before it (the small parser reads headline "X claims responsibility" as a noun compound).
A ``for``-phrase must name a harm the article codes ("took responsibility for security" claims none);
without one, only "claim" itself is a claim ("the minister accepted responsibility" blames no attacker).
The claimed harm is the latest harm told before the claim in its paragraph or the one before; only a
missing or bare doer ("gunmen", "drones": no name, no country) gives way to the claimant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from dotterel.knowledge.attribution import AttributionWords
from dotterel.model import Article, Event, Mention
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge import fill_gaps
from dotterel.stages.roles import MentionIndex, find_agent, find_governing_verb, find_subject

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
MAX_CONTENT_HOPS = 2


@dataclass(frozen=True)
class Claim:
    """One responsibility claim: who claims it, the claim verb token, and the harm noun of its for-phrase."""

    claimant: Mention
    verb: Any
    harm_noun: Any | None


def find_claims(
    doc: Any,
    index: MentionIndex,
    role_words: Mapping[str, frozenset[str]],
    words: AttributionWords,
    harm_tokens: frozenset[int] = frozenset(),
) -> list[Claim]:
    """Return the responsibility claims of the doc, in text order, each with its claimant resolved:
    "claimed responsibility for the bombing", "took credit", and a bare claim verb whose object is a harm
    noun (one of ``harm_tokens``): "IS claimed the attack", "the attack was claimed by IS"; a culprit
    phrase: "Arab media say Israel is behind the attack" (``role_words``:
    the ``roles.yaml`` lists claim_nouns and statement_nouns)."""
    claims: list[Claim] = []
    for token in doc:
        verb, harm_noun = None, None
        if str(token.lemma_).lower() in role_words["claim_nouns"]:
            verb = _claim_verb(token, words.claim_verbs)
            harm_noun = _for_object(token)
            if verb is not None and harm_noun is None and not _is_bare_claim(verb, words):
                verb = None  # "the minister accepted responsibility" blames no attacker
        elif token.i in harm_tokens and token.dep_ in OBJECT_DEPS and _is_bare_claim(token.head, words):
            verb, harm_noun = token.head, token
        elif token.i in harm_tokens and _is_culprit_phrase(token, words):
            verb, harm_noun = token.head.head, token
        if verb is None or _is_denied(verb, words):
            continue
        claimant = _resolve_claimant(verb, index, role_words["statement_nouns"])
        if claimant is not None:
            claims.append(Claim(claimant, verb, harm_noun))
    return claims


def _is_denied(verb: Any, words: AttributionWords) -> bool:
    """True for a claim inside a denial: "Israel denied it was behind the attack"."""
    node = verb
    for _ in range(MAX_CONTENT_HOPS):
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
        if str(node.lemma_).lower() in words.denial_verbs:
            return True
    return False


def _is_culprit_phrase(noun: Any, words: AttributionWords) -> bool:
    """True for "Israel is behind the attack": the harm noun in a culprit phrase of "be"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.culprit_preps:
        return False
    return str(prep.head.lemma_).lower() == "be"


def _is_bare_claim(verb: Any, words: AttributionWords) -> bool:
    return bool({str(verb.lemma_).lower(), verb.lower_.rstrip("s")} & words.bare_claim_verbs)


def _claim_verb(noun: Any, claim_verbs: frozenset[str]) -> Any | None:
    """The verb claiming the noun: its head ("claimed responsibility"), else the word right before it."""
    if noun.dep_ in OBJECT_DEPS and str(noun.head.lemma_).lower() in claim_verbs:
        return noun.head
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    if before is not None and {str(before.lemma_).lower(), before.lower_.rstrip("s")} & claim_verbs:
        return before
    return None


def _for_object(noun: Any) -> Any | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _resolve_claimant(verb: Any, index: MentionIndex, statement_nouns: frozenset[str]) -> Mention | None:
    """The subject of the claim verb (the agent of a passive; the issuer of a statement: "releases a video
    claiming responsibility"), never of a negated claim ("has not claimed"); for a headline parsed as a
    noun compound ("Al-Shabaab claims responsibility"), the nearest actor before it in its sentence."""
    if verb.pos_ in {"VERB", "AUX"}:
        if any(child.dep_ == "neg" for child in verb.children):
            return None
        subject, passive = find_subject(verb)
        if passive:
            subject = find_agent(verb)
        if subject is not None and str(subject.lemma_).lower() in statement_nouns:
            issuing = find_governing_verb(subject)
            subject = find_subject(issuing)[0] if issuing is not None else None
        return index.resolve_phrase(subject) if subject is not None else None
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        mention = index.resolve_token(token)
        if mention is not None:
            return mention
    return None


def _paragraph(article: Article, offset: int) -> int:
    return next((s.paragraph for s in article.sentences if s.span.start <= offset < s.span.end), 0)


def _is_harm(event: Event) -> bool:
    return event.action.type in HARM_TYPES


def _harm_event_tokens(doc: Any, events: list[Event]) -> list[tuple[int, Any]]:
    found = []
    for i, event in enumerate(events):
        root = resolve_trigger_root(doc, event.trigger) if _is_harm(event) else None
        if root is not None:
            found.append((i, root))
    return found


def _claimed_positions(article: Article, events: list[Event], claim: Claim, mentioned: set[int]) -> list[int]:
    """Positions of the harm events of the latest sentence before the claim, in its paragraph or the one
    before (harms of the claim's own sentence before the claim verb count when none come earlier); not
    the harm the claim itself names (``mentioned``)."""
    paragraph = _paragraph(article, claim.verb.idx)
    sentence_start = claim.verb.sent.start_char
    earlier = [
        i
        for i, e in enumerate(events)
        if _is_harm(e)
        and i not in mentioned
        and e.trigger.end <= claim.verb.idx
        and _paragraph(article, e.trigger.start) >= paragraph - 1
    ]
    before = [i for i in earlier if events[i].evidence.start < sentence_start] or earlier
    if not before:
        return []
    latest = max(events[i].evidence.start for i in before)
    return [i for i in before if events[i].evidence.start == latest]


def _harm_nouns(doc: Any, events: list[Event], claim: Claim) -> list[tuple[int, Any]]:
    """The nominal harm events of the claim's sentence, with their trigger tokens."""
    sentence = claim.verb.sent
    found = []
    for i, event in enumerate(events):
        if not _is_harm(event) or not sentence.start_char <= event.trigger.start < sentence.end_char:
            continue
        root = resolve_trigger_root(doc, event.trigger)
        if root is not None and root.pos_ in {"NOUN", "PROPN"}:
            found.append((i, root))
    return found


def _is_definite(noun: Any, determiners: frozenset[str]) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in determiners for c in noun.children)


def _with_claimant(event: Event, claimant: Mention) -> Event:
    """The event with the claimant as source, unless the text names its doer or the doer's country ("Afghan
    police fired on the crowd" is not what a militant group claims)."""
    source = event.source
    if source is not None and (source.name is not None or source.actor_id is not None or source.country):
        return event
    spans = {**event.evidence.spans, "source": claimant.span}
    return replace(event, source=claimant.actor, evidence=replace(event.evidence, spans=spans))


def to_claimed_events(
    article: Article,
    events: list[Event],
    index: MentionIndex,
    role_words: Mapping[str, frozenset[str]],
    words: AttributionWords,
) -> list[Event]:
    """Return ``events`` with each responsibility claim's claimant as source of the harm it claims, and the
    claim sentence's definite retellings of that harm ("the attack") folded into it (``role_words``: the
    ``roles.yaml`` lists claim_nouns and anaphoric_determiners)."""
    doc = article.doc
    events = list(events)
    dropped: set[int] = set()
    determiners = role_words["anaphoric_determiners"]
    harm_tokens = frozenset(token.i for _, token in _harm_event_tokens(doc, events))
    for claim in find_claims(doc, index, role_words, words, harm_tokens):
        nouns = _harm_nouns(doc, events, claim)
        named = [i for i, noun in nouns if claim.harm_noun is not None and noun.i == claim.harm_noun.i]
        if claim.harm_noun is not None and not named:
            continue  # "took responsibility for security": no harm claimed
        retold = [i for i, noun in nouns if _is_definite(noun, determiners)]
        claimed = _claimed_positions(article, events, claim, {*named, *retold})
        if not claimed or (named and named[0] not in retold):
            claimed, retold = named or retold, []  # "claimed a rocket attack on Sderot": a harm of its own
        for i in claimed:
            events[i] = _with_claimant(events[i], claim.claimant)
        for i in retold:
            same = [j for j in claimed if events[j].action.type == events[i].action.type]
            if same:
                events[same[0]] = fill_gaps(events[same[0]], events[i])
                dropped.add(i)
    return [event for i, event in enumerate(events) if i not in dropped]
