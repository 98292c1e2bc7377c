"""A split-off mention of one happening takes the day its first telling states.

"… release an activist detained on Friday. The activist was arrested on charges of hooliganism." tells one
detention twice, with two words: the second telling, undated, refers back to a party of the first with a
definite noun of the same lemma ("The activist") in the same role (the one acted on: the object, the
passive subject, the noun a participle of the act describes; or the doer: the subject, the "by" agent), or
with a definite noun of a doer (``doer_nouns``: "Armed men attacked a village on Sunday. The attackers
abducted 30 women") as the subject, whatever the first telling's doer is called.
It takes the first telling's day when that one is an event of the same PLOVER type in the sentence just
before, in the same paragraph, told as happening and dated to the day by a date the text states. As for
the tolls of a split-off mention (:mod:`dotterel.stages.merge_splitoff`), nothing stated is overwritten:
only an event with no date of its own takes one, and only a day counts. An event noun said of a pronoun that
refers back ("The massacre yesterday … It is the deadliest attack against civilians this year":
``retelling_pronouns`` in ``dates.yaml``) is the first event of its type of the sentence before told again:
it takes that one's day (the date of its own clause is the range of the comparison).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from dotterel.model import HAPPENED_MODALITIES, Article, Event
from dotterel.stages.doc_tables import find_sentence_index

PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
AGENT_DEPS = frozenset({"nsubj"})
ANY_DOER = "*"  # a doer noun ("the attackers", "the perpetrators"): the first telling's doer, any noun


def find_parties(token: Any) -> dict[str, set[str]]:
    """Return the lower-cased lemmas of the nouns ``token``'s act is done to ("patient") and by ("agent"):
    its objects and passive subjects, or the noun its participle describes ("an activist detained on
    Friday"); its subjects and "by" agents."""
    parties: dict[str, set[str]] = {"patient": set(), "agent": set()}
    for child in token.children:
        if child.dep_ in PATIENT_DEPS:
            parties["patient"].add(child.lemma_.lower())
        elif child.dep_ in AGENT_DEPS:
            parties["agent"].add(child.lemma_.lower())
        elif child.dep_ == "agent":
            parties["agent"].update(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    if token.dep_ == "acl" and token.tag_ == "VBN":
        parties["patient"].add(token.head.lemma_.lower())
    return parties


def find_referring_parties(
    token: Any, definite: frozenset[str], doers: frozenset[str] = frozenset()
) -> dict[str, set[str]]:
    """Return the lemmas of the parties of ``token``'s act (as :func:`find_parties`) that are nouns made
    definite by a determiner of ``definite`` ("The activist was arrested"): they refer back. A doer's
    subject noun of ``doers`` ("The attackers abducted 30 women") refers back to the doer of the first
    telling whatever its noun: it adds ``ANY_DOER`` to the agents."""
    out: dict[str, set[str]] = {"patient": set(), "agent": set()}
    for child in token.children:
        role = "patient" if child.dep_ in PATIENT_DEPS else "agent" if child.dep_ in AGENT_DEPS else ""
        referring = any(c.dep_ == "det" and c.lower_ in definite for c in child.children)
        if role and child.pos_ == "NOUN" and referring:
            lemma = child.lemma_.lower()
            out[role].add(ANY_DOER if role == "agent" and lemma in doers else lemma)
    return out


def _refers_back(referring: dict[str, set[str]], parties: dict[str, set[str]]) -> bool:
    """True when a party referred back is a party of the first telling in the same role, or a doer noun
    names its doer."""
    doer = ANY_DOER in referring["agent"] and bool(parties["agent"])
    return doer or any(referring[role] & parties[role] for role in referring)


def _pronoun_doer(token: Any, event: Event) -> str | None:
    """Return the name of the event's source when it was read from a pronoun subject of ``token`` ("The
    movement claims it hit …": the Houthis), else None."""
    span = event.evidence.spans.get("source")
    if event.source is None or span is None:
        return None
    subjects = [c for c in token.children if c.dep_ in AGENT_DEPS and c.pos_ == "PRON"]
    return event.source.name if any(span.start <= s.idx < span.end for s in subjects) else None


def find_doer_names(article: Article, first: Event, token: Any) -> set[str]:
    """Return the names of the doer of a first telling: its source, or for a circumstance noun with none
    ("Rebels shelled the base during an overnight attack") the actor of the subject of the verb it hangs on
    (in a sentence with no verb, the tagger having taken it for a noun, the first name before it)."""
    if first.source is not None:
        return {first.source.name} if first.source.name else set()
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return set()
    verb = token.head.head
    if not any(t.pos_ in ("VERB", "AUX") for t in token.sent):  # "The Houthis launch missiles … during …"
        names = [m for m in article.mentions if m.kind == "name" and m.span.start >= token.sent.start_char]
        doer = names[0].actor.name if names and names[0].span.end <= token.idx else None
        return {doer} if doer else set()
    subjects = [c for c in verb.children if c.dep_ in AGENT_DEPS] if verb.pos_ == "VERB" else []
    return {
        name
        for m in article.mentions
        if (name := m.actor.name) and any(m.head.start <= s.idx < m.head.end for s in subjects)
    }


def to_day_of(event: Event, other: Event) -> Event:
    """The event dated to the day of ``other``, another telling of it, with that telling's date span."""
    spans = {**event.evidence.spans, "date": other.evidence.spans["date"]}
    return replace(
        event, date=other.date, date_precision="day", evidence=replace(event.evidence, spans=spans)
    )


def _is_first_telling(article: Article, first: Event, here: int, kind: str) -> bool:
    there = find_sentence_index(article, first)
    return (
        there == here - 1
        and article.sentences[there].paragraph == article.sentences[here].paragraph
        and first.action.type == kind
        and first.modality in HAPPENED_MODALITIES
        and first.date_precision == "day"
        and "date" in first.evidence.spans
    )


def is_copular_retelling(token: Any, pronouns: frozenset[str]) -> bool:
    """True for an event noun said of a pronoun that refers back ("It is the deadliest attack against
    civilians this year", "This was the third such raid in a month": ``pronouns``): the happening of the
    sentence before told again; a date of its clause is the range of a comparison, not its day."""
    head = token.head
    if token.dep_ != "attr" or head.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in head.children)


def to_split_off_days(
    article: Article,
    events: list[Event],
    token_of: Callable[[Event], Any],
    definite: frozenset[str],
    pronouns: frozenset[str] = frozenset(),
    doers: frozenset[str] = frozenset(),
) -> list[Event]:
    """Return the events with each undated one told as happening given the day of its first telling in the
    sentence before (same type, a party referred back to in the same role), and each event noun said of a
    referring pronoun (:func:`is_copular_retelling`) given the day of the first event of its type there."""
    out = list(events)
    for n, event in enumerate(events):
        token, here = token_of(event), find_sentence_index(article, event)
        if token is None or event.modality not in HAPPENED_MODALITIES or not here:
            continue
        copular = is_copular_retelling(token, pronouns)
        if not copular and (event.date_precision != "unknown" or token.pos_ != "VERB"):
            continue
        referring = find_referring_parties(token, definite, doers)
        pronoun_doer = _pronoun_doer(token, event)  # "The movement claims it hit …"
        for first in events:
            first_token = token_of(first)
            if first_token is None or not _is_first_telling(article, first, here, event.action.type):
                continue
            parties = find_parties(first_token)
            doers_named = find_doer_names(article, first, first_token) if pronoun_doer else set()
            same_doer = pronoun_doer in doers_named
            if copular or same_doer or _refers_back(referring, parties):
                out[n] = to_day_of(event, first)
                break
    return out
