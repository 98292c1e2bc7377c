"""Find event triggers in a sentence: verbs, phrasal verbs, nominal events and light-verb constructions.

A trigger is the token that fired a lexicon pattern plus the clause verb whose subject is the event's
source: the verb itself, or the light verb of "carried out strikes", or None for a bare noun ("US air raids").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.model import Span

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Trigger:
    """A lexicon pattern matched at a token; ``clause`` is the verb that carries the source."""

    token: Any
    clause: Any | None
    pattern: Pattern
    span: Span
    modifier_words: int = 0

    @property
    def is_nominal(self) -> bool:
        """True when the event is expressed by a noun ("air raids", "talks")."""
        return self.token.pos_ in NOUN_POS


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _modifier_lemmas(noun: Any) -> list[str]:
    words: list[str] = []
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            words.extend(_lemma(t) for t in child.subtree if not t.is_punct)
            words.extend(t.lower_ for t in child.subtree if not t.is_punct)
    return words


def match_noun_pattern(pattern: Pattern, noun: Any) -> int | None:
    """Return how many modifier words the pattern's noun form needs (0 for a bare noun), None if no match."""
    head = _lemma(noun)
    modifiers = set(_modifier_lemmas(noun))
    best: int | None = None
    for form in pattern.nouns:
        words = form.lower().split()
        if words[-1] != head and form.lower() != head:
            continue
        needed = words[:-1]
        if all(word in modifiers for word in needed) and (best is None or len(needed) > best):
            best = len(needed)
    return best


def _has_prep(token: Any, preps: Sequence[str]) -> bool:
    wanted = {p.lower() for p in preps}
    return any(child.dep_ in {"prep", "agent"} and child.lower_ in wanted for child in token.children)


def _object_lemma(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"}:
            return _lemma(child)
    return None


def _verb_patterns(lexicon: Lexicon, verb: Any) -> list[tuple[Pattern, str | None]]:
    found: list[tuple[Pattern, str | None]] = []
    for child in verb.children:
        if child.dep_ in {"prt", "prep"}:
            found.extend((p, child.lower_) for p in lexicon.find_verb_patterns(_lemma(verb), child.lower_))
    found.extend((p, None) for p in lexicon.find_verb_patterns(_lemma(verb)))
    obj = _object_lemma(verb)
    kept = []
    for pattern, particle in found:
        if pattern.requires_object and obj not in {w.lower() for w in pattern.requires_object}:
            continue
        if pattern.requires_prep and not _has_prep(verb, pattern.requires_prep):
            continue
        kept.append((pattern, particle))
    kept.sort(key=lambda item: (not item[0].requires_object, item[1] is None, not item[0].requires_prep))
    return kept


def _noun_patterns(lexicon: Lexicon, noun: Any) -> list[tuple[Pattern, int]]:
    found: list[tuple[Pattern, int]] = []
    for pattern in lexicon.find_noun_patterns(_lemma(noun)):
        needed = match_noun_pattern(pattern, noun)
        if needed is None:
            continue
        if pattern.requires_prep and not _has_prep(noun, pattern.requires_prep):
            continue
        found.append((pattern, needed))
    found.sort(key=lambda item: (-item[1], not item[0].requires_prep))
    return found


def _noun_span(noun: Any, modifier_words: int) -> Span:
    start = noun
    if modifier_words:
        lefts = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        if lefts:
            start = min((t for c in lefts for t in c.subtree), key=lambda t: t.i)
    return Span(start.idx, noun.idx + len(noun.text))


def _verb_span(verb: Any, particle: str | None) -> Span:
    end = verb.idx + len(verb.text)
    for child in verb.rights:
        if particle and child.dep_ == "prt" and child.lower_ == particle:
            end = child.idx + len(child.text)
    return Span(verb.idx, end)


def find_triggers(tokens: Any, lexicon: Lexicon) -> list[Trigger]:
    """Return the triggers in a sentence, one per token, light-verb objects taken by their verb."""
    taken: set[int] = set()
    triggers: list[Trigger] = []
    for token in tokens:
        if token.pos_ in VERB_POS or (token.pos_ == "AUX" and token.dep_ not in {"aux", "auxpass"}):
            triggers.extend(_light_verb_triggers(token, lexicon, taken))
    for token in tokens:
        if token.i in taken:
            continue
        trigger = _token_trigger(token, lexicon)
        if trigger is not None:
            triggers.append(trigger)
    triggers.sort(key=lambda t: t.span.start)
    return triggers


def _light_verb_triggers(verb: Any, lexicon: Lexicon, taken: set[int]) -> Iterator[Trigger]:
    if _lemma(verb) not in lexicon.light_verbs or lexicon.find_verb_patterns(_lemma(verb)):
        return
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"} and child.pos_ in NOUN_POS:
            matches = _noun_patterns(lexicon, child)
            if matches:
                pattern, needed = matches[0]
                taken.add(child.i)
                yield Trigger(child, verb, pattern, _noun_span(child, needed), needed)


def _token_trigger(token: Any, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ in VERB_POS:
        verb_matches = _verb_patterns(lexicon, token)
        if verb_matches:
            pattern, particle = verb_matches[0]
            return Trigger(token, token, pattern, _verb_span(token, particle))
    elif token.pos_ in NOUN_POS:
        noun_matches = _noun_patterns(lexicon, token)
        if noun_matches:
            pattern, needed = noun_matches[0]
            return Trigger(token, None, pattern, _noun_span(token, needed), needed)
    return None
