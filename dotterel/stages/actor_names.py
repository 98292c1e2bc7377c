"""Alias indexes of the actor book over spaCy tokens (exact for short all-caps aliases, case-folded else),
and token helpers of the actors stage: the head of a span, a country word glued to a modifier."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dotterel.knowledge.actor_book import ActorBook, AliasTarget, is_case_sensitive, normalise_name


@dataclass
class Hit:
    """An alias found over tokens ``[start, end)`` and what it may name."""

    start: int
    end: int
    targets: list[AliasTarget]

    @property
    def kind(self) -> str:
        """The kind of the first target."""
        return self.targets[0].kind


@dataclass
class AliasIndex:
    """Aliases keyed by token tuples: exact text for short all-caps aliases, folded text for the others."""

    exact: dict[tuple[str, ...], list[AliasTarget]] = field(default_factory=dict)
    folded: dict[tuple[str, ...], list[tuple[tuple[bool, ...], list[AliasTarget]]]] = field(
        default_factory=dict
    )
    longest: int = 1
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    folded_prefixes: set[tuple[str, ...]] = field(default_factory=set)
    first_texts: set[str] = field(default_factory=set)
    first_folded: set[str] = field(default_factory=set)

    def add(self, tokens: Sequence[str], targets: list[AliasTarget], case_sensitive: bool) -> None:
        """Add one alias, given as its tokens."""
        if targets and tokens:
            self.longest = max(self.longest, len(tokens))
            if case_sensitive:
                self.exact[tuple(tokens)] = targets
                self.prefixes.update(tuple(tokens[:n]) for n in range(1, len(tokens) + 1))
                self.first_texts.add(tokens[0])
            else:
                caps = tuple(tok[:1].isupper() for tok in tokens)
                key = tuple(normalise_name(t) for t in tokens)
                self.folded.setdefault(key, []).append((caps, targets))
                self.folded_prefixes.update(key[:n] for n in range(1, len(key) + 1))
                self.first_folded.add(key[0])

    def may_start(self, text: str, folded: str) -> bool:
        """Return True when some alias starts with this token (as written, or its ``normalise_name``)."""
        return text in self.first_texts or folded in self.first_folded

    def count_prefix(self, texts: Sequence[str], folded: Sequence[str]) -> int:
        """Return how many leading tokens some alias starts with (as written, or folded): no longer alias
        can match here. ``folded`` holds ``normalise_name`` of each text."""
        n = 0
        while n < len(texts) and (
            tuple(texts[: n + 1]) in self.prefixes or tuple(folded[: n + 1]) in self.folded_prefixes
        ):
            n += 1
        return n

    def match(self, texts: Sequence[str]) -> list[AliasTarget]:
        """Return the targets of exactly these token texts, or []."""
        if tuple(texts) in self.exact:
            return self.exact[tuple(texts)]
        for caps, targets in self.folded.get(tuple(normalise_name(t) for t in texts), []):
            if all(t[:1].isupper() or not need for need, t in zip(caps, texts, strict=True)):
                return targets
        return []


@lru_cache(maxsize=4)
def load_alias_indexes(book: ActorBook) -> tuple[AliasIndex, AliasIndex]:
    """Return the name and title alias indexes of an actor book, tokenised as spaCy tokenises (cached)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    names, titles = AliasIndex(), AliasIndex()
    for alias in book.find_aliases():
        names.add([t.text for t in tokenizer(alias)], book.find_targets(alias), is_case_sensitive(alias))
    for alias in book.find_title_aliases():
        titles.add([t.text for t in tokenizer(alias)], book.find_title_targets(alias), False)
    return names, titles


def is_glued(doc: Any, start: int, end: int) -> bool:
    """True for "Tehran-backed", "anti-US", "Iranian backed": tokens ``[start, end)`` only modify a phrase."""
    after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
    participle = end < len(doc) and doc[end].tag_ == "VBN" and doc[end].dep_ == "amod"
    return after or before or participle


def doc_root(doc: Any, start: int, end: int) -> int:
    """Return the index of the syntactic head of tokens ``[start, end)``: the last token when its head lies
    outside (names are compounds: "Kataib Hezbollah"), else the span's root ("Department of Defense")."""
    last = doc[end - 1]
    return end - 1 if not start <= last.head.i < end or last.head.i == last.i else int(doc[start:end].root.i)
