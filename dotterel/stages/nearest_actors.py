"""The nearest actors of a verb the parse gives no subject: its source and target guessed by text order.

Headline-style present tense ("Somalia expels the UN envoy") often comes out of the small parser with the verb
as a compound modifier. Then the nearest actor before the verb is taken as its source and the nearest after it
as its target, both at a lower confidence (:data:`LINEAR_GUESS`); read for
:class:`~dotterel.stages.events.EventsStage`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import Mention
from dotterel.stages.roles import MentionIndex

__all__ = ["LINEAR_GUESS", "SentenceMentions"]

LINEAR_GUESS = 0.6


class SentenceMentions:
    """The actor mentions of one sentence in text order, for when the parse gives a verb no subject."""

    def __init__(self, index: MentionIndex, tokens: Any) -> None:
        seen: dict[int, Mention] = {}
        held = set(index.by_head).union(index.by_token)  # the only tokens with a mention
        for i in sorted(held.intersection(range(tokens.start, tokens.end))):
            mention = index.resolve_token(tokens.doc[i])
            if mention is not None:
                seen.setdefault(id(mention), mention)
        self.mentions = sorted(seen.values(), key=lambda m: m.span.start)

    def guess_roles(self, verb: Any) -> tuple[Mention | None, Mention | None]:
        """Nearest actor before the verb as source, nearest after it as target (lower confidence)."""
        before = [m for m in self.mentions if m.span.end <= verb.idx]
        after = [m for m in self.mentions if m.span.start >= verb.idx + len(verb.text)]
        return (
            replace(before[-1], confidence=before[-1].confidence * LINEAR_GUESS) if before else None,
            replace(after[0], confidence=after[0].confidence * LINEAR_GUESS) if after else None,
        )
