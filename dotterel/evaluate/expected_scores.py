"""Scores against ``*.expected.yaml`` specs: must found, may found, must_not violated, and field accuracy.

Matching is :func:`dotterel.expected.matches`. For the field accuracy of a ``must`` spec that names
``date``, ``place``, ``killed`` or ``injured``, the spec's *core* is its ``type`` and ``cameo``: the field is
right when one coded event matches the core and the field together, so a wrong actor does not hide a right
date. A spec whose core matches no coded event counts as wrong for each field it names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dotterel.evaluate.gold import GoldItem
from dotterel.evaluate.scores import Ratio, to_error_record, to_event_label
from dotterel.expected import check_expectations, matches

Record = Mapping[str, Any]
VALUE_FIELDS: tuple[str, ...] = ("date", "place", "killed", "injured", "arrested", "abducted")
CORE_FIELDS: tuple[str, ...] = ("type", "cameo")


@dataclass
class ExpectedScores:
    """Counts of must / may / must_not specs and the accuracy of date, place and the counts."""

    items: int = 0
    coded_events: int = 0
    must: Ratio = field(default_factory=Ratio)
    may: Ratio = field(default_factory=Ratio)
    must_not: Ratio = field(default_factory=Ratio)
    fields: dict[str, Ratio] = field(default_factory=lambda: {name: Ratio() for name in VALUE_FIELDS})
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every must spec was found and no must_not spec was violated."""
        return self.must.correct == self.must.total and self.must_not.correct == 0

    def to_dict(self) -> dict[str, Any]:
        """Return the scores as JSON data (``must_not.correct`` counts the violated specs)."""
        return {
            "items": self.items,
            "coded_events": self.coded_events,
            "must_found": self.must.to_dict(),
            "may_found": self.may.to_dict(),
            "must_not_violated": {"violated": self.must_not.correct, "total": self.must_not.total},
            **{name: ratio.to_dict() for name, ratio in self.fields.items()},
            "passed": self.passed,
        }


def to_core(spec: Mapping[str, Any]) -> dict[str, Any]:
    """Return the core of a spec: its type and CAMEO code."""
    return {key: value for key, value in spec.items() if key in CORE_FIELDS}


def score_expected(items: Sequence[GoldItem], coded: Mapping[str, Sequence[Record]]) -> ExpectedScores:
    """Score coded event records (by item id) against each item's expectations."""
    scores = ExpectedScores()
    for item in items:
        spec = item.expected or {}
        records = list(coded.get(item.item_id, []))
        scores.items += 1
        scores.coded_events += len(records)
        report = check_expectations(records, spec, item.text)
        _count(scores.must, len(report.must_found), len(spec.get("must") or []))
        _count(scores.may, len(report.may_found), len(spec.get("may") or []))
        _count(scores.must_not, len(report.must_not_hit), len(spec.get("must_not") or []))
        labels = [to_event_label(r) for r in records]
        for must in spec.get("must") or []:
            if str(must.get("id", must)) in report.must_missing:
                _error(scores, item, "must", dict(must), labels)
        for must_not in spec.get("must_not") or []:
            if str(must_not.get("why", must_not)) in report.must_not_hit:
                _error(scores, item, "must_not", dict(must_not), labels)
        for must in spec.get("must") or []:
            _score_fields(scores, item, must, records, labels)
    return scores


def _count(ratio: Ratio, correct: int, total: int) -> None:
    ratio.correct, ratio.total = ratio.correct + correct, ratio.total + total


def _score_fields(
    scores: ExpectedScores,
    item: GoldItem,
    spec: Mapping[str, Any],
    records: Sequence[Record],
    labels: list[str],
) -> None:
    core = to_core(spec)
    candidates = [r for r in records if matches(r, core, item.text)]
    for name in VALUE_FIELDS:
        if name not in spec:
            continue
        ok = any(matches(r, {name: spec[name]}, item.text) for r in candidates)
        scores.fields[name].add(ok)
        if not ok:
            got = sorted({str(_value(r, name)) for r in candidates})
            _error(scores, item, name, {"spec": spec.get("id", core), "want": spec[name]}, labels, got)


def _value(record: Record, name: str) -> Any:
    return (record.get("place") or {}).get("name") if name == "place" else record.get(name)


def _error(
    scores: ExpectedScores, item: GoldItem, name: str, gold: Any, labels: list[str], coded: Any = None
) -> None:
    scores.errors.append(to_error_record(item, name, gold, coded, labels))
