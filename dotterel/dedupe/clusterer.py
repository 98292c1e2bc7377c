"""Incremental complete-linkage clustering of mentions into events (see :mod:`dotterel.dedupe`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dotterel.dedupe.compare import (
    Assignment,
    DedupeRules,
    MentionKey,
    Verdict,
    compare_mentions,
    to_date_interval,
)


class Clusterer:
    """Existing events (as their mentions) indexed by type and day; assigns new mentions one by one.

    Args:
        rules: the merge rules.
        members: ``(event_id, mention)`` pairs already stored.
        reserved: event ids in use that ``members`` does not hold (a new event never takes one).
    """

    def __init__(
        self,
        rules: DedupeRules,
        members: Iterable[tuple[str, MentionKey]] = (),
        reserved: Iterable[str] = (),
    ) -> None:
        self.rules = rules
        self.members: dict[str, list[MentionKey]] = defaultdict(list)
        self.reserved = set(reserved)
        self._by_day: dict[tuple[str, int], set[str]] = defaultdict(set)
        for event_id, mention in members:
            self.add(event_id, mention)

    def add(self, event_id: str, mention: MentionKey) -> None:
        """Record ``mention`` as a member of ``event_id``."""
        self.members[event_id].append(mention)
        first, last = to_date_interval(mention, self.rules)
        for day in range(first.toordinal(), last.toordinal() + 1):
            self._by_day[(mention.type, day)].add(event_id)

    def find_candidates(self, mention: MentionKey) -> list[str]:
        """Return the ids of events of the mention's type whose dates come near it, sorted."""
        first, last = to_date_interval(mention, self.rules)
        slack = self.rules.slack_days
        found: set[str] = set()
        for day in range(first.toordinal() - slack, last.toordinal() + slack + 1):
            found |= self._by_day.get((mention.type, day), set())
        return sorted(found)

    def assign(
        self, mention: MentionKey, previous: tuple[str, str, str, MentionKey] | None = None
    ) -> Assignment:
        """Put ``mention`` into an event and return where it went and why.

        Args:
            mention: the mention to place.
            previous: ``(event_id, role, reason, key)`` of the same mention id before re-coding; when the key
                is unchanged the mention goes back to that event with its old role and reason.
        """
        if previous is not None and previous[3] == mention:
            event_id, role, reason, _ = previous
            self.add(event_id, mention)
            return Assignment(mention.mention_id, mention.article_id, event_id, role, reason)
        best: tuple[tuple[int, int, str], str, Verdict] | None = None
        nearest: tuple[int, str, Verdict] | None = None
        for event_id in self.find_candidates(mention):
            verdict = self._compare_event(mention, event_id)
            gap = min(abs((m.effective_date - mention.effective_date).days) for m in self.members[event_id])
            if verdict.compatible:
                rank = (-verdict.score, gap, event_id)
                if best is None or rank < best[0]:
                    best = (rank, event_id, verdict)
            elif nearest is None or (gap, event_id) < nearest[:2]:
                nearest = (gap, event_id, verdict)
        if best is not None:
            event_id, verdict = best[1], best[2]
            size = len(self.members[event_id])
            self.add(event_id, mention)
            reason = f"{verdict.to_text()}; compatible with all {size} mention{'s' * (size > 1)}"
            return Assignment(mention.mention_id, mention.article_id, event_id, "joined", reason)
        event_id = self._to_free_id(mention.mention_id)
        self.add(event_id, mention)
        reason = "no earlier event of this type on these dates"
        if nearest is not None:
            reason = f"nearest event {nearest[1]} differs: {nearest[2].reasons[-1]}"
        return Assignment(mention.mention_id, mention.article_id, event_id, "founded", reason)

    def _compare_event(self, mention: MentionKey, event_id: str) -> Verdict:
        """Complete linkage: compatible with every member; the verdict of the first member scores it."""
        verdicts = [compare_mentions(mention, member, self.rules) for member in self.members[event_id]]
        failed = next((v for v in verdicts if not v.compatible), None)
        if failed is not None:
            return failed
        return Verdict(True, min(v.score for v in verdicts), verdicts[0].reasons)

    def _to_free_id(self, mention_id: str) -> str:
        candidate, number = mention_id, 1
        while candidate in self.members or candidate in self.reserved:
            number += 1
            candidate = f"{mention_id}.{number}"
        return candidate
