"""Hand-coded expectations (``*.expected.yaml``): must / may / must_not events, and how a record matches one.

A spec lists only the fields it cares about. ``cameo`` given as a root ("19") accepts every code under
it; a ``date`` given as ``[from, to]`` accepts any day inside; ``sector`` and ``type`` may be lists of
acceptable values; ``may_be_unknown: true`` on an actor accepts a missing actor; ``evidence`` must lie inside
the event's evidence span; ``evidence_contains`` (for must_not) matches an event when the text behind one of
its field spans (source, action, target, …) contains it: the sentence may hold other events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dotterel.errors import InputError

Record = Mapping[str, Any]


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _norm(text: Any) -> str:
    return str(text).casefold().replace("-", " ").strip()


def _to_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def matches_actor(actual: Record | None, spec: Mapping[str, Any]) -> bool:
    """True when the actor record satisfies the actor spec (country, sector, name, may_be_unknown)."""
    if actual is None:
        return bool(spec.get("may_be_unknown"))
    if "country" in spec and actual.get("country") != spec["country"]:
        return False
    if "sector" in spec and actual.get("sector") not in _as_list(spec["sector"]):
        return False
    if "name" in spec:
        name, wanted = _norm(actual.get("name") or ""), _norm(spec["name"])
        if not name or (wanted not in name and name not in wanted):
            return False
    return True


def _matches_date(actual: str | None, spec: Any) -> bool:
    if actual is None:
        return False
    day = dt.date.fromisoformat(actual)
    if isinstance(spec, list):
        return _to_date(spec[0]) <= day <= _to_date(spec[1])
    return day == _to_date(spec)


def _matches_place(actual: Record | None, spec: str) -> bool:
    if actual is None:
        return False
    name, wanted = _norm(actual.get("name") or ""), _norm(spec)
    return bool(name) and (wanted in name or name in wanted)


def _evidence_text(record: Record, text: str) -> str:
    evidence = record.get("evidence") or {}
    return text[evidence.get("start", 0) : evidence.get("end", 0)]


def _field_texts(record: Record, text: str) -> list[str]:
    spans = (record.get("evidence") or {}).get("spans") or {}
    return [text[start:end] for start, end in spans.values()]


def matches(record: Record, spec: Mapping[str, Any], text: str) -> bool:
    """True when one event record (the JSONL contract) satisfies every field the spec names."""
    checks = {
        "type": lambda v: record.get("type") in _as_list(v),
        "cameo": lambda v: any(str(record.get("cameo") or "").startswith(str(c)) for c in _as_list(v)),
        "source": lambda v: matches_actor(record.get("source"), v),
        "target": lambda v: matches_actor(record.get("target"), v),
        "date": lambda v: _matches_date(record.get("date"), v),
        "modality": lambda v: record.get("modality") in _as_list(v),
        "place": lambda v: _matches_place(record.get("place"), v),
        "killed": lambda v: record.get("killed") == v,
        "injured": lambda v: record.get("injured") == v,
        "arrested": lambda v: record.get("arrested") == v,
        "abducted": lambda v: record.get("abducted") == v,
        "count_bounds": lambda v: (record.get("count_bounds") or {}) == dict(v),
        "evidence": lambda v: _norm(v) in _norm(_evidence_text(record, text)),
        "evidence_contains": lambda v: any(_norm(v) in _norm(part) for part in _field_texts(record, text)),
    }
    return all(checks[key](value) for key, value in spec.items() if key in checks)


@dataclass
class ExpectationReport:
    """Which must/may specs were found and which must_not specs were violated."""

    must_found: list[str] = field(default_factory=list)
    must_missing: list[str] = field(default_factory=list)
    may_found: list[str] = field(default_factory=list)
    must_not_hit: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every must event was found and no must_not event was produced."""
        return not self.must_missing and not self.must_not_hit


def check_expectations(
    records: Sequence[Record], expected: Mapping[str, Any], text: str
) -> ExpectationReport:
    """Compare event records of one article with its expectations."""
    report = ExpectationReport()
    for spec in expected.get("must") or []:
        found = any(matches(r, spec, text) for r in records)
        (report.must_found if found else report.must_missing).append(str(spec.get("id", spec)))
    for spec in expected.get("may") or []:
        if any(matches(r, spec, text) for r in records):
            report.may_found.append(str(spec.get("id", spec)))
    for spec in expected.get("must_not") or []:
        if any(matches(r, spec, text) for r in records):
            report.must_not_hit.append(str(spec.get("why", spec)))
    return report


def load_expectations(path: Path) -> dict[str, Any]:
    """Read an ``*.expected.yaml`` file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot read expectations: {error}") from error
    if not isinstance(data, dict):
        raise InputError(str(path), "expectations must be a mapping with must / may / must_not")
    return data
