"""Definite descriptions that refer back to actors: "the group", "the militia", "the two countries".

"Kataib Hezbollah fired rockets. The group later denied any role" -> "The group" is Kataib Hezbollah (the
last organisation or armed group named before it in the paragraph or the one before). "Russia and Ukraine
signed a deal. The two countries also agreed" -> two mentions on one head, Russia and Ukraine, so the events
stage codes one event per country. Head words come from ``roles.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from dotterel.model import Article, Mention, Span

RULE_GROUP = "actors.definite-group.v1"
RULE_PAIR = "actors.definite-pair.v1"
CONFIDENCE = 0.6


def _covered(token: Any, mentions: Sequence[Mention]) -> bool:
    return any(m.span.start <= token.idx < m.span.end for m in mentions)


def _description_span(token: Any) -> Span:
    start = min(
        (c.idx for c in token.lefts if c.dep_ in {"det", "nummod", "amod", "predet"}), default=token.idx
    )
    return Span(start, token.idx + len(token.text))


def _refer(mention: Mention, token: Any, span: Span, rule: str) -> Mention:
    actor = replace(mention.actor, text=token.doc.text[span.start : span.end])
    head = Span(token.idx, token.idx + len(token.text))
    return Mention(span=span, head=head, actor=actor, kind="pronoun", rule=rule, confidence=CONFIDENCE)


def _earlier(article: Article, mentions: Sequence[Mention], offset: int) -> list[Mention]:
    """Named mentions before ``offset`` in its paragraph or the one before, latest first."""
    paragraph = next((s.paragraph for s in article.sentences if s.span.start <= offset < s.span.end), 0)
    starts = [s.span.start for s in article.sentences if s.paragraph >= paragraph - 1]
    floor = min(starts, default=0)
    found = [m for m in mentions if floor <= m.span.start and m.span.end <= offset and m.kind == "name"]
    return sorted(found, key=lambda m: m.span.start, reverse=True)


def find_description_mentions(
    article: Article, mentions: Sequence[Mention], words: Mapping[str, frozenset[str]]
) -> list[Mention]:
    """Return mentions for "the group"-like and "the two countries"-like descriptions (``words``: the role
    word lists: group_anaphors, pair_anaphors, pair_determiners, group_sectors)."""
    group_words, pair_words = words["group_anaphors"], words["pair_anaphors"]
    found: list[Mention] = []
    for token in article.doc:
        lemma = str(token.lemma_).lower()
        if token.pos_ != "NOUN" or (lemma not in group_words and lemma not in pair_words):
            continue  # neither description word: nothing below can refer
        if _covered(token, mentions):
            continue
        determiners = {c.lower_ for c in token.lefts if c.dep_ in {"det", "nummod", "predet"}}
        span = _description_span(token)
        if lemma in group_words and "the" in determiners:
            earlier = _earlier(article, mentions, token.idx)
            group = next((m for m in earlier if _is_group(m, words["group_sectors"])), None)
            found.extend([_refer(group, token, span, RULE_GROUP)] if group is not None else [])
        elif lemma in pair_words and determiners & words["pair_determiners"]:
            found.extend(
                _refer(m, token, span, RULE_PAIR) for m in _last_two_countries(article, mentions, token)
            )
    return found


def _is_group(mention: Mention, group_sectors: frozenset[str]) -> bool:
    actor = mention.actor
    return (
        bool(actor.actor_id and actor.actor_id.startswith("org:"))
        or (actor.sector or "").lower() in group_sectors
    )


def _last_two_countries(article: Article, mentions: Sequence[Mention], token: Any) -> list[Mention]:
    chosen: dict[str, Mention] = {}
    for mention in _earlier(article, mentions, token.idx):
        country = mention.actor.country
        if country and country not in chosen and not mention.rule.startswith("actors.modifier"):
            chosen[country] = mention
        if len(chosen) == 2:
            return sorted(chosen.values(), key=lambda m: m.span.start)
    return []
