"""Code the texts of a gold set in batches and score them with the scorer of its format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dotterel.evaluate.expected_scores import ExpectedScores, score_expected
from dotterel.evaluate.gold import GoldItem, GoldSet
from dotterel.evaluate.petrarch import PetrarchScores, score_petrarch
from dotterel.evaluate.scores import SCORED_MODALITIES, EventScores, score_events
from dotterel.model import Article, Reject
from dotterel.pipeline import Pipeline

Record = dict[str, Any]


@dataclass
class Evaluation:
    """The result of one evaluation: the gold set, the scores of its format, and the rejected items."""

    gold: GoldSet
    events: EventScores | None = None
    expected: ExpectedScores | None = None
    petrarch: PetrarchScores | None = None
    rejects: list[Reject] = field(default_factory=list)

    @property
    def errors(self) -> list[dict[str, Any]]:
        """Every miss, with its sentence (see ``docs/eval.md`` for the fields)."""
        scores = self.events or self.expected or self.petrarch
        return list(scores.errors) if scores else []

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        """Return the whole evaluation as JSON data (what ``dotterel eval --json`` prints)."""
        scores = self.events or self.expected or self.petrarch
        body = scores.to_dict(top) if isinstance(scores, EventScores) else scores.to_dict() if scores else {}
        return {
            "gold": str(self.gold.path),
            "format": self.gold.format,
            "items": len(self.gold.items),
            "rejects": [{"origin": r.origin, "stage": r.stage, "reason": r.reason} for r in self.rejects],
            "scores": body,
        }


def to_articles(items: Sequence[GoldItem]) -> list[Article]:
    """Return one Article per gold item (its id is the item id)."""
    return [Article(id=i.item_id, date=i.date, text=i.text.strip(), origin=i.origin) for i in items]


def code_gold(
    gold: GoldSet, pipeline: Pipeline, advance: Callable[[], None] = lambda: None
) -> tuple[dict[str, list[Record]], list[Reject]]:
    """Code every item of the gold set in batches; return event records by item id, and the rejects."""
    coded: dict[str, list[Record]] = {}
    rejects: list[Reject] = []
    for result in pipeline.code_articles(to_articles(gold.items)):
        if isinstance(result, Reject):
            rejects.append(result)
        else:
            coded[result.id] = [event.to_dict() for event in result.events]
        advance()
    return coded, rejects


def evaluate_gold(
    gold: GoldSet,
    pipeline: Pipeline,
    advance: Callable[[], None] = lambda: None,
    all_modalities: bool = False,
) -> Evaluation:
    """Code the gold set's texts with ``pipeline`` and score them.

    Against event gold (PLOVER JSON, events JSONL) only events of ``SCORED_MODALITIES`` are scored unless
    ``all_modalities``; the others are counted as left out. Expectations name a modality when it matters,
    and PETRARCH records are scored on every event.
    """
    coded, rejects = code_gold(gold, pipeline, advance)
    evaluation = Evaluation(gold, rejects=rejects)
    if gold.format in ("plover", "jsonl"):
        evaluation.events = score_events(gold.items, coded, None if all_modalities else SCORED_MODALITIES)
    elif gold.format == "expected":
        evaluation.expected = score_expected(gold.items, coded)
    else:
        evaluation.petrarch = score_petrarch(gold.items, coded)
    return evaluation
